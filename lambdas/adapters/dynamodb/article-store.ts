import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  type DynamoDBClient,
  type PutItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { ArticleStore, ConditionalWriteResult } from '../../pipeline/ports';
import type { StoredArticle } from '../../pipeline/stored-article';
import { LATEST_SORT_KEY, SOURCE_SORT_KEY, articlePartitionKey, revisionSortKey, sourcePartitionKey } from './articles-table-schema';
import { fromItem, toLatestItem, toRevisionItem } from './article-item';

/** {@link ArticleStore} over the articles table, with single-item conditional writes only. */
export class DynamoArticleStore implements ArticleStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  getLatest(articleId: string): Promise<StoredArticle | null> {
    return this.get(articleId, LATEST_SORT_KEY);
  }

  getRevision(articleId: string, revision: number): Promise<StoredArticle | null> {
    return this.get(articleId, revisionSortKey(revision));
  }

  putRevision(article: StoredArticle): Promise<ConditionalWriteResult> {
    return this.putIf(toRevisionItem(article), { ConditionExpression: 'attribute_not_exists(pk)' });
  }

  putLatest(article: StoredArticle, expectedRevision: number): Promise<ConditionalWriteResult> {
    return this.putIf(
      toLatestItem(article),
      expectedRevision === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: '#revision = :expected',
            ExpressionAttributeNames: { '#revision': 'revision' },
            ExpressionAttributeValues: { ':expected': { N: String(expectedRevision) } },
          },
    );
  }

  async linkSource(sourceKey: string, articleId: string): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: { pk: { S: sourcePartitionKey(sourceKey) }, sk: { S: SOURCE_SORT_KEY }, articleId: { S: articleId } },
      }),
    );
  }

  async findSource(sourceKey: string): Promise<string | null> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: { pk: { S: sourcePartitionKey(sourceKey) }, sk: { S: SOURCE_SORT_KEY } },
        ConsistentRead: true,
      }),
    );
    return Item?.articleId?.S ?? null;
  }

  private async get(articleId: string, sortKey: string): Promise<StoredArticle | null> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: { pk: { S: articlePartitionKey(articleId) }, sk: { S: sortKey } },
        ConsistentRead: true,
      }),
    );
    return Item ? fromItem(Item) : null;
  }

  private async putIf(item: PutItemCommandInput['Item'], condition: WriteCondition): Promise<ConditionalWriteResult> {
    try {
      await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: item, ...condition }));
      return 'written';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'conflict';
      throw error;
    }
  }
}

type WriteCondition = Pick<PutItemCommandInput, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'>;

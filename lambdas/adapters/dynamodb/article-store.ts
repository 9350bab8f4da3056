import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  type DynamoDBClient,
  type PutItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { ArticleStore, BlobStore, ConditionalWriteResult } from '../../pipeline/ports';
import type { StoredArticle } from '../../pipeline/stored-article';
import { LATEST_SORT_KEY, SOURCE_SORT_KEY, articlePartitionKey, revisionSortKey, sourcePartitionKey } from './articles-table-schema';
import { fromItem, toLatestItem, toRevisionItem } from './article-item';
import { offloadLargeBody, restoreLargeBody } from './large-body';

/**
 * {@link ArticleStore} over the articles table, with single-item conditional writes only. With an archive, bodies
 * too large for an item are kept there and read back transparently.
 */
export class DynamoArticleStore implements ArticleStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly archive?: BlobStore,
  ) {}

  getLatest(articleId: string): Promise<StoredArticle | null> {
    return this.get(articleId, LATEST_SORT_KEY);
  }

  getRevision(articleId: string, revision: number): Promise<StoredArticle | null> {
    return this.get(articleId, revisionSortKey(revision));
  }

  async putRevision(article: StoredArticle): Promise<ConditionalWriteResult> {
    const fitted = await this.fitted(article, toRevisionItem);
    return this.putIf(toRevisionItem(fitted), { ConditionExpression: 'attribute_not_exists(pk)' });
  }

  async putLatest(article: StoredArticle, expectedRevision: number): Promise<ConditionalWriteResult> {
    const fitted = await this.fitted(article, toLatestItem);
    return this.putIf(
      toLatestItem(fitted),
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
    return Item ? restoreLargeBody(fromItem(Item), this.archive) : null;
  }

  private fitted(article: StoredArticle, toItem: (article: StoredArticle) => PutItemCommandInput['Item']): Promise<StoredArticle> {
    return offloadLargeBody(article, this.archive, Buffer.byteLength(JSON.stringify(toItem(article))));
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

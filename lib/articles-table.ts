import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { ARTICLES_TABLE_INDEXES, ARTICLES_TABLE_KEYS, INDEX_SUMMARY_ATTRIBUTES } from '../lambdas/adapters/dynamodb/articles-table-schema';

export interface ArticlesTableProps {
  readonly removalPolicy: RemovalPolicy;
}

const stringKey = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

/**
 * Stage 2 state: the articles table. Keys and indexes come from the schema module the local runtime also uses,
 * so the deployed table and the local one cannot drift. The stream feeds the change-events stage.
 */
export class ArticlesTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: ArticlesTableProps) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: stringKey(ARTICLES_TABLE_KEYS.partitionKey),
      sortKey: stringKey(ARTICLES_TABLE_KEYS.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      removalPolicy: props.removalPolicy,
    });
    for (const index of Object.values(ARTICLES_TABLE_INDEXES)) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
        // A projection cannot change on a deployed index: see docs/TABLE.md, "Upgrading from ALL-projected indexes".
        projectionType: dynamodb.ProjectionType.INCLUDE,
        nonKeyAttributes: [...INDEX_SUMMARY_ATTRIBUTES],
      });
    }
  }

  /** The table's stream; defined because the table is created with a stream. */
  get streamArn(): string {
    const arn = this.table.tableStreamArn;
    if (!arn) throw new Error('the articles table has no stream');
    return arn;
  }

  /**
   * Reading this table's stream records. No dynamodb:ListStreams: it has no resource-level permissions (it
   * would need "*") and a poller given the stream ARN never calls it.
   */
  grantStreamRecordsRead(role: iam.Role): void {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
        resources: [this.streamArn],
      }),
    );
  }

  /** The item reads and conditional writes the parse handler's upsert makes; no scans, deletes or index reads. */
  grantArticleUpserts(role: iam.Role): void {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        // BatchGetItem and BatchWriteItem serve the story-grouping band items (pk B#...) on the base table.
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem'],
        resources: [this.table.tableArn],
      }),
    );
  }
}

import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { wildcardResourceFinding } from './nag-findings';
import { privateBucketProps } from './private-bucket';

/** Key prefixes the parse handler writes under; IAM grants and lifecycle rules are scoped to them. */
export const ARCHIVE_PREFIXES = {
  /** Original bytes by content hash: `raw/<sha256>`. */
  raw: 'raw/',
  /** Inputs that were rejected: `quarantine/<reason>/...`. */
  quarantine: 'quarantine/',
  /** Extracted article bodies too large for a table item: `bodies/...`. */
  bodies: 'bodies/',
} as const;

export interface ArchiveProps {
  /** Age at which `raw/` objects move to S3 Standard-Infrequent Access. */
  readonly rawToInfrequentAccessAfter: Duration;
  /** Age at which `raw/` objects move to S3 Glacier Instant Retrieval. */
  readonly rawToGlacierInstantRetrievalAfter: Duration;
  /** How long an overwritten or deleted version is kept before it expires. */
  readonly noncurrentVersionExpiration: Duration;
  readonly accessLogsBucket: s3.IBucket;
  readonly removalPolicy: RemovalPolicy;
}

/** Stage 2 storage: the versioned archive of raw inputs, quarantined inputs and article bodies. */
export class Archive extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: ArchiveProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...privateBucketProps(props.removalPolicy),
      versioned: true,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'archive/',
      lifecycleRules: [
        {
          // Raw inputs are read again only to re-parse after an extractor change: rarely, and in bulk.
          id: 'tier-raw-inputs',
          prefix: ARCHIVE_PREFIXES.raw,
          transitions: [
            { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: props.rawToInfrequentAccessAfter },
            {
              storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
              transitionAfter: props.rawToGlacierInstantRetrievalAfter,
            },
          ],
        },
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: props.noncurrentVersionExpiration,
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });
  }

  /** Lets `role` write objects under the archive's own prefixes and check whether one already exists. */
  grantArchiveWrites(role: iam.Role): void {
    const prefixes = Object.values(ARCHIVE_PREFIXES);
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        // GetObject is what HeadObject checks: the parse handler skips re-writing a raw input it already holds.
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: prefixes.map((prefix) => this.bucket.arnForObjects(`${prefix}*`)),
      }),
    );
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        // Without ListBucket, HeadObject on a missing key answers 403 instead of 404 and reads as a failure.
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
      }),
    );
    for (const prefix of prefixes) {
      Validations.of(role).acknowledge({
        id: wildcardResourceFinding(this.bucket, `/${prefix}*`),
        reason: `Keys under ${prefix} are content hashes or article ids only known at run time; the grant stops at the prefix.`,
      });
    }
  }
}

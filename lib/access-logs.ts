import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { privateBucketProps } from './private-bucket';

export interface AccessLogsProps {
  /** How long S3 server access logs are kept. */
  readonly retention: Duration;
  readonly removalPolicy: RemovalPolicy;
}

/** The bucket the ingest and archive buckets write their S3 server access logs to. */
export class AccessLogs extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: AccessLogsProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...privateBucketProps(props.removalPolicy),
      lifecycleRules: [{ id: 'expire-access-logs', expiration: props.retention }],
    });
  }
}

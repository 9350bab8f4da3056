import { RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * Settings every Gazette bucket shares: private, owner-enforced, encrypted at rest with S3-managed keys, TLS 1.2+
 * only. S3-managed keys rather than KMS because the access-log bucket cannot use SSE-KMS and per-object KMS calls
 * would cost more than the objects at news-article sizes.
 */
export function privateBucketProps(removalPolicy: RemovalPolicy): s3.BucketProps {
  return {
    encryption: s3.BucketEncryption.S3_MANAGED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    removalPolicy,
  };
}

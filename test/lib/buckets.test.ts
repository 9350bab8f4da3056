import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { ARCHIVE_PREFIXES } from '../../lib/archive';
import { logicalIdOf, resourceOf, synthesizeGazette, type SynthesizedGazette } from './synth';

let synthesized: SynthesizedGazette;
beforeAll(() => {
  synthesized = synthesizeGazette();
});

const SECURE_BUCKET = {
  BucketEncryption: {
    ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
  },
  PublicAccessBlockConfiguration: {
    BlockPublicAcls: true,
    BlockPublicPolicy: true,
    IgnorePublicAcls: true,
    RestrictPublicBuckets: true,
  },
  OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
};

describe('every bucket', () => {
  test('is encrypted, blocks public access and is owner-enforced', () => {
    const buckets = synthesized.template.findResources('AWS::S3::Bucket');
    expect(Object.keys(buckets)).toHaveLength(3);
    for (const bucket of Object.values(buckets)) {
      expect(bucket.Properties).toMatchObject(SECURE_BUCKET);
    }
  });

  test('denies requests without TLS 1.2 in its bucket policy', () => {
    const { stack, template } = synthesized;
    const buckets = [stack.ingest.bucket, stack.archive.bucket, stack.accessLogs.bucket];
    for (const bucket of buckets) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logicalIdOf(bucket) },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
          ]),
        },
      });
    }
  });
});

describe('archive bucket', () => {
  test('is versioned and logs access to the access-log bucket', () => {
    const { stack, template } = synthesized;
    expect(resourceOf(template, stack.archive.bucket).Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { LogFilePrefix: 'archive/' },
    });
  });

  test('tiers raw inputs to Infrequent Access after 30 days and Glacier Instant Retrieval after 90', () => {
    const { stack, template } = synthesized;
    const rules = (resourceOf(template, stack.archive.bucket).Properties.LifecycleConfiguration as { Rules: unknown[] }).Rules;
    expect(rules).toContainEqual(
      expect.objectContaining({
        Prefix: ARCHIVE_PREFIXES.raw,
        Status: 'Enabled',
        Transitions: [
          { StorageClass: 'STANDARD_IA', TransitionInDays: 30 },
          { StorageClass: 'GLACIER_IR', TransitionInDays: 90 },
        ],
      }),
    );
  });

  test('expires noncurrent versions', () => {
    const { stack, template } = synthesized;
    const rules = (resourceOf(template, stack.archive.bucket).Properties.LifecycleConfiguration as { Rules: unknown[] }).Rules;
    expect(rules).toContainEqual(expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }));
  });

  test('lifecycle tiers follow the stack props', () => {
    const custom = synthesizeGazette({
      rawToInfrequentAccessAfter: Duration.days(45),
      rawToGlacierInstantRetrievalAfter: Duration.days(180),
    });
    const rules = (resourceOf(custom.template, custom.stack.archive.bucket).Properties.LifecycleConfiguration as { Rules: unknown[] }).Rules;
    expect(rules).toContainEqual(
      expect.objectContaining({
        Transitions: [
          { StorageClass: 'STANDARD_IA', TransitionInDays: 45 },
          { StorageClass: 'GLACIER_IR', TransitionInDays: 180 },
        ],
      }),
    );
  });
});

describe('ingest bucket', () => {
  test('keeps drops until their producer deletes them, and logs access', () => {
    const { stack, template } = synthesized;
    const properties = resourceOf(template, stack.ingest.bucket).Properties;
    expect(properties).toMatchObject({ LoggingConfiguration: { LogFilePrefix: 'ingest/' } });
    const rules = (properties.LifecycleConfiguration as { Rules: Record<string, unknown>[] }).Rules;
    expect(rules.filter((rule) => 'ExpirationInDays' in rule)).toEqual([]);
  });

  test('expires drops when an ingest retention is set', () => {
    const custom = synthesizeGazette({ ingestObjectRetention: Duration.days(30) });
    expect(resourceOf(custom.template, custom.stack.ingest.bucket).Properties).toMatchObject({
      LifecycleConfiguration: { Rules: [expect.objectContaining({ ExpirationInDays: 30 })] },
    });
  });

  test('sends every ObjectCreated and ObjectRemoved event to the ingest queue', () => {
    const { stack, template } = synthesized;
    const toQueue = { 'Fn::GetAtt': [logicalIdOf(stack.ingest.queue), 'Arn'] };
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: logicalIdOf(stack.ingest.bucket) },
      NotificationConfiguration: {
        QueueConfigurations: [
          { Events: ['s3:ObjectCreated:*'], QueueArn: toQueue },
          { Events: ['s3:ObjectRemoved:*'], QueueArn: toQueue },
        ],
      },
    });
  });
});

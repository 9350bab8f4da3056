import { CfnElement, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/**
 * The cdk-nag finding ID for an IAM wildcard on `<resource ARN><suffix>`, e.g. `<ArchiveBucket1A2B.Arn>/raw/*`,
 * so an acknowledgement names the one wildcard it accepts instead of every wildcard in the policy.
 */
export function wildcardResourceFinding(resourceOwner: Construct, arnSuffix: string): string {
  const resource = resourceOwner.node.defaultChild;
  if (!(resource instanceof CfnElement)) throw new Error(`${resourceOwner.node.path} has no CloudFormation resource`);
  const logicalId = Stack.of(resourceOwner).getLogicalId(resource);
  return `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>${arnSuffix}]`;
}

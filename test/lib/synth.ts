import { App, CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { GazetteStack, type GazetteStackProps } from '../../lib/gazette-stack';

export interface SynthesizedGazette {
  stack: GazetteStack;
  template: Template;
}

/**
 * Builds the stack without the slow parts of a real synth, which test/lib/cdk-nag.test.ts and `npx cdk synth`
 * cover: `aws:cdk:bundling-stacks: []` gives NodejsFunction a placeholder asset instead of running esbuild, and
 * the built-in CloudFormation schema validation (a WASM engine that takes seconds to start) is off.
 */
export function synthesizeGazette(props: GazetteStackProps = {}): SynthesizedGazette {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
  const stack = new GazetteStack(app, 'Gazette', props);
  return { stack, template: Template.fromStack(stack) };
}

/** The logical ID of a construct's CloudFormation resource, for `{ Ref }` / `{ Fn::GetAtt }` expectations. */
export function logicalIdOf(construct: Construct): string {
  const resource = construct.node.defaultChild;
  if (!(resource instanceof CfnElement)) throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return Stack.of(construct).getLogicalId(resource);
}

/** The template's resource of that construct. */
export function resourceOf(template: Template, construct: Construct): { Type: string; Properties: Record<string, unknown> } {
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>;
  const resource = resources[logicalIdOf(construct)];
  if (!resource) throw new Error(`no resource for ${construct.node.path}`);
  return resource;
}

import { App, Validations, type PolicyViolation } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { GazetteStack } from '../../lib/gazette-stack';
import { synthesizeGazette, type SynthesizedGazette } from './synth';

let synthesized: SynthesizedGazette;
beforeAll(() => {
  synthesized = synthesizeGazette();
});

/** `rule @ construct path` for each violating resource, so a failure names what to fix. */
function describeViolations(violations: PolicyViolation[]): string[] {
  return violations.flatMap((v) => v.violatingResources.map((r) => `${v.severity} ${v.ruleName} @ ${r.constructPath}`));
}

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
}

function acknowledgementsIn(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([qualifiedId, reason]) => ({
          path: construct.node.path,
          id: qualifiedId.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

/**
 * What the pack finds when acknowledgements are not honoured. cdk-nag looks acknowledgements up under
 * `Validations.ACKNOWLEDGED_RULES_METADATA_KEY`; pointing that key elsewhere for one run hides them all.
 */
function findingsIgnoringAcknowledgements(root: IConstruct): PolicyViolation[] {
  const descriptor = Object.getOwnPropertyDescriptor(Validations, 'ACKNOWLEDGED_RULES_METADATA_KEY')!;
  Object.defineProperty(Validations, 'ACKNOWLEDGED_RULES_METADATA_KEY', { ...descriptor, value: 'gazette:test:nothing' });
  try {
    return new AwsSolutionsChecks().validateScope(root).violations;
  } finally {
    Object.defineProperty(Validations, 'ACKNOWLEDGED_RULES_METADATA_KEY', descriptor);
  }
}

test('the AwsSolutions pack reports no unacknowledged error or warning', () => {
  const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(synthesized.stack);
  expect(describeViolations(report.violations)).toEqual([]);
  expect(report.success).toBe(true);
});

test('every acknowledgement silences a finding that exists, at or below where it is declared', () => {
  const acknowledgements = acknowledgementsIn(synthesized.stack);
  expect(acknowledgements.length).toBeGreaterThan(0);
  const findings = findingsIgnoringAcknowledgements(synthesized.stack).flatMap((v) =>
    v.violatingResources.map((r) => ({ id: v.ruleName, path: r.constructPath ?? '' })),
  );
  const unused = acknowledgements.filter(
    (ack) => !findings.some((f) => f.id === ack.id && (f.path === ack.path || f.path.startsWith(`${ack.path}/`))),
  );
  expect(unused).toEqual([]);
});

test('no acknowledgement is stack-wide', () => {
  const stackWide = acknowledgementsIn(synthesized.stack).filter((ack) => ack.path === synthesized.stack.node.path);
  expect(stackWide).toEqual([]);
});

test('an app registered like bin/app.ts synthesizes: cdk-nag plugin and CloudFormation schema validation pass', () => {
  // Bundling stays skipped (npx cdk synth covers esbuild); the built-in schema validation stays on.
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  new GazetteStack(app, 'Gazette');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  expect(() => app.synth()).not.toThrow();
});

#!/usr/bin/env node
/**
 * CDK app: the `Gazette` stack, checked by the cdk-nag AwsSolutions pack on every synth.
 *
 * Context knobs (`npx cdk synth -c parseBatchSize=20 ...`): stackName, eventBusName, removalPolicy
 * (retain|destroy), and the numeric knobs in NUMERIC_CONTEXT_KNOBS. Everything else is a GazetteStackProps default.
 */
import { App, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { GazetteStack, type GazetteStackProps } from '../lib/gazette-stack';

const NUMERIC_CONTEXT_KNOBS = [
  'parseBatchSize',
  'parseMaxConcurrency',
  'parseMemorySize',
  'maxInputBytes',
  'ingestMaxReceiveCount',
  'publishBatchSize',
  'publishRetryAttempts',
  'publishParallelizationFactor',
  'publishMemorySize',
] as const satisfies readonly (keyof GazetteStackProps)[];

type NumericKnob = (typeof NUMERIC_CONTEXT_KNOBS)[number];

const app = new App();

function contextString(key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  return value === undefined ? undefined : String(value);
}

function numericKnobs(): Partial<Record<NumericKnob, number>> {
  const knobs: Partial<Record<NumericKnob, number>> = {};
  for (const key of NUMERIC_CONTEXT_KNOBS) {
    const raw = contextString(key);
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new Error(`context ${key} must be a number, got "${raw}"`);
    knobs[key] = value;
  }
  return knobs;
}

function removalPolicy(): RemovalPolicy | undefined {
  const raw = contextString('removalPolicy');
  if (raw === undefined) return undefined;
  if (raw === 'retain') return RemovalPolicy.RETAIN;
  if (raw === 'destroy') return RemovalPolicy.DESTROY;
  throw new Error(`context removalPolicy must be "retain" or "destroy", got "${raw}"`);
}

new GazetteStack(app, 'Gazette', {
  stackName: contextString('stackName') ?? 'Gazette',
  description: 'Gazette: serverless news ingestion (ingest → parse → articles → change events)',
  eventBusName: contextString('eventBusName'),
  removalPolicy: removalPolicy(),
  ...numericKnobs(),
});

// cdk-nag 3 is a CDK policy-validation plugin: any unacknowledged AwsSolutions finding fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

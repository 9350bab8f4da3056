#!/usr/bin/env node
/**
 * CDK app: the `Gazette` stack, checked by the cdk-nag AwsSolutions pack on every synth.
 *
 * Context knobs (`npx cdk synth -c parseBatchSize=20 ...`): stackName, eventBusName, removalPolicy
 * (retain|destroy), and the numeric knobs in NUMERIC_CONTEXT_KNOBS. Everything else is a GazetteStackProps default.
 * Fetching: `sources` (the sources config as JSON) or `sourcesFile` (a path to it, e.g. gazette.sources.json),
 * `fetchAllow`, `userAgent`, `pollRateMinutes`.
 */
import { readFileSync } from 'node:fs';
import { App, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadSourcesConfig, type SourceConfig } from '../lambdas/fetch/poll-sources';
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
  'quarantineAlarmPerHour',
  'fetchMaxConcurrency',
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

/**
 * The sources config from context `sources` (JSON text, or an object when set in cdk.json) or from the file named
 * by `sourcesFile`; validated by the same loader the poll function uses.
 */
function sources(): SourceConfig[] | undefined {
  const inline: unknown = app.node.tryGetContext('sources');
  const file = contextString('sourcesFile');
  if (inline !== undefined && file !== undefined) throw new Error('set context sources or sourcesFile, not both');
  if (inline !== undefined) return loadSourcesConfig(typeof inline === 'string' ? inline : JSON.stringify(inline)).sources;
  if (file !== undefined) return loadSourcesConfig(readFileSync(file, 'utf8')).sources;
  return undefined;
}

function pollRate(): Duration | undefined {
  const raw = contextString('pollRateMinutes');
  if (raw === undefined) return undefined;
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < 1) throw new Error(`context pollRateMinutes must be a whole number of minutes, got "${raw}"`);
  return Duration.minutes(minutes);
}

new GazetteStack(app, 'Gazette', {
  stackName: contextString('stackName') ?? 'Gazette',
  description: 'Gazette: serverless news ingestion (ingest → parse → articles → change events)',
  eventBusName: contextString('eventBusName'),
  removalPolicy: removalPolicy(),
  sources: sources(),
  fetchAllow: contextString('fetchAllow'),
  userAgent: contextString('userAgent'),
  pollRate: pollRate(),
  ...numericKnobs(),
});

// cdk-nag 3 is a CDK policy-validation plugin: any unacknowledged AwsSolutions finding fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

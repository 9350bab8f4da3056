/**
 * Names of the custom metrics the handlers publish (CloudWatch namespace `Gazette`, dimension `service`), shared
 * with the CDK monitoring construct so alarms can never point at a metric the code stopped emitting.
 */
import type { IngestOutcome } from '../pipeline/ingest-page';

export const METRICS_NAMESPACE = 'Gazette';

/** One count per ingested object, by outcome: `Articles_created`, `Articles_quarantined`, … */
export function ingestOutcomeMetric(outcome: IngestOutcome['outcome']): string {
  return `Articles_${outcome}`;
}

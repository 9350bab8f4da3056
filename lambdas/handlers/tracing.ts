import type { Tracer } from '@aws-lambda-powertools/tracer';

/** The part of the Powertools tracer the handlers use: annotations on the invocation's segment. */
export type Annotator = Pick<Tracer, 'putAnnotation'>;

/** The part of the Powertools tracer the handlers' wiring uses. */
export type HandlerTracer = Pick<Tracer, 'putAnnotation' | 'captureAWSv3Client' | 'isTracingEnabled'>;

/**
 * Whether a Powertools tracer would trace here, by its own rule: in a Lambda execution environment, not under
 * SAM local or the Amplify mock, and not switched off with POWERTOOLS_TRACE_ENABLED=false.
 */
export function tracingIsActive(env: NodeJS.ProcessEnv = process.env): boolean {
  if ((env.POWERTOOLS_TRACE_ENABLED ?? '').toLowerCase() === 'false') return false;
  const executionEnv = env.AWS_EXECUTION_ENV ?? '';
  if (executionEnv === '' || executionEnv === 'AWS_Lambda_amplify-mock') return false;
  return (env.AWS_SAM_LOCAL ?? '') === '';
}

/**
 * A Powertools tracer when tracing is active, otherwise nothing. Loading the tracer loads the X-Ray SDK, whose
 * cls-hooked context installs an async hook with a destroy callback for every promise of the process, tracing or
 * not: it cost the local runtime several percent of its CPU. So the module is only loaded when it will trace.
 * A dynamic import rather than a require, so that the ESM Lambda bundle takes the tracer's ESM build and shares
 * the Powertools commons the logger already brings, instead of adding the CommonJS copies.
 */
export async function tracerWhenActive(env: NodeJS.ProcessEnv = process.env): Promise<HandlerTracer | undefined> {
  if (!tracingIsActive(env)) return undefined;
  const { Tracer: PowertoolsTracer } = await import('@aws-lambda-powertools/tracer');
  return new PowertoolsTracer();
}

/** The client, captured for X-Ray when there is a tracer. */
export function traced<Client>(tracer: HandlerTracer | undefined, client: Client): Client {
  return tracer ? tracer.captureAWSv3Client(client) : client;
}

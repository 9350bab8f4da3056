/**
 * Faults between the handlers and the services, injected into real SDK clients as middleware.
 *
 * The middleware sits at the `initialize` step, above the SDK's own retry layer, so an injected fault reaches the
 * handler exactly as a fault that outlasted the SDK's retries would. Each fault happens either before the request is
 * sent (the service never saw it) or after the response arrived (the service applied the write, the caller never
 * learns it): the second kind is what makes retries dangerous, and why it is injected too.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';

export type FaultKind = 'throttle' | 'server-error' | 'timeout' | 'connection-reset';

export const ALL_FAULT_KINDS: readonly FaultKind[] = ['throttle', 'server-error', 'timeout', 'connection-reset'];

export interface FaultPlan {
  /** Share of calls that fail, 0..1. */
  rate: number;
  kinds: readonly FaultKind[];
  random: () => number;
  /** Share of injected faults that strike after the service applied the call. Default 0.5. */
  afterResponseShare?: number;
  /** Only calls for which this returns true may fail (default: every call). */
  applies?(call: ServiceCall): boolean;
}

export interface ServiceCall {
  service: 's3' | 'dynamodb';
  /** e.g. `PutObjectCommand`, `PutItemCommand`. */
  command: string;
  input: Record<string, unknown>;
}

export interface InjectedFault {
  call: ServiceCall;
  kind: FaultKind;
  afterResponse: boolean;
}

/** Counts what was injected, for assertions and the soak report. */
export class FaultLog {
  readonly injected: InjectedFault[] = [];

  count(): number {
    return this.injected.length;
  }
}

/** A hook that sees every call that completed at the service, in completion order (used to simulate crashes). */
export type CompletionHook = (call: ServiceCall) => void;

type AnyClient = S3Client | DynamoDBClient;

/** Installs the fault plan on a client. The same FaultLog can be shared by several clients. */
export function injectFaults(client: AnyClient, service: ServiceCall['service'], plan: FaultPlan, log: FaultLog): void {
  const afterShare = plan.afterResponseShare ?? 0.5;
  wrapCalls(client, 'gazetteFaultInjection', 'high', (next, command) => async (args) => {
      const call: ServiceCall = { service, command, input: args.input };
      const strikes = plan.rate > 0 && (plan.applies?.(call) ?? true) && plan.random() < plan.rate;
      if (!strikes) return next(args);
      const kind = plan.kinds[Math.floor(plan.random() * plan.kinds.length)];
      const afterResponse = plan.random() < afterShare;
      log.injected.push({ call, kind, afterResponse });
      if (afterResponse) await next(args);
      if (kind === 'timeout') await new Promise((resolve) => setTimeout(resolve, 2));
      throw faultError(service, kind);
  });
}

/** Lets a test observe every call the service completed (for crash points), without failing any. */
export function observeCompletions(client: AnyClient, service: ServiceCall['service'], hook: CompletionHook): void {
  // Below the fault layer: a fault after the response still counts as a completed call.
  wrapCalls(client, 'gazetteCompletionObserver', 'low', (next, command) => async (args) => {
    const result = await next(args);
    hook({ service, command, input: args.input });
    return result;
  });
}

/** Errors shaped as the SDK raises them, so code that inspects `name` or `$metadata` sees the real thing. */
export function faultError(service: ServiceCall['service'], kind: FaultKind): Error {
  const shaped = (name: string, message: string, status: number | undefined, extra: Record<string, unknown> = {}) =>
    Object.assign(new Error(message), {
      name,
      $fault: status !== undefined && status < 500 ? 'client' : 'server',
      $metadata: { httpStatusCode: status, attempts: 3 },
      ...extra,
    });
  switch (kind) {
    case 'throttle':
      return service === 'dynamodb'
        ? shaped('ProvisionedThroughputExceededException', 'The level of configured provisioned throughput for the table was exceeded.', 400)
        : shaped('SlowDown', 'Please reduce your request rate.', 503);
    case 'server-error':
      return service === 'dynamodb'
        ? shaped('InternalServerError', 'Internal server error', 500)
        : shaped('ServiceUnavailable', 'Service is unable to handle request.', 503);
    case 'timeout':
      return shaped('TimeoutError', 'Connection timed out after 2 ms', undefined);
    case 'connection-reset':
      return shaped('Error', 'socket hang up', undefined, { code: 'ECONNRESET' });
  }
}

type CallHandler = (args: { input: Record<string, unknown> }) => Promise<unknown>;

/** The slice of the SDK's MiddlewareStack this module uses. */
interface MiddlewareStack {
  add(
    middleware: (next: CallHandler, context: { commandName?: string }) => CallHandler,
    options: { step: 'initialize'; name: string; priority: 'high' | 'low' },
  ): void;
}

/**
 * Wraps every call of the client at the `initialize` step. `high` priority runs outermost. The SDK's middleware
 * types are generic over each client's input/output unions; these layers treat every command alike.
 */
export function wrapCalls(
  client: AnyClient,
  name: string,
  priority: 'high' | 'low',
  wrap: (next: CallHandler, commandName: string) => CallHandler,
): void {
  (client.middlewareStack as unknown as MiddlewareStack).add((next, context) => wrap(next, context.commandName ?? 'unknown'), {
    step: 'initialize',
    name,
    priority,
  });
}

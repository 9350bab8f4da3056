/**
 * Per-host request scheduling inside one process: a minimum gap between request starts to the same host (the larger
 * of the configured delay and the host's Crawl-delay) and a cap on concurrent requests per host. Waiters are served
 * in arrival order.
 *
 * Scope is one process (one Lambda invocation or the local runtime); spreading hosts across invocations is the
 * queue's job.
 */
import type { Clock } from '../pipeline/ports';
import { systemClock } from '../pipeline/ports';

export interface PolitenessOptions {
  minDelayMs?: number;
  maxConcurrencyPerHost?: number;
  /** A wait longer than this is not taken: `acquire` returns null and the caller should come back later. */
  maxWaitMs?: number;
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
}

export const POLITENESS_DEFAULTS = { minDelayMs: 1_000, maxConcurrencyPerHost: 1, maxWaitMs: 60_000 } as const;

/** Call once the request is finished; further calls do nothing. */
export type ReleaseSlot = () => void;

export interface HostScheduler {
  /** Waits for the host's turn; null when the wait would exceed `maxWaitMs`. */
  acquire(host: string, crawlDelaySeconds?: number | null): Promise<ReleaseSlot | null>;
}

interface HostState {
  active: number;
  lastStartMs: number;
  /** Tail of the arrival-order chain: each acquire waits for the previous one to be granted. */
  tail: Promise<void>;
  slotWaiters: Array<() => void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createHostScheduler(options: PolitenessOptions = {}): HostScheduler {
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleep;
  const minDelayMs = options.minDelayMs ?? POLITENESS_DEFAULTS.minDelayMs;
  const maxConcurrency = options.maxConcurrencyPerHost ?? POLITENESS_DEFAULTS.maxConcurrencyPerHost;
  const maxWaitMs = options.maxWaitMs ?? POLITENESS_DEFAULTS.maxWaitMs;
  const hosts = new Map<string, HostState>();

  const stateFor = (host: string): HostState => {
    const key = host.toLowerCase();
    let state = hosts.get(key);
    if (!state) {
      state = { active: 0, lastStartMs: Number.NEGATIVE_INFINITY, tail: Promise.resolve(), slotWaiters: [] };
      hosts.set(key, state);
    }
    return state;
  };

  return {
    acquire(host, crawlDelaySeconds) {
      const state = stateFor(host);
      const delayMs = Math.max(minDelayMs, (crawlDelaySeconds ?? 0) * 1000);
      const turn = state.tail.then(async (): Promise<ReleaseSlot | null> => {
        while (state.active >= maxConcurrency) await new Promise<void>((resolve) => state.slotWaiters.push(resolve));
        const waitMs = state.lastStartMs + delayMs - clock.now().getTime();
        if (waitMs > maxWaitMs) return null;
        if (waitMs > 0) await sleep(waitMs);
        state.active += 1;
        state.lastStartMs = clock.now().getTime();
        let released = false;
        return () => {
          if (released) return;
          released = true;
          state.active -= 1;
          state.slotWaiters.shift()?.();
        };
      });
      state.tail = turn.then(() => undefined);
      return turn;
    },
  };
}

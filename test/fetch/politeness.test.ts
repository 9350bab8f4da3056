import { createHostScheduler } from '../../lambdas/fetch/politeness';

/** A clock that only moves when the scheduler sleeps, so waits are exact and instant. */
function fakeTime(start = 1_000_000) {
  let now = start;
  const sleeps: number[] = [];
  return {
    clock: { now: () => new Date(now) },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => void (now += ms),
    sleeps,
    elapsed: () => now - start,
  };
}

describe('createHostScheduler', () => {
  it('spaces request starts to one host by the minimum delay', async () => {
    const time = fakeTime();
    const scheduler = createHostScheduler({ minDelayMs: 1000, clock: time.clock, sleep: time.sleep });
    const starts: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const release = await scheduler.acquire('news.example');
      starts.push(time.elapsed());
      release?.();
    }
    expect(starts).toEqual([0, 1000, 2000]);
  });

  it('only waits for the remainder of the delay', async () => {
    const time = fakeTime();
    const scheduler = createHostScheduler({ minDelayMs: 1000, clock: time.clock, sleep: time.sleep });
    (await scheduler.acquire('news.example'))?.();
    time.advance(700);
    (await scheduler.acquire('news.example'))?.();
    expect(time.sleeps).toEqual([300]);
  });

  it('uses the larger of the configured delay and the crawl-delay', async () => {
    const time = fakeTime();
    const scheduler = createHostScheduler({ minDelayMs: 1000, clock: time.clock, sleep: time.sleep });
    (await scheduler.acquire('a.example', 5))?.();
    (await scheduler.acquire('a.example', 5))?.();
    (await scheduler.acquire('b.example', 0.2))?.();
    (await scheduler.acquire('b.example', 0.2))?.();
    expect(time.sleeps).toEqual([5000, 1000]);
  });

  it('does not delay different hosts for each other', async () => {
    const time = fakeTime();
    const scheduler = createHostScheduler({ minDelayMs: 1000, clock: time.clock, sleep: time.sleep });
    await Promise.all(['a.example', 'b.example', 'c.example'].map((host) => scheduler.acquire(host)));
    expect(time.sleeps).toEqual([]);
  });

  it('caps concurrent requests per host and serves waiters in order', async () => {
    const time = fakeTime();
    const scheduler = createHostScheduler({
      minDelayMs: 0,
      maxConcurrencyPerHost: 2,
      clock: time.clock,
      sleep: time.sleep,
    });
    const granted: string[] = [];
    const first = await scheduler.acquire('h.example');
    const second = await scheduler.acquire('h.example');
    const third = scheduler.acquire('h.example').then((release) => {
      granted.push('third');
      return release;
    });
    const fourth = scheduler.acquire('h.example').then((release) => {
      granted.push('fourth');
      return release;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(granted).toEqual([]);
    first?.();
    first?.();
    await third;
    await new Promise((resolve) => setImmediate(resolve));
    expect(granted).toEqual(['third']);
    second?.();
    await fourth;
    expect(granted).toEqual(['third', 'fourth']);
  });

  it('returns null instead of waiting longer than the wait budget', async () => {
    const time = fakeTime();
    const scheduler = createHostScheduler({
      minDelayMs: 1000,
      maxWaitMs: 10_000,
      clock: time.clock,
      sleep: time.sleep,
    });
    (await scheduler.acquire('slow.example', 60))?.();
    expect(await scheduler.acquire('slow.example', 60)).toBeNull();
    expect(time.sleeps).toEqual([]);
  });

  it('treats host names case-insensitively', async () => {
    const time = fakeTime();
    const scheduler = createHostScheduler({ minDelayMs: 1000, clock: time.clock, sleep: time.sleep });
    (await scheduler.acquire('News.Example'))?.();
    (await scheduler.acquire('news.example'))?.();
    expect(time.sleeps).toEqual([1000]);
  });
});

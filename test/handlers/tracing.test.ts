import { tracerWhenActive, tracingIsActive } from '../../lambdas/handlers/tracing';

const LAMBDA = { AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x' };

describe('tracingIsActive', () => {
  it('traces in a Lambda execution environment', () => {
    expect(tracingIsActive(LAMBDA)).toBe(true);
  });

  it('does not trace outside Lambda: the local runtime, tests, benchmarks', () => {
    expect(tracingIsActive({})).toBe(false);
  });

  it('does not trace when Powertools tracing is switched off, in any case of "false"', () => {
    expect(tracingIsActive({ ...LAMBDA, POWERTOOLS_TRACE_ENABLED: 'false' })).toBe(false);
    expect(tracingIsActive({ ...LAMBDA, POWERTOOLS_TRACE_ENABLED: 'FALSE' })).toBe(false);
    expect(tracingIsActive({ ...LAMBDA, POWERTOOLS_TRACE_ENABLED: 'true' })).toBe(true);
  });

  it('does not trace under SAM local or the Amplify mock, which set a Lambda-like environment', () => {
    expect(tracingIsActive({ ...LAMBDA, AWS_SAM_LOCAL: 'true' })).toBe(false);
    expect(tracingIsActive({ AWS_EXECUTION_ENV: 'AWS_Lambda_amplify-mock' })).toBe(false);
  });
});

describe('tracerWhenActive', () => {
  it('gives no tracer when tracing is not active', async () => {
    expect(await tracerWhenActive({})).toBeUndefined();
  });

  it('gives a Powertools tracer that traces, in Lambda', async () => {
    // The tracer reads the process environment itself, so the Lambda's is set there for this test.
    const saved = process.env.AWS_EXECUTION_ENV;
    process.env.AWS_EXECUTION_ENV = LAMBDA.AWS_EXECUTION_ENV;
    try {
      expect((await tracerWhenActive())?.isTracingEnabled()).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.AWS_EXECUTION_ENV;
      else process.env.AWS_EXECUTION_ENV = saved;
    }
  });
});

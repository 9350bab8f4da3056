import { COMPLEXITY_LIMITS, extract, RejectedInputError } from '../../lambdas/extract';

const ARTICLE = '<article><h1>Harbour reopens after storm</h1><p>The harbour reopened on Monday after a week of repairs to the storm-damaged quay, the port authority said.</p></article>';

function page(body: string): string {
  return `<!doctype html><html><head><title>Harbour reopens</title></head><body>${body}</body></html>`;
}

function rejection(html: string): RejectedInputError | null {
  try {
    extract(Buffer.from(html));
    return null;
  } catch (error) {
    if (error instanceof RejectedInputError) return error;
    throw error;
  }
}

describe('complexity guard', () => {
  it('refuses a page nested 100,000 deep as too-complex without overflowing the stack', () => {
    const depth = 100_000;
    const error = rejection(page(`${'<div>'.repeat(depth)}${ARTICLE}${'</div>'.repeat(depth)}`));
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toMatch(/nested more than 1000 deep/);
  });

  it('refuses a page nested just past the depth limit', () => {
    const depth = COMPLEXITY_LIMITS.maxDepth + 1;
    const error = rejection(page(`${'<div>'.repeat(depth)}${ARTICLE}${'</div>'.repeat(depth)}`));
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toMatch(/nested more than 1000 deep/);
  });

  it('refuses a page of a million elements as too-complex', () => {
    const error = rejection(page(`${ARTICLE}<div>${'<i>x</i>'.repeat(1_000_000)}</div>`));
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toMatch(/more than 250000 elements/);
  });

  it('refuses a page with just more elements than the limit', () => {
    const error = rejection(page(`${ARTICLE}<div>${'<i>x</i>'.repeat(COMPLEXITY_LIMITS.maxElements + 100)}</div>`));
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toMatch(/more than 250000 elements/);
  });

  it('accepts pages just inside both limits', () => {
    const depth = COMPLEXITY_LIMITS.maxDepth - 10;
    expect(rejection(page(`${'<div>'.repeat(depth)}${ARTICLE}${'</div>'.repeat(depth)}`))).toBeNull();
    expect(rejection(page(`${ARTICLE}<div>${'<i>x</i>'.repeat(COMPLEXITY_LIMITS.maxElements - 100)}</div>`))).toBeNull();
  });

  it('extracts a normal page', () => {
    const record = extract(Buffer.from(page(ARTICLE)));
    expect(record.title).toBe('Harbour reopens after storm');
    expect(record.body).toContain('The harbour reopened on Monday');
  });
});

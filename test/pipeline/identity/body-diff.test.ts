import {
  diffBodies,
  MAX_ALIGNMENT_CELLS,
  SAMPLE_BYTES_CAP,
  SAMPLE_STRING_BYTES_CAP,
} from '../../../lambdas/pipeline/identity/body-diff';

const body = (...paragraphs: string[]) => paragraphs.join('\n\n');

const P1 = 'The city council approved the new river bridge on Tuesday after a long debate.';
const P2 = 'Construction is expected to start next spring and to take three years.';
const P3 = '"It is a great day for the city," the mayor said after the vote.';
const P4 = 'Opponents said they would challenge the decision in court.';

function utf8Bytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
}

describe('diffBodies', () => {
  it('reports nothing for identical bodies', () => {
    expect(diffBodies(body(P1, P2), body(P1, P2))).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      samples: { added: [], removed: [], changed: [] },
      samplesTruncated: false,
    });
  });

  it('ignores whitespace, blank-line and quote-style noise', () => {
    const noisy = `  ${P1.replace(' ', '  ')}\n\n\n\n${P2}\n \n${P3.replace(/"/g, (_q, offset: number) => (offset === 0 ? '“' : '”'))}`;
    expect(diffBodies(body(P1, P2, P3), noisy)).toMatchObject({ added: 0, removed: 0, changed: 0 });
  });

  it('reports one corrected paragraph as changed', () => {
    const corrected = P2.replace('three years', 'four years');
    expect(diffBodies(body(P1, P2, P3), body(P1, corrected, P3))).toEqual({
      added: 0,
      removed: 0,
      changed: 1,
      samples: { added: [], removed: [], changed: [{ before: P2, after: corrected }] },
      samplesTruncated: false,
    });
  });

  it('reports an appended paragraph as added', () => {
    expect(diffBodies(body(P1, P2), body(P1, P2, P4))).toMatchObject({ added: 1, removed: 0, changed: 0, samples: { added: [P4] } });
  });

  it('reports a dropped paragraph in the middle as removed', () => {
    expect(diffBodies(body(P1, P2, P3), body(P1, P3))).toMatchObject({ added: 0, removed: 1, changed: 0, samples: { removed: [P2] } });
  });

  it('tells a replaced paragraph (different words) from a changed one', () => {
    expect(diffBodies(body(P1, P2, P3), body(P1, P4, P3))).toMatchObject({
      added: 1,
      removed: 1,
      changed: 0,
      samples: { added: [P4], removed: [P2] },
    });
  });

  it('handles several edits at once', () => {
    const before = body(P1, P2, P3, P4);
    const after = body('Update: the vote was unanimous.', P1, P3.replace('great', 'wonderful'), P4);
    expect(diffBodies(before, after)).toMatchObject({ added: 1, removed: 1, changed: 1 });
  });

  it('treats an empty body as no paragraphs', () => {
    expect(diffBodies('', body(P1, P2))).toMatchObject({ added: 2, removed: 0, changed: 0 });
    expect(diffBodies(body(P1), '  \n\n ')).toMatchObject({ added: 0, removed: 1, changed: 0 });
  });

  it('caps the samples at SAMPLE_BYTES_CAP and keeps exact counts', () => {
    const added = Array.from({ length: 40 }, (_, index) => `Nouvelle paragraphe numéro ${index}: ${'é'.repeat(300)}`);
    const diff = diffBodies(body(P1), body(P1, ...added));
    expect(diff.added).toBe(40);
    expect(diff.samplesTruncated).toBe(true);
    expect(diff.samples.added.length).toBeGreaterThan(0);
    expect(diff.samples.added.length).toBeLessThan(40);
    expect(utf8Bytes(diff.samples.added)).toBeLessThanOrEqual(SAMPLE_BYTES_CAP);
    for (const sample of diff.samples.added) {
      expect(Buffer.byteLength(sample, 'utf8')).toBeLessThanOrEqual(SAMPLE_STRING_BYTES_CAP);
      expect(sample.endsWith('…')).toBe(true);
      expect(sample).not.toContain('\uFFFD');
    }
  });

  it('cuts long samples between code points', () => {
    const arabic = 'ج'.repeat(400);
    const diff = diffBodies(body(P1), body(P1, arabic));
    // 254 two-byte letters and the three-byte ellipsis: 511 bytes, the most that fits in 512.
    expect(SAMPLE_STRING_BYTES_CAP).toBe(512);
    expect(diff.samples.added[0]).toBe(`${'ج'.repeat(254)}…`);
  });

  it('falls back to set difference for huge rewrites', () => {
    const size = Math.ceil(Math.sqrt(MAX_ALIGNMENT_CELLS)) + 10;
    const before = Array.from({ length: size }, (_, index) => `old paragraph ${index}`);
    const after = Array.from({ length: size }, (_, index) => `new paragraph ${index}`);
    after[5] = before[size - 1]!;
    const diff = diffBodies(body(...before), body(...after));
    expect(diff.removed).toBe(size - 1);
    expect(diff.added).toBe(size - 1);
    expect(diff.changed).toBe(0);
  });
});

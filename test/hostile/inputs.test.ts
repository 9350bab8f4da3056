/**
 * Hostile and broken inputs through the whole parse stage (`ingestPage`, in-memory ports) and, where the two may
 * differ, through the extractor alone: each becomes a record or a quarantine entry with its reason, and nothing throws.
 * Durations are not asserted here; `npx tsx bench/hostile.ts` prints them.
 */
import { createHash } from 'node:crypto';
import { extract, RejectedInputError } from '../../lambdas/extract';
import { HOSTILE_INPUTS, PAGE_URL, deepNesting, manyTinyElements, type HostileInput } from './support/hostile-inputs';
import { NOW, ingestInMemory } from './support/ingest-memory';

/**
 * Every catalog input at full size (a million tiny elements and 100,000 levels of nesting are refused as
 * `too-complex` while parsing), plus the same two shapes at smaller sizes: 20,000 elements parse and are read in
 * full, while 1,000 levels of nesting inside `<html>` and `<body>` go past the 1,000-level limit and are refused.
 */
const SUITE_INPUTS: HostileInput[] = [...HOSTILE_INPUTS, manyTinyElements(20_000), deepNesting(1_000)];

const DECODER_REASONS = new Set(['empty', 'binary', 'truncated-gzip', 'gzip-bomb', 'too-large', 'undecodable', 'not-html']);
const KNOWN_REASONS = new Set([...DECODER_REASONS, 'too-complex', 'no-article', 'extraction-failed']);

describe.each(SUITE_INPUTS.map((input) => [input.name, input] as const))('hostile input: %s', (_name, input) => {
  let bytes: Buffer;
  let contentType: string | undefined;

  beforeAll(() => {
    ({ bytes, contentType } = input.build());
  });

  it('ingestPage stores a record or quarantines it with its reason, keeping the raw bytes either way', async () => {
    const { outcome, archive, articles } = await ingestInMemory(bytes, { contentType });
    const sha256 = createHash('sha256').update(bytes).digest('hex');

    if (outcome.outcome === 'quarantined') {
      expect(input.expected).not.toBe('record');
      if (input.expected !== 'record-or-quarantine') expect(outcome.reason).toBe(input.expected);
      expect(KNOWN_REASONS.has(outcome.reason)).toBe(true);
      expect(outcome.message.length).toBeGreaterThan(0);
      const kept = archive.objects.get(`quarantine/${outcome.reason}/${sha256}`);
      expect(kept?.metadata.reason).toBe(outcome.reason);
      expect(Buffer.from(kept!.bytes).equals(bytes)).toBe(true);
      expect(articles.latest.size).toBe(0);
    } else {
      expect(['record', 'record-or-quarantine']).toContain(input.expected);
      expect(outcome.outcome).toBe('created');
      expect(archive.objects.has(`raw/${sha256}`)).toBe(true);
      const [stored] = [...articles.latest.values()];
      expect(stored.body.trim().length).toBeGreaterThan(0);
      for (const text of input.bodyContains ?? []) expect(stored.body).toContain(text);
      if (input.title !== undefined) expect(stored.title).toBe(input.title);
    }
  });

  // An input that must become a record is judged by ingestPage's own call of extract() with the same arguments: a
  // throw would quarantine it, and its body and title are asserted on the stored record. The extractor alone is asked
  // where the two may differ: a refusal's type, a page with no article, an input that may go either way.
  if (input.extractorJudges !== false && input.expected !== 'record') {
    it('extract() returns a record or refuses with RejectedInputError, nothing else', () => {
      let refusal: RejectedInputError | null = null;
      let body = '';
      try {
        ({ body } = extract(bytes, { url: PAGE_URL, contentType, now: NOW }));
      } catch (error) {
        if (!(error instanceof RejectedInputError)) throw error;
        refusal = error;
      }
      if (DECODER_REASONS.has(input.expected)) {
        expect(refusal?.reason).toBe(input.expected);
      } else if (input.expected === 'no-article') {
        expect(refusal).toBeNull();
        expect(body.trim()).toBe('');
      }
    });
  }
});

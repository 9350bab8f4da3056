/**
 * A compact paragraph-level diff between two revisions of a body, for change events and operators: how many
 * paragraphs were added, removed and changed, and a size-capped sample of the text involved.
 *
 * Paragraphs are compared after `normalizeText`, so whitespace and quote-style noise is not a change (the same rule
 * as the content hash). The alignment is an LCS over paragraphs, after the common prefix and suffix are stripped,
 * which is linear for the usual edit (a few paragraphs touched). Within each run of non-matching paragraphs, a
 * removed paragraph and an added one that share most of their words are reported as one changed paragraph.
 */
import { normalizeText } from './text-normalize';

export interface ChangedParagraph {
  before: string;
  after: string;
}

export interface BodyDiff {
  added: number;
  removed: number;
  changed: number;
  samples: {
    added: string[];
    removed: string[];
    changed: ChangedParagraph[];
  };
  /** Some sample text was shortened or left out to respect SAMPLE_BYTES_CAP; the counts are always complete. */
  samplesTruncated: boolean;
}

/** Total UTF-8 size of all sample strings: change events must stay far below EventBridge's 256 KB entry limit. */
export const SAMPLE_BYTES_CAP = 2048;
/** One sample string at most, so that one long paragraph does not use the whole budget. */
export const SAMPLE_STRING_BYTES_CAP = 512;
/**
 * Above this many LCS cells (paragraphs before × after, after prefix/suffix stripping) the alignment falls back
 * to set difference: a rewrite of two 2,000-paragraph bodies must not cost seconds and hundreds of megabytes.
 */
export const MAX_ALIGNMENT_CELLS = 1_000_000;
/** Above this many removed × added comparisons in one run, changed paragraphs are not paired up. */
export const MAX_PAIRING_COMPARISONS = 10_000;
/** Share of words (Dice coefficient over word sets) above which a removed and an added paragraph are one edit. */
export const CHANGED_PARAGRAPH_SIMILARITY = 0.5;

interface Paragraph {
  text: string;
  key: string;
}

export function diffBodies(before: string, after: string): BodyDiff {
  const oldParagraphs = paragraphs(before);
  const newParagraphs = paragraphs(after);
  const runs = nonMatchingRuns(oldParagraphs, newParagraphs);

  const added: string[] = [];
  const removed: string[] = [];
  const changed: ChangedParagraph[] = [];
  for (const run of runs) {
    const pairs = pairChangedParagraphs(run.removed, run.added);
    const pairedRemoved = new Set(pairs.map(([removedIndex]) => removedIndex));
    const pairedAdded = new Set(pairs.map(([, addedIndex]) => addedIndex));
    for (const [removedIndex, addedIndex] of pairs) {
      changed.push({ before: run.removed[removedIndex]!.text, after: run.added[addedIndex]!.text });
    }
    run.removed.forEach((paragraph, index) => pairedRemoved.has(index) || removed.push(paragraph.text));
    run.added.forEach((paragraph, index) => pairedAdded.has(index) || added.push(paragraph.text));
  }
  return { added: added.length, removed: removed.length, changed: changed.length, ...cappedSamples(added, removed, changed) };
}

function paragraphs(body: string): Paragraph[] {
  return body
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text) => ({ text, key: normalizeText(text) }));
}

interface NonMatchingRun {
  removed: Paragraph[];
  added: Paragraph[];
}

/** The runs of paragraphs between aligned (equal) paragraphs, in document order. */
function nonMatchingRuns(before: readonly Paragraph[], after: readonly Paragraph[]): NonMatchingRun[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix]!.key === after[prefix]!.key) prefix += 1;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix]!.key === after[after.length - 1 - suffix]!.key
  ) {
    suffix += 1;
  }
  const oldMiddle = before.slice(prefix, before.length - suffix);
  const newMiddle = after.slice(prefix, after.length - suffix);
  if (oldMiddle.length === 0 && newMiddle.length === 0) return [];
  if (oldMiddle.length * newMiddle.length > MAX_ALIGNMENT_CELLS) return [setDifference(oldMiddle, newMiddle)];
  return lcsRuns(oldMiddle, newMiddle);
}

function setDifference(before: readonly Paragraph[], after: readonly Paragraph[]): NonMatchingRun {
  const oldKeys = new Set(before.map((paragraph) => paragraph.key));
  const newKeys = new Set(after.map((paragraph) => paragraph.key));
  return {
    removed: before.filter((paragraph) => !newKeys.has(paragraph.key)),
    added: after.filter((paragraph) => !oldKeys.has(paragraph.key)),
  };
}

function lcsRuns(before: readonly Paragraph[], after: readonly Paragraph[]): NonMatchingRun[] {
  const rows = before.length + 1;
  const columns = after.length + 1;
  // lengths[i * columns + j]: LCS length of before[i..] and after[j..].
  const lengths = new Uint32Array(rows * columns);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      lengths[i * columns + j] =
        before[i]!.key === after[j]!.key
          ? lengths[(i + 1) * columns + j + 1]! + 1
          : Math.max(lengths[(i + 1) * columns + j]!, lengths[i * columns + j + 1]!);
    }
  }
  const runs: NonMatchingRun[] = [];
  let current: NonMatchingRun = { removed: [], added: [] };
  const closeRun = () => {
    if (current.removed.length > 0 || current.added.length > 0) runs.push(current);
    current = { removed: [], added: [] };
  };
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i]!.key === after[j]!.key) {
      closeRun();
      i += 1;
      j += 1;
    } else if (j >= after.length || (i < before.length && lengths[(i + 1) * columns + j]! >= lengths[i * columns + j + 1]!)) {
      current.removed.push(before[i]!);
      i += 1;
    } else {
      current.added.push(after[j]!);
      j += 1;
    }
  }
  closeRun();
  return runs;
}

/** Greedy, order-preserving pairing of removed and added paragraphs that are mostly the same words. */
function pairChangedParagraphs(removed: readonly Paragraph[], added: readonly Paragraph[]): [number, number][] {
  if (removed.length * added.length > MAX_PAIRING_COMPARISONS) return [];
  const addedWords = added.map((paragraph) => wordSet(paragraph.key));
  const pairs: [number, number][] = [];
  let nextAdded = 0;
  removed.forEach((paragraph, removedIndex) => {
    const words = wordSet(paragraph.key);
    for (let addedIndex = nextAdded; addedIndex < added.length; addedIndex += 1) {
      if (dice(words, addedWords[addedIndex]!) >= CHANGED_PARAGRAPH_SIMILARITY) {
        pairs.push([removedIndex, addedIndex]);
        nextAdded = addedIndex + 1;
        return;
      }
    }
  });
  return pairs;
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().split(' ').filter((word) => word !== ''));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Fills the samples in order changed, added, removed until SAMPLE_BYTES_CAP is used up. */
function cappedSamples(
  added: readonly string[],
  removed: readonly string[],
  changed: readonly ChangedParagraph[],
): Pick<BodyDiff, 'samples' | 'samplesTruncated'> {
  const budget = { remaining: SAMPLE_BYTES_CAP, truncated: false };
  const take = (text: string): string | null => {
    const limit = Math.min(SAMPLE_STRING_BYTES_CAP, budget.remaining);
    const sample = truncateUtf8(text, limit);
    if (sample === null || sample !== text) budget.truncated = true;
    if (sample !== null) budget.remaining -= Buffer.byteLength(sample, 'utf8');
    return sample;
  };
  const samples: BodyDiff['samples'] = { added: [], removed: [], changed: [] };
  for (const { before, after } of changed) {
    if (budget.remaining <= 0) break;
    const beforeSample = take(before);
    const afterSample = take(after);
    if (beforeSample === null || afterSample === null) break;
    samples.changed.push({ before: beforeSample, after: afterSample });
  }
  for (const [texts, target] of [
    [added, samples.added],
    [removed, samples.removed],
  ] as const) {
    for (const text of texts) {
      const sample = take(text);
      if (sample === null) break;
      target.push(sample);
    }
  }
  const complete = samples.changed.length === changed.length && samples.added.length === added.length && samples.removed.length === removed.length;
  return { samples, samplesTruncated: budget.truncated || !complete };
}

const ELLIPSIS = '…';
const ELLIPSIS_BYTES = 3;
/** Shorter than this, a cut sample says nothing; leave it out instead. */
const MIN_USEFUL_SAMPLE_BYTES = 16;

/** The text, or its start plus an ellipsis, within `maxBytes` of UTF-8, cut between code points; null if no room. */
function truncateUtf8(text: string, maxBytes: number): string | null {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  if (maxBytes < MIN_USEFUL_SAMPLE_BYTES) return null;
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    const size = Buffer.byteLength(character, 'utf8');
    if (bytes + size > maxBytes - ELLIPSIS_BYTES) break;
    bytes += size;
    end += character.length;
  }
  return text.slice(0, end) + ELLIPSIS;
}

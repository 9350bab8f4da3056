/**
 * The near-duplicate fingerprint of an article body: SimHash over overlapping word shingles of the body after
 * matching normalisation. Two copies of one wire story on different sites differ in headline, boilerplate lines,
 * trimmed paragraphs and typing noise; the choices below make the fingerprint robust to exactly those.
 */
import { normalizeForMatching } from './arabic-normalize';
import { simhash } from './simhash';

/** Words per shingle: 3 keeps word order (different stories on one topic stay apart) yet survives small edits. */
export const SHINGLE_WORDS = 3;

/**
 * Paragraphs with fewer words are left out: boilerplate lines ("Follow us on ...", "Read more: ...", agency
 * credits, datelines) are short, and sites add or drop them freely. If every paragraph is short, all are kept.
 * Measured on bench/story-grouping.ts at distance 6: 12 and 8 give the same recall on full bodies (0.77), 12 a
 * better one on 100-word bodies (0.43 against 0.38); 16 starts matching different short stories.
 */
export const MIN_PARAGRAPH_WORDS = 12;

/**
 * Scripts written without spaces between words: each character is a word, otherwise a whole Chinese sentence would
 * be one "word" and any edit in it would change every shingle around it.
 */
const UNSPACED_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}';
const WORD = new RegExp(`[${UNSPACED_SCRIPTS}]|[^\\s${UNSPACED_SCRIPTS}]+`, 'gu');

/**
 * Bodies with fewer fingerprint words get no story fingerprint. bench/story-grouping.ts measures bodies cut to this
 * length: no false match at STORY_MATCH_MAX_DISTANCE; at 60 words, different stories already matched at distance 0
 * (a short text is dominated by whichever long paragraph it shares with another).
 */
export const MIN_STORY_WORDS = 100;

/** The fingerprint used for story grouping, or `null` when the body is too short to be told apart reliably. */
export function storyFingerprint(body: string): string | null {
  const words = fingerprintWords(body);
  return words.length < MIN_STORY_WORDS ? null : simhash(shingles(words, SHINGLE_WORDS));
}

/** Body text (paragraphs separated by blank lines) to a 16-hex-digit SimHash, whatever its length. */
export function bodyFingerprint(body: string): string {
  return simhash(shingles(fingerprintWords(body), SHINGLE_WORDS));
}

/** The normalised words the fingerprint is computed over, short paragraphs left out. */
export function fingerprintWords(body: string): string[] {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((paragraph) => normalizeForMatching(paragraph).match(WORD) ?? [])
    .filter((words) => words.length > 0);
  const long = paragraphs.filter((words) => words.length >= MIN_PARAGRAPH_WORDS);
  return (long.length > 0 ? long : paragraphs).flat();
}

function* shingles(words: readonly string[], size: number): Generator<string> {
  if (words.length > 0 && words.length < size) yield words.join(' ');
  for (let start = 0; start + size <= words.length; start += 1) yield words.slice(start, start + size).join(' ');
}


/**
 * The near-duplicate fingerprint of an article body: a MinHash signature of the set of overlapping word shingles of
 * the body after matching normalisation. Two copies of one wire story on different sites differ in headline,
 * boilerplate lines, trimmed paragraphs and typing noise; the choices below make the fingerprint robust to exactly
 * those.
 *
 * A fingerprint is the signature as 342 base64url characters, so band items carry it and a candidate is scored
 * without reading its article.
 */
import { normalizeForMatching } from './arabic-normalize';
import { matchingFraction, minhashBandKeys, minhashSignature, type MinhashSignature } from './minhash';

/** Words per shingle: 3 keeps word order (different stories on one topic stay apart) yet survives small edits. */
export const SHINGLE_WORDS = 3;

/**
 * Paragraphs with fewer words are left out: boilerplate lines ("Follow us on ...", "Read more: ...", agency
 * credits, datelines) are short, and sites add or drop them freely. If every paragraph is short, all are kept.
 * Measured on bench/story-grouping.ts with MinHash at Jaccard 0.6 (lookup recall, full / 100-word bodies): 12 gives
 * 0.989 / 0.431; 8 gives 0.988 / 0.513, only because more short bodies then reach MIN_STORY_WORDS, while letting in
 * the 8–11-word lines boilerplate is made of; 16 gives 0.982 / 0.351 and precision 0.993 on 100-word bodies.
 */
export const MIN_PARAGRAPH_WORDS = 12;

/**
 * Scripts written without spaces between words: each character is a word, otherwise a whole Chinese sentence would
 * be one "word" and any edit in it would change every shingle around it.
 */
const UNSPACED_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}';
const WORD = new RegExp(`[${UNSPACED_SCRIPTS}]|[^\\s${UNSPACED_SCRIPTS}]+`, 'gu');

/**
 * Bodies with fewer fingerprint words get no story fingerprint: a short text is dominated by whatever it shares with
 * another, a site template or one borrowed paragraph. bench/story-grouping.ts measures bodies cut to this length
 * (precision 0.998 at STORY_MATCH_MIN_SIMILARITY) and sweeps lower gates, which keep that precision on its texts;
 * they are not lowered until tiny bodies on long templates are measured too (see README.md).
 */
export const MIN_STORY_WORDS = 100;

/** Signature slots: 128 estimate a similarity to ±0.04, the margin STORY_MATCH_MIN_SIMILARITY keeps (256 bytes). */
export const STORY_SIGNATURE_SLOTS = 128;

/**
 * LSH layout: 20 bands of 3 slots, cut from the signature's first 60 slots (the similarity is still estimated on
 * all 128). Each band is one index item written and one key read per article, so the band count is the write cost.
 * Chosen with bench/story-grouping.ts (figures in README.md): a pair at the match threshold (Jaccard 0.6) shares a
 * key with probability 0.992 (0.988 with the former 32 bands of 4), and every pair that matches on full bodies is
 * found, as with 32 × 4. Bands of 2 slots find as much with 12 bands, but a key of 2 slots is shared by unrelated
 * articles often enough (measured mean J² between different stories: 7.5·10⁻⁷, so ~0.75 earlier articles per key
 * per million stored) that keys would be taken before their story arrives; with 3 slots it is ~0.004 (mean J³
 * 3.7·10⁻⁹).
 */
export const STORY_BANDS = 20;
export const STORY_ROWS_PER_BAND = 3;

/**
 * Two bodies whose estimated Jaccard similarity (`storySimilarity`) reaches this are one story. Chosen with
 * bench/story-grouping.ts (figures in README.md): the lowest threshold with precision ≥ 0.995 both on full bodies
 * and on bodies cut to MIN_STORY_WORDS, plus one step of margin for the estimate's noise (±0.04). Containment
 * (|A∩B| / min(|A|, |B|)) was measured too and rejected: a site template or a borrowed paragraph makes up most of
 * a short text, so different stories reach high containment, while trimmed republications keep a high Jaccard.
 */
export const STORY_MATCH_MIN_SIMILARITY = 0.6;

/**
 * The bar for a candidate from the article's own site. Two articles of one site share its template, and where the
 * extractor leaves template paragraphs in a body, different short stories on one site look alike: the bench measures
 * Jaccard up to 0.48 for 100-word bodies and 0.71 for 40-word bodies on a long template. A site that carries one
 * story twice carries it nearly verbatim, so its copies still clear this bar (the bench has no same-site
 * republications to measure that recall on).
 */
export const STORY_MATCH_MIN_SIMILARITY_SAME_SITE = 0.85;

/** The fingerprint used for story grouping, or `null` when the body is too short to be told apart reliably. */
export function storyFingerprint(body: string): string | null {
  const words = fingerprintWords(body);
  return words.length < MIN_STORY_WORDS ? null : encodeStoryFingerprint(storySignature(words));
}

/** The MinHash signature of fingerprint words, whatever their number (the bench measures short bodies with it). */
export function storySignature(words: readonly string[], slots = STORY_SIGNATURE_SLOTS): MinhashSignature {
  return minhashSignature(wordShingles(words), slots);
}

export function encodeStoryFingerprint(signature: MinhashSignature): string {
  const bytes = Buffer.alloc(signature.length * 2);
  signature.forEach((value, slot) => bytes.writeUInt16BE(value, slot * 2));
  return bytes.toString('base64url');
}

const ENCODED_SIGNATURE_CHARS = Math.ceil((STORY_SIGNATURE_SLOTS * 2 * 4) / 3);
const FINGERPRINT_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${ENCODED_SIGNATURE_CHARS}}$`);

/**
 * The fingerprint's signature, or null when the string is not one of this scheme's fingerprints (band items written
 * by the SimHash scheme hold 16 hex digits and are ignored).
 */
export function decodeStoryFingerprint(fingerprint: string): MinhashSignature | null {
  if (!FINGERPRINT_PATTERN.test(fingerprint)) return null;
  const bytes = Buffer.from(fingerprint, 'base64url');
  const signature = new Uint16Array(STORY_SIGNATURE_SLOTS);
  for (let slot = 0; slot < STORY_SIGNATURE_SLOTS; slot += 1) signature[slot] = bytes.readUInt16BE(slot * 2);
  return signature;
}

/** The keys an article is registered and looked up under; throws on a string that is not a fingerprint. */
export function storyBandKeys(fingerprint: string): string[] {
  const signature = decodeStoryFingerprint(fingerprint);
  if (!signature) throw new Error(`not a story fingerprint: ${fingerprint.slice(0, 40)}`);
  return minhashBandKeys(signature.subarray(0, STORY_BANDS * STORY_ROWS_PER_BAND), STORY_ROWS_PER_BAND);
}

/** Estimated Jaccard similarity of the two bodies' shingle sets. */
export function storySimilarity(a: MinhashSignature, b: MinhashSignature): number {
  return matchingFraction(a, b);
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

/** The overlapping SHINGLE_WORDS-word shingles of the words (one shingle of all words when there are fewer). */
export function* wordShingles(words: readonly string[]): Generator<string> {
  if (words.length > 0 && words.length < SHINGLE_WORDS) yield words.join(' ');
  for (let start = 0; start + SHINGLE_WORDS <= words.length; start += 1) yield words.slice(start, start + SHINGLE_WORDS).join(' ');
}


/**
 * Story-grouping benchmark: how well do the MinHash scheme (estimated Jaccard ≥ t, found through LSH band keys)
 * and the SimHash scheme it replaced (Hamming distance ≤ t, found through pair-of-block band keys) separate
 * republications of one story from different stories, measured side by side on the same pairs? The output is what
 * STORY_MATCH_MIN_SIMILARITY and the LSH layout (bands × rows) were chosen from; an arrival simulation then groups
 * every text article after article through in-memory models of the story index, to compare index policies by the
 * keys they write and the chains and originals they get right.
 *
 *   npx tsx bench/story-grouping.ts [CORPUS_DIR]        (default ../shared/corpus/dev)
 *
 * Article bodies come from the corpus ground truth (`<source>/truth.jsonl`, records with a body), read at run time.
 * From them the bench generates, with a fixed seed:
 * - positives: republications of a body as another site would carry it (boilerplate lines added and removed,
 *   a "read more" line, an agency dateline, last paragraphs trimmed, a sentence cut, paragraphs merged, quote
 *   style changed, Arabic spelling and typing noise), paired with the original and with each other;
 * - negatives: every pair of different bodies; different bodies wrapped in the same long site template (pages of
 *   one site, so the MinHash scheme's same-site bar applies to them); and a different story that reuses one
 *   background paragraph of the other.
 * Full bodies, bodies cut to 100 words and bodies cut to 40 words are measured; a pair counts as matched only when
 * both texts get a fingerprint, as in the pipeline. Only stdout is written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bandItem } from '../lambdas/adapters/dynamodb/story-index';
import { bandCollisionProbability, minhashBandKeys, type MinhashSignature } from '../lambdas/pipeline/identity/minhash';
import { storyIdFor, type StoryCandidate } from '../lambdas/pipeline/identity/story';
import { seededRandom } from '../test/support/seeded-random';
import { BAND_GUARANTEED_DISTANCE, hammingDistance, simhashBands, simhashFingerprint, STORY_MATCH_MAX_DISTANCE } from './support/simhash-baseline';
import {
  encodeStoryFingerprint,
  fingerprintWords,
  MIN_STORY_WORDS,
  STORY_BANDS,
  STORY_MATCH_MIN_SIMILARITY,
  STORY_MATCH_MIN_SIMILARITY_SAME_SITE,
  STORY_ROWS_PER_BAND,
  STORY_SIGNATURE_SLOTS,
  storyBandKeys,
  storySignature,
  storySimilarity,
  wordShingles,
} from '../lambdas/pipeline/identity/story-fingerprint';

const SEED = 20261129;
const VARIANTS_PER_BODY = 3;
const TEMPLATE_PAIRS = 600;
const SHARED_PARAGRAPH_PAIRS = 600;
/** Short texts give noisier fingerprints: bodies are also measured cut to the shortest length that gets grouped. */
const SHORT_BODY_WORDS = MIN_STORY_WORDS;
/**
 * Bodies cut shorter still: only texts that reach MIN_STORY_WORDS with the help of template paragraphs get grouped,
 * which is where a shared template weighs most.
 */
const TINY_BODY_WORDS = 40;
/**
 * LSH layouts compared, as [bands, rows per band]: each band is one item written and one key read per article, so
 * the band count is the write cost. Band keys come from a prefix of one signature long enough for the largest.
 */
const LAYOUTS_TRIED: readonly (readonly [number, number])[] = [
  [32, 4],
  [32, 3],
  [24, 4],
  [24, 3],
  [20, 3],
  [16, 3],
  [12, 3],
  [16, 2],
  [12, 2],
  [10, 2],
  [8, 2],
];
const layoutName = ([bands, rows]: readonly [number, number]) => `${bands}×${rows}`;
const CHOSEN_LAYOUT = layoutName([STORY_BANDS, STORY_ROWS_PER_BAND]);
const SIMHASH_THRESHOLDS = [3, 6, 8, 10, 12, 14, 16];
const SIMILARITY_THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const TARGET_PRECISION = 0.995;
const WORD_GATES = [20, 40, 50, 60, 70, 80, 90, 100];

interface Body {
  id: string;
  paragraphs: string[];
}

type PairKind = 'republication' | 'different' | 'same-template' | 'shared-paragraph';
const NEGATIVE_KINDS: readonly PairKind[] = ['different', 'same-template', 'shared-paragraph'];

/** Both schemes' fingerprints of one text. */
interface Fingerprints {
  simhash: string;
  simhashBands: Set<string>;
  /** The production signature (STORY_SIGNATURE_SLOTS slots). */
  story: MinhashSignature;
  /** Band keys for each layout tried (by `layoutName`), from a prefix of one long signature. */
  bandsByLayout: Map<string, Set<string>>;
  /** The exact shingle set, to check the MinHash estimate against. */
  shingles: Set<string>;
  /** Fingerprint words (after the short-paragraph filter). */
  words: number;
}

interface Pair {
  kind: PairKind;
  /** Both texts have a story fingerprint (MIN_STORY_WORDS fingerprint words): otherwise neither scheme groups them. */
  fingerprinted: boolean;
  /** Fingerprint words of the shorter text, for measuring other values of MIN_STORY_WORDS. */
  fewestWords: number;
  /** Both texts are from one site: the bench's same-template pairs are; every other pair is two sites. */
  sameSite: boolean;
  simhashDistance: number;
  /** Whether a band lookup would find one from the other under the SimHash scheme. */
  simhashSharesBand: boolean;
  /** Estimated Jaccard similarity from the production signatures (what storyIdFor compares). */
  jaccard: number;
  /** Jaccard similarity of the shingle sets themselves, to check the estimate against. */
  exactJaccard: number;
  /** Containment |A∩B| / min(|A|, |B|) estimated from the signatures' Jaccard and the set sizes. */
  containment: number;
  /** Whether the pair shares a band key, for each layout tried (by `layoutName`). */
  sharesBandByLayout: Map<string, boolean>;
}

function fingerprintsOf(paragraphs: readonly string[]): Fingerprints {
  const body = paragraphs.join('\n\n');
  const words = fingerprintWords(body);
  const simhash = simhashFingerprint(body);
  const longest = storySignature(words, Math.max(STORY_SIGNATURE_SLOTS, ...LAYOUTS_TRIED.map(([bands, rows]) => bands * rows)));
  const bandsByLayout = new Map(
    LAYOUTS_TRIED.map(([bands, rows]) => [layoutName([bands, rows]), new Set(minhashBandKeys(longest.slice(0, bands * rows), rows))]),
  );
  const shingles = new Set(wordShingles(words));
  return {
    simhash,
    simhashBands: new Set(simhashBands(simhash)),
    story: longest.slice(0, STORY_SIGNATURE_SLOTS),
    bandsByLayout,
    shingles,
    words: words.length,
  };
}

function sharesAny(first: Set<string>, second: Set<string>): boolean {
  for (const key of second) if (first.has(key)) return true;
  return false;
}

function pairOf(kind: PairKind, first: Fingerprints, second: Fingerprints): Pair {
  let common = 0;
  for (const shingle of second.shingles) if (first.shingles.has(shingle)) common += 1;
  const jaccard = storySimilarity(first.story, second.story);
  const sizes = first.shingles.size + second.shingles.size;
  return {
    kind,
    fingerprinted: Math.min(first.words, second.words) >= MIN_STORY_WORDS,
    fewestWords: Math.min(first.words, second.words),
    sameSite: kind === 'same-template',
    simhashDistance: hammingDistance(first.simhash, second.simhash),
    simhashSharesBand: sharesAny(first.simhashBands, second.simhashBands),
    jaccard,
    exactJaccard: common / (sizes - common),
    containment: Math.min(1, (jaccard * sizes) / (1 + jaccard) / Math.min(first.shingles.size, second.shingles.size)),
    sharesBandByLayout: new Map([...first.bandsByLayout].map(([layout, keys]) => [layout, sharesAny(keys, second.bandsByLayout.get(layout)!)])),
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * Bodies with at least MIN_STORY_WORDS fingerprint words. Exact duplicates (the same page captured twice by a test
 * suite) are kept once: they are the same article, not a pair of different stories.
 */
function loadBodies(corpusDir: string): Body[] {
  const bodies: Body[] = [];
  const seen = new Set<string>();
  for (const source of readdirSync(corpusDir).sort()) {
    let truth: string;
    try {
      truth = readFileSync(join(corpusDir, source, 'truth.jsonl'), 'utf8');
    } catch {
      continue;
    }
    for (const line of truth.split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { id: string; body?: string };
      if (typeof record.body !== 'string') continue;
      const paragraphs = record.body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
      const words = fingerprintWords(record.body);
      if (words.length < MIN_STORY_WORDS || seen.has(words.join(' '))) continue;
      seen.add(words.join(' '));
      bodies.push({ id: `${source}/${record.id}`, paragraphs });
    }
  }
  return bodies;
}

/** Lines sites add around a wire story. Written for this bench; several languages, as the corpus has. */
const BOILERPLATE_LINES = [
  'Follow us on Twitter and Facebook for the latest updates.',
  'Sign up for our morning newsletter to get the day’s top stories delivered to your inbox.',
  'This article was produced by an agency and has not been edited by our staff.',
  '© 2024 All rights reserved.',
  'Advertisement',
  'Related coverage',
  'تابعونا على تويتر وفيسبوك لمتابعة آخر الأخبار',
  'اقرأ أيضاً',
  'جميع الحقوق محفوظة',
  'Folgen Sie uns auf Twitter und Facebook.',
  'Mehr zum Thema',
  'Suivez-nous sur Twitter et Facebook.',
  'Síguenos en Twitter y Facebook para más noticias.',
  'Photo: AFP',
];

const DATELINES = ['CAIRO (AFP) - ', 'BEIRUT, (Reuters) — ', 'القاهرة (أ ف ب) - ', 'PARIS (AP) — ', 'BERLIN (dpa) - '];

/** A long site template: header and footer paragraphs long enough to pass the fingerprint's paragraph filter. */
const SITE_TEMPLATE = {
  header: [
    'Breaking news, analysis and opinion from the region, updated around the clock by our newsroom and correspondents.',
    'Get the best of our journalism delivered to your inbox every morning: subscribe to our free daily newsletter today.',
  ],
  footer: [
    'We welcome your comments. Please keep the discussion civil and on topic; comments that break our rules will be removed.',
    'Our journalism is funded by readers like you. Support independent reporting by becoming a member for as little as one dollar.',
    'يسعدنا تلقي تعليقاتكم، ونرجو الالتزام بقواعد النشر واحترام آراء الآخرين في النقاش حول هذا الموضوع المهم.',
  ],
};

function insertAt<T>(items: T[], index: number, item: T): void {
  items.splice(Math.max(0, Math.min(items.length, index)), 0, item);
}

function changeQuoteStyle(text: string, random: Random): string {
  if (random() < 0.5) {
    let open = true;
    return text.replace(/"/g, () => ((open = !open) ? '”' : '“')).replace(/'/g, '’');
  }
  return text.replace(/[“”«»„]/g, '"').replace(/[‘’]/g, "'");
}

const ARABIC_LETTER = /[\u0621-\u064A]/;
const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B'];

/** Spelling and typing noise Arabic desks introduce; non-Arabic text gets invisible marks and odd spaces. */
function addArabicNoise(text: string, random: Random): string {
  const words = text.split(' ').map((word) => {
    if (!ARABIC_LETTER.test(word)) return random() < 0.05 ? `${word}\u200B` : word;
    let noisy = word;
    if (noisy.startsWith('ا') && random() < 0.5) noisy = pick(random, ['أ', 'إ', 'آ']) + noisy.slice(1);
    if (noisy.startsWith('أ') && random() < 0.5) noisy = `ا${noisy.slice(1)}`;
    if (noisy.endsWith('ي') && random() < 0.5) noisy = `${noisy.slice(0, -1)}ى`;
    if (noisy.endsWith('ة') && random() < 0.3) noisy = `${noisy.slice(0, -1)}ه`;
    if (noisy.length > 3 && random() < 0.1) noisy = `${noisy.slice(0, 2)}\u0640${noisy.slice(2)}`;
    if (random() < 0.15) noisy = `${noisy.slice(0, 1)}${pick(random, HARAKAT)}${noisy.slice(1)}`;
    return noisy;
  });
  return words
    .join(random() < 0.5 ? ' ' : '\u00A0')
    .replace(/[0-9]/g, (digit) => (random() < 0.5 ? String.fromCharCode(0x0660 + Number(digit)) : digit));
}

/** One republication: a random mix of the edits sites make, at least two of them. */
function republish(body: Body, others: readonly Body[], random: Random): string[] {
  const paragraphs = [...body.paragraphs];
  const edits: ((ps: string[]) => void)[] = [
    (ps) => {
      for (let n = 1 + Math.floor(random() * 3); n > 0; n -= 1) {
        insertAt(ps, random() < 0.5 ? 0 : ps.length, pick(random, BOILERPLATE_LINES));
      }
    },
    (ps) => insertAt(ps, Math.floor(ps.length / 2), `Read more: ${pick(random, others).paragraphs[0]!.split(' ').slice(0, 10).join(' ')}`),
    (ps) => {
      ps[0] = pick(random, DATELINES) + ps[0]!;
    },
    (ps) => {
      if (ps.length >= 6) ps.splice(ps.length - (1 + Math.floor(random() * 2)));
    },
    (ps) => {
      const index = Math.floor(random() * ps.length);
      const sentences = ps[index]!.split(/(?<=[.!?؟。])\s+/);
      if (sentences.length > 1) ps[index] = sentences.slice(0, -1).join(' ');
    },
    (ps) => {
      const shortIndex = ps.findIndex((p) => fingerprintWords(p).length < 12);
      if (shortIndex >= 0) ps.splice(shortIndex, 1);
    },
    (ps) => {
      if (ps.length < 2) return;
      const index = Math.floor(random() * (ps.length - 1));
      ps.splice(index, 2, `${ps[index]} ${ps[index + 1]}`);
    },
    (ps) => ps.forEach((p, index) => (ps[index] = changeQuoteStyle(p, random))),
    (ps) => ps.forEach((p, index) => (ps[index] = addArabicNoise(p, random))),
  ];
  const chosen = edits.filter(() => random() < 0.45);
  while (chosen.length < 2) chosen.push(pick(random, edits));
  for (const edit of chosen) edit(paragraphs);
  return paragraphs;
}

function buildPairs(bodies: readonly Body[], random: Random): Pair[] {
  const pairs: Pair[] = [];
  const originals = bodies.map((body) => fingerprintsOf(body.paragraphs));

  bodies.forEach((body, index) => {
    const others = bodies.filter((other) => other !== body);
    const variants = Array.from({ length: VARIANTS_PER_BODY }, () => fingerprintsOf(republish(body, others, random)));
    variants.forEach((variant, v) => {
      pairs.push(pairOf('republication', originals[index]!, variant));
      for (const later of variants.slice(v + 1)) pairs.push(pairOf('republication', variant, later));
    });
  });

  for (let i = 0; i < originals.length; i += 1) {
    for (let j = i + 1; j < originals.length; j += 1) {
      pairs.push(pairOf('different', originals[i]!, originals[j]!));
    }
  }

  const differentPair = (): [Body, Body] => {
    const first = pick(random, bodies);
    let second = pick(random, bodies);
    while (second === first) second = pick(random, bodies);
    return [first, second];
  };
  const inTemplate = (body: Body) => [...SITE_TEMPLATE.header, ...body.paragraphs, ...SITE_TEMPLATE.footer];
  for (let n = 0; n < TEMPLATE_PAIRS; n += 1) {
    const [first, second] = differentPair();
    pairs.push(pairOf('same-template', fingerprintsOf(inTemplate(first)), fingerprintsOf(inTemplate(second))));
  }
  for (let n = 0; n < SHARED_PARAGRAPH_PAIRS; n += 1) {
    const [first, second] = differentPair();
    const borrowed = [...second.paragraphs];
    insertAt(borrowed, Math.floor(random() * borrowed.length), pick(random, first.paragraphs));
    pairs.push(pairOf('shared-paragraph', fingerprintsOf(first.paragraphs), fingerprintsOf(borrowed)));
  }
  return pairs;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

/** The body cut to its first `words` words, for measuring short wire items. */
function truncated(body: Body, words: number): Body {
  const paragraphs: string[] = [];
  let remaining = words;
  for (const paragraph of body.paragraphs) {
    if (remaining <= 0) break;
    const paragraphWords = paragraph.split(/\s+/);
    paragraphs.push(paragraphWords.slice(0, remaining).join(' '));
    remaining -= paragraphWords.length;
  }
  return { id: body.id, paragraphs };
}

interface Scores {
  precision: number;
  recall: number;
  lookupRecall: number;
  falsePositives: number[];
}

/**
 * Precision and recall of "matches" over the pairs; lookup recall also needs the pair to be found. A pair without
 * two fingerprints never matches, as in the pipeline: a missed republication, never a false match.
 */
function score(pairs: readonly Pair[], matchesIfFingerprinted: (pair: Pair) => boolean, found: (pair: Pair) => boolean): Scores {
  const matches = (pair: Pair) => pair.fingerprinted && matchesIfFingerprinted(pair);
  const positives = pairs.filter((pair) => pair.kind === 'republication');
  const truePositives = positives.filter(matches).length;
  const falsePositives = NEGATIVE_KINDS.map((kind) => pairs.filter((pair) => pair.kind === kind && matches(pair)).length);
  const falsePositiveTotal = falsePositives.reduce((sum, count) => sum + count, 0);
  return {
    precision: truePositives + falsePositiveTotal === 0 ? 1 : truePositives / (truePositives + falsePositiveTotal),
    recall: truePositives / positives.length,
    lookupRecall: positives.filter((pair) => matches(pair) && found(pair)).length / positives.length,
    falsePositives,
  };
}

function scoreLine(label: string, scores: Scores, marker = ''): string {
  return `${label.padStart(12)}  ${scores.precision.toFixed(4).padStart(9)}  ${scores.recall.toFixed(4)}  ${scores.lookupRecall.toFixed(4).padStart(13)}   ${scores.falsePositives.join('/')}${marker}`;
}

const TABLE_HEADER = '   threshold  precision  recall  lookup recall   FP(different/same-template/shared-paragraph)';

const minhashFound = (pair: Pair) => pair.sharesBandByLayout.get(CHOSEN_LAYOUT)!;
/** As storyIdFor decides: a candidate of the article's own site must clear STORY_MATCH_MIN_SIMILARITY_SAME_SITE. */
const minhashMatches = (threshold: number) => (pair: Pair) =>
  pair.jaccard >= (pair.sameSite ? Math.max(threshold, STORY_MATCH_MIN_SIMILARITY_SAME_SITE) : threshold);
const withoutSiteBar = (threshold: number) => (pair: Pair) => pair.jaccard >= threshold;
const simhashMatches = (threshold: number) => (pair: Pair) => pair.simhashDistance <= threshold;

function distribution(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `min ${sorted[0]!.toFixed(2)}, p1 ${percentile(sorted, 0.01).toFixed(2)}, p10 ${percentile(sorted, 0.1).toFixed(2)}, median ${percentile(sorted, 0.5).toFixed(2)}, max ${sorted.at(-1)!.toFixed(2)}`;
}

function report(label: string, pairs: readonly Pair[]): void {
  const positives = pairs.filter((pair) => pair.kind === 'republication');
  console.log(`\n== ${label}, seed ${SEED}`);
  console.log(`positive pairs: ${positives.length}; negative pairs: ${NEGATIVE_KINDS.map((k) => `${k} ${pairs.filter((p) => p.kind === k).length}`).join(', ')}`);
  console.log(`pairs without two fingerprints (under ${MIN_STORY_WORDS} words after the paragraph filter): ${NEGATIVE_KINDS.map((k) => pairs.filter((p) => p.kind === k && !p.fingerprinted).length).join('/')} negatives, ${positives.filter((p) => !p.fingerprinted).length} positives`);
  console.log('recall: matched; lookup recall: matched and found through a shared band key (what the pipeline gets)');

  console.log(`\nSimHash (old): distance ≤ t, ${simhashBands('0'.repeat(16)).length} band keys`);
  console.log(TABLE_HEADER);
  for (const threshold of SIMHASH_THRESHOLDS) {
    const marker = threshold === STORY_MATCH_MAX_DISTANCE ? '  <- old STORY_MATCH_MAX_DISTANCE' : '';
    console.log(scoreLine(`≤ ${threshold}`, score(pairs, simhashMatches(threshold), (pair) => pair.simhashSharesBand), marker));
  }
  const missedWithinGuarantee = pairs.filter((p) => p.simhashDistance <= BAND_GUARANTEED_DISTANCE && !p.simhashSharesBand).length;
  console.log(`pairs within distance ${BAND_GUARANTEED_DISTANCE} without a shared key: ${missedWithinGuarantee}`);

  console.log(`\nMinHash (new): estimated Jaccard ≥ t (same site: ≥ ${STORY_MATCH_MIN_SIMILARITY_SAME_SITE}), ${STORY_BANDS} bands × ${STORY_ROWS_PER_BAND} rows`);
  console.log(TABLE_HEADER);
  for (const threshold of SIMILARITY_THRESHOLDS) {
    const marker = threshold === STORY_MATCH_MIN_SIMILARITY ? '  <- STORY_MATCH_MIN_SIMILARITY' : '';
    console.log(scoreLine(`J ≥ ${threshold.toFixed(2)}`, score(pairs, minhashMatches(threshold), minhashFound), marker));
  }
  const noBar = score(pairs, withoutSiteBar(STORY_MATCH_MIN_SIMILARITY), minhashFound);
  console.log(scoreLine(`no site bar`, noBar, `  <- J ≥ ${STORY_MATCH_MIN_SIMILARITY} for same-site pairs too`));
  console.log('MinHash, estimated containment ≥ t instead of Jaccard (the alternative, rejected; no site bar)');
  for (const threshold of SIMILARITY_THRESHOLDS) {
    console.log(scoreLine(`C ≥ ${threshold.toFixed(2)}`, score(pairs, (pair) => pair.containment >= threshold, minhashFound)));
  }

  console.log('\nestimated Jaccard by pair kind (pairs with two fingerprints)');
  for (const kind of ['republication', ...NEGATIVE_KINDS] as const) {
    console.log(`  ${kind.padEnd(16)} ${distribution(pairs.filter((p) => p.kind === kind && p.fingerprinted).map((p) => p.jaccard))}`);
  }
  const errors = pairs.map((pair) => Math.abs(pair.jaccard - pair.exactJaccard)).sort((a, b) => a - b);
  console.log(`  |estimate − exact Jaccard|: median ${percentile(errors, 0.5).toFixed(3)}, p99 ${percentile(errors, 0.99).toFixed(3)}`);

  console.log(`\nLSH layouts (bands × rows; one item written and one key read per band) at Jaccard ≥ ${STORY_MATCH_MIN_SIMILARITY}`);
  console.log('  layout  slots  S-curve at 0.6  positives sharing a key  negatives sharing a key (different/same-template/shared-paragraph)  lookup recall');
  for (const layout of LAYOUTS_TRIED) {
    const name = layoutName(layout);
    const found = (pair: Pair) => pair.sharesBandByLayout.get(name)!;
    const shareRate = (kind: PairKind) => {
      const ofKind = pairs.filter((pair) => pair.kind === kind);
      return (ofKind.filter(found).length / ofKind.length).toFixed(5);
    };
    const lookup = score(pairs, minhashMatches(STORY_MATCH_MIN_SIMILARITY), found).lookupRecall;
    console.log(
      `  ${name.padStart(6)}  ${String(layout[0] * layout[1]).padStart(5)}  ${bandCollisionProbability(STORY_MATCH_MIN_SIMILARITY, ...layout).toFixed(4).padStart(14)}  ${(positives.filter(found).length / positives.length).toFixed(4).padStart(23)}  ${NEGATIVE_KINDS.map(shareRate).join(' / ').padStart(64)}  ${lookup.toFixed(4).padStart(13)}${name === CHOSEN_LAYOUT ? '  <- chosen' : ''}`,
    );
  }
  const unrelated = pairs.filter((pair) => pair.kind === 'different' && pair.exactJaccard < 0.5);
  console.log('  keys an unrelated article shares, per million stored articles (mean exact J^r over different stories, near-duplicates J ≥ 0.5 left out):');
  for (const rows of [2, 3, 4]) {
    const mean = unrelated.reduce((total, pair) => total + pair.exactJaccard ** rows, 0) / unrelated.length;
    console.log(`    ${rows} rows: mean J^${rows} ${mean.toExponential(2)} → ${(mean * 1e6).toFixed(4)} earlier articles sharing a given key`);
  }
  console.log(
    `  S-curve of the chosen shape: J 0.3 → ${bandCollisionProbability(0.3, STORY_BANDS, STORY_ROWS_PER_BAND).toFixed(3)}, 0.5 → ${bandCollisionProbability(0.5, STORY_BANDS, STORY_ROWS_PER_BAND).toFixed(3)}, 0.7 → ${bandCollisionProbability(0.7, STORY_BANDS, STORY_ROWS_PER_BAND).toFixed(4)}`,
  );
}

/** DynamoDB's item size: attribute names plus values (strings as UTF-8, numbers ~1 byte per 2 digits, 1 for null). */
function dynamoItemBytes(item: Record<string, { S?: string; NULL?: boolean }>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + (value.S !== undefined ? Buffer.byteLength(value.S) : 1), 0);
}

function reportCost(bodies: readonly Body[]): void {
  const fingerprint = encodeStoryFingerprint(storySignature(fingerprintWords(bodies[0]!.paragraphs.join('\n\n'))));
  const member = {
    articleId: `u${'a'.repeat(26)}`,
    storyId: `s${'b'.repeat(26)}`,
    fingerprint,
    publishedAt: '2026-01-01T00:00:00.000Z',
    firstSeenAt: '2026-01-01T00:05:00.000Z',
    siteHost: 'www.a-rather-long-news-site-name.example',
  };
  const keys = storyBandKeys(fingerprint);
  const itemBytes = dynamoItemBytes(bandItem(keys[0]!, member) as Record<string, { S?: string }>);
  console.log('\n== cost per new article');
  console.log(
    `MinHash: ${keys.length} band keys read with 1 BatchGetItem (${keys.length / 2} RRU, eventually consistent); a founding article writes all ${keys.length} (1 BatchWriteItem), a joining one only the keys nobody owns; fingerprint ${fingerprint.length} characters; band item ${itemBytes} bytes (1 WRU each)`,
  );
  console.log(`SimHash (old): ${simhashBands('0'.repeat(16)).length} band items written, ${simhashBands('0'.repeat(16)).length} Query calls; fingerprint 16 characters`);
}

/** Old and new scheme at their thresholds, one line per regime: the side-by-side figure README.md quotes. */
function summary(regimes: readonly [string, readonly Pair[]][]): void {
  console.log(
    `\n== side by side: SimHash distance ≤ ${STORY_MATCH_MAX_DISTANCE} vs MinHash Jaccard ≥ ${STORY_MATCH_MIN_SIMILARITY} (same site ≥ ${STORY_MATCH_MIN_SIMILARITY_SAME_SITE}), precision / lookup recall`,
  );
  console.log('regime                                   SimHash           MinHash           MinHash, no site bar');
  const cell = (scores: Scores) => `${scores.precision.toFixed(4)} / ${scores.lookupRecall.toFixed(4)}`;
  for (const [label, pairs] of regimes) {
    const old = score(pairs, simhashMatches(STORY_MATCH_MAX_DISTANCE), (pair) => pair.simhashSharesBand);
    const now = score(pairs, minhashMatches(STORY_MATCH_MIN_SIMILARITY), minhashFound);
    const noBar = score(pairs, withoutSiteBar(STORY_MATCH_MIN_SIMILARITY), minhashFound);
    console.log(`${label.padEnd(40)} ${cell(old)}   ${cell(now)}   ${cell(noBar)}`);
  }
}

/** Short bodies again, with other values of MIN_STORY_WORDS: how short a text can still be grouped safely? */
function reportWordGates(short: readonly Pair[]): void {
  console.log(`\n== short bodies, MIN_STORY_WORDS = g (fingerprint words of the shorter text ≥ g)`);
  console.log('   g   SimHash precision  recall   MinHash precision  recall   FP(different/same-template/shared-paragraph)');
  for (const gate of WORD_GATES) {
    const pairs = short.map((pair) => ({ ...pair, fingerprinted: pair.fewestWords >= gate }));
    const old = score(pairs, simhashMatches(STORY_MATCH_MAX_DISTANCE), (pair) => pair.simhashSharesBand);
    const now = score(pairs, minhashMatches(STORY_MATCH_MIN_SIMILARITY), minhashFound);
    console.log(
      `${String(gate).padStart(4)}  ${old.precision.toFixed(4).padStart(17)}  ${old.lookupRecall.toFixed(4)}  ${now.precision.toFixed(4).padStart(18)}  ${now.lookupRecall.toFixed(4)}   ${now.falsePositives.join('/')}${gate === MIN_STORY_WORDS ? '  <- MIN_STORY_WORDS' : ''}`,
    );
  }
}

function chooseThreshold(regimes: readonly (readonly Pair[])[]): void {
  const acceptable = SIMILARITY_THRESHOLDS.filter((threshold) =>
    regimes.every((pairs) => score(pairs, minhashMatches(threshold), minhashFound).precision >= TARGET_PRECISION),
  );
  const noFalseMatch = SIMILARITY_THRESHOLDS.filter((threshold) =>
    regimes.every((pairs) => score(pairs, minhashMatches(threshold), minhashFound).falsePositives.every((count) => count === 0)),
  );
  console.log(`\nlowest Jaccard threshold with precision ≥ ${TARGET_PRECISION} in both regimes: ${acceptable[0] ?? 'none'}; with no false match: ${noFalseMatch[0] ?? 'none'}`);
  console.log(`chosen: STORY_MATCH_MIN_SIMILARITY = ${STORY_MATCH_MIN_SIMILARITY} (old: STORY_MATCH_MAX_DISTANCE = ${STORY_MATCH_MAX_DISTANCE})`);
}

/**
 * Index policies the arrival simulation compares. `member items`: one item per (key, article), the newest
 * MAX_MEMBERS_PER_KEY read per key, every key written. `one owner per key`: one item per key, written only when the
 * lookup found it absent, so its owner is the first article seen with it. `joiners write nothing`: as the last, but
 * an article that joined a story registers no key at all.
 */
type IndexPolicy = 'member items' | 'one owner per key' | 'joiners write nothing';
const INDEX_POLICIES: readonly IndexPolicy[] = ['member items', 'one owner per key', 'joiners write nothing'];
const MAX_MEMBERS_PER_KEY = 50;
const SIMULATED_LAYOUTS: readonly (readonly [number, number])[] = [[32, 4], [20, 3], [16, 3], [12, 2], [10, 2], [8, 2]];

interface Arrival {
  /** The body it tells: articles of one body are one story. */
  body: number;
  site: string;
  /** Null under MIN_STORY_WORDS fingerprint words: such an article gets no story, as in the pipeline. */
  fingerprint: string | null;
  keysByLayout: Map<string, string[]>;
}

/**
 * Every body as its original site carries it, three republications on other sites, and a copy on one long-template
 * site that carries every story (so its pages share template keys), in a seeded random order.
 */
function arrivals(bodies: readonly Body[], random: Random): Arrival[] {
  const all: Arrival[] = [];
  const add = (body: number, site: string, paragraphs: readonly string[]) => {
    const words = fingerprintWords(paragraphs.join('\n\n'));
    const signature = storySignature(words, Math.max(...SIMULATED_LAYOUTS.map(([bands, rows]) => bands * rows)));
    all.push({
      body,
      site,
      fingerprint: words.length < MIN_STORY_WORDS ? null : encodeStoryFingerprint(signature.slice(0, STORY_SIGNATURE_SLOTS)),
      keysByLayout: new Map(SIMULATED_LAYOUTS.map(([bands, rows]) => [layoutName([bands, rows]), minhashBandKeys(signature.slice(0, bands * rows), rows)])),
    });
  };
  bodies.forEach((body, index) => {
    const others = bodies.filter((other) => other !== body);
    add(index, `origin-${index}.example`, body.paragraphs);
    for (let v = 0; v < VARIANTS_PER_BODY; v += 1) add(index, `republisher-${index}-${v}.example`, republish(body, others, random));
    add(index, 'template.example', [...SITE_TEMPLATE.header, ...body.paragraphs, ...SITE_TEMPLATE.footer]);
  });
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}

interface SimulationResult {
  recall: number;
  precision: number;
  keysWrittenPerArticle: number;
  candidatesPerArticle: number;
  /** Articles whose recorded original is the first-seen article of their body, among those in that one's story. */
  originalRight: number;
}

/** Groups the arrivals one by one through storyIdFor and an in-memory index with the given policy and layout. */
function simulate(order: readonly Arrival[], policy: IndexPolicy, layout: string): SimulationResult {
  const index = new Map<string, StoryCandidate[]>();
  const assigned: { storyId: string; originalArticleId: string }[] = [];
  let keysWritten = 0;
  let candidatesRead = 0;
  order.forEach((arrival, position) => {
    if (arrival.fingerprint === null) {
      assigned.push({ storyId: `unfingerprinted-${position}`, originalArticleId: `a${position}` });
      return;
    }
    const member = {
      articleId: `a${position}`,
      fingerprint: arrival.fingerprint,
      publishedAt: null,
      firstSeenAt: new Date(Date.UTC(2026, 0, 1, 0, position)).toISOString(),
      siteHost: arrival.site,
    };
    const keys = arrival.keysByLayout.get(layout)!;
    const found = new Map<string, StoryCandidate>();
    for (const key of keys) {
      const members = index.get(key) ?? [];
      for (const candidate of policy === 'member items' ? members.slice(-MAX_MEMBERS_PER_KEY) : members) found.set(candidate.articleId, candidate);
    }
    candidatesRead += found.size;
    const assignment = storyIdFor(member, [...found.values()]);
    assigned.push({ storyId: assignment.storyId, originalArticleId: assignment.originalArticleId });
    const registered = { ...member, storyId: assignment.storyId };
    if (policy === 'joiners write nothing' && !assignment.isNewStory) return;
    for (const key of keys) {
      const members = index.get(key);
      if (policy === 'member items') index.set(key, [...(members ?? []), registered]);
      else if (members === undefined) index.set(key, [registered]);
      else continue;
      keysWritten += 1;
    }
  });
  let sameBody = 0;
  let sameBodySameStory = 0;
  let sameStory = 0;
  for (let i = 0; i < order.length; i += 1) {
    for (let j = i + 1; j < order.length; j += 1) {
      const together = assigned[i]!.storyId === assigned[j]!.storyId;
      if (order[i]!.body === order[j]!.body) {
        sameBody += 1;
        if (together) sameBodySameStory += 1;
      }
      if (together) sameStory += 1;
    }
  }
  const firstOfBody = new Map<number, number>();
  order.forEach((arrival, position) => firstOfBody.has(arrival.body) || firstOfBody.set(arrival.body, position));
  const inFirstStory = order.map((_, position) => position).filter((position) => assigned[position]!.storyId === assigned[firstOfBody.get(order[position]!.body)!]!.storyId);
  const originalRight = inFirstStory.filter((position) => assigned[position]!.originalArticleId === `a${firstOfBody.get(order[position]!.body)}`).length;
  return {
    recall: sameBodySameStory / sameBody,
    precision: sameStory === 0 ? 1 : sameBodySameStory / sameStory,
    keysWrittenPerArticle: keysWritten / order.length,
    candidatesPerArticle: candidatesRead / order.length,
    originalRight: originalRight / inFirstStory.length,
  };
}

/**
 * Grouping as the pipeline does it, article after article, rather than pair by pair: what each index policy and
 * layout costs in keys written, and what it does to chains (a republication that only resembles another
 * republication) and to the choice of the original.
 */
function reportArrivals(label: string, bodies: readonly Body[]): void {
  const order = arrivals(bodies, seededRandom(SEED + 1));
  console.log(`\n== arrival simulation, ${label}: ${order.length} articles (${bodies.length} bodies × original, ${VARIANTS_PER_BODY} republications, a long-template site's copy), seeded random order`);
  console.log('  policy                   layout  pair recall  pair precision  keys written/article  candidates/article  original right');
  for (const policy of INDEX_POLICIES) {
    for (const layout of SIMULATED_LAYOUTS.map(layoutName)) {
      if (policy === 'member items' && layout !== layoutName([32, 4])) continue;
      const result = simulate(order, policy, layout);
      const marker = policy === 'member items' ? '  <- before' : policy === 'one owner per key' && layout === CHOSEN_LAYOUT ? '  <- chosen' : '';
      console.log(
        `  ${policy.padEnd(23)}  ${layout.padStart(6)}  ${result.recall.toFixed(4).padStart(11)}  ${result.precision.toFixed(4).padStart(14)}  ${result.keysWrittenPerArticle.toFixed(2).padStart(20)}  ${result.candidatesPerArticle.toFixed(2).padStart(18)}  ${result.originalRight.toFixed(4).padStart(14)}${marker}`,
      );
    }
  }
}

function main(): void {
  const corpusDir = process.argv[2] ?? '../shared/corpus/dev';
  const bodies = loadBodies(corpusDir);
  const full = buildPairs(bodies, seededRandom(SEED));
  const short = buildPairs(bodies.map((body) => truncated(body, SHORT_BODY_WORDS)), seededRandom(SEED));
  const tiny = buildPairs(bodies.map((body) => truncated(body, TINY_BODY_WORDS)), seededRandom(SEED));
  report(`full bodies (≥ ${MIN_STORY_WORDS} fingerprint words): ${bodies.length} bodies`, full);
  report(`short bodies (first ${SHORT_BODY_WORDS} words of each): ${bodies.length} bodies`, short);
  summary([
    ['full bodies', full],
    [`short bodies (${SHORT_BODY_WORDS} words)`, short],
    // What the SimHash bench measured before: every short text fingerprinted, however few words it kept.
    [`short bodies, ${MIN_STORY_WORDS}-word gate ignored`, short.map((pair) => ({ ...pair, fingerprinted: true }))],
    [`tiny bodies (${TINY_BODY_WORDS} words)`, tiny],
  ]);
  reportWordGates(short);
  chooseThreshold([full, short]);
  reportArrivals('full bodies', bodies);
  reportArrivals(`short bodies (${SHORT_BODY_WORDS} words)`, bodies.map((body) => truncated(body, SHORT_BODY_WORDS)));
  reportCost(bodies);
}

main();

/**
 * Story-grouping benchmark: how well does "SimHash distance ≤ t" separate republications of one story from
 * different stories, for each t? The output is what STORY_MATCH_MAX_DISTANCE was chosen from.
 *
 *   npx tsx bench/story-grouping.ts [CORPUS_DIR]        (default ../shared/corpus/dev)
 *
 * Article bodies come from the corpus ground truth (`<source>/truth.jsonl`, records with a body), read at run time.
 * From them the bench generates, with a fixed seed:
 * - positives: republications of a body as another site would carry it (boilerplate lines added and removed,
 *   a "read more" line, an agency dateline, last paragraphs trimmed, a sentence cut, paragraphs merged, quote
 *   style changed, Arabic spelling and typing noise), paired with the original and with each other;
 * - negatives: every pair of different bodies; different bodies wrapped in the same long site template; and a
 *   different story that reuses one background paragraph of the other.
 * Only stdout is written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyFingerprint, fingerprintWords, MIN_STORY_WORDS } from '../lambdas/pipeline/identity/story-fingerprint';
import {
  BAND_GUARANTEED_DISTANCE,
  hammingDistance,
  simhashBands,
  STORY_MATCH_MAX_DISTANCE,
} from '../lambdas/pipeline/identity/simhash';

const SEED = 20261129;
const VARIANTS_PER_BODY = 3;
const TEMPLATE_PAIRS = 600;
const SHARED_PARAGRAPH_PAIRS = 600;
const MAX_THRESHOLD = 16;
/** Short texts give noisier fingerprints: bodies are also measured cut to the shortest length that gets grouped. */
const SHORT_BODY_WORDS = MIN_STORY_WORDS;

interface Body {
  id: string;
  paragraphs: string[];
}

type PairKind = 'republication' | 'different' | 'same-template' | 'shared-paragraph';

interface Pair {
  kind: PairKind;
  distance: number;
  /** Whether the two fingerprints share a band key, i.e. whether a band lookup would find one from the other. */
  sharesBand: boolean;
}

function pairOf(kind: PairKind, first: string, second: string): Pair {
  const firstBands = new Set(simhashBands(first));
  const sharesBand = simhashBands(second).some((band) => firstBands.has(band));
  return { kind, distance: hammingDistance(first, second), sharesBand };
}

/** Small deterministic PRNG (mulberry32), so every run measures the same pairs. */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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

function fingerprintOf(paragraphs: readonly string[]): string {
  return bodyFingerprint(paragraphs.join('\n\n'));
}

function buildPairs(bodies: readonly Body[], random: Random): Pair[] {
  const pairs: Pair[] = [];
  const originals = bodies.map((body) => fingerprintOf(body.paragraphs));

  bodies.forEach((body, index) => {
    const others = bodies.filter((other) => other !== body);
    const variants = Array.from({ length: VARIANTS_PER_BODY }, () => fingerprintOf(republish(body, others, random)));
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
    pairs.push(pairOf('same-template', fingerprintOf(inTemplate(first)), fingerprintOf(inTemplate(second))));
  }
  for (let n = 0; n < SHARED_PARAGRAPH_PAIRS; n += 1) {
    const [first, second] = differentPair();
    const borrowed = [...second.paragraphs];
    insertAt(borrowed, Math.floor(random() * borrowed.length), pick(random, first.paragraphs));
    pairs.push(pairOf('shared-paragraph', fingerprintOf(first.paragraphs), fingerprintOf(borrowed)));
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

const NEGATIVE_KINDS: readonly PairKind[] = ['different', 'same-template', 'shared-paragraph'];

function report(label: string, bodies: readonly Body[]): void {
  const pairs = buildPairs(bodies, randomGenerator(SEED));
  const positives = pairs.filter((pair) => pair.kind === 'republication');
  const negatives = pairs.filter((pair) => pair.kind !== 'republication');

  console.log(`\n== ${label}: ${bodies.length} bodies, seed ${SEED}`);
  console.log(`positive pairs: ${positives.length}; negative pairs: ${NEGATIVE_KINDS.map((k) => `${k} ${pairs.filter((p) => p.kind === k).length}`).join(', ')}`);
  const positiveDistances = positives.map((pair) => pair.distance).sort((a, b) => a - b);
  console.log(
    `republication distance: median ${percentile(positiveDistances, 0.5)}, p90 ${percentile(positiveDistances, 0.9)}, p99 ${percentile(positiveDistances, 0.99)}, max ${positiveDistances.at(-1)}`,
  );
  for (const kind of NEGATIVE_KINDS) {
    const distances = pairs.filter((p) => p.kind === kind).map((p) => p.distance).sort((a, b) => a - b);
    console.log(`${kind} distance: min ${distances[0]}, p1 ${percentile(distances, 0.01)}, median ${percentile(distances, 0.5)}`);
  }

  console.log('recall: distance ≤ t; lookup recall: distance ≤ t and found through a shared band key (what the pipeline gets)');
  console.log('threshold  precision  recall  lookup recall   TP    FN   FP(different/same-template/shared-paragraph)');
  for (let threshold = 0; threshold <= MAX_THRESHOLD; threshold += 1) {
    const truePositives = positives.filter((pair) => pair.distance <= threshold).length;
    const falsePositives = NEGATIVE_KINDS.map((kind) => pairs.filter((p) => p.kind === kind && p.distance <= threshold).length);
    const falsePositiveTotal = falsePositives.reduce((sum, count) => sum + count, 0);
    const precision = truePositives + falsePositiveTotal === 0 ? 1 : truePositives / (truePositives + falsePositiveTotal);
    const recall = truePositives / positives.length;
    const lookupRecall = positives.filter((pair) => pair.sharesBand && pair.distance <= threshold).length / positives.length;
    const marker = threshold === STORY_MATCH_MAX_DISTANCE ? '  <- STORY_MATCH_MAX_DISTANCE' : '';
    console.log(
      `${String(threshold).padStart(9)}  ${precision.toFixed(4).padStart(9)}  ${recall.toFixed(4)}  ${lookupRecall.toFixed(4).padStart(13)}  ${String(truePositives).padStart(4)}  ${String(positives.length - truePositives).padStart(4)}   ${falsePositives.join('/')}${marker}`,
    );
  }
  const share = (selected: readonly Pair[]) => selected.filter((pair) => pair.sharesBand).length / selected.length;
  const missedWithinGuarantee = pairs.filter((p) => p.distance <= BAND_GUARANTEED_DISTANCE && !p.sharesBand).length;
  console.log(
    `band keys: shared by ${(share(positives) * 100).toFixed(1)}% of republication pairs and ${(share(negatives) * 100).toFixed(3)}% of negative pairs; pairs within distance ${BAND_GUARANTEED_DISTANCE} without a shared key: ${missedWithinGuarantee}`,
  );
  console.log(`closest negative pair: distance ${Math.min(...negatives.map((pair) => pair.distance))}`);
}

function main(): void {
  const corpusDir = process.argv[2] ?? '../shared/corpus/dev';
  const bodies = loadBodies(corpusDir);
  report(`full bodies (≥ ${MIN_STORY_WORDS} fingerprint words)`, bodies);
  report(`short bodies (first ${SHORT_BODY_WORDS} words of each)`, bodies.map((body) => truncated(body, SHORT_BODY_WORDS)));
  console.log(`\nchosen threshold: STORY_MATCH_MAX_DISTANCE = ${STORY_MATCH_MAX_DISTANCE}`);
}

main();

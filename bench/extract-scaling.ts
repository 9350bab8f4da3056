/**
 * How extraction time grows with page size: `extract()` on generated article pages of ~10 KB, ~100 KB and ~1 MB,
 * against the parse floor measured in the same run (decoding, then cheerio/slim `load()` alone on the same pages).
 * Times are CPU milliseconds per page (median of passes), so other work on a shared machine does not inflate them.
 *
 *   npx tsx bench/extract-scaling.ts
 *
 * Growth is judged per byte: a 10× larger page should take ~10× longer. A step whose time grows much faster than
 * its bytes (and faster than the parse floor's) points to work that is quadratic in the page size.
 */
import { load } from 'cheerio/slim';
import { extract } from '../lambdas/extract';
import { decodeHtml, wholeText } from '../lambdas/extract/decode';
import { generatePage, type GeneratedPage, type PageCharset, type PageLanguage } from './support/article-pages';
import { fixed, heading, kilobytes, median, printTable } from './support/report';

interface SizeClass {
  label: string;
  targetBytes: number;
  /** Timed passes over the size class's pages; fewer for large pages so every class takes seconds, not minutes. */
  iterations: number;
}

const SIZE_CLASSES: SizeClass[] = [
  { label: '~10 KB', targetBytes: 10_000, iterations: 60 },
  { label: '~100 KB', targetBytes: 100_000, iterations: 12 },
  { label: '~1 MB', targetBytes: 1_000_000, iterations: 4 },
];

const VARIANTS: { language: PageLanguage; charset: PageCharset }[] = [
  { language: 'en', charset: 'utf-8' },
  { language: 'ar', charset: 'utf-8' },
  { language: 'ar', charset: 'windows-1256' },
];

/** Time growth beyond this multiple of the byte growth is reported as superlinear (quadratic suspects). */
const SUPERLINEAR_FACTOR = 2;

interface Measured {
  size: SizeClass;
  meanBytes: number;
  decodeMs: number;
  parseMs: number;
  extractMs: number;
}

function pagesFor(size: SizeClass): GeneratedPage[] {
  return VARIANTS.map((variant, index) => generatePage({ seed: 1_000 + index, ...variant, targetBytes: size.targetBytes }));
}

/**
 * CPU milliseconds of `run` on one page. The machine is shared, so CPU time (not wall time) is what is compared:
 * it does not count the time this process waits for a core.
 */
function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Median over iterations of the mean CPU time per page of each step. The steps are interleaved page by page, so
 * whatever else the machine is doing weighs on all three alike.
 */
function measure(size: SizeClass): Measured {
  const pages = pagesFor(size);
  const steps = {
    decode: (page: GeneratedPage) => wholeText(decodeHtml(page.bytes, { contentType: page.contentType })),
    parse: (html: string) => load(html),
    extract: (page: GeneratedPage) => extract(page.bytes, { url: page.url, contentType: page.contentType }),
  };
  // One untimed pass: the first call of each shape pays for compilation, not for the page.
  for (const page of pages) {
    steps.parse(steps.decode(page));
    steps.extract(page);
  }
  const passes = { decode: [] as number[], parse: [] as number[], extract: [] as number[] };
  for (let iteration = 0; iteration < size.iterations; iteration += 1) {
    let decodeMs = 0;
    let parseMs = 0;
    let extractMs = 0;
    for (const page of pages) {
      let html = '';
      decodeMs += cpuMs(() => (html = steps.decode(page)));
      parseMs += cpuMs(() => steps.parse(html));
      extractMs += cpuMs(() => steps.extract(page));
    }
    passes.decode.push(decodeMs / pages.length);
    passes.parse.push(parseMs / pages.length);
    passes.extract.push(extractMs / pages.length);
  }
  return {
    size,
    meanBytes: pages.reduce((total, page) => total + page.bytes.length, 0) / pages.length,
    decodeMs: median(passes.decode),
    parseMs: median(passes.parse),
    extractMs: median(passes.extract),
  };
}

function main(): void {
  heading(`extract() scaling with page size (pages: ${VARIANTS.map((v) => `${v.language}/${v.charset}`).join(', ')})`);
  const results = SIZE_CLASSES.map(measure);

  printTable(
    ['size', 'mean bytes', 'iterations', 'decode CPU ms', 'parse CPU ms (floor)', 'extract CPU ms', 'extract/parse', 'extract MB/s'],
    results.map((r) => [
      r.size.label,
      kilobytes(r.meanBytes),
      String(r.size.iterations),
      fixed(r.decodeMs, 2),
      fixed(r.parseMs, 2),
      fixed(r.extractMs, 2),
      `${fixed(r.extractMs / r.parseMs, 1)}×`,
      fixed(r.meanBytes / 1024 / 1024 / (r.extractMs / 1000), 2),
    ]),
  );

  heading('growth between size classes (linear floor: time grows as bytes do)');
  const rows: string[][] = [];
  const flagged: string[] = [];
  for (let index = 1; index < results.length; index += 1) {
    const small = results[index - 1];
    const large = results[index];
    const step = `${large.size.label} / ${small.size.label}`;
    const bytesRatio = large.meanBytes / small.meanBytes;
    for (const [stage, time] of [['decode', (r: Measured) => r.decodeMs], ['parse', (r: Measured) => r.parseMs], ['extract', (r: Measured) => r.extractMs]] as const) {
      const timeRatio = time(large) / time(small);
      const perByte = timeRatio / bytesRatio;
      const superlinear = perByte > SUPERLINEAR_FACTOR;
      if (superlinear) flagged.push(`${stage} ${step}: time ×${fixed(timeRatio, 1)} for bytes ×${fixed(bytesRatio, 1)}`);
      rows.push([step, stage, `${fixed(bytesRatio, 1)}×`, `${fixed(timeRatio, 1)}×`, `${fixed(perByte, 2)}×`, superlinear ? 'SUPERLINEAR' : 'linear']);
    }
  }
  printTable(['step', 'stage', 'bytes ratio', 'time ratio', 'time/bytes', 'verdict'], rows);
  console.log(
    flagged.length === 0
      ? `no superlinear step (every time ratio within ${SUPERLINEAR_FACTOR}× of its byte ratio)`
      : `superlinear steps (time ratio > ${SUPERLINEAR_FACTOR}× the byte ratio): ${flagged.join('; ')}`,
  );
}

main();

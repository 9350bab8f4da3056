/**
 * Extraction quality when one kind of evidence is missing: the scored corpus read as published, then again with
 * its metadata, its `<time>` machine dates, its class names, its `<title>` or its language attributes taken away.
 *
 *   npx tsx bench/robustness.ts [CORPUS_DIR] [--ablations nometa,noclass,nometa+notime] [--source fundus] [--with-urls]
 *
 * The pages we are judged on but do not have come from sites whose markup we have never seen. The dev corpus's
 * scores measure the engine where its evidence is rich; these runs measure what the fallbacks find when it is not,
 * which is where an extractor tuned on one corpus usually fails the next. Each row is scored by the corpus's own
 * scripts and compared with the published pages in the same run. Pages are read without their URLs, as
 * `gazette parse` reads dropped files, unless `--with-urls` is given; a URL's path often carries the date. They
 * are read against the real clock, as `gazette parse` reads them: a fixed one would refuse as future every date
 * the corpus has after it, and the rows of one run are compared with each other, not with other days' runs.
 * The ablations themselves are described in `bench/corpus/ablations.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../lambdas/extract';
import { decodeHtml, wholeText } from '../lambdas/extract/decode';
import { ablate, isAblation, type Ablation } from './corpus/ablations';
import { loadCorpus, type CorpusPage } from './corpus/pages';
import { scoreRecords, type Scores } from './corpus/score';
import { heading, printTable } from './support/report';

/** Every single ablation, and metadata with machine dates: a page with neither shows only words and digits. */
const DEFAULT_RUNS = 'nometa,notime,nometa+notime,noclass,notitle,nolang';

const MEASURES: readonly { label: string; pick: (scores: Scores) => number | null }[] = [
  { label: 'title', pick: (scores) => scores.titleExact },
  { label: 'authors', pick: (scores) => scores.authorsF1 },
  { label: 'date', pick: (scores) => scores.publishedAtDay },
  { label: 'language', pick: (scores) => scores.language },
  { label: 'body', pick: (scores) => scores.bodyF1 },
  { label: 'snippets', pick: (scores) => scores.snippetF1 },
  { label: 'tags/cats', pick: (scores) => scores.labelsF1 },
  { label: 'images', pick: (scores) => scores.imagesF1 },
];

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string): string | null => {
    const index = args.indexOf(name);
    return index < 0 ? null : args.splice(index, 2)[1] ?? null;
  };
  const withUrls = args.includes('--with-urls');
  if (withUrls) args.splice(args.indexOf('--with-urls'), 1);
  const source = option('--source');
  const runs = parseRuns(option('--ablations') ?? DEFAULT_RUNS);
  const corpusDir = args[0] ?? '../shared/corpus/dev';

  const pages = loadCorpus(corpusDir, source);
  const workDir = mkdtempSync(join(tmpdir(), 'gazette-robustness-'));
  try {
    const published = scoreRun(pages, [], withUrls, corpusDir, source, workDir);
    const rows = [scoreRow('as published', published, null)];
    for (const ablations of runs) {
      const scores = scoreRun(pages, ablations, withUrls, corpusDir, source, workDir);
      rows.push(scoreRow(ablations.join('+'), scores, null), scoreRow('  change', scores, published));
    }
    heading(`extraction quality with evidence taken away: ${pages.length} pages, ${withUrls ? 'with' : 'without'} URLs`);
    printTable(['run', ...MEASURES.map((measure) => measure.label)], rows);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function parseRuns(text: string): Ablation[][] {
  return text.split(',').map((run) =>
    run.split('+').map((name) => {
      if (!isAblation(name)) throw new Error(`unknown ablation "${name}"`);
      return name;
    }),
  );
}

function scoreRun(pages: CorpusPage[], ablations: Ablation[], withUrls: boolean, corpusDir: string, source: string | null, workDir: string): Scores {
  const records = pages.map((page) => {
    const html = ablate(wholeText(decodeHtml(page.bytes)), ablations);
    try {
      return { file: page.file, ...extract(html, { url: withUrls ? page.url : null }) };
    } catch (error) {
      return { file: page.file, body: '', error: String(error) };
    }
  });
  return scoreRecords(corpusDir, source, records, workDir, ablations.join('-') || 'published', null);
}

/** A run's figures, or with `baseline` their change from it. */
function scoreRow(label: string, scores: Scores, baseline: Scores | null): string[] {
  return [
    label,
    ...MEASURES.map(({ pick }) => {
      const value = pick(scores);
      const before = baseline ? pick(baseline) : null;
      if (value === null) return 'n/a';
      if (!baseline) return value.toFixed(3);
      return before === null ? 'n/a' : `${value >= before ? '+' : ''}${(value - before).toFixed(3)}`;
    }),
  ];
}

main();

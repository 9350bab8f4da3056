/** Runs the corpus's own converter and scorer (plain node scripts) over gazette-parse-style JSON lines. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Scores {
  /** The scorer's report, verbatim. */
  report: string;
  titleExact: number | null;
  authorsF1: number | null;
  publishedAtDay: number | null;
  language: number | null;
  bodyF1: number | null;
  fundusBodyF1: number | null;
  snippetF1: number | null;
  imagesF1: number | null;
  labelsF1: number | null;
}

/**
 * `records` are `{file, ...ArticleRecord}` objects; `workDir` is a scratch directory outside the repo. With
 * `onlySource`, only that source's truth is scored: over the whole corpus, its other pages would count as empty
 * answers.
 */
export function scoreRecords(corpusDir: string, onlySource: string | null, records: object[], workDir: string, name: string, perDocPath: string | null): Scores {
  const parsed = join(workDir, `${name}.parse.jsonl`);
  const predictions = join(workDir, `${name}.pred.jsonl`);
  writeFileSync(parsed, records.map((record) => JSON.stringify(record)).join('\n') + '\n');
  const converted = execFileSync('node', [join(corpusDir, '..', 'gazette-to-predictions.mjs')], {
    input: readFileSync(parsed),
    maxBuffer: 1 << 30,
  });
  writeFileSync(predictions, converted);
  const scoredDir = onlySource ? join(corpusDir, onlySource) : corpusDir;
  const args = [join(corpusDir, '..', 'score.mjs'), scoredDir, predictions, ...(perDocPath ? ['--per-doc', perDocPath] : [])];
  const report = execFileSync('node', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  return {
    report,
    titleExact: numberAfter(report, /^title\s+exact ([\d.]+)/m),
    authorsF1: numberAfter(report, /^authors\s+set-F1 ([\d.]+)/m),
    publishedAtDay: numberAfter(report, /^publishedAt\s+day-acc ([\d.]+)/m),
    language: numberAfter(report, /^language\s+primary-subtag acc ([\d.]+)/m),
    bodyF1: numberAfter(report, /^body\s+token-F1 ([\d.]+)/m),
    fundusBodyF1: numberAfter(report, /^body[\s\S]*?by source:[^\n]*fundus ([\d.]+)/m),
    snippetF1: numberAfter(report, /^snippets[^\n]*F1 ([\d.]+)\)?/m),
    imagesF1: numberAfter(report, /^images\s+F1 ([\d.]+)/m),
    labelsF1: numberAfter(report, /^tags\/cats\s+set-F1 ([\d.]+)/m),
  };
}

function numberAfter(text: string, pattern: RegExp): number | null {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : null;
}

/** Loads the dev corpus: every gzipped page with the URL its truth record declares. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface CorpusPage {
  /** `<source>/<id>`, the key score.mjs uses. */
  id: string;
  source: string;
  /** Path of the gzipped page; gazette-to-predictions.mjs derives the id from it. */
  file: string;
  url: string | null;
  bytes: Uint8Array;
}

export function loadCorpus(corpusDir: string, onlySource: string | null): CorpusPage[] {
  const sources = readdirSync(corpusDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(corpusDir, entry.name, 'truth.jsonl')))
    .map((entry) => entry.name)
    .filter((name) => onlySource === null || name === onlySource)
    .sort();
  const pages: CorpusPage[] = [];
  for (const source of sources) {
    const urls = readTruthUrls(join(corpusDir, source, 'truth.jsonl'));
    for (const name of readdirSync(join(corpusDir, source)).filter((n) => n.endsWith('.html.gz')).sort()) {
      const id = name.replace(/\.html\.gz$/, '');
      const file = join(corpusDir, source, name);
      pages.push({ id: `${source}/${id}`, source, file, url: urls.get(id) ?? null, bytes: gunzipSync(readFileSync(file)) });
    }
  }
  return pages;
}

function readTruthUrls(truthPath: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const line of readFileSync(truthPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const truth = JSON.parse(line) as { id: string; url?: string };
    if (truth.url) urls.set(truth.id, truth.url);
  }
  return urls;
}

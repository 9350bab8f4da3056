import { readFile } from 'node:fs/promises';
import { extract } from '../../lambdas/extract';
import { UsageError } from './usage-error';

/**
 * `gazette parse [--url URL] FILE...`: extraction with no services. One JSON line per file, in input order;
 * a file that cannot be parsed prints `{"file", "error"}` and makes the exit code non-zero.
 */
export async function parseCommand(files: string[], options: { url?: string }): Promise<number> {
  if (files.length === 0) throw new UsageError('parse needs at least one FILE');
  let failures = 0;
  for (const file of files) {
    try {
      const record = extract(await readFile(file), { url: options.url ?? null });
      process.stdout.write(`${JSON.stringify({ file, ...record })}\n`);
    } catch (error) {
      failures += 1;
      process.stdout.write(`${JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) })}\n`);
    }
  }
  return failures === 0 ? 0 : 1;
}

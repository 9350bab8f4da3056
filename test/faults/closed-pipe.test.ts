/**
 * `gazette parse` whose reader goes away early, as `gazette parse *.html | head -1` does: the command ends quietly
 * with status 0, as a Unix filter does, instead of dying on the unhandled EPIPE with a stack trace.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const CLI = path.join(__dirname, '..', '..', 'bin', 'gazette.cjs');
const PAGE = path.join(__dirname, '..', 'fixtures', 'seed', 'afp-libya-second-site.utf8.html');
/** Far more output than a pipe holds, so the command is still writing when the reader closes its end. */
const COPIES = 60;

jest.setTimeout(60_000);

test('parse ends with status 0 and says nothing on stderr when its stdout is closed mid-way', async () => {
  const child = spawn(process.execPath, [CLI, 'parse', ...Array.from({ length: COPIES }, () => PAGE)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let received = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    received += chunk.length;
    child.stdout.destroy();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(received).toBeGreaterThan(0);
  expect(stderr).toBe('');
  expect(code).toBe(0);
});

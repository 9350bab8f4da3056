/**
 * Every process that runs the engine starts node with the engine's V8 flags: V8 reads them only at start-up, so each
 * entry point carries them on its command line. A probe loaded through NODE_OPTIONS prints the flags node started
 * with and exits before the command itself runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { engineFlagsWrapperCommands } from '../../lib/gazette-function';
import { ENGINE_V8_FLAGS } from '../../lambdas/extract/v8-flags';
import { makeTempDir } from '../support/temp-dir';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const PRINT_NODE_FLAGS = 'process.stdout.write(JSON.stringify(process.execArgv)); process.exit(0);';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let probe: string;
beforeAll(async () => {
  temp = await makeTempDir('v8-flags');
  probe = path.join(temp.dir, 'print-node-flags.cjs');
  writeFileSync(probe, PRINT_NODE_FLAGS);
});
afterAll(() => temp.remove());

/** The flags node started with, for a command run by the shell, before the command's own code runs. */
function nodeFlagsOf(command: string): string[] {
  const output = execFileSync('sh', ['-c', command], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_OPTIONS: `--require ${probe}` },
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

test('the parse Lambda: its bundle gets an executable exec wrapper that adds the flags to the runtime command', () => {
  const bundleDir = path.join(temp.dir, 'bundle');
  mkdirSync(bundleDir);
  for (const command of engineFlagsWrapperCommands(PROJECT_ROOT, bundleDir)) execFileSync('sh', ['-c', command]);
  const wrapper = path.join(bundleDir, 'engine-flags.sh');
  expect(statSync(wrapper).mode & 0o111).toBe(0o111);

  // Lambda runs the wrapper with the runtime's own command line: node, its options, its bootstrap script.
  const flags = JSON.parse(
    execFileSync(wrapper, [process.execPath, '--enable-source-maps', '-e', PRINT_NODE_FLAGS], { encoding: 'utf8' }),
  ) as string[];
  expect(flags).toEqual([...ENGINE_V8_FLAGS, '--enable-source-maps', '-e', PRINT_NODE_FLAGS]);
});

test('`gazette`, run through its #! line as npx runs it', () => {
  expect(nodeFlagsOf('./bin/gazette.cjs parse')).toEqual([...ENGINE_V8_FLAGS]);
});

test('`npm start`, by the command package.json gives it', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(nodeFlagsOf(scripts.start)).toEqual([...ENGINE_V8_FLAGS]);
});

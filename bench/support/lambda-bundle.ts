/**
 * Bundles a Lambda entry the way the stack's NodejsFunction does (lib/gazette-function.ts): esbuild, ESM with the
 * `require` shim banner, platform node, target node22, minified, `module` before `main`, with a source map beside
 * it. The only knob is which modules stay external, so the bundled and runtime-provided SDK can be compared.
 */
import { mkdirSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';

/** The same shim as lib/gazette-function.ts: ESM bundles of CommonJS dependencies call `require` for built-ins. */
const ESM_REQUIRE_SHIM = "import { createRequire as __gazetteCreateRequire } from 'node:module'; const require = __gazetteCreateRequire(import.meta.url);";

export const BUNDLE_TARGET = 'node22';

export interface LambdaBundle {
  outfile: string;
  bytes: number;
  metafile: Metafile;
}

/**
 * @param projectRoot where the entry and its node_modules live
 * @param outDir a scratch directory; with externals, a `node_modules` link to the project's lets the bundle
 *   resolve them, as the Lambda runtime resolves the SDK it ships
 */
export async function bundleLambda(projectRoot: string, entry: string, outDir: string, external: string[]): Promise<LambdaBundle> {
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'index.mjs');
  const result = await build({
    entryPoints: [path.join(projectRoot, entry)],
    absWorkingDir: projectRoot,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE_TARGET,
    minify: true,
    sourcemap: true,
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_SHIM },
    external,
    metafile: true,
    logLevel: 'silent',
  });
  if (external.length > 0) symlinkSync(path.join(projectRoot, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  return { outfile, bytes: statSync(outfile).size, metafile: result.metafile };
}

/**
 * Bytes in the output per package (`@scope/name` under node_modules, nested copies named with their parent) or per
 * project directory, largest first.
 */
export function bytesByPackage(metafile: Metafile): { name: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function packageOf(input: string): string {
  const parts = input.split('/');
  const last = parts.lastIndexOf('node_modules');
  if (last < 0) return parts.length > 2 ? parts.slice(0, -1).join('/') : input;
  const name = parts[last + 1].startsWith('@') ? parts.slice(last + 1, last + 3).join('/') : parts[last + 1];
  const outer = parts.indexOf('node_modules');
  // A copy nested under another package is a second version of it; name the parent so duplicates stand out.
  return outer === last ? name : `${name} (under ${parts[outer + 1].startsWith('@') ? parts.slice(outer + 1, outer + 3).join('/') : parts[outer + 1]})`;
}

/**
 * Bundles writer.ts into one .mjs with esbuild so each of the crash test's hundreds of writer
 * processes starts in a fraction of the time tsx needs to compile the sources on every start.
 * better-sqlite3 stays external (a native module), imported from this project's node_modules.
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export async function bundleWriter(outDir: string): Promise<string> {
  const outfile = join(outDir, 'writer.mjs');
  const native = require.resolve('better-sqlite3');
  await build({
    entryPoints: [join(import.meta.dirname, 'writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'silent',
    plugins: [{ name: 'native', setup: (b) => b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: native, external: true })) }],
  });
  return outfile;
}

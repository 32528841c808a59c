/**
 * `npm run bench [-- --json FILE] [-- --only PREFIX]`: runs every suite in bench/suites and
 * prints one flat object of dotted figure names to numbers. Figures are measured here, never
 * asserted in tests: machines are shared and noisy.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Figures = Record<string, number>;
export interface BenchSuite {
  name: string;
  run(): Promise<Figures>;
}

const argv = process.argv.slice(2);
const jsonAt = argv.indexOf('--json');
const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;

const here = dirname(fileURLToPath(import.meta.url));
const suiteDir = join(here, 'suites');
const figures: Figures = {};
for (const file of readdirSync(suiteDir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const suite = (await import(pathToFileURL(join(suiteDir, file)).href)).default as BenchSuite;
  if (only && !suite.name.startsWith(only)) continue;
  process.stderr.write(`bench: ${suite.name}…\n`);
  const started = performance.now();
  const result = await suite.run();
  for (const [key, value] of Object.entries(result)) {
    figures[key] = Math.round(value * 1000) / 1000;
    process.stderr.write(`  ${key} = ${figures[key]}\n`);
  }
  process.stderr.write(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
const text = JSON.stringify(figures, null, 2);
if (jsonFile) writeFileSync(jsonFile, text + '\n');
process.stdout.write(text + '\n');

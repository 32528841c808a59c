/**
 * The update-note acceptance check on the real seed article (../shared/seed, present in CI and
 * for developers, never copied into the project): rebuilds the article's earlier version by
 * removing what its published note describes (its last eight paragraphs: the added comments
 * from Rutte and the South Korean presidential office, and the Telegram video by Tsaplienko),
 * asks Copydesk for the note, and checks it names those three sources.
 *   node --import tsx scripts/seed-check.ts [PATH_TO_SEED]
 * Exit 0 when it does, 1 when it does not, 0 with a notice when the seed is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../src/main/import';
import { importedContent } from '../src/main/services/import-service';
import { blocksToBody, bodyToBlocks } from '../src/shared/article/blocks';
import { proposeNote } from '../src/shared/notes';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = process.argv[2] ?? join(root, '..', 'shared', 'seed', 'published-article-with-update-note.txt');
if (!existsSync(seed)) {
  console.log(`seed-check: no seed article at ${seed}; skipped.`);
  process.exit(0);
}

const published = importedContent(importText('seed.txt', readFileSync(seed, 'utf8')));
const blocks = bodyToBlocks(published.body);
const newer = { ...published, notes: [] };
const older = { ...newer, body: blocksToBody(blocks.slice(0, -8)) };
const proposed = proposeNote(older, newer, { date: published.updatedAt ?? '2024-11-06T17:36:00' });

console.log(`seed-check: the article's own note: ${published.notes.map((n) => n.text).join(' | ')}`);
console.log(`seed-check: Copydesk proposes:     ${proposed.note}`);
const wanted = [/\bRutte\b/, /South Korean presidential office/, /Telegram video posted by Tsaplienko/];
const missing = wanted.filter((re) => !re.test(proposed.note));
if (proposed.kind !== 'update' || missing.length > 0) {
  console.error(`seed-check: FAILED (kind ${proposed.kind}; missing ${missing.map(String).join(', ') || 'nothing'})`);
  process.exit(1);
}
console.log('seed-check: the note names Rutte, the South Korean presidential office and the Telegram video posted by Tsaplienko.');

/**
 * One of two writers saving into the same data folder at once (the two-writer stress test): a
 * real process that opens the store like a short `copydesk` command does (no folder lock), waits
 * for "go" on stdin so both start together, then saves drafts and makes versions of its own
 * article through the services as fast as it can. Prints one JSON line: how many calls were made
 * and every one that was refused, with its code and message.
 *
 * Usage: node --import tsx tests/reliability/stress-writer.ts DATA_DIR SAVES
 */
import { once } from 'node:events';
import { openStore } from '../../src/main/store';
import { createServices } from '../../src/main/services';
import { dispatch } from '../../src/main/api/dispatch';

const [dir, savesText] = process.argv.slice(2);
if (!dir) throw new Error('usage: stress-writer.ts DATA_DIR SAVES');
const saves = Number(savesText ?? 200);

const store = openStore(dir);
const handlers = createServices(store);
const created = await dispatch(handlers, 'createArticle', { headline: `Writer ${process.pid}` });
if (!created.ok) throw new Error(created.error.message);
const id = (created.result as { id: string }).id;
let revision = (created.result as { revision: number }).revision;

process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.destroy();

const refused: { method: string; code: string; message: string }[] = [];
let calls = 0;
for (let n = 1; n <= saves; n++) {
  calls++;
  const saved = await dispatch(handlers, 'saveDraft', {
    id,
    patch: { headline: `Writer ${process.pid} take ${n}`, deck: 'x'.repeat(n % 50) },
    baseRevision: revision,
  });
  if (saved.ok) revision = (saved.result as { revision: number }).revision;
  else refused.push({ method: 'saveDraft', ...saved.error });
  if (n % 20 === 0) {
    calls++;
    const version = await dispatch(handlers, 'checkpoint', { id, label: `Take ${n}` });
    if (!version.ok) refused.push({ method: 'checkpoint', ...version.error });
  }
}
store.close();
process.stdout.write(JSON.stringify({ calls, refused }) + '\n');

/**
 * The crash test's writer: a real process that opens the store and writes through the services
 * (and the photo store, as addPhoto does) until it is killed. After each committed write it prints one acknowledgement line (JSON) on
 * stdout; on Linux a write to a pipe is synchronous, so a printed line means "committed".
 *
 * Usage: node --import tsx tests/reliability/writer.ts DATA_DIR SEED [--wait]
 * With --wait it loads everything, then waits for a line on stdin before opening the store: the
 * test starts the next writer while it checks the last kill, so start-up costs no test time.
 */
import { once } from 'node:events';
import { openStore } from '../../src/main/store';
import { createArticleService } from '../../src/main/services/article-service';
import { SLOTS, canonicalFor, photoFor, prng, sha256, type Ack } from './crash-content';
import { putPhoto } from '../../src/main/store/photo-store';

const [dir, seedText, wait] = process.argv.slice(2);
if (!dir) throw new Error('usage: writer.ts DATA_DIR SEED [--wait]');
if (wait === '--wait') await once(process.stdin, 'data');
const rand = prng(Number(seedText ?? 1));
const ack = (line: Ack) => process.stdout.write(JSON.stringify(line) + '\n');

const store = openStore(dir);
const service = createArticleService(store);
const ids = store.db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all() as string[];
while (ids.length < SLOTS) {
  const article = service.createArticle({ headline: '' }) as { id: string };
  ack({ t: 'create', id: article.id, slot: ids.length });
  ids.push(article.id);
}
ack({ t: 'ready' });
// Revisions are tracked here rather than read back each time: the loop spends its time writing.
const revisions = ids.map((id) => (service.getArticle({ id }) as { revision: number }).revision);

for (let n = 0; ; n++) {
  const slot = Math.floor(rand() * SLOTS);
  const id = ids[slot]!;
  const current = revisions[slot]!;
  if (rand() < 0.8 || current === 0) {
    // An autosave: the whole content of the next revision.
    const revision = current + 1;
    // A photo is stored before the draft that names it, as the editor does (addPhoto, then autosave).
    const photo = photoFor(slot, revision);
    if (photo) {
      const stored = putPhoto(store.db, photo.bytes, 'crash.jpg');
      ack({ t: 'photo', hash: stored.hash, slot, revision });
    }
    const text = canonicalFor(slot, revision);
    const saved = service.saveDraft({ id, patch: JSON.parse(text), baseRevision: revision - 1 }) as { revision: number };
    revisions[slot] = saved.revision;
    ack({ t: 'draft', id, slot, revision: saved.revision, sha: sha256(text) });
  } else {
    // Ctrl+S: a named version of the draft as it stands.
    const revision = current;
    const version = service.checkpoint({ id, label: `Crash take ${n}` }) as { number: number };
    ack({ t: 'version', id, slot, number: version.number, revision, sha: sha256(canonicalFor(slot, revision)) });
  }
}

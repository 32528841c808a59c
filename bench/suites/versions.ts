/**
 * History on disk and back (docs/architecture.md: versions are append-only): 1,000 versions of a 5,000-word
 * article, each about 1% of words different from the one before, appended through the real
 * VersionStore. Goals: storage ≤ 10 MB, read any one version ≤ 20 ms p95, list all ≤ 20 ms p95.
 * full_copy_mb stores the same history as plain JSON rows, for scale.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { canonicalJson } from '../../src/main/store/article-store';
import { VersionStore } from '../../src/main/store/version-store';
import type { ArticleContent } from '../../src/shared/article/article';
import { contentOf, draftOf, replaceWords, wordTotal, Writer, type Draft } from '../lib/newsroom-text';
import { MB, sqliteBytes, tempDir, ticking, withTempStore } from '../lib/temp-store';
import { percentile } from '../stats';

const VERSIONS = 1000;
const WORDS = 5000;
const CHANGE_SHARE = 0.01;
const READS = 200;
const LISTS = 50;

function history(): ArticleContent[] {
  const writer = new Writer(5000_1000);
  let draft: Draft = draftOf(writer, WORDS);
  const edits = Math.round(wordTotal(draft) * CHANGE_SHARE);
  const out: ArticleContent[] = [];
  for (let i = 0; i < VERSIONS; i++) {
    out.push(contentOf(draft, 'Riverton council weighs a decade of bridge repairs'));
    draft = replaceWords(draft, edits, writer);
  }
  return out;
}

/** The naive alternative: every version a whole uncompressed JSON row. */
function fullCopyBytes(versions: ArticleContent[]): number {
  const temp = tempDir('fullcopy');
  const file = join(temp.dir, 'full-copy.sqlite');
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(
      'CREATE TABLE versions (article_id TEXT NOT NULL, number INTEGER NOT NULL, content TEXT NOT NULL, PRIMARY KEY (article_id, number)) WITHOUT ROWID',
    );
    const insert = db.prepare('INSERT INTO versions VALUES (?, ?, ?)');
    db.transaction(() => versions.forEach((v, i) => insert.run('a1', i + 1, canonicalJson(v))))();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return sqliteBytes(file);
  } finally {
    db.close();
    temp.remove();
  }
}

export default {
  name: 'versions',
  async run(): Promise<Record<string, number>> {
    const versions = history();
    const figures: Record<string, number> = {};
    await withTempStore('versions', (store) => {
      const now = ticking();
      const article = store.articles.insert(versions[0]!, now());
      const author = { name: 'Jana Voss', email: 'jvoss@riverton-ledger.example' };
      const appends: number[] = [];
      for (const content of versions) {
        const start = performance.now();
        store.versions.append(article.id, content, { kind: 'checkpoint', author, createdAt: now() });
        appends.push(performance.now() - start);
      }
      figures['versions.append_ms_p50'] = percentile(appends, 50);
      figures['versions.append_ms_p95'] = percentile(appends, 95);

      store.db.pragma('wal_checkpoint(TRUNCATE)');
      figures['versions.storage_mb'] = sqliteBytes(store.file) / MB;
      const payload = store.db
        .prepare('SELECT encoding, count(*) AS n, sum(length(payload)) AS bytes FROM versions GROUP BY encoding')
        .all() as { encoding: string; n: number; bytes: number }[];
      for (const row of payload) {
        figures[`versions.payload_${row.encoding}_count`] = row.n;
        figures[`versions.payload_${row.encoding}_mb`] = row.bytes / MB;
      }

      // A fresh VersionStore per read: its one-entry cache must not stand in for the rebuild.
      const random = new Writer(7).random;
      const reads: number[] = [];
      for (let i = 0; i < READS; i++) {
        const number = 1 + Math.floor(random() * VERSIONS);
        const fresh = new VersionStore(store.db, store.file);
        const start = performance.now();
        const content = fresh.read(article.id, number);
        reads.push(performance.now() - start);
        if (canonicalJson(content) !== canonicalJson(versions[number - 1]!))
          throw new Error(`version ${number} read back different from what was appended`);
      }
      figures['versions.read_ms_p50'] = percentile(reads, 50);
      figures['versions.read_ms_p95'] = percentile(reads, 95);

      const lists: number[] = [];
      for (let i = 0; i < LISTS; i++) {
        const start = performance.now();
        const all = store.versions.list(article.id);
        lists.push(performance.now() - start);
        if (all.length !== VERSIONS) throw new Error(`listed ${all.length} versions, expected ${VERSIONS}`);
      }
      figures['versions.list_ms_p50'] = percentile(lists, 50);
      figures['versions.list_ms_p95'] = percentile(lists, 95);
    });
    figures['versions.full_copy_mb'] = fullCopyBytes(versions) / MB;
    return figures;
  },
};

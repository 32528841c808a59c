/**
 * Autosave on a long article: store.articles.saveDraft of a 10,000-word draft, one word
 * different each time (typing), with the store's real pragmas (WAL, synchronous=FULL, on disk).
 * Goal: p95 ≤ 10 ms. The breakdown figures time each step saveDraft takes on the same draft,
 * so a miss says where the time goes; sync_normal/sync_off rerun the saves without the fsync.
 */
import { canonicalJson, parseContent } from '../../src/main/store/article-store';
import { openStore, type Store } from '../../src/main/store/index';
import type { ArticleContent } from '../../src/shared/article/article';
import { bodyPlainText, bodyWordCount } from '../../src/shared/article/content';
import { contentOf, draftOf, Writer, type Draft } from '../lib/newsroom-text';
import { tempDir, ticking } from '../lib/temp-store';
import { percentile, timeRuns } from '../stats';

const WORDS = 10_000;
const SAVES = 100;
const WARMUP = 5;

/** The drafts autosave would send while a reporter types: each one word on from the last. */
function typing(): ArticleContent[] {
  const writer = new Writer(10_000_2026);
  const draft: Draft = draftOf(writer, WORDS);
  const paragraph = draft[Math.floor(draft.length / 2)]!;
  const at = Math.floor(paragraph.words.length / 2);
  const out: ArticleContent[] = [];
  for (let i = 0; i < WARMUP + SAVES; i++) {
    paragraph.words.splice(at + i, 0, writer.word());
    out.push(contentOf(draft, 'Riverton council weighs a decade of bridge repairs'));
  }
  return out;
}

function timeSaves(store: Store, drafts: ArticleContent[]): number[] {
  const now = ticking();
  const article = store.articles.insert(drafts[0]!, now());
  const samples: number[] = [];
  drafts.forEach((content, i) => {
    const start = performance.now();
    store.articles.saveDraft(article.id, { body: content.body }, now());
    if (i >= WARMUP) samples.push(performance.now() - start);
  });
  return samples;
}

function withStore<T>(label: string, synchronous: string | null, fn: (store: Store) => T): T {
  const temp = tempDir(label);
  const store = openStore(temp.dir, { skipIntegrityCheck: true });
  try {
    if (synchronous) store.db.pragma(`synchronous = ${synchronous}`);
    return fn(store);
  } finally {
    store.close();
    temp.remove();
  }
}

export default {
  name: 'store',
  async run(): Promise<Record<string, number>> {
    const drafts = typing();
    const figures: Record<string, number> = {};

    const saves = withStore('autosave', null, (store) => {
      if (store.db.pragma('synchronous', { simple: true }) !== 2) throw new Error('the store no longer opens with synchronous=FULL');
      return timeSaves(store, drafts);
    });
    figures['store.autosave_ms_p50'] = percentile(saves, 50);
    figures['store.autosave_ms_p95'] = percentile(saves, 95);

    // The same saves without waiting for the disk: the difference is the fsync.
    const normal = withStore('autosave-normal', 'NORMAL', (store) => timeSaves(store, drafts));
    figures['store.autosave_sync_normal_ms_p50'] = percentile(normal, 50);
    const off = withStore('autosave-off', 'OFF', (store) => timeSaves(store, drafts));
    figures['store.autosave_sync_off_ms_p50'] = percentile(off, 50);

    // Each step of saveDraft on its own, on the same 10,000-word draft.
    const content = drafts[drafts.length - 1]!;
    const stored = canonicalJson(content);
    const step = (name: string, fn: () => unknown) => {
      fn();
      figures[`store.autosave_step.${name}_ms_p50`] = percentile(timeRuns(21, fn), 50);
    };
    step('json_parse', () => JSON.parse(stored));
    step('parse_content', () => parseContent(stored, 'the bench draft'));
    step('canonical_json', () => canonicalJson(content));
    step('word_count', () => bodyWordCount(content));
    step('plain_text', () => bodyPlainText(content));
    withStore('fts', 'OFF', (store) => {
      const article = store.articles.insert(content, '2026-03-02T09:00:00Z');
      const rowid = (store.db.prepare('SELECT rowid FROM articles WHERE id = ?').get(article.id) as { rowid: number }).rowid;
      const text = bodyPlainText(content);
      const remove = store.db.prepare('DELETE FROM articles_fts WHERE rowid = ?');
      const add = store.db.prepare('INSERT INTO articles_fts(rowid, headline, deck, body) VALUES (?, ?, ?, ?)');
      step('fts_reindex', () =>
        store.transaction(() => {
          remove.run(rowid);
          add.run(rowid, content.headline, content.deck, text);
        }),
      );
      const update = store.db.prepare('UPDATE articles SET draft = ?, revision = revision + 1 WHERE rowid = ?');
      step('row_update', () => update.run(stored, rowid));
    });
    // What one tiny commit costs on this disk with synchronous=FULL: the floor under any save.
    withStore('fsync', null, (store) => {
      const article = store.articles.insert(drafts[0]!, '2026-03-02T09:00:00Z');
      const bump = store.db.prepare('UPDATE articles SET revision = revision + 1 WHERE id = ?');
      step('tiny_commit_full', () => bump.run(article.id));
    });
    figures['store.draft_kb'] = stored.length / 1024;
    return figures;
  },
};

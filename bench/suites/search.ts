/**
 * Desk search over 10,000 articles of 200–800 words: store.articles.list({ query }), the real
 * FTS5 path (prefix terms, bm25 with headline weight, snippets). One- and two-word queries
 * people type at a desk: names, places, topics, some rare, some in many articles. Each article
 * is written on a beat (15% of the topic words, three of the regular names, two places), so a
 * topic word is in a share of the archive, not in every article.
 * Goal: p95 ≤ 20 ms.
 */
import { NAMES, PLACES, TOPIC_WORDS, contentOf, draftOf, headlineOf, Writer } from '../lib/newsroom-text';
import { ftsQuery } from '../../src/main/store/article-store';
import { ticking, withTempStore } from '../lib/temp-store';
import { percentile } from '../stats';

const ARTICLES = 10_000;
const QUERIES = 100;
/** Surnames that appear in only a few stories each, as most people in the news do. */
const RARE_NAMES = 2000;

const SYLLABLES = ['ka', 'ren', 'to', 'mi', 'sal', 'ver', 'don', 'ul', 'bri', 'est', 'nor', 'pa', 'lin', 'gar', 'ot', 'che'];

function rareNames(writer: Writer): string[] {
  const names = new Set<string>();
  while (names.size < RARE_NAMES) {
    let name = '';
    for (let i = 0; i < 3; i++) name += writer.pick(SYLLABLES);
    names.add(name[0]!.toUpperCase() + name.slice(1));
  }
  return [...names];
}

/** A third of the searches are for someone in few stories, the rest for topics, places, officials. */
function queries(writer: Writer, rare: string[]): string[] {
  const terms = [...TOPIC_WORDS, ...NAMES, ...PLACES];
  const out: string[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const first = i % 3 === 1 ? writer.pick(rare) : writer.pick(terms);
    // Some typed in lower case, some half-typed (the search is by prefix).
    const one = i % 5 === 0 ? first.slice(0, Math.max(3, first.length - 2)) : first.toLowerCase();
    out.push(i % 3 === 0 ? `${one} ${writer.pick(terms).toLowerCase()}` : one);
  }
  return out;
}

export default {
  name: 'search',
  async run(): Promise<Record<string, number>> {
    const figures: Record<string, number> = {};
    await withTempStore('search', (store) => {
      const writer = new Writer(10_000_800);
      const rare = rareNames(writer);
      const now = ticking();
      const fill = performance.now();
      store.transaction(() => {
        for (let i = 0; i < ARTICLES; i++) {
          writer.focus(0.15, 3, 2);
          const draft = draftOf(writer, 200 + writer.int(601), `a${i}-`);
          // Two people only a few stories mention, named twice each.
          for (const name of [writer.pick(rare), writer.pick(rare)]) {
            for (let k = 0; k < 2; k++) {
              const p = draft[writer.int(draft.length)]!;
              p.words[writer.int(p.words.length)] = name;
            }
          }
          store.articles.insert(contentOf(draft, headlineOf(writer)), now());
        }
      });
      figures['search.fill_s'] = (performance.now() - fill) / 1000;

      writer.unfocus();
      const asked = queries(writer, rare);
      for (const q of asked.slice(0, 10)) store.articles.list({ query: q }); // warm the page cache
      const one: number[] = [];
      const two: number[] = [];
      let hits = 0;
      for (const q of asked) {
        const start = performance.now();
        const found = store.articles.list({ query: q });
        (q.includes(' ') ? two : one).push(performance.now() - start);
        hits += found.length;
      }
      const all = [...one, ...two];
      figures['search.fts_ms_p50'] = percentile(all, 50);
      figures['search.fts_ms_p95'] = percentile(all, 95);
      figures['search.fts_one_word_ms_p95'] = percentile(one, 95);
      figures['search.fts_two_words_ms_p95'] = percentile(two, 95);
      figures['search.fts_ms_max'] = Math.max(...all);
      figures['search.hits_mean'] = hits / all.length;
      // Where the time goes, for the same queries: ranking alone in the FTS index, and one
      // proposed shape (rank ids first, join only summary columns, snippets for the first 20).
      const rankOnly = store.db.prepare(
        'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0) LIMIT 200',
      );
      const noSnippet = store.db.prepare(`SELECT a.* FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? AND a.trashed_at IS NULL ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0) LIMIT 200`);
      const ranked = store.db.prepare(`WITH top AS (SELECT rowid, bm25(articles_fts, 10.0, 4.0, 1.0) AS score FROM articles_fts
          WHERE articles_fts MATCH ? ORDER BY score LIMIT 220)
        SELECT a.rowid, a.id, a.headline, a.status, a.bylines, a.edited_at, a.created_at, a.word_count, a.trashed_at
        FROM top JOIN articles a ON a.rowid = top.rowid WHERE a.trashed_at IS NULL ORDER BY top.score LIMIT 200`);
      const snippetOf = store.db.prepare(`SELECT snippet(articles_fts, -1, char(1), char(2), '…', 16) AS snippet FROM articles_fts
        WHERE articles_fts MATCH ? AND rowid = ?`);
      const variant = (name: string, fn: (match: string) => unknown) => {
        const samples: number[] = [];
        for (const q of asked) {
          const match = ftsQuery(q)!;
          const start = performance.now();
          fn(match);
          samples.push(performance.now() - start);
        }
        figures[`search.variant.${name}_ms_p50`] = percentile(samples, 50);
        figures[`search.variant.${name}_ms_p95`] = percentile(samples, 95);
      };
      variant('rank_only', (m) => rankOnly.all(m));
      variant('no_snippet', (m) => noSnippet.all(m));
      variant('ranked_then_20_snippets', (m) => {
        const rows = ranked.all(m) as { rowid: number }[];
        return rows.slice(0, 20).map((r) => snippetOf.get(m, r.rowid));
      });
      figures['search.articles'] = (store.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    });
    return figures;
  },
};

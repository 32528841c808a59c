/**
 * Desk search over 10,000 articles of 200–800 words: store.articles.list({ query }), the real
 * FTS5 path (prefix terms, bm25 with headline weight, snippets). One- and two-word queries
 * people type at a desk: names, places, topics, some rare, some in most articles.
 * Goal: p95 ≤ 20 ms.
 */
import { NAMES, PLACES, TOPIC_WORDS, contentOf, draftOf, headlineOf, Writer } from '../lib/newsroom-text';
import { ticking, withTempStore } from '../lib/temp-store';
import { percentile } from '../stats';

const ARTICLES = 10_000;
const QUERIES = 300;

function queries(writer: Writer): string[] {
  const terms = [...TOPIC_WORDS, ...NAMES, ...PLACES];
  const out: string[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const first = writer.pick(terms);
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
      const now = ticking();
      const fill = performance.now();
      store.transaction(() => {
        for (let i = 0; i < ARTICLES; i++) {
          const draft = draftOf(writer, 200 + writer.int(601), `a${i}-`);
          store.articles.insert(contentOf(draft, headlineOf(writer)), now());
        }
      });
      figures['search.fill_s'] = (performance.now() - fill) / 1000;

      const asked = queries(writer);
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
    });
    return figures;
  },
};

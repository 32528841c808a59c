/**
 * The desk's search: what a person types turned into an FTS5 query, and the snippet shown under
 * each hit.
 *
 * The index (migration 7) tokenizes with `porter unicode61 remove_diacritics 2`, so "budgets"
 * finds "budget" and "Nunez" finds "Núñez"; the query side only has to say which words are
 * terms and which are phrases.
 *
 * Snippets are not FTS5's snippet() or highlight(): both cost the square of the number of hits
 * in an article (a 2 MB article repeating one paragraph took 59 s, blocking the host). Instead
 * the article's text is cut into small pieces and FTS5 itself, on a throwaway in-memory table
 * with the same tokenizer, finds the first piece that matches and marks the hit in it. The cost
 * is linear in the text and the marks follow the index's own stemming and accent folding.
 */
import type { Db } from './database';

/** The index's tokenizer: one definition for the table and for the snippet pieces. */
export const SEARCH_TOKENIZER = 'porter unicode61 remove_diacritics 2';

/** At most this many terms and phrases are searched; a pasted paragraph is not a query. */
const MAX_TERMS = 20;

/** Characters per snippet piece: small enough that FTS5's snippet() on one is instant. */
const PIECE = 1500;

interface QueryParts {
  phrases: string[][];
  terms: string[];
}

function wordsIn(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** Quoted phrases ("city council") and single words; an unmatched quote is ignored. */
export function parseQuery(text: string): QueryParts {
  const phrases: string[][] = [];
  const rest = text.replace(/["“”]([^"“”]*)["“”]/g, (_, inner: string) => {
    const words = wordsIn(inner);
    if (words.length > 1) phrases.push(words);
    return words.length === 1 ? ` ${words[0]} ` : ' ';
  });
  return { phrases, terms: wordsIn(rest) };
}

function quoted(words: string[]): string {
  // Only letters, digits and marks reach here, so a double quote cannot appear inside.
  return `"${words.join(' ')}"`;
}

function clauses(text: string): string[] {
  const { phrases, terms } = parseQuery(text);
  // A word is a prefix term ("budg" finds "budget" while typing); a phrase is exact.
  return [...phrases.map(quoted), ...terms.map((t) => `${quoted([t])}*`)].slice(0, MAX_TERMS);
}

/** FTS5 query from what a person typed: every term and phrase must match. Null when it has no words. */
export function ftsQuery(text: string): string | null {
  const parts = clauses(text);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** The same terms, any one of which marks a snippet (one piece need not hold them all). */
export function snippetQuery(text: string): string | null {
  const parts = clauses(text);
  return parts.length > 0 ? parts.join(' OR ') : null;
}

/** Splits text into pieces of about PIECE characters, cut at whitespace where there is some. */
export function* pieces(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + PIECE / 2) end = space + 1;
    }
    yield text.slice(start, end);
    start = end;
  }
}

export interface SnippetSource {
  headline: string;
  deck: string;
  bylines: string;
  body: string;
}

/** Makes snippets with FTS5 on one small piece at a time. One per database connection. */
export class SnippetMaker {
  private ready = false;

  constructor(private readonly db: Db) {}

  private prepareTable(): void {
    if (this.ready) return;
    // TEMP: lives in memory with this connection, works on a store opened read-only too.
    this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.snippet_pieces USING fts5(text, tokenize = '${SEARCH_TOKENIZER}')`);
    this.ready = true;
  }

  /** The first matching piece's snippet, with \u0001 … \u0002 around hits; null when none match. */
  snippet(source: SnippetSource, query: string): string | null {
    this.prepareTable();
    const insert = this.db.prepare('INSERT INTO temp.snippet_pieces(rowid, text) VALUES (?, ?)');
    const find = this.db
      .prepare(
        `SELECT snippet(snippet_pieces, 0, char(1), char(2), '…', 16) FROM temp.snippet_pieces WHERE snippet_pieces MATCH ? AND rowid = ?`,
      )
      .pluck();
    const clear = this.db.prepare('DELETE FROM temp.snippet_pieces');
    // One piece in the table at a time: the table stays tiny however long the article is.
    clear.run();
    // The body first (where the reader's words are), then the short fields.
    for (const text of [...pieces(source.body), source.deck, source.headline, source.bylines]) {
      if (!text.trim()) continue;
      insert.run(1, text);
      const found = find.get(query, 1) as string | undefined;
      clear.run();
      if (found) return found;
    }
    return null;
  }
}

/**
 * FTS5 returns the article's own text with control characters around hits (text a reporter
 * types never holds them). Escape everything, then turn those markers into <mark>.
 */
export function escapeSnippet(snippet: string): string {
  return snippet
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\u0001/g, '<mark>')
    .replace(/\u0002/g, '</mark>');
}

/**
 * 'A spokesperson for the State Department confirmed the deaths of "multiple US citizens."': a
 * sentence in the paper's own voice that quotes a few of its source's words is still the paper's
 * sentence, and its main clause is news like any other. The clause reader refused every sentence
 * with a quotation mark, so the note fell back to who spoke ("Additional comments from the US State
 * Department"), a credit without the news. Read by structure instead: the sentence opens outside any
 * quotation, its subject and finite verb stand before the first quotation mark, every quotation
 * is balanced and short (a phrase, not a quoted sentence), and the quoted words keep their marks
 * in the note, so they stay the source's. A quotation that opens the line, runs long or holds a
 * sentence of its own is the speaker's comments, read as before; so is a quoted phrase in reported
 * speech ("said the suit was “baseless”", "called it “…”"), the speaker's word and not a fact
 * (`onlyQuotedTerms` in news-clause.ts, which calls this reader only outside reported speech).
 */
import { hasFiniteVerb } from './topics';

/** The most words a quoted phrase inside the paper's sentence may have. */
const PHRASE_WORDS = 8;

/** True when every quotation in `sentence` (straight quotes, as plainText prints them) is a short phrase inside the paper's own clause. */
export function quotesOnlyPhrases(sentence: string): boolean {
  const s = sentence.trim().replace(/[.!?]+$/, '');
  const marks = (s.match(/"/g) ?? []).length;
  if (!marks || marks % 2 || /^["']/.test(s)) return false;
  const spans = s.match(/"[^"]*"/g) ?? [];
  if (spans.length * 2 !== marks) return false;
  const phrases = spans.every((span) => {
    const inner = span
      .slice(1, -1)
      .trim()
      .replace(/[.,!?;:]+$/, '');
    // ("…," the spokesperson said: a quotation that ends a sentence of its own is a quoted sentence.)
    return !!inner && inner.split(/\s+/).length <= PHRASE_WORDS && !/[.!?;:]/.test(inner) && /^\p{L}/u.test(inner);
  });
  // The subject and its finite verb are the paper's words, before the first quotation.
  return phrases && hasFiniteVerb(s.slice(0, s.indexOf('"')));
}

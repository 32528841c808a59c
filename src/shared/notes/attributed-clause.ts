/**
 * "Borrowers who already applied will not need to apply again, officials said Wednesday.": the
 * plainest wire shape tells the news first and credits it after, and the clause before the credit
 * is as much the source's reported clause as one after "said … that". A newsroom restates it whole
 * ("Officials' statement that borrowers who already applied will not need to apply again"), so the
 * copying check (grammar.ts, through reported-clause-copy.ts) lets it through as it lets a clause
 * after "that": when the article holds it as a clause of its own, from a clause's edge to a comma,
 * right before an attribution (", officials said", ", Toller said Tuesday"). Without this, the
 * clause reader cut such a line to its subject ("Details on borrowers.") or left its source alone.
 *
 * The clause reader tells a reported clause a little differently from the article, and the note's
 * clause is the article's still: its adverbs left out ("already", "since"), which it drops as
 * hedges, and its perfect told in the past ("he has since been upgraded" → "he was upgraded",
 * "had been treated" → "was treated"). This holds for a clause after "that" or a verb of saying too
 * ("said Tuesday the man had been treated … and was released from the hospital"). Nothing else may
 * differ, and the clause must run to the article's clause end: a clause the article holds only
 * inside a longer one, or cut short, is still a run copied from a sentence.
 */
import { DAY_OF_SAYING } from './day-phrases';
import { speechVerbs } from './speech-verbs';
import { tagged } from './topics';

/** The speaker before the verb of saying: a few words, no clause of its own. */
const SPEAKER_WORDS = 7;
/** What may follow the verb in a credit: a day, a channel ("said Wednesday", "said in a statement"). */
const AFTER_VERB_WORDS = 4;
/** How many more words the article's clause may have than the note's (adverbs and auxiliaries left out). */
const LEFT_OUT = 3;

const SAYING = (): string => speechVerbs('said', 'says', 'told', 'confirmed', 'added', 'reported', 'announced');

/**
 * Is `words` (lower-cased, space-separated) a whole reported clause of the article (`clauses`:
 * lower-cased words, clause ends marked " | "), as the clause reader retells it: one opening a
 * clause right before its credit, or one after "that" or a verb of saying (`opener`)?
 */
export function isRetoldReportedClause(words: string, clauses: string, opener: string): boolean {
  const note = words.split(' ').filter(Boolean);
  if (!note.length) return false;
  // (", and police said he …" opens a clause of its own, which credits nothing before it.)
  const credit = new RegExp(
    String.raw`^(?!(?:and|but|or|while|as|because|after|before|when)\b)(?:\S+ ){1,${SPEAKER_WORDS}}?(?:${SAYING()})(?: (?!that\b)\S+){0,${AFTER_VERB_WORDS}}$`,
    'u',
  );
  const opened = new RegExp(String.raw`(?:${opener})(?: ${DAY_OF_SAYING})?(?: that)?$`, 'iu');
  // (The words after the last clause end close no clause: the article's text ran out mid-sentence.)
  const segments = clauses
    .split('|')
    .slice(0, -1)
    .map((s) => s.trim());
  return segments.some((segment, k) => {
    const article = segment.split(' ');
    if (article.length < note.length || !article.includes(note[0]!)) return false;
    // Where the reported clause may open, on the note's first word: the clause's edge, before a
    // credit; or after an opener.
    return article.some(
      (word, at) =>
        word === note[0] &&
        article.length - at <= note.length + LEFT_OUT &&
        (at === 0 ? credit.test(segments[k + 1] ?? '') : opened.test(article.slice(0, at).join(' '))) &&
        retold(article, at, note, segment),
    );
  });
}

/** Is `note` the article's words from `at` to the clause's end, told as the clause reader tells them? */
export function retold(article: string[], at: number, note: string[], segment: string): boolean {
  let tags: string[] | null = null;
  const isAdverb = (k: number): boolean => {
    tags ??= tagged(segment)
      .filter((t) => t.pos !== 'PUNCT')
      .map((t) => t.pos);
    return tags.length === article.length && tags[k] === 'ADV';
  };
  let n = 0;
  for (let k = at; k < article.length; k++) {
    const word = article[k]!;
    if (n < note.length && word === note[n]) n++;
    // "has been upgraded" → "was upgraded": the perfect's "has" goes, its "been" is told "was".
    else if (/^(?:has|have|had)$/.test(word) && /^(?:been|\p{L}+ed)$/u.test(article[k + 1] ?? '')) continue;
    else if (word === 'been' && /^(?:was|were)$/.test(note[n] ?? '') && /^(?:has|have|had)$/.test(article[k - 1] ?? '')) n++;
    else if (!isAdverb(k)) return false;
  }
  return n === note.length;
}

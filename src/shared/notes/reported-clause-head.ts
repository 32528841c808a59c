/**
 * A reported clause told in short by its head: its subject, its verb and the verb's object, what
 * only describes the object left off ("the outage was caused by a software fault | during a
 * scheduled window and was fixed within 40 minutes"). A source's clause too long to restate whole
 * (REPORTED_CLAUSE_WORDS) is told so (said-news.ts verbAndObject), and the words kept are the
 * source's own opening, no fragment cut from the middle of a sentence; the copying check lets such a
 * head through as it lets a whole clause through (reported-clause-copy.ts). Without it, a long
 * clause left the source alone ("A statement from Kestrel Networks."), a label with no news.
 *
 * Only the head at its FIRST boundary: the note's clause holds no phrase that only describes
 * ("of", "on", "during" …) or a second clause ("and", "which" …), and the article's clause goes on
 * right after it into one. A clause cut later ("a hearing | on the zoning rules | in May") is still
 * a run cut from a sentence, for the fallback ladder to tell another way (shorter-tellings.ts); a
 * cut inside a noun phrase ("caused by a software") stops on no boundary. And only for a clause too
 * long to restate whole (`wholeWords`): a shorter one is told whole, its time and place kept.
 */
import { DAY_OF_SAYING } from './day-phrases';
import { HEAD_ENDS } from './said-news';
import { tagged } from './topics';

/** The fewest words a head may have: a subject, its verb and an object. */
const HEAD_WORDS = 4;

/**
 * Does the article (`marked`: lower-cased words, clause ends marked "|") hold `words` as the head of
 * a reported clause — right after `opener` ("that" or a verb of saying) and the day it was said
 * ("said Tuesday the …") — followed by a modifier or a second clause of the same sentence, the
 * whole clause longer than `wholeWords`?
 */
export function isReportedClauseHead(words: string, marked: string, opener: string, wholeWords: number): boolean {
  const list = words.split(' ').filter(Boolean);
  if (list.length < HEAD_WORDS) return false;
  // (The head is one simple clause: no describing phrase, no second or relative clause, in it; a
  // preposition right after the verb is the verb's own, "came from a faulty update".)
  const tokens = tagged(words);
  if (tokens.some((t, k) => k > 0 && HEAD_ENDS.includes(t.lower) && tokens[k - 1]!.pos !== 'VERB')) return false;
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`(?:${opener})(?: ${DAY_OF_SAYING})?(?: that)? ${escaped} ((?:${HEAD_ENDS.join('|')}) [^|]*)`, 'iu').exec(
    marked,
  );
  // A clause short enough to restate whole is told whole (or by the ladder, keeping its time).
  return !!found && list.length + found[1]!.trim().split(' ').length > wholeWords;
}

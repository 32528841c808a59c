/**
 * A common noun that opened a sentence as the modifier of another: "Poll turnout was low", "Bus
 * ridership fell", "Farm incomes rose". Lifted into a note ("incorrectly reported that poll turnout
 * was low"), its capital was only the sentence's, yet names.ts lowerOpening kept it unless the article
 * also printed the word in lower case, which a short story often never does.
 *
 * The opening word is read as common when the article never capitalizes it where no sentence opens
 * (a name is capitalized mid-sentence: "shares of Apple"), prints it capitalized no more than this
 * once (a story names its subject again, in the headline or the next paragraph: "Kestrel profits
 * rose" under "Kestrel Air posts record year" is Kestrel's), the article writes a form of it in
 * lower case ("a polling station" beside "Poll turnout", "buses" beside "Bus ridership"), and the
 * word after it is a lower-case noun it modifies.
 */
import { tagged } from './topics';

/** Does the clause open on a capitalized word, met once in the article, set before the lower-case noun it modifies? */
export function opensOnModifier(clause: string, articleText: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}[\p{Ll}-]+)\b/u.exec(clause);
  if (!m) return false;
  const capitalized = articleText.match(new RegExp(`(?<![\\p{L}\\p{N}])${m[1]}(?![\\p{L}\\p{N}])`, 'gu')) ?? [];
  if (capitalized.length > 1) return false;
  const lower = m[1]!.toLowerCase();
  if (!new RegExp(`(?<![\\p{L}\\p{N}])${lower}\\p{Ll}*`, 'u').test(articleText)) return false;
  const [, second] = tagged(clause.slice(0, m[0].length).toLowerCase());
  return !!second && second.pos === 'NOUN';
}

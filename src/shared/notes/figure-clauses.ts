/**
 * A figure that counts how often or how long something was done ("Article 4 has been invoked seven
 * times", "The ferry has run 40 years"): what it measures is the deed itself, told by the clause
 * before it — "the number of times Article 4 has been invoked" — not the bare unit ("the number of
 * times", which names nothing). Review 11a found that bare unit on real copy.
 */
import { upToSaying } from './speech-verbs';
import { hedges } from './hedge-words';
import { plainText } from './sentences';
import { tagged } from './topics';
import { pastDeedTaggedAsNoun } from './past-deeds';

/** Units that count repeats or spans of a deed, not things. */
const REPEATS = /^(times|months|years|weeks|days|hours|minutes|seasons|terms|innings|laps|rounds)\b/i;

/** A clause opened by a pronoun says whose only with the sentence before: a note cannot lean on it. */
/** A hedge the clause ends on, right before the figure: "about", "more than", "only". */
const HEDGE_BEFORE = new RegExp(
  String.raw`\s+(?:${hedges('about', 'nearly', 'almost', 'more than', 'roughly', 'at least', 'only', 'just', 'barely', 'around', 'some')})\s*$`,
);
const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|these|those|there)$/i;

export function repeatedDeed(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const at = text.indexOf(figure);
  if (at < 0) return '';
  const unit = REPEATS.exec(text.slice(at + figure.length).trim());
  if (!unit) return '';
  // The clause before the figure: after a fronted phrase ("Since 1949, …") and a verb of saying.
  const clause = text
    .slice(0, at)
    .replace(/^.*,\s+/, '')
    .replace(upToSaying('said', 'says', 'told'), '')
    .replace(HEDGE_BEFORE, '')
    .trim();
  // ("The alarms were activated twice at Cairncry Court, … and six times at Smithfield Court": a
  // figure in a list of repeats belongs to the deed before the list's first one, at its own place.)
  const listed = clause.split(/\s+/).length < 2 || /^(?:and|or)\b|\b(?:and|or)$/.test(clause) ? listedRepeat(text, at, figure, unit) : '';
  if (listed) return listed;
  const words = clause.split(/\s+/);
  if (words.length < 2 || words.length > 10 || PRONOUN.test(words[0]!)) return '';
  // It must open on its subject (a name or a determiner) and hold a verb ("has been invoked", "met").
  if (!/^(?:\p{Lu}|the\b|its\b|their\b|his\b|her\b)/iu.test(clause)) return '';
  const tags = tagged(clause);
  // ("… in a van shot Mr Ortel": a past form read as a noun is the verb: past-deeds.ts.)
  if (!tags.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && !pastDeedTaggedAsNoun(tags)) return '';
  if (tags.at(-1)?.pos === 'ADP' || tags.at(-1)?.pos === 'DET') return '';
  // (A common word opening the sentence is lowercased where the article is known: describe.ts.)
  return `the number of ${unit[1]!.toLowerCase()} ${clause.replace(/^The\s/, 'the ')}`;
}

/** "the number of times the alarms were activated at Smithfield Court" for a figure in a list of repeats, or ''. */
function listedRepeat(text: string, at: number, figure: string, unit: RegExpExecArray): string {
  if (unit[1]!.toLowerCase() !== 'times') return '';
  const first = /^(.*?)\s+(?:once|twice|three times|\S+\s+times)\s+(?:at|in|on|for|against|with)\s/u.exec(text.slice(0, at));
  if (!first || !/,/.test(text.slice(first[0].length, at))) return '';
  const deed = first[1]!
    .replace(/^.*,\s+/, '')
    .replace(upToSaying('said', 'says', 'told'), '')
    .trim();
  const tags = tagged(deed);
  if (deed.split(/\s+/).length < 2 || deed.split(/\s+/).length > 10 || PRONOUN.test(deed.split(/\s+/)[0]!)) return '';
  if (!/^(?:\p{Lu}|the\b|its\b|their\b)/iu.test(deed) || !tags.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return '';
  // Where this one was done: the phrase after "times", to the next comma or the end.
  const where = /^\s*times\s+((?:at|in|on|for|against|with)\s+[^,;.]+)/i.exec(text.slice(at + figure.length));
  return `the number of times ${deed.replace(/^The\s/, 'the ')}${where ? ` ${where[1]!.trim()}` : ''}`;
}

/**
 * "Research for the Ministry of Transport in 2012 showed …": the words before a year or a date
 * may name a thing (a study, a survey, a plan) rather than tell a clause, and "misstated the year
 * Research for the Ministry of Transport" copies a fragment with its sentence's capital. A stretch
 * with no finite verb that reads as a noun phrase is the thing the time dates: "misstated the year
 * of the research for the Ministry of Transport". Its opening capital goes unless the article
 * prints the word capitalized mid-sentence (a name); "a"/"an" become "the" (the one the article
 * told of), and a bare noun takes "the".
 */
import { readsAsName } from './names';
import { hasFiniteVerb, tagged } from './topics';
import { verbReadAsNoun } from './well-formed-deed';

/** The most words the thing may have: a naming, not a retelling. */
const MOST_WORDS = 10;

/** "of the research for the Ministry of Transport" for such a stretch; '' when it is a clause or no noun phrase. */
export function thingDated(stretch: string, articleText: string): string {
  const words = stretch.trim().split(/\s+/);
  if (!stretch.trim() || words.length > MOST_WORDS || hasFiniteVerb(stretch)) return '';
  const tokens = tagged(stretch);
  // A noun phrase: it opens on a determiner or a noun (a capital only opening the line reads as one),
  // its first head a noun, and holds no verb, pronoun or conjunction of clauses.
  if (tokens.some((t) => ['VERB', 'AUX', 'PRON', 'SCONJ', 'PART'].includes(t.pos))) return '';
  // ("The Riverside Folk Festival returns to Corbin Park": a verb the tagger read as a noun; well-formed-deed.ts.)
  if (verbReadAsNoun(tokens)) return '';
  const first = words[0]!;
  const opener =
    /^(?:A|An|The)$/.test(first) || (/^\p{Lu}\p{Ll}+$/u.test(first) && !readsAsName(first, articleText)) ? first.toLowerCase() : first;
  if (!['DET', 'NOUN', 'ADJ', 'PROPN'].includes(tokens[0]!.pos) || /^\p{Lu}/u.test(opener)) return '';
  // (A number or a possessive first is a figure or an owner, told by other readers.)
  if (/^(?:this|that|these|those|its|their|his|her|our|my|some|any|each|every)$/i.test(opener)) return '';
  const rest = [opener, ...words.slice(1)].join(' ');
  const led = /^(?:the|a|an)\s/i.test(rest) ? rest.replace(/^(?:a|an)\s/i, 'the ') : `the ${rest}`;
  return `of ${led}`;
}

/** Verbs a study, survey, poll or report is the subject of: what it found. */
const FINDING =
  /^(?:showed|shows|found|finds|suggested|suggests|concluded|concludes|estimated|estimates|revealed|reveals|indicated|indicates|recommended|recommends|predicted|predicts|projected|projects|ranked|ranks|identified|identifies|documented|documents|warned|warns)$/;

/**
 * "Research for the Ministry of Transport in 2012 showed …", "A poll by Harlow College in May found
 * …": a year or month set inside the subject of a verb of finding dates that study, not the
 * finding ("the year research … showed anglers …" retells the finding). `before` is the subject
 * up to the date's "in", `after` what follows the date. '' when the verb after is no finding's.
 */
export function studyDated(before: string, after: string, articleText: string): string {
  const verb = /^\s*(?:,\s*)?(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  if (!FINDING.test(verb)) return '';
  return thingDated(before, articleText);
}

/**
 * "In a statement on Thursday, the union said …", "In a letter sent to members Tuesday, …": a day
 * set in an opening phrase dates the statement or letter that phrase names, not "when in a
 * statement". "of the statement", "of the letter sent to members"; '' when the phrase holds a
 * clause of its own or names no thing ("Through a spokeswoman" names who spoke, not an occasion).
 */
export function openingThingDated(stretch: string): string {
  const m = /^(?:in|at|during)\s+(?:a|an|the|its|their|his|her)\s+(.+)$/i.exec(stretch.trim());
  if (!m || m[1]!.split(/\s+/).length > 8) return '';
  const tokens = tagged(m[1]!);
  if (tokens[0]?.pos === 'VERB' || tokens.some((t) => ['AUX', 'PRON', 'SCONJ', 'PUNCT'].includes(t.pos))) return '';
  // (Its head a noun: "a statement", "a letter sent to members", "an interview with the Courier".)
  if (!tokens.some((t) => t.pos === 'NOUN')) return '';
  return `of the ${m[1]}`;
}

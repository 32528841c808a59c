/**
 * "The man was taken to a hospital in critical condition, and police said he has since been
 * upgraded to stable condition": the later of two joined clauses often opens on a pronoun for the
 * first one's subject. Told alone, as the development, "he was upgraded to stable condition" has
 * no one to be ("The news that he was upgraded …"); a newsroom names him as the sentence did ("the
 * man was upgraded to stable condition"). The pronoun takes the first clause's subject when that is
 * a noun phrase that agrees with it: "he" or "she" a person in the singular, "they" a plural, "it"
 * a thing (never a name). A subject that is a pronoun or no noun phrase, or one that does not
 * agree, leaves the pronoun as it is, for the caller to tell as before.
 */
import { NAMES_PERSON } from './news-clause';
import { isPluralNoun } from './plurals';
import { DESCRIBED } from './pronoun-person';
import { describedAgrees } from './pronoun-gender';
import { looksLikeOrganization } from './names';
import { NOT_A_PERSON } from './referents';
import { tagged } from './topics';

/** The most words a subject put in a pronoun's place may have ("the 34-year-old man"). */
const SUBJECT_WORDS = 5;

/** `clause` with its opening pronoun replaced by the subject of `earlier`, the clause joined before it; else `clause`. */
export function withJoinedSubject(clause: string, earlier: string): string {
  const pronoun = /^(he|she|they|it)\s+(?=\S)/i.exec(clause);
  if (!pronoun) return clause;
  const subject = subjectOf(earlier);
  if (!subject) return clause;
  const head = subject.split(' ').at(-1)!;
  const plural = isPluralNoun(head);
  // A person: one the copy describes ("the cyclist", "a 19-year-old man") or names ("Ada Vinter").
  // ("Wednesday's launch": a capital only in a possessive before a common noun names no one.)
  const named = /^\p{Lu}/u.test(head) && !looksLikeOrganization(subject) && !NOT_A_PERSON.test(subject);
  const person = NAMES_PERSON.test(subject) || new RegExp(DESCRIBED.source, 'u').test(subject) || named;
  const agrees = /^they$/i.test(pronoun[1]!)
    ? plural
    : /^it$/i.test(pronoun[1]!)
      ? !plural && !person && !/^\p{Lu}/u.test(head)
      : !plural && person && describedAgrees(subject, pronoun[1]!);
  return agrees ? `${subject} ${clause.slice(pronoun[0].length)}` : clause;
}

/** The noun phrase before the first verb of `clause`: "the man" of "The man was taken to …". */
function subjectOf(clause: string): string {
  const tokens = tagged(clause);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 1 || verb > SUBJECT_WORDS) return '';
  const subject = tokens.slice(0, verb);
  if (subject.some((t) => ['PRON', 'PUNCT', 'SCONJ', 'CCONJ', 'ADP'].includes(t.pos))) return '';
  if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return '';
  // The clause's own words up to its verb ("the child's mother", as printed, not as tokens).
  let at = 0;
  for (const token of subject) at = clause.indexOf(token.text, at) + token.text.length;
  const text = clause.slice(0, at).trim();
  // "The man" opening the sentence reads "the man" inside a note; a name keeps its capital.
  return subject[0]!.pos === 'DET' ? text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : text;
}

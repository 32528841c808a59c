/**
 * A clause led by "after", "when", "because" … whose subject is a pronoun names the main clause's
 * subject: "A 27-year-old man was charged … after he was arrested Tuesday" dates when the man was
 * arrested, and a note saying "misstated when he was arrested" leaves the reader asking who. The
 * pronoun is told as that subject, an "a" made "the" (the one the story meant); a subject that is
 * itself a pronoun, or one that does not agree ("he" for "residents"), names nothing and the clause
 * is left as it was.
 */
import { isPluralNoun } from './plurals';

const PERSONAL = /^(he|she|they|it)\s/i;

export function pronounAsMainSubject(clause: string, mainSubject: string): string {
  const pronoun = PERSONAL.exec(clause)?.[1]?.toLowerCase();
  const subject = mainSubject.trim();
  if (!pronoun || !subject || subject.split(/\s+/).length > 6 || /,/.test(subject)) return clause;
  if (/^(?:he|she|they|it|we|i|you|this|that|these|those|there|who|which)$/i.test(subject)) return clause;
  const head = subject.split(/\s+/).at(-1)!;
  const plural = isPluralNoun(head);
  if ((pronoun === 'they') !== plural) return clause;
  // ("it" for a person, "he" for a thing: only a person's pronoun for a name or a noun of people is read.)
  if (pronoun === 'it' && /^\p{Lu}/u.test(head)) return clause;
  return `${subject.replace(/^(?:a|an)\s+/i, 'the ')}${clause.slice(pronoun.length)}`;
}

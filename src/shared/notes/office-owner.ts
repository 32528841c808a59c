/**
 * Whose office spoke: "French President Ana Moreau telephoned the prime minister, her office said"
 * credits Moreau's office, the subject of the same sentence, however she is titled; "a letter from
 * Mr Brandt in which he said …" is Brandt's word, whoever read it out. (A relative,
 * "his sister", is another matter: attribution.ts's relativeOwner looks for a private person.)
 */
import { isTitleWord, looksLikeOrganization, nameRuns, personName, shortName } from './names';
import type { Source } from './attribution';

/** Nouns for those who speak for an official: their owner is the official the sentence is about. */
export const OFFICE_NOUN = /^(?:office|spokes(?:man|woman|person)|press (?:secretary|office)|aides?|staff|campaign|chief of staff)$/i;

/** The person the sentence opens on (its subject, before the first verb-like lower-case word), named short; '' when none. */
export function sentenceSubjectPerson(sentence: string, articleText: string, personNames?: 'surname' | 'as-introduced'): string {
  const [run] = nameRuns(sentence);
  if (!run || looksLikeOrganization(run.text)) return '';
  // Only the sentence's own subject: the run must open it, after at most a leading time ("On Friday,").
  const before = sentence.slice(0, run.start).trim();
  if (before && !/^(?:on|late|early|later|earlier)?\s*[\p{L}\s.]{0,30},$/iu.test(before)) return '';
  const person = personName(run.words.filter((w) => !isTitleWord(w)).join(' ')) || personName(run.text);
  return person && person.split(/\s+/).length >= 2 ? shortName(person, articleText, personNames) : '';
}

/** A day or a month named alone: a time, never a speaker. */
export const TIME_NAME =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)(?:['’]s)?$/i;

/**
 * "… a letter from Mr Brandt in which he said …", "… a message from Ada Moss, in which she wrote
 * …": a pronoun speaking inside a relative clause hung on a person's letter or message is that
 * person. The person named just before "in which"; null when the sentence is not that shape.
 */
export function writerInSentence(sentence: string, articleText: string, personNames?: 'surname' | 'as-introduced'): Source | null {
  const m =
    /\b(?:from|by)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),?\s+in which\s+(?:he|she)\s+(?:said|wrote|says|writes|told|announced|stated)\b/u.exec(
      sentence,
    );
  if (!m) return null;
  const run = m[1]!;
  const words = run.split(/\s+/);
  const person = personName(run) || (words.length > 1 && isTitleWord(words[0]!) ? personName(words.slice(1).join(' ')) : '');
  if (!person || looksLikeOrganization(run)) return null;
  return { name: shortName(person, articleText, personNames), kind: 'person', raw: run };
}

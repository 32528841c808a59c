/**
 * "And Jimmy Anderson, back in the city where his career truly took off in 2008, was immaculate":
 * a "his" or "her" inside the clause a correction lifts belongs to the person the same sentence
 * opens on, and the note, read alone, must say so: "misstated the year Jimmy Anderson's career truly
 * took off", never "the year his career truly took off" (review 19). Only when the sentence opens
 * (after "And", "But" or a short time phrase) on one person named in full, and no other person is
 * named in it before the pronoun, and the phrase does not name them already; the name is told as the
 * sentence prints it. The pronoun must be the one the article tells the person by (pronoun-gender.ts
 * toldAs), and a "her" an owner's, with a noun or an adjective after it (review 19). The phrase is left as it is otherwise.
 */
import { looksLikeOrganization, nameRuns, personName } from './names';
import { plainText, splitSentences } from './sentences';
import { toldAs } from './pronoun-gender';
import { tagged } from './topics';

export function ownSubjectNamed(phrase: string, sentence: string, articleText = ''): string {
  const head = splitSentences(phrase)[0] ?? phrase;
  const pronoun = /\b(his|her)\s+(?=\p{Ll})/u.exec(head);
  if (!pronoun || !phrase.startsWith(head)) return phrase;
  // ("police told her the news", "paid her a record fee": an object "her" is no owner; only one a
  // noun or an adjective follows is.)
  if (pronoun[1] === 'her') {
    const tags = tagged(head);
    const k = tags.findIndex((t) => t.lower === 'her');
    if (k < 0 || !['NOUN', 'ADJ'].includes(tags[k + 1]?.pos ?? '')) return phrase;
  }
  const text = plainText(sentence);
  const opening = /^(?:(?:And|But|Yet|So)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)(?=,|\s+\p{Ll})/u.exec(text);
  const person = opening ? personName(opening[1]!) : '';
  if (!person || person.split(/\s+/).length < 2 || looksLikeOrganization(person)) return phrase;
  // No other person named before the pronoun in the sentence.
  const at = text.search(new RegExp(`\\b${pronoun[1]}\\b`));
  if (at < 0 || nameRuns(text.slice(opening![0].length, at)).some((r) => personName(r.text))) return phrase;
  // ("where Anthony Hibbs got a heat pump installed in his home": the phrase names its person already.)
  if (head.slice(0, pronoun.index).includes(person.split(/\s+/).at(-1)!)) return phrase;
  // ("And Maria Lopez, back in the city where his company opened": the pronoun must be the one the
  // article tells the person by, pronoun-gender.ts.)
  if (toldAs(person, text, articleText) !== (pronoun[1] === 'his' ? 'he' : 'she')) return phrase;
  const owner = `${person}${/s$/.test(person) ? "'" : "'s"} `;
  return head.slice(0, pronoun.index) + owner + head.slice(pronoun.index + pronoun[0].length) + phrase.slice(head.length);
}

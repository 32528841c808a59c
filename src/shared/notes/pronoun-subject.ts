/**
 * A development told by a pronoun ("He was arrested on Thursday on charges of bribery") means
 * nothing at a note's end, where no sentence stands before it: the note names who. "He" or "she"
 * opening the sentence is the one person the sentences a reader carries it over name in full
 * ("Councilman Rafe Dunmore …" → "Dunmore was arrested …"). With two people in reach, or someone
 * in reach described but unnamed ("the driver"), the sentence is left as it stands: a wrong name is
 * worse than no clause, and the note falls back to what it says without one. "They" is the many
 * the sentence right before opens on ("Residents of Kelby Street have …" → "residents of Kelby
 * Street filed …"), only when that subject's head names many and nothing else in it could be "they".
 */
import { speechVerbs } from './speech-verbs';
import { sentencesInReach } from './referents';
import { DESCRIBED, onePerson } from './pronoun-person';
import { plainText } from './sentences';
import { isPluralNoun } from './plurals';
import { tagged } from './topics';
import { pluralName } from './plural-name';
import { describedAgrees } from './pronoun-gender';
import { describedSubject } from './described-subject';
import { carriedSubject } from './carried-subject';
import { chainCarried } from './pronoun-chain';

/** "He", "On Thursday, she", "Later he": the pronoun subject after at most a short opening phrase. */
const OPENING_PRONOUN =
  /^((?:(?:On|Late|Early|Later|Earlier)(?:\s+\p{Lu}\p{Ll}+)?,?\s+|\p{Lu}[^,;"“”]{0,30},\s+)?)(He|he|She|she)\s+(?=\p{Ll})/u;

/** A verb of saying after the pronoun: the line gives the person's comments, credited as such elsewhere. */
const SAYS = new RegExp(
  String.raw`^(?:${speechVerbs('said', 'says', 'told', 'added', 'wrote', 'writes', 'noted', 'argued', 'explained', 'stated', 'tweeted', 'posted', 'insisted', 'announced')})\b`,
);

/**
 * The sentence with its opening "he"/"she" replaced by the one person in reach, by surname; the
 * sentence unchanged when it does not open so or the person is not plain. `before` is the article
 * up to the sentence.
 */
export function pronounNamed(sentence: string, before: string, articleText: string): string {
  const text = plainText(sentence);
  const reach = sentencesInReach(before);
  // ("On Thursday, they claimed …": a short opening phrase keeps its place before the group.)
  const many = /^((?:(?:On|Late|Early|Later|Earlier)(?:\s+\p{Lu}\p{Ll}+)?,\s+)?)(They|they)\s+(?=\p{Ll})/u.exec(text);
  if (many && !SAYS.test(text.slice(many[0].length))) {
    const group = manySubject(reach[0] ?? '') || pluralName(reach[0] ?? '');
    return group ? `${many[1]}${group} ${text.slice(many[0].length)}` : sentence;
  }
  const m = OPENING_PRONOUN.exec(text);
  if (!m || SAYS.test(text.slice(m[0].length))) return sentence;
  // ("… the body of a woman …" is never the "he" of the next line: pronoun-gender.ts.)
  const described = (s: string) => [...s.matchAll(new RegExp(DESCRIBED.source, 'gu'))].some((d) => describedAgrees(d[1]!, m[2]!));
  if (!reach.length) return sentence;
  if (reach.some(described)) {
    // "The man made his first appearance … He entered a plea": the person described as the subject before (described-subject.ts).
    const who = describedSubject(reach, m[2]!);
    return who ? `${m[1]}${who} ${text.slice(m[0].length)}` : sentence;
  }
  const person = onePerson(reach, articleText);
  // Named in one of the two sentences right before: a "he" further on may be someone the story left.
  // (Where that is not plain, the named subject of the sentence right before carries on: carried-subject.ts.)
  if (!person || !reach.slice(0, 2).some((line) => line.includes(person.split(/\s+/).at(-1)!))) {
    // (Or the sentence before a run that tells the same "he" throughout: pronoun-chain.ts.)
    const carried = carriedSubject(reach[0]!, text, m[2]!, articleText) || chainCarried(reach, text, m[2]!, articleText);
    return carried ? `${m[1]}${carried} ${text.slice(m[0].length)}` : sentence;
  }
  return `${m[1]}${person} ${text.slice(m[0].length)}`;
}

/**
 * The subject a sentence opens on, when it names many: a noun phrase of at most six words, before
 * the first verb, its head a plural noun, with at most one phrase after it ("of", "at", "in", "from") ("Residents of Kelby
 * Street"). '' when the sentence opens otherwise or names two groups ("Parents and teachers").
 */
function manySubject(sentence: string): string {
  // Read with its first letter small: a sentence's opening capital is no name's ("Residents of …").
  const tokens = tagged(sentence.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())).filter((t) => t.pos !== 'PUNCT');
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 1 || verb > 6) return '';
  const subject = tokens.slice(0, verb);
  if (subject.some((t) => !['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM'].includes(t.pos) || t.pos === 'CCONJ')) return '';
  const of = subject.findIndex((t) => t.pos === 'ADP');
  if (of === 0 || (of > 0 && !/^(?:of|at|in|from)$/.test(subject[of]!.lower))) return '';
  const head = subject[(of > 0 ? of : subject.length) - 1]!;
  if (head.pos !== 'NOUN' || !isPluralNoun(head.text)) return '';
  const words = sentence.split(/\s+/).slice(0, verb);
  if (words.length !== verb || /[,;:]$/.test(words.join(' '))) return '';
  return words.join(' ').replace(/^(?:The|These|Those|Many|Some|Several|All)\b/, (w) => w.toLowerCase());
}

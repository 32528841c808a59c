/**
 * Who "the company" or "she" is. Copy names a subject once and then refers back to it ("Virgin
 * Galactic reported … The company posted sales of …"); a correction quotes one sentence, so a
 * claim that opens "the company posted" names no one the reader can place. The article itself
 * says who: the nearest name before the sentence that stands as a subject (a name before its
 * verb, not after "by" or "of") and is of the right kind — an organization for "the company", a
 * public body for "the agency", a person for "he" or "she", a name ending in the same noun for
 * "the hospital" — and is the only such name in the five sentences before the claim. "It" is
 * left as it stands.
 */
import { isPluralNoun } from './plurals';
import {
  escapeRegExp,
  isAcronym,
  isSentenceStarter,
  readsAsName,
  isTitleWord,
  looksLikeCompany,
  looksLikeOrganization,
  nameRuns,
  personName,
} from './names';
import { plainText, splitSentences } from './sentences';
import { tagged } from './topics';

/** Nouns copy uses for a business or body it has named: "the company", "the agency". */
const BODY_NOUNS =
  'company|firm|agency|carrier|airline|bank|lender|insurer|retailer|automaker|carmaker|chipmaker|drugmaker|startup|' +
  'chain|group|conglomerate|utility|developer|publisher|manufacturer|maker|network|nonprofit|charity|organization|' +
  'business|brand|operator|department|ministry|regulator|union|league|studio|label|outlet';

/** "The company", "the space agency", "the company's", "he", "her": a subject that refers back. */
const REFERRING_BODY = new RegExp(
  `^(?:[Tt]he|[Tt]his)\\s+(?:\\p{Ll}+\\s+)?(${BODY_NOUNS})(?=\\s|['’]s\\s)|^([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir)(?=\\s)`,
  'u',
);
/** "The hospital": a noun the article also printed as the end of a name ("Mercy Hospital"). */
const REFERRING_NAMED = /^[Tt]he\s+(\p{Ll}+)(?=\s|['’]s\s)/u;

/** What opens a clause as a subject: a preposition before a name makes it an object ("by Refinitiv"). */
const PREPOSITION =
  /^(?:by|of|from|to|with|at|in|on|for|into|onto|against|over|under|about|than|like|via|including|among|between|toward|towards)$/i;

/** An adverb between a subject and its verb ("Roe later said"). */
const BETWEEN = /^\s*(?:also|later|then|now|still|already|previously|first)\b/;

/** Whether the words after a name open on its verb ("reported …", "took over …"), by wink-nlp's tags. */
function verbNext(rest: string): boolean {
  const first = tagged(rest.replace(BETWEEN, '').trim().replace(/^,.*$/, ''))[0];
  return !!first && /^\p{Ll}/u.test(first.text) && (first.pos === 'VERB' || first.pos === 'AUX');
}

/** A body ("the company", "it"), a person ("she"), a group named in the plural ("they": "the Wandering Pines"), or a name ending in the noun. */
type Kind = 'body' | 'person' | 'group' | 'named';

export interface Referent {
  /** The words the claim opened with ("the company", "she"). */
  opening: string;
  /** The name that replaces them, as the article printed it ("Virgin Galactic", "Roe"). */
  name: string;
  /** Whether the opening was a possessive ("its", "her"): the name then takes "'s". */
  possessive: boolean;
  /** The article sentence the name was read from: evidence for the note. */
  sentence: string;
}

/**
 * The name a clause's referring subject stands for, read from `before` (the article up to the
 * clause's sentence); null when the clause does not open on one, or no name of the right kind
 * stands as a subject in the five sentences before it.
 */
export function referentOf(clause: string, before: string): Referent | null {
  const body = REFERRING_BODY.exec(clause);
  const m = body ?? REFERRING_NAMED.exec(clause);
  if (!m) return null;
  // "the steel plant closure": a noun before another noun is a modifier, not the thing referred to.
  if (!body && ['NOUN', 'PROPN'].includes(tagged(clause.slice(m[0].length).trim().split(/\s+/).slice(0, 2).join(' '))[0]?.pos ?? ''))
    return null;
  const noun = m[1]?.toLowerCase() ?? '';
  const pronoun = body ? (m[2]?.toLowerCase() ?? '') : '';
  const kind: Kind = pronoun
    ? /^(?:it|its)$/.test(pronoun)
      ? 'body'
      : /^(?:they|their)$/.test(pronoun)
        ? 'group'
        : 'person'
    : body
      ? 'body'
      : 'named';
  const sentences = sentencesInReach(before);
  // "It" is as often no one ("It was the second closure") as a body: it is left as it stands.
  // "Its headquarters" always refers, so "its" is read like "the company's".
  if (pronoun === 'it') return null;
  const found: { name: string; sentence: string }[] = [];
  // "Tesla reported …" opening a sentence: one capital there may be a name or a common word, and the
  // copy cannot tell. It is not taken, but while it stands a reader could mean it, so no other name
  // is put in ("misstated where Elon Musk is based" for "the company").
  let doubtful = false;
  for (const sentence of sentences) {
    const runs = nameRuns(sentence).reverse();
    for (const run of runs) {
      const name = fits(run.words, kind, noun, sentence, run.start, run.end, before);
      if (
        !name &&
        kind !== 'person' &&
        kind !== 'named' &&
        run.words.length === 1 &&
        !/\S/.test(sentence.slice(0, run.start)) &&
        !isSentenceStarter(run.words[0]!) &&
        verbNext(sentence.slice(run.end)) &&
        mayBeName(run.words[0]!, before)
      )
        doubtful = true;
      if (!name) continue;
      // "The hospital" is the name that ends in "Hospital": the nearest is the one meant.
      if (kind === 'named') return { opening: m[0], name, possessive: false, sentence };
      if (!found.some((f) => f.name === name)) found.push({ name, sentence });
    }
  }
  // A reader places "she" or "the company" only when one name could be meant: two people, or two
  // companies, in the sentences before it and the copy's "she" is left as it stands — a wrong name
  // in a correction is worse than a vague one.
  if (found.length !== 1 || doubtful) return null;
  return { opening: m[0], name: found[0]!.name, possessive: /^(?:his|her|its|their)$/.test(pronoun), sentence: found[0]!.sentence };
}

/** Five sentences back is as far as a reader carries "the company" or "she". */
export const REACH = 5;

/**
 * The sentences of `before` (the article up to a sentence) a reader carries a referent over,
 * nearest first: the last REACH of them, which the last few thousand characters hold. Each line is
 * read on its own: a headline ("Airline to move HQ") never runs into the lead's name.
 */
export function sentencesInReach(before: string): string[] {
  return before
    .slice(-4000)
    .split(/\n+/)
    .flatMap((line) => splitSentences(plainText(line)))
    .slice(-REACH)
    .reverse();
}

/** Last words of a run that make it a day, a time zone, an event or a place, not a person ("Marlow Marathon", "Sunday", "Central Standard"). */
export const NOT_A_PERSON =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|September|October|November|December|Standard|Daylight|Marathon|Festival|Fair|Cup|Games|Championship|Series|Bowl|Awards?|Prize|Avenue|County|City|River|Street|Center|Centre|Mall|Plaza|Airport|Hospital|Stadium|Arena|Museum|Library|Courthouse|Station|Boulevard|Road|Highway|Freeway)$/;

/**
 * How many people `sentences` name in full ("Jordan Ellis"), each counted once by surname: with
 * one, "she" can mean only her; with two, a pronoun may mean either.
 */
export function peopleNamedIn(sentences: string[]): number {
  const surnames = new Set<string>();
  for (const sentence of sentences)
    for (const run of nameRuns(plainText(sentence))) {
      const person = personName(run.text);
      if (!person || person.split(/\s+/).length < 2 || looksLikeOrganization(person) || NOT_A_PERSON.test(person)) continue;
      surnames.add(person.split(/\s+/).at(-1)!.toLowerCase());
    }
  return surnames.size;
}

/**
 * Could a capital that only opens its sentence be a name? Not when the copy writes the word in lower
 * case elsewhere, when it is a plural ("Analysts") or a gerund ("Trading"), or when it is a surname
 * the copy gave after a first name ("Pryce", after "Ian Pryce").
 */
function mayBeName(word: string, article: string): boolean {
  const w = word.replace(/['’]s$/, '');
  // "Trading was heavy": a gerund opening a sentence is an activity.
  if (new RegExp(`\\b${escapeRegExp(w.toLowerCase())}\\b`).test(article) || isPluralNoun(w.toLowerCase()) || /\p{Ll}ing$/u.test(w))
    return false;
  return !new RegExp(`\\p{Lu}\\p{Ll}+ ${escapeRegExp(w)}\\b`, 'u').test(article);
}

/** A government body's nouns: "the agency" is one of these, "the company" never. */
const PUBLIC_BODY_NOUN = /^(?:agency|department|ministry|regulator)$/;
const PUBLIC_BODY_NAME =
  /\b(?:Administration|Agency|Department|Ministry|Commission|Office|Authority|Bureau|Service|Board|Council|Police|Court|Government|Regulator|Inspectorate)\b/;

/** The name `run` gives for a referent of `kind`, or '' when it is no subject or the wrong kind. */
function fits(runWords: string[], kind: Kind, noun: string, sentence: string, start: number, end: number, article: string): string {
  const words = runWords.slice();
  // "The Wandering Pines": a capital that only opens the sentence is no part of the name.
  while (words.length > 1 && isSentenceStarter(words[0]!)) words.shift();
  const text = words.join(' ');
  // "The Wandering Pines" opening a sentence is "the Wandering Pines" inside one.
  const the = runWords.length > words.length && runWords[runWords.length - words.length - 1] === 'The' ? 'the ' : '';
  if (!text || (words.length === 1 && isSentenceStarter(text))) return '';
  const prior = /(\S+)\s*$/.exec(sentence.slice(0, start))?.[1] ?? '';
  if (PREPOSITION.test(prior)) return '';
  // "Virgin Galactic's shares fell": a possessive subject names its owner too.
  const possessive = /['’]s$/.test(sentence.slice(start, end));
  // "Maya Chen, 13, won …", "The Wandering Pines, a folk band from Maine, announced …": past the aside to the verb.
  const rest = sentence.slice(end).replace(/^,\s+[^,]{1,60},(?=\s)/, '');
  if (!possessive && !verbNext(rest)) return '';
  // "Revenue missed estimates": one capital that only opens the sentence is a common word.
  if (words.length === 1 && !/\S/.test(sentence.slice(0, start)) && !readsAsName(text, article) && !isAcronym(text)) return '';
  const titled = words.some(isTitleWord);
  const organization = looksLikeOrganization(text) || looksLikeCompany(text);
  if (kind === 'named') {
    // "the hospital" is the name that ends in "Hospital".
    return words.at(-1)!.toLowerCase().replace(/\.$/, '') === noun ? the + text : '';
  }
  if (kind === 'person') {
    if (organization) return '';
    const person = personName(text);
    // One word alone is a surname only when the article also gives it after a first name.
    if (
      !person ||
      (!titled && person.split(' ').length < 2 && !new RegExp(`\\p{Lu}\\p{Ll}+ ${escapeRegExp(person)}\\b`, 'u').test(article))
    )
      return '';
    return person;
  }
  if (titled) return '';
  // "The agency" is a public body's name; "the company" is no public body, and no person's name.
  if (kind === 'body' && PUBLIC_BODY_NOUN.test(noun) !== PUBLIC_BODY_NAME.test(text)) return '';
  // "Ian Pryce … Pryce is its founder": a surname alone is a person's, when the copy gave it after a first name.
  if (kind === 'body' && !organization && words.length === 1 && new RegExp(`\\p{Lu}\\p{Ll}+ ${escapeRegExp(text)}\\b`, 'u').test(article))
    return '';
  // "Elon Musk … Musk said": a name whose last word the copy also uses alone is a person's.
  if (
    kind === 'body' &&
    !organization &&
    words.length >= 2 &&
    new RegExp(`(?<!${escapeRegExp(words.at(-2)!)}\\s)\\b${escapeRegExp(words.at(-1)!)}\\b(?!\\s\\p{Lu})`, 'u').test(article)
  )
    return '';
  // "They": a name in the plural ("the Wandering Pines") or a body that is many ("Harlow Partners").
  if (kind === 'group' && !/s$/.test(words.at(-1)!)) return '';
  // A person's surname said alone ("Roe said") is no company.
  const last = words.at(-1)!;
  if (
    !organization &&
    new RegExp(`(?<!\\p{L}\\s)(?<![\\p{L}])${escapeRegExp(last)}(?: (?:said|says|told)\\b|, \\d{1,3},)`, 'u').test(article)
  )
    return '';
  return the + text;
}

/**
 * Who a sentence comes from. Newsroom attribution has a handful of shapes, all handled here by
 * rules: "X said", "said X", "“…,” X explained", "X, a spokesperson for Y, said", "according to X",
 * "an official from X who spoke …", "echoed by X, who …", "in a statement" (the subject is the
 * source), and pronouns ("he said") resolved against the sentences before.
 */
import { bodyNamedByInitials } from './initials-names';
import { plainVoice } from './formal-voice';
import { SPEECH_CHANNEL } from './speech-channel';
import { SPEECH_VERBS, speechVerbs } from './speech-verbs';
import { plainText, type Sentence } from './sentences';
import { memoByTextAndKey } from './text-memo';
import { isPluralNoun } from './plurals';
import {
  type NameRun,
  escapeRegExp,
  isTitleWord,
  looksLikeCompany,
  looksLikeOrganization,
  nameRuns,
  personName,
  PRONOUNS,
  isSentenceStarter,
  shortName,
  editDistance,
  readsAsName,
  isPostNoun,
  fullName,
} from './names';
import { knownPlural, tagged } from './topics';
import { OFFICE_NOUN, sentenceSubjectPerson, TIME_NAME, writerInSentence } from './office-owner';
import { opensReportedClause, participleSpeaker } from './reported-speech';
import { continuesQuoteFrom } from './continued-quote';
import { quoteIntroducedBy } from './introduced-quotes';
import { personSurnamed } from './title-word-surnames';
import { SHARE_OF } from './qualifiers';
import { titledPerson } from './spoken-for';
import { nameAfterTitleOf } from './titled-of-name';
import { bodyBesidePerson, bodyNameEndingAt, isBodyName, streetSpeaks } from './body-names';
import { opensOnWhenSaid } from './inverted-when';
import { personEndingOnPaperWord } from './paper-word-surname';
import { institutionEndingInPlace } from './placed-institutions';
import { SPELLED_PLURAL_CARDINAL } from '../text/numbers';

export type SourceKind = 'person' | 'institution' | 'description';

export interface Source {
  /** The name to print in the note ("Rutte", "South Korean presidential office", "police"). */
  name: string;
  kind: SourceKind;
  /** The words in the sentence the source was read from. */
  raw: string;
  /** The source speaks for an institution without a name ("an official from …"). */
  anonymous?: boolean;
}

/** Papers and pages the words stand in: "the notice", "its latest report", "a court filing", "city records". */
const DOCUMENT =
  /^(?:(?:the|a|an|its|their|his|her|our|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:notice|reports?|statement|document|filing|post|website|site|page|data|figures|study|survey|records?|complaint|lawsuit|indictment|memo|letter|e-?mail|release|update|blog post|tweet|analysis|estimates?|results|returns|tally|count)$/iu;
const VERB_RE = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'g');
/** A document told with how it came out: "a statement posted on its website", "a release issued Monday". */
const DOCUMENT_ISSUED =
  /^(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:statement|release|notice|post|report|letter|filing|update|bulletin|advisory)\s+(?:posted|issued|released|published|sent|put out|shared|emailed|e-mailed|filed|read out|distributed)\b/iu;

const ROLE_NOUNS =
  'official|officials|spokesperson|spokesman|spokeswoman|representative|source|sources|aide|aides|lawyer|' +
  'lawyers|attorney|attorneys|officer|officers|executive|employee|staffer|diplomat|member|members|adviser|advisor|' +
  'trooper|troopers|deputy|deputies|firefighter|firefighters|detective|detectives|investigator|investigators|' +
  'crew|crews|worker|workers|witness|witnesses';

/**
 * People who serve a body but do not speak for it: "workers at Hale Foods" tell their own side,
 * not the company's. (An official, a spokesperson or a lawyer speaks for whom they serve.)
 */
const RANK_AND_FILE = /^(?:workers?|employees?|staff|staffers?|members?|crews?|witness(?:es)?|personnel)$/i;

/**
 * "Workers at Hale Foods", "Residents of Elm Park", "Staff at the clinic", "Volunteers with the
 * Red Cross": a group of people named by a common noun and what they belong to (of, at, with,
 * from, for). They speak for themselves: credited whole, never as the body or place after the
 * preposition. Where a group merely stood ("Neighbors on Oak Street") the place is left out
 * elsewhere; a body's officials ("officials at the ministry") speak for it (ROLE_OF).
 */
const MEMBERS_OF = new RegExp(
  String.raw`^(?:(?:the|some|many|several|other|${SPELLED_PLURAL_CARDINAL}|dozens|hundreds|\d+)\s+)?(?:([\p{L}-]+)\s+)?([\p{L}-]+)\s+(?:of|at|with|from|for)\s+(?:the\s+)?(?:[\p{L}.&'’-]+\s+){0,4}[\p{L}.&'’-]+$`,
  'iu',
);

/** The words of a group that belongs somewhere, when `phrase` is one (see MEMBERS_OF); else ''. */
export function membersOf(phrase: string): string {
  const m = MEMBERS_OF.exec(phrase.trim());
  if (!m) return '';
  const head = m[2]!;
  // The head is a common noun for many people: in lower case, or capitalized only by the sentence.
  if (!/^\p{Ll}/u.test(head) && phrase.trim().indexOf(head) !== 0) return '';
  if (m[1] && !/^\p{Ll}/u.test(m[1]) && phrase.trim().indexOf(m[1]) !== 0) return '';
  if (!(RANK_AND_FILE.test(head) || (isPluralNoun(head) && !SPEAKS_FOR_BODY.test(head)))) return '';
  if (DOCUMENT.test(head) || /\b(?:who|which|that)\b/i.test(phrase)) return '';
  return phrase.trim();
}

/** A group and where it stood: "Residents along the highway", "Neighbors near the plant". */
const GROUP_PLACED =
  /^(?:(?:the|some|many|several|other)\s+)?([\p{L}-]+)\s+(?:on|near|along|outside|around|across|beside|by)\s+(?:the\s+)?(?:[\p{L}.&'’-]+\s+){0,4}[\p{L}.&'’-]+$/iu;
/** Plural heads that speak for the body they serve: the body is credited (ROLE_OF), as before. */
const SPEAKS_FOR_BODY =
  /^(?:officials|spokes(?:men|women|people|persons)|representatives|sources|aides|lawyers|attorneys|officers|executives|diplomats|advis[eo]rs|police|authorities|investigators|inspectors|detectives|regulators|deputies|firefighters|paramedics|responders|prosecutors|troopers|rescuers|organizers|leaders|managers|directors|chiefs|heads|analysts|experts|researchers|scientists|reports|records|documents|figures|data|estimates)$/i;

const ORG_PHRASE = String.raw`(?:[^,;.]|\.(?=\s+\p{Ll})|(?<=\b(?:Co|Inc|Corp|Ltd|Bros|St|Dept))\.)*?`;
const ROLE_OF = new RegExp(
  `\\b(?:${ROLE_NOUNS})\\s+(?:from|for|at|of|with|in|close to)\\s+((?:the\\s+)?${ORG_PHRASE})(?=\\s+(?:who|which|that|said|says|told|cited|speaking|on condition)\\b|[,;]|(?<!\\b(?:Co|Inc|Corp|Ltd|Bros|St|Dept))\\.(?=\\s|$)|$)`,
  'iu',
);
const CAP_ROLE = new RegExp(
  `(?:^|\\s)(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\\s+((?:[\\p{Lu}][\\p{L}.'-]*\\s+)+)(?:${ROLE_NOUNS})\\b`,
  'u',
);

/** Last words of a description that can speak: "the company's spokesperson", "the ministry". */
const SOURCE_NOUN = new RegExp(
  `\\b(?:${ROLE_NOUNS}|company|firm|police|ministry|department|agency|office|government|court|family|club|team|union|board|council|authority|prosecutors?|investigators?|organizers?)$`,
  'i',
);

const ADVERBS =
  /\s+(?:also|later|then|previously|has|had|have|was|were|is|would|will|again|further|separately|earlier|once|had also|has also|additionally|repeatedly|publicly|privately)$/i;

/** After "called": a person (a name or "him"/"her"/"them") and then a time, a purpose or the clause's end. */
const TELEPHONED =
  /^\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|him|her|them)(?:\s+(?:on|to|from|at|in|late|early|after|before|and|shortly|overnight|this|last|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\s*[,.;]|\s*$)/u;

function insideQuote(text: string, at: number): boolean {
  return (text.slice(0, at).match(/"/g) ?? []).length % 2 === 1;
}

/** The institution in "the South Korean presidential office": drop the article and any "who …" clause. */
function institutionName(phrase: string): string {
  let p = phrase.trim().replace(/^(?:the|a|an)\s+/i, '');
  p = p.replace(/\s+(?:who|which|that|on|in|to|cited|speaking)\b.*$/i, '');
  p = p.replace(/['’]s$/, '').trim();
  // "the state Transportation Department" opens on a common word: a description, which keeps its
  // article in the note ("comments from the state Transportation Department").
  return /^the\s/i.test(phrase.trim()) && /^\p{Ll}/u.test(p) ? `the ${p}` : p;
}

/**
 * The run that heads a speaker's noun phrase: "Kessler chief executive Ana Vale" is Ana Vale, the
 * company word before the post only says whose post it is. From the first run, on to the next
 * while only lowercase words of a post stand between ("chief executive", "spokeswoman").
 */
export function headRun(text: string): NameRun | undefined {
  const runs = nameRuns(text);
  let k = 0;
  while (k + 1 < runs.length) {
    const gap = text.slice(runs[k]!.end, runs[k + 1]!.start).trim();
    const words = gap.split(/\s+/).filter(Boolean);
    if (!words.length || words.length > 4 || !words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) break;
    if (!words.some((w) => isPostNoun(w) || isTitleWord(w))) break;
    k++;
  }
  return runs[k];
}

/** A speaker named by whose they are: "his brother", "Pike's widow", "the victim's sister". */
const POSSESSED = /(?:^|\s)((?:his|her|their|(?:the\s+\p{Ll}+|\p{Lu}[\p{L}-]*)['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u;

/** Words before a place: the name after them is where the speaker is, not who ("Residents of Cross Street"). */
const PLACE_BEFORE = /\s(?:of|near|on|at|in|from|along|outside|around)\s+(?:the\s+)?$/i;

/**
 * Does the article write a name as a business's, by the words around it: "shares of X", "X's
 * stock", "X's chief executive", "X said its …" (a person says "his" or "her"; "it" may be anything)?
 */
function writtenAsBusiness(name: string, articleText: string): boolean {
  return /\s/.test(name) && writtenAsBusinessIn(articleText, name);
}

/** writtenAsBusiness, remembered per article (text-memo.ts): each quoted name is asked for every sentence it speaks. */
const writtenAsBusinessIn = memoByTextAndKey(
  (articleText: string, name: string): boolean => {
    const n = escapeRegExp(name);
    return new RegExp(
      `\\b(?:shares|stock|stake|shareholders|investors|subsidiary) (?:of|in) ${n}\\b|\\b${n}['’]s (?:shares|stock|board|subsidiary|stores|plants?|factory|products?|customers|employees|revenue|sales|earnings|chief executive|CEO)\\b|\\b${n} (?:${speechVerbs('said', 'says', 'announced', 'reported', 'confirmed')})(?: \\S+){0,3}? its\\b`,
      'iu',
    ).test(articleText);
  },
  { entries: 8, chars: 1_000_000, perText: 512 },
);

/** A name that ends on a street's or a place's word: somewhere, never someone ("Cross Street", "Elm Road"). */
const PLACE_NAME =
  /\b(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|Highway|Parkway|Square|Bridge|Park|Plaza|Court|Place|Way|Terrace)$/;

interface RawWho {
  raw: string;
  /** 'pronoun' | 'relative' (who) | 'phrase' */
  form: 'pronoun' | 'relative' | 'phrase';
  /** For relative "who": the text before ", who". */
  antecedent?: string;
}

function subjectBefore(prefix: string): RawWho | null {
  let zone = prefix.replace(/\s+$/, '');
  // "Sherman initially said": an adverb in lower case (so never a name like Kelly) stands aside too.
  // ("Neighbors of the family said": a noun in -ly after its determiner stays.)
  for (let i = 0; i < 3; i++)
    zone = zone.replace(ADVERBS, '').replace(/(?<!(?:\b(?:the|a|an|his|her|their|its|our|my|your|of)|['’]s)\s*)\s+[a-z]+ly$/, '');
  zone = zone.replace(
    /,?\s*in a (?:statement|post|letter|video|interview|email|news release|speech|video address|court filing)(?:\s+\w+){0,4}$/i,
    '',
  );
  zone = zone.replace(/\s+$/, '');
  if (/(^|[\s,"])(?:he|she|they)$/i.test(zone)) return { raw: /(he|she|they)$/i.exec(zone)![1]!, form: 'pronoun' };
  // "…, police say.", "…, state officials said.": a body that is no name, set after the clause it told.
  const tailBody = TAIL_BODY.exec(zone);
  if (tailBody) return { raw: tailBody[1]!, form: 'phrase' };
  if (/,\s*who$/i.test(zone)) return { raw: 'who', form: 'relative', antecedent: zone.replace(/,\s*who$/i, '') };
  // An appositive between subject and verb: "Laura Kim, the company's chief executive, said";
  // or the name is the appositive: "His lawyer, Miriam Stokes, said".
  if (zone.endsWith(',')) {
    const inner = zone.slice(0, -1);
    const comma = inner.lastIndexOf(',');
    const quoteEnd = inner.lastIndexOf('"');
    const appositive = inner.slice(comma + 1).trim();
    const appositiveRun = nameRuns(appositive)[0];
    if (
      comma > 0 &&
      comma > quoteEnd &&
      appositiveRun &&
      appositiveRun.start === 0 &&
      appositiveRun.end === appositive.length &&
      personName(appositiveRun.text)
    ) {
      return { raw: appositiveRun.text, form: 'phrase' };
    }
    zone = comma > 0 && comma > quoteEnd ? inner.slice(0, comma) : inner;
    // "Hannah Brisk, 35, a nurse from Eldham, said": the age between the name and what she does
    // is the name's, as the description after it is.
    zone = zone.replace(/(\p{Lu}[\p{L}'’-]+),\s*\d{1,3}$/u, '$1');
  }
  // Anonymous officials: "an official from the South Korean presidential office who spoke …".
  const clauseStart = Math.max(zone.lastIndexOf('"'), zone.lastIndexOf(';'));
  const clause = zone.slice(clauseStart + 1);
  // Two speakers, the first named: "Retired Army Maj. Mike Lyons and a current military analyst told".
  const pair =
    /(?:^|[\s,])((?:\p{Lu}[\p{L}.'-]*\s+){1,5}\p{Lu}[\p{L}'-]+)\s+and\s+(?:a|an|the|another|other)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u.exec(
      clause,
    );
  if (pair && personName(pair[1]!)) return { raw: pair[1]!, form: 'phrase' };
  // "State police said", "Federal investigators said": a body that is no name, with the word that says whose.
  const body = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)$/u.exec(clause.trim());
  if (body && COLLECTIVE_SOURCE.test(body[2]!) && !QUANTIFIER.test(body[1]!) && !/^(?:The|A|An)$/.test(body[1]!))
    return { raw: clause.trim(), form: 'phrase' };
  // "Residents along the highway said": a group where it stood speaks, never the place.
  const placedGroup = GROUP_PLACED.exec(clause.slice(clause.lastIndexOf(',') + 1).trim());
  if (placedGroup && (COLLECTIVE_SOURCE.test(placedGroup[1]!) || GROUP_NOUN.test(placedGroup[1]!) || RANK_AND_FILE.test(placedGroup[1]!)))
    return { raw: placedGroup[0], form: 'phrase' };
  // "Workers at Hale Foods said": the workers speak, not the company (MEMBERS_OF).
  const members = membersOf(clause.slice(clause.lastIndexOf(',') + 1));
  if (members) return { raw: members, form: 'phrase' };
  const roleOf = ROLE_OF.exec(clause);
  // The role phrase is the subject only where it runs up to the verb (or a relative clause on it):
  // "Dock workers at the port returned to work …, union official Kai Berg said" is no worker's word.
  const upToVerb =
    roleOf && /^\s*(?:,\s*)?(?:(?:who|which|that|speaking|cited|on condition)\b.*)?$/i.test(clause.slice(roleOf.index + roleOf[0].length));
  if (roleOf && upToVerb && /\p{Lu}/u.test(roleOf[1] ?? '')) return { raw: roleOf[0], form: 'phrase' };
  const capRole = CAP_ROLE.exec(clause);
  if (capRole) return { raw: capRole[0], form: 'phrase' };
  // A relative clause after the subject: "The union local that represents workers at the plant said".
  // Only the phrase right before the verb can be its subject: in "A worker who was inside died …,
  // the coroner's office said" the worker is the news, the office the speaker.
  const relative = /^(.*?\S)\s+(?:that|which|who)\s+\S.*$/i.exec(clause.slice(clause.lastIndexOf(',') + 1).trim());
  if (relative && /^(?:the|a|an)\s/i.test(relative[1]!) && relative[1]!.split(/\s+/).length <= 7) {
    return { raw: relative[1]!, form: 'phrase' };
  }
  // "Pike's wife said", "his brother told reporters": the one whose relative spoke is not the speaker.
  const possessed = POSSESSED.exec(clause.slice(clause.lastIndexOf(',') + 1).trimEnd());
  if (possessed) return { raw: possessed[1]!, form: 'phrase' };
  // A name run that ends where the subject ends ("… Marek Tamm said"); after a preposition the
  // name is a place, and the subject is the phrase before it ("A running club in Westbrook").
  const runs = nameRuns(zone);
  const last = runs[runs.length - 1];
  // "The Department of Ports and Harbors said", "Knox and Lincoln Police said": one body's name, whole.
  const wholeBody = last && zone.slice(last.end).trim() === '' ? bodyNameEndingAt(zone, zone) : '';
  if (wholeBody) return { raw: wholeBody, form: 'phrase' };
  // "Residents of Cross Street said", "Mayor Ron Teal of Dunmore said": the phrase before the place
  // is the subject; the whole phrase is read for its head (sourceFromRaw).
  const phraseStart = Math.max(clause.lastIndexOf(','), -1) + 1 + (zone.length - clause.length);
  const located = last && zone.slice(last.end).trim() === '' && PLACE_BEFORE.test(zone.slice(0, last.start));
  if (located && !/^\s*(?:the|a|an)\s/i.test(zone.slice(phraseStart))) {
    const phrase = zone.slice(phraseStart).trim();
    const head = phrase
      .slice(0, phrase.length - (zone.length - last.start))
      .replace(PLACE_BEFORE, '')
      .trim();
    if (head && phrase.split(/\s+/).length <= 9 && /^\p{L}/u.test(head)) return { raw: phrase, form: 'phrase' };
  }
  if (last && zone.slice(last.end).trim() === '') {
    // "NBC 4 New York": a station's name runs through its channel number.
    const station = /((?:\p{Lu}[\p{L}.&'-]*\s+)+\d{1,3}\s+)$/u.exec(zone.slice(0, last.start));
    if (station) return { raw: station[1]! + last.text, form: 'phrase' };
    // "the Marlow County Sheriff's Office": an office named after its holder is one name, kept whole.
    const holder = /((?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*['’]s\s+)$/u.exec(zone.slice(0, last.start));
    if (holder && looksLikeOrganization(last.text)) return { raw: holder[1]! + last.text, form: 'phrase' };
    // "the Food and Drug Administration": capitalized words joined by "and" after "the" are one name.
    // ("the Academy of Motion Picture Arts and Sciences": with "of" inside, the name is a body's.)
    const joined = /(?:^|\s)the\s+((?:\p{Lu}[\p{L}.&-]*\s+(?:of\s+(?:the\s+)?)?)+and\s+)$/u.exec(zone.slice(0, last.start));
    if (joined && (looksLikeOrganization(last.text) || /\sof\s/.test(joined[1]!))) return { raw: joined[1]! + last.text, form: 'phrase' };
    const located = /((?:^|\s)(?:the|a|an)\s+(?:[\p{L}'-]+\s+){0,3}?(?:in|of|from|at|near)\s+)$/iu.exec(zone.slice(0, last.start));
    if (located) return { raw: (located[1]! + last.text).trim(), form: 'phrase' };
    return { raw: last.text, form: 'phrase' };
  }
  const description = /(?:^|\s)((?:the|a|an)\s+(?:[\p{L}'-]+\s+){0,5}[\p{L}'-]+)$/iu.exec(zone);
  if (description) return { raw: description[1]!, form: 'phrase' };
  return null;
}

/**
 * The subject of a speech verb set after "as" that opens the sentence or follows a comma or dash:
 * "as the council had announced", "As Ruiz said last week". ("such as", "as well as" are not it.)
 */
const AS_ASIDE =
  /(?:^|[,;:—–]\s*|\s[-–]{1,2}\s*)(?<!\b(?:such|well|soon|long|same|much|just)\s+)as\s+(?:[^\s,;"“”]+\s+){0,6}?(?:(?:had|has|have|was|were|also|previously|earlier|first)\s+){0,2}$/i;

/** A verdict or a sentence handed down: "found Dale Ames guilty of arson", "sentenced him to 10 years". */
const VERDICT =
  /^(?:found\s+(?:[^\s,;.]+\s+){1,4}(?:not\s+)?(?:guilty|liable|innocent|responsible|competent|incompetent)\b|sentenced\s+(?:[^\s,;.]+\s+){1,4}to\b)/i;

/**
 * Verbs that are speech of a claim ("denied the allegations", "dismissed the criticism as
 * partisan") and acts of an office on a thing ("dismissed the lawsuit", "recalled 40,000 heaters",
 * "released the hostages", "rejected the bid"). Told as an act, the line is news, never "comments".
 */
const ACT_OR_SPEECH = /^(?:dismissed|rejected|recalled|released|appealed|denied|sentenced|declined)$/i;
/** What is only said or put out in words: a claim, a remark, a reply, a letter. A verb on one of these is speech. */
const SAID_THING =
  /^(?:claims?|allegations?|accusations?|criticism|criticisms|reports?|rumou?rs?|suggestions?|idea|notion|concerns?|comments?|remarks?|statements?|speculation|questions?|calls?|characteri[sz]ations?|assertions?|invitation|request|repl(?:y|ies)|responses?|letters?|messages?|apolog(?:y|ies)|memos?|transcripts?|videos?|recordings?|posts?|tweets?|tributes?|pleas?)$/i;

/**
 * "A judge dismissed the lawsuit", "Harbor Foods recalled 40,000 heaters": the verb done to a thing
 * (a figure or a noun phrase whose head is no word of speech), with no quotation in the line and no
 * "as …" that says how it was called ("dismissed the report as flawed"). An act, not a speaker.
 */
function actOnThing(verb: string, after: string, sentence: string): boolean {
  if (!ACT_OR_SPEECH.test(verb.trim()) || /["“”]/.test(sentence)) return false;
  // ("declined to comment": an infinitive is no thing acted on.)
  const object = /^\s+((?:the|a|an|its|their|his|her|all|some|\d[\d,.]*)\s+(?:[\p{L}\d,.'’-]+\s+){0,4}?[\p{L}'’-]+?)(?=[\s,;.]|$)/u.exec(
    after,
  );
  if (!object) return false;
  const phrase = after.split(/[,;.](?!\d)/)[0]!;
  if (/\bas\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+/u.test(phrase.slice(object[0].length))) return false;
  // The head: the last noun of the first noun phrase ("the names | of the victims", "the night | the dam broke").
  const tokens = tagged(phrase.trim());
  const end = tokens.findIndex((t, k) => k > 0 && !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(t.pos));
  const chunk = tokens.slice(0, end < 0 ? tokens.length : end);
  const first = chunk.findIndex((t, k) => k > 0 && t.pos === 'DET');
  const head = [...chunk.slice(0, first < 0 ? chunk.length : first)].reverse().find((t) => t.pos !== 'PART')?.text ?? '';
  // ("recalled the night the dam broke": a time remembered is told, not acted on.)
  const remembered = /^(?:night|day|moment|time|morning|afternoon|evening|weeks?|months?|years?|days|hours|summer|winter|spring|fall)$/i;
  return !SAID_THING.test(head) && !remembered.test(head) && !/^(?:him|her|them|it)$/i.test(head);
}

/** The words naming the source of a sentence, as written, or null when it has no attribution. */
/** Who said the line before its "according to" a paper: the speaker its own verb names, or no one. */
function saidBefore(head: string): RawWho | null {
  const line = head.replace(/[,;\s]+$/, '');
  return line && !/\baccording to\b/i.test(line) ? attributionOf(line) : null;
}

export function attributionOf(sentence: string): RawWho | null {
  // "RCMP can advise that …" is "RCMP said that …" (formal-voice.ts).
  const s = plainVoice(plainText(sentence));
  const according = /\baccording to\s+([^,;]+?)(?:,|;|\.?$)/i.exec(s);
  if (according && !insideQuote(s, according.index)) {
    const phrase = according[1]!;
    // "according to the notice", "according to its latest report": a document, not who said it.
    // "The ministry said …, according to a statement posted on its website": the paper is how the
    // speaker said it, and the speaker named with the verb is the source.
    if (DOCUMENT.test(phrase) || DOCUMENT_ISSUED.test(phrase)) return saidBefore(s.slice(0, according.index));
    // "according to her spokesperson, Dana Cole": the name in apposition is the source.
    const rest = s.slice(according.index + according[0].length).trim();
    const named = nameRuns(rest)[0];
    if (
      according[0].endsWith(',') &&
      named &&
      named.start === 0 &&
      /^[.,]?$/.test(rest.slice(named.end).trim().slice(0, 1)) &&
      personName(named.text)
    ) {
      return { raw: named.text, form: 'phrase' };
    }
    const role = ROLE_OF.exec(phrase) ?? CAP_ROLE.exec(phrase);
    return { raw: role ? role[0] : phrase, form: PRONOUNS.has(phrase.toLowerCase()) ? 'pronoun' : 'phrase' };
  }
  VERB_RE.lastIndex = 0;
  const verbs = [...s.matchAll(VERB_RE)].filter((m) => !insideQuote(s, m.index));
  // "He said the alarm had not sounded, his brother told reporters.": a speaker set after the
  // clause, at the sentence's end, speaks the whole sentence; an earlier "said" is inside what they told.
  const tail = verbs.at(-1);
  // Only a verb that tells a statement ("said", "told reporters"), not one that reports an act or
  // a rebuttal ("a clerk called 911", "a claim the city denied", "as the council had announced").
  if (
    tail &&
    verbs.length > 1 &&
    new RegExp(
      String.raw`^(?:${speechVerbs('said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'recalled')})\b`,
      'i',
    ).test(tail[0].trim().split(/\s+/).at(-1) ?? '') &&
    !/\b(?:a|the)\s+(?:claim|statement|report|account|assertion|allegation)\s+(?:\S+\s+){0,3}$/i.test(s.slice(0, tail.index)) &&
    /,\s+(?:[^\s,;"“”]+\s+){0,5}[^\s,;"“”]+\s*$/.test(s.slice(0, tail.index)) &&
    /^\s*(?:\S+\s*){0,3}$/.test(s.slice(tail.index + tail[0].length).replace(/[.!?]+$/, ''))
  )
    verbs.unshift(tail);
  for (const m of verbs) {
    // "Unconfirmed reports said …": a speech verb right before another is a noun, the subject's head.
    if (
      new RegExp(String.raw`^\s+(?:${speechVerbs('said', 'say', 'says', 'told', 'claimed', 'suggested')}|indicated)\b`).test(
        s.slice(m.index + m[0].length),
      )
    )
      continue;
    const before = s.slice(0, m.index);
    const after = s.slice(m.index + m[0].length);
    // "…, as the council had announced", "As the mayor said Tuesday, …": an aside that points to
    // what someone said before is no new word from them (AS_ASIDE).
    if (AS_ASIDE.test(before)) continue;
    // "The jury found him guilty", "the judge sentenced her to 10 years": a verdict is an act of
    // the court, told as news, not words of the jurors or the judge.
    if (VERDICT.test(`${m[0]}${after}`)) continue;
    // "A judge dismissed the lawsuit", "The company recalled 40,000 heaters": an act on a thing.
    if (actOnThing(m[0], after, s)) continue;
    // "Reyna called Varga on Wednesday to congratulate her": telephoned, not said ("called the
    // result a victory" is speech, its object a thing and a description after it).
    if (/^called$/i.test(m[0]) && TELEPHONED.test(after)) continue;
    // "A fourth case was confirmed Wednesday", "The closure was announced by the county": a passive
    // tells what was said, not who said it (the agent after "by" is read below).
    if (/\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu.test(before)) continue;
    // "its purchase of Macromedia, announced in April 2005.": when something was made public, not who spoke.
    if (/,\s*$/.test(before) && /ed$/.test(m[0]) && /^\s+(?:in|on|last|earlier|this)\s+[^,;."]{1,25}[.;]?\s*$/.test(after)) continue;
    // Inverted: '…," said Mayor Ellen Okafor of Riverton.' or '…, said X.'
    // ("…, Omar Pell, said Westfield could join": the name after the verb opens what was said.)
    // ("…, Ned Farrow, said Wednesday that …": the day after the verb is when, the speaker is before it.)
    if (
      /[",]\s*$/.test(before) &&
      /^\s+(?:[\p{Lu}]|the\b|an?\b|his\b|her\b|their\b)/u.test(after) &&
      !opensReportedClause(after) &&
      !opensOnWhenSaid(after)
    ) {
      const phrase =
        /^\s+([^,;.]+?(?:\.(?=\s*\p{Lu}[a-z]*\s))?[^,;.]*?)(?=[,;]|\.\s*$|\.$|$|\s+(?:in|on|at|during|when|after|before|who)\b)/u.exec(
          after,
        );
      if (phrase) {
        const text = phrase[1]!.trim();
        const role = ROLE_OF.exec(text) ?? CAP_ROLE.exec(text);
        if (role) return { raw: role[0], form: 'phrase' };
        // "said Kessler chief executive Ana Vale": the phrase's head, not the company word that opens it.
        const first = nameRuns(text)[0];
        const run = first && first.start === 0 ? headRun(text) : undefined;
        if (run) return { raw: run.text, form: 'phrase' };
        // "said his daughter", "said the victim's sister": named by whose they are.
        if (POSSESSED.test(text) && POSSESSED.exec(text)![1] === text) return { raw: text, form: 'phrase' };
        // "said the company's spokesperson." — a description only when it ends the clause.
        const ends = /^\s*(?:[,;]|\.?\s*$)/.test(after.slice(phrase[0].length));
        if (ends && /^(?:the|an?)\s/i.test(text) && text.split(/\s+/).length <= 6 && SOURCE_NOUN.test(text))
          return { raw: text, form: 'phrase' };
      }
    }
    const who = subjectBefore(before);
    // "The verdict can be | appealed, said …": a subject with its auxiliary is no speaker.
    if (who && !/\b(?:can|could|will|would|may|might|must|should|shall|be|been|being|is|are|was|were)$/i.test(who.raw.trim())) return who;
  }
  // "Korr withdrew her claim, saying she …": the clause's subject speaks (reported-speech.ts).
  const participle = participleSpeaker(s);
  if (participle) return participle;
  const passive =
    /\b(?:echoed|criticized|praised|disputed|rejected|confirmed|denied|welcomed|condemned|dismissed|questioned|announced)\s+by\s+([^,;.]+?)(?=,|;|\.|$|\s+(?:in|on|at|who|during)\b)/i.exec(
      s,
    );
  if (passive) {
    const run = nameRuns(passive[1]!)[0];
    if (run) return { raw: run.text, form: 'phrase' };
  }
  return null;
}

/**
 * People named as a group by what they do ("police", "rescuers"): one list, read two ways. Those
 * that speak as a body are credited so; the others (crews at work, divers, jurors) are only ever
 * the subject of what they did. Either way a capital on them is the sentence's, not a name's.
 */
const SPEAKING_BODIES =
  'police officials authorities investigators inspectors detectives regulators deputies firefighters paramedics responders prosecutors officers troopers rescuers organizers residents neighbors witnesses relatives doctors scientists researchers experts analysts';
const WORKING_GROUPS = 'searchers divers crews volunteers workers troops soldiers negotiators lawmakers jurors teams engineers';
const wordsOf = (list: string) => new RegExp(`^(?:${list.split(' ').join('|')})$`, 'i');
/** "…, police say.", "…, state officials said.", "…, residents said.": a speaking body set after the clause it told. */
const TAIL_BODY =
  /,\s*((?:(?:state|county|city|local|federal|school|hospital)\s+)?(?:police|officials|authorities|investigators|deputies|firefighters|prosecutors|troopers|witnesses|residents))$/;

/** A body that is no name ("police", "officials"): credited in lower case, "a report from police that …", never "Police's report". */
export const COLLECTIVE_SOURCE = wordsOf(SPEAKING_BODIES);

/** Any group named by what it does: "Rescuers pulled …" opens on a common noun ("Jones" is a name). */
export const GROUP_NOUN = wordsOf(`${SPEAKING_BODIES} ${WORKING_GROUPS}`);

/** Words that say whose a body is without naming it: "State police", "Federal investigators". */
const COMMON_MODIFIER =
  /^(?:state|county|city|town|township|village|district|local|federal|provincial|regional|tribal|transit|campus|military|border|school|airport|hospital|fire|health|police|court|prison|jail|election|elections|park|parks|water|utility|company|union|university|college|emergency|public|government|defense|security|intelligence|education|transportation|highway|harbor|port)$/i;
/** Words that count a body, never name it: "Several witnesses said", "Seven officers said". */
const QUANTIFIER = new RegExp(
  String.raw`^(?:several|some|many|most|other|few|both|all|${SPELLED_PLURAL_CARDINAL}|dozens|hundreds|thousands)$`,
  'i',
);

/** Turns the words of an attribution into a source named as the article names it. */
/** Does the article name a person by these words: "Petrakis" after "Ivan Petrakis", or the full name itself? */
function namesPersonIn(words: string, articleText: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u.test(words)) return false;
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (
    new RegExp(`\\b\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\.\\s+)?${escaped}\\b`, 'u').test(articleText) &&
    !!personName(words.split(/\s+/).length > 1 ? words : `Ann ${words}`)
  );
}

export function sourceFromRaw(raw: string, articleText: string, personNames: 'surname' | 'as-introduced' = 'surname'): Source | null {
  // "Tuesday", "March": a day or a month is when, never who.
  if (TIME_NAME.test(raw.trim())) return null;
  // "The audit report found …", "according to the notice": a paper says it, no one to credit —
  // also when the paper is described further ("a budget memo released Wednesday").
  const paper = raw.trim().replace(/\s+(?:released|issued|published|filed|obtained|seen|sent|posted|dated|reviewed)\b.*$/i, '');
  // "A statement from Kessler Freight said …": the paper of a named body is that body's word.
  const from =
    /^(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+)?(?:statement|release|letter|notice|update|post|email|memo)\s+(?:from|by|issued by)\s+(.+)$/u.exec(
      paper,
    );
  // ("An update from DriveBC on Twitter": where it was posted is no part of who posted it.)
  if (from && /\p{Lu}/u.test(from[1]!))
    return sourceFromRaw(from[1]!.replace(new RegExp(`${SPEECH_CHANNEL}$`, 'u'), '').trim(), articleText, personNames);
  // "A North Carolina Highway Patrol news release says …": the paper of a named body is that body's word.
  const issuer =
    /^(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}.&'’-]*\s+){1,6})(?:news\s+|press\s+)?(?:release|statement|report|notice|update)$/u.exec(paper);
  // ("A Tuesday news release": a day is when, not who.)
  if (
    issuer &&
    !/['’]s\s*$/.test(issuer[1]!) &&
    !/^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec|Today|Yesterday|Earlier|Later|Late|Early|New|Recent|Joint|Separate|Brief|Written)\b/.test(
      issuer[1]!,
    )
  )
    return sourceFromRaw(`the ${issuer[1]!.trim()}`, articleText, personNames);
  // ("Orrin Page said": a paper's word that ends a person's name is a surname; paper-word-surname.ts.)
  if ((DOCUMENT.test(raw.trim()) || DOCUMENT.test(paper)) && !personEndingOnPaperWord(raw)) return null;
  // "The majority of the justices", "some of the residents": the group speaks, not the share.
  const share = SHARE_OF.exec(raw.trim());
  if (share) return sourceFromRaw(raw.trim().slice(share[0].length), articleText, personNames);
  // "NBC 4 New York", "Channel 5": a name with a number in it is a station or the like, named whole.
  if (/^(?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+(?:\d{1,3}|\p{Lu}[\p{L}.&'-]*))*\s+\d{1,3}(?:\s+\p{Lu}[\p{L}.&'-]*)*$/u.test(raw.trim())) {
    return { name: raw.trim().replace(/^the\s+/i, ''), kind: 'institution', raw };
  }
  // "the Marlow County Sheriff's Office", "Hollow Ridge Electric": capitalized words that end in an
  // institution's word are its name, whole — never a person named by their last word.
  // "Police said …", "Investigators found …": a body that is no name, capitalized only by its
  // sentence, is credited as prose writes it ("additional comments from police").
  // "Police on Cross Street", "Witnesses near the depot": where a body stood is not who it is.
  // "Workers at Hale Foods", "Residents of Elm Park": people who belong to a body or a place are
  // credited with it; a name the article writes with its capital mid-sentence is an organisation's
  // ("… said Friends of the Earth").
  if (membersOf(raw) && !(/^\p{Lu}/u.test(raw.trim()) && new RegExp(`[\\p{Ll},;]\\s+${escapeRegExp(raw.trim())}`, 'u').test(articleText)))
    return { name: raw.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()), kind: 'description', raw };
  const placed = /^(\S+(?:\s+\S+)?)\s+(?:of|near|on|at|in|from|along|outside|around)\s+(.+)$/.exec(raw.trim());
  if (
    placed &&
    (COLLECTIVE_SOURCE.test(placed[1]!) || /^\p{Lu}\p{Ll}+\s+\p{Ll}+$/u.test(placed[1]!)) &&
    (PLACE_NAME.test(placed[2]!) || !/\p{Lu}/u.test(placed[2]!))
  )
    return sourceFromRaw(placed[1]!, articleText, personNames);
  if (COLLECTIVE_SOURCE.test(raw.trim()) && /^\p{Lu}/u.test(raw.trim()))
    return { name: raw.trim().toLowerCase(), kind: 'description', raw };
  // "State police", "County prosecutors": whose body it is, in prose's lower case; "Dayton police" keeps its name.
  const whose = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)$/u.exec(raw.trim());
  if (whose && COLLECTIVE_SOURCE.test(whose[2]!) && !QUANTIFIER.test(whose[1]!))
    return { name: COMMON_MODIFIER.test(whose[1]!) ? raw.trim().toLowerCase() : raw.trim(), kind: 'description', raw };
  const whole = raw.trim().replace(/^the\s+/i, '');
  if (isBodyName(raw.trim(), articleText)) return { name: whole, kind: 'institution', raw };
  const besidePerson = bodyBesidePerson(whole, articleText);
  if (besidePerson) return { name: besidePerson, kind: 'institution', raw };
  // "St. Agnes Medical Center Tulsa": a body's name closed by its place, never a person (placed-institutions.ts).
  const placedBody = institutionEndingInPlace(raw);
  if (placedBody) return { name: placedBody, kind: 'institution', raw };
  // "the U.S. Geological Survey", "the U.N. Security Council": a country's body, never a person.
  if (/^(?:U\.S\.|U\.K\.|U\.N\.|UK|EU|UN)\s+(?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*$/u.test(whole))
    return { name: whole, kind: 'institution', raw };
  // ("Food and Drug Administration", "Department of Transportation": the small words of a body's name.)
  if (/^(?:\p{Lu}[\p{L}.&-]*(?:['’]s)?\s+(?:(?:and|of|for)\s+)?)+\p{Lu}[\p{L}.&-]*$/u.test(whole) && looksLikeOrganization(whole))
    return { name: whole, kind: 'institution', raw };
  const roleOf = ROLE_OF.exec(raw);
  // "a lawyer for Petrakis", "a spokesman for the Prime Minister": one who speaks for a person
  // is credited as described, never as the person (who said nothing); for a body, the body.
  const spokenFor = roleOf?.[1]?.replace(/^the\s+/i, '') ?? '';
  if (
    spokenFor &&
    (spokenFor.split(/\s+/).every(isTitleWord) || namesPersonIn(spokenFor, articleText) || titledPerson(spokenFor)) &&
    !looksLikeOrganization(spokenFor)
  )
    return {
      name: /^(?:the|an?)\s/i.test(raw.trim()) ? raw.trim().replace(/^(The|A|An)\b/, (w) => w.toLowerCase()) : `a ${raw.trim()}`,
      kind: 'description',
      raw,
    };
  // "a spokesperson for the Playhouse on Tern Lane": a body named with its street is still the body.
  if (roleOf && isBodyName(roleOf[1]!, articleText))
    return { name: roleOf[1]!.replace(/^the\s+/i, ''), kind: 'institution', raw, anonymous: true };
  if (roleOf && /\p{Lu}/u.test(roleOf[1] ?? '') && !PLACE_NAME.test(roleOf[1]!)) {
    const name = institutionName(roleOf[1]!);
    if (name) return { name, kind: 'institution', raw, anonymous: true };
  }
  // "A State Department official", "a top police official": one unnamed person is credited as the
  // article describes them, not as their office nor by a capitalized adjective ("Nepalese").
  // "an Ohio State Highway Patrol trooper on the scene": where they stood is not who they are.
  const unnamed = raw.trim().replace(/\s+(?:on|at) the scene$/i, '');
  if (/^an?\s/i.test(unnamed) && unnamed.split(/\s+/).length <= 7 && new RegExp(`\\b(?:${ROLE_NOUNS})$`, 'i').test(unnamed))
    return { name: unnamed.replace(/^A/, 'a'), kind: 'description', raw, anonymous: true };
  const capRole = CAP_ROLE.exec(raw);
  if (capRole) {
    const name = institutionName(capRole[1]!.trim());
    if (name) return { name, kind: 'institution', raw, anonymous: true };
  }
  // "Pike's wife", "the victim's sister": a relative or an aide of someone, named by whose they are.
  const possessed = POSSESSED.exec(raw.trim());
  if (possessed && possessed[1] === raw.trim() && !/^(?:his|her|their)\s/i.test(raw.trim()))
    return { name: raw.trim().replace(/^The\b/, 'the'), kind: 'description', raw };
  // "Secretary of State Lena Moss": the person at the run's end, not a place after "of" (titled-of-name.ts).
  const titledOf = nameAfterTitleOf(raw);
  if (titledOf) return sourceFromRaw(titledOf, articleText, personNames);
  const runs = nameRuns(raw).filter((r) => !(r.start === 0 && r.words.length === 1 && isSentenceStarter(r.words[0]!)));
  // "Unconfirmed", "Preliminary": a lone adjective capitalized only because it opens the sentence names no one.
  if (runs[0]?.start === 0 && runs[0].words.length === 1 && !readsAsName(runs[0].words[0]!, articleText) && tagged(raw)[0]?.pos === 'ADJ')
    return null;
  const run = runs[0];
  if (run && /^\s*(?:the|an?)\s+(?:[\p{L}'-]+\s+){0,3}?(?:in|of|from|at|near|for|to)\s+(?:the\s+)?$/iu.test(raw.slice(0, run.start))) {
    // "a running club in Westbrook": a described source, named by its description. So is one who
    // speaks for someone ("a lawyer for Petrakis", "an aide to the governor"): never the one spoken for.
    return { name: raw.trim().replace(/^(The|A|An)\b/, (w) => w.toLowerCase()), kind: 'description', raw };
  }
  const opensWithArticle = run && (/^\s*(?:the|an?)\s*$/i.test(raw.slice(0, run.start)) || /^(?:The|A|An)$/.test(run.words[0] ?? ''));
  if (run && opensWithArticle && (/^\s*[\p{Ll}]/u.test(raw.slice(run.end)) || /^(?:The)$/.test(run.words[0] ?? ''))) {
    // "the South Korean presidential office", "the Riverton police": an institution described.
    return { name: institutionName(raw), kind: 'institution', raw };
  }
  // "Drive BC said": a name that ends on initials is a body's, whole (initials-names.ts).
  const byInitials = run && run.start === raw.search(/\S/) && run.end >= raw.trimEnd().length ? bodyNamedByInitials(run.words) : '';
  if (byInitials) return { name: byInitials, kind: 'institution', raw };
  if (run) {
    const words = run.words.filter((w, i) => !(i === 0 && isSentenceStarter(w)));
    const text = words.join(' ');
    if (looksLikeOrganization(text)) return { name: text.replace(/['’]s$/, ''), kind: 'institution', raw };
    // "Neighbors said …", "Shoppers described …": one plural common noun, capitalized only where a
    // sentence opens, describes who spoke; it names no one.
    if (
      words.length === 1 &&
      (raw.trim() === text || /^\s+(?:of|near|on|at|in|from|along|outside|around)\s/.test(raw.slice(run.end))) &&
      isPluralNoun(text) &&
      // ("Caltrans said": a name shaped like a plural, which the model does not reduce, is a name.)
      knownPlural(text) &&
      !/^\p{Lu}{2,}$/u.test(text) &&
      !readsAsName(text, articleText)
    )
      return { name: text.toLowerCase(), kind: 'description', raw };
    if (streetSpeaks(text, articleText)) return { name: text, kind: 'institution', raw };
    const person = personName(text);
    // "Kessler Logistics", "Orbit Robotics": a name that ends on a field of work ("-ics") is a business;
    // so is one the article writes as a business ("shares of Lark Biotech", "Lark Biotech said its …").
    if (person && (/\s\p{Lu}\p{Ll}+ics$/u.test(person) || writtenAsBusiness(text, articleText)))
      return { name: text, kind: 'institution', raw };
    if (person) return { name: shortName(person, articleText, personNames), kind: 'person', raw };
    // "Mayor said" after "Thomas Mayor Jr.": a surname that is a title word (title-word-surnames.ts).
    if (words.length === 1 && personSurnamed(text, articleText)) return { name: text, kind: 'person', raw };
    if (words.every(isTitleWord)) return { name: text.toLowerCase(), kind: 'description', raw };
    return null;
  }
  const description = raw.trim().replace(/^(The|A|An)\b/, (w) => w.toLowerCase());
  if (/^(?:his|her|their)\s/i.test(description))
    return { name: description.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'description', raw };
  const bare = description.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
  if (!bare || PRONOUNS.has(bare)) return null;
  return { name: description, kind: 'description', raw };
}

export interface AttributionContext {
  /** The new article's sentences in reading order. */
  sentences: Sentence[];
  /** Headline and body of the new article, for short names. */
  articleText: string;
  personNames?: 'surname' | 'as-introduced';
}

const cache = new WeakMap<Sentence[], Map<number, Source | null>>();

/** The source of sentence `index`, resolving pronouns, "who" and "the official" against what came before. */
export function sourceOf(index: number, ctx: AttributionContext, depth = 0): Source | null {
  let memo = cache.get(ctx.sentences);
  if (!memo) cache.set(ctx.sentences, (memo = new Map()));
  if (memo.has(index)) return memo.get(index)!;
  const sentence = ctx.sentences[index];
  if (!sentence) return null;
  const result = resolve(sentence, index, ctx, depth);
  memo.set(index, result);
  return result;
}

function resolve(sentence: Sentence, index: number, ctx: AttributionContext, depth: number): Source | null {
  const who = attributionOf(sentence.text);
  // "I wrote an article about …": the reporter speaking in the first person is no one to credit.
  if (who && /^(?:i|we|me|us)$/i.test(who.raw.trim())) return null;
  if (!who) {
    // A sentence that is all quotation continues the quote before it ('“…,” X said. “They are …”').
    const plain = plainText(sentence.text);
    if (depth < 3 && /^"/.test(plain)) {
      if (!/"\s*$/.test(plain) || (plain.match(/"/g) ?? []).length === 1) {
        // An open quote that closes in the next sentence is attributed there.
        const next = ctx.sentences[index + 1];
        if (next && next.block === sentence.block) return sourceOf(index + 1, ctx, depth + 1);
      }
      const previous = ctx.sentences[index - 1];
      if (previous && previous.block === sentence.block) {
        // (Else the line before sets the quotation up: "Varga even claimed …" — introduced-quotes.ts.)
        const introducer = /"\s*$/.test(plain) ? quoteIntroducedBy(previous.text, ctx.articleText) : '';
        return sourceOf(index - 1, ctx, depth + 1) ?? (introducer ? sourceFromRaw(introducer, ctx.articleText, ctx.personNames) : null);
      }
      // A paragraph that goes on with a quotation the one before left open (continued-quote.ts).
      const paragraphBefore = previous ? ctx.sentences.filter((s) => s.block === previous.block).map((s) => s.text) : [];
      if (previous && continuesQuoteFrom(paragraphBefore.join(' '), sentence.text)) return sourceOf(index - 1, ctx, depth + 1);
      // A paragraph that ends on a colon sets up the quotation under it ("Varga put it this way:").
      if (previous && /:\s*$/.test(plainText(previous.text))) {
        const introducer = quoteIntroducedBy(previous.text, ctx.articleText);
        return sourceOf(index - 1, ctx, depth + 1) ?? (introducer ? sourceFromRaw(introducer, ctx.articleText, ctx.personNames) : null);
      }
    }
    return null;
  }
  if (who.form === 'relative' && who.antecedent) {
    const run = nameRuns(who.antecedent).pop();
    return run ? sourceFromRaw(run.text, ctx.articleText, ctx.personNames) : null;
  }
  if (who.form === 'pronoun') {
    // "… read out a letter from Mr Mugabe in which he said …": the writer the clause hangs on.
    const within = writerInSentence(plainText(sentence.text), ctx.articleText, ctx.personNames);
    if (within) return within;
    const resolved = resolvePronoun(who.raw.toLowerCase(), index, ctx, depth);
    // "she withdrew her claim against Dershowitz": one the pronoun's own clause names is someone
    // else, never the pronoun's person; no one is better than the wrong one.
    if (resolved?.kind === 'person' && namedIn(plainText(sentence.text), resolved.name)) return null;
    return resolved;
  }
  const source = sourceFromRaw(who.raw, ctx.articleText, ctx.personNames);
  // "his brother" after a line that names Harold Pike is "Pike's brother": the note cannot say "his".
  const whose = source?.kind === 'description' ? /^(his|her|their)\s+(.+)$/.exec(source.name) : null;
  if (whose && depth < 3) {
    // "…, said his sister, Ann Cole.": the relative is named, and speaks by her own name.
    const text = plainText(ctx.sentences[index]!.text);
    const named = new RegExp(`${escapeRegExp(who.raw)},\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2}\\p{Lu}[\\p{L}'’-]+)\\b`, 'u').exec(text)?.[1];
    const person = named ? personName(named) : '';
    if (person && person.split(/\s+/).length >= 2)
      return { name: shortName(person, ctx.articleText, ctx.personNames), kind: 'person', raw: named! };
    if (whose[1] === 'their') return null;
    // "…, his office said": the titled subject of the same sentence speaks through their office.
    const official = OFFICE_NOUN.test(whose[2]!) ? sentenceSubjectPerson(text, ctx.articleText, ctx.personNames) : '';
    const owner = official || relativeOwner(index, ctx);
    return owner ? { name: `${owner}'s ${whose[2]}`, kind: 'description', raw: who.raw } : null;
  }
  // "The Red Cross is helping the family, a spokeswoman said.": one who speaks for someone, unnamed,
  // speaks for the body the line opens on.
  if (source?.kind === 'description' && /^an?\s+(?:spokes(?:man|woman|person)|representative)$/i.test(source.name)) {
    const text = plainText(sentence.text);
    const run = nameRuns(text)[0];
    const body = run ? run.words.filter((w, j) => !(j === 0 && isSentenceStarter(w))).join(' ') : '';
    // (A name after "The" is a body's: people take no article.)
    if (run && /^(?:The\s+)?$/.test(text.slice(0, run.start)) && body && (looksLikeOrganization(body) || /^The\s/.test(run.text)))
      return { name: body, kind: 'institution', raw: run.text, anonymous: true };
  }
  if (source && source.kind === 'description' && depth < 3) {
    const resolved = resolveDescription(source, index, ctx, depth);
    if (resolved) return resolved;
  }
  return source;
}

/**
 * Whose relative "his sister" is: the one person named in full in the sentences just before, who
 * is no official (a fire chief quoted on the cause is not whose sister speaks) and no place ("Elm
 * Street", "Mount Hood"). With none or several, no one: a note never guesses whose family spoke.
 */
function relativeOwner(index: number, ctx: AttributionContext): string {
  const people = new Set<string>();
  for (let i = index; i >= Math.max(0, index - 3); i--) {
    const text = plainText(ctx.sentences[i]!.text);
    for (const run of nameRuns(text)) {
      if (run.words.some(isTitleWord) || looksLikeOrganization(run.text) || PLACE_NAME.test(run.text)) continue;
      if (
        /\b(?:on|in|at|near|from|to|into|across|outside|around|of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, run.start - 20), run.start))
      )
        continue;
      const person = personName(run.text);
      if (person && person.split(/\s+/).length >= 2 && !/(?:Street|Road|Avenue|Mount|Lake|River|County|City)\b/.test(person))
        people.add(shortName(person, ctx.articleText, ctx.personNames));
    }
    if (people.size) break;
  }
  return people.size === 1 ? [...people][0]! : '';
}

/** "he"/"she": the previous sentence's source when it is a person or an official; else the last person named. */
/** A street, a road or a place named by its kind: "Main Street", "Route 9", "Elm Park". */
const WAY_NAME = /\b(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Highway|Hwy|Route|Way|Place|Square|Bridge|Park)\.?$/;

function resolvePronoun(pronoun: string, index: number, ctx: AttributionContext, depth: number, speaking = true): Source | null {
  for (let i = index - 1; i >= Math.max(0, index - 6); i--) {
    const earlier = depth < 3 ? sourceOf(i, ctx, depth + 1) : null;
    if (earlier) {
      if (pronoun === 'they' ? earlier.kind !== 'person' : earlier.kind === 'person' || earlier.anonymous) return earlier;
    }
    if (pronoun === 'they') {
      // "The Riverton City Council voted … They said …": the institution named just before.
      const runs = nameRuns(ctx.sentences[i]!.text);
      for (let k = runs.length - 1; k >= 0; k--) {
        const text = runs[k]!.words.filter((w, j) => !(j === 0 && isSentenceStarter(w))).join(' ');
        if (text && looksLikeOrganization(text)) return { name: text, kind: 'institution', raw: runs[k]!.text };
      }
    } else {
      // "in the Los Angeles protests", "to New York": a name after a place preposition is a place.
      const text = ctx.sentences[i]!.text;
      // ("on Main Street", "along Route 9": a street or a road is a place whatever stands before it.)
      const placed = (r: { start: number; text: string }) =>
        /\b(?:in|at|near|from|to|into|across|outside|around|on|along|off)\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(0, r.start - 20), r.start),
        ) || WAY_NAME.test(r.text);
      // ("details of Giuffre's claim": a surname alone is the person the copy named in full — read
      // only where the line names no one in full, whom the pronoun more likely means.)
      const surnamed = (r: NameRun) =>
        r.words.length === 1 && !isSentenceStarter(r.words[0]!) && !isTitleWord(r.words[0]!) ? fullName(r.words[0]!, ctx.articleText) : '';
      const named = nameRuns(text).filter((r) => (r.words.some(isTitleWord) || r.words.length >= 2) && !placed(r));
      const runs = named.length ? named : nameRuns(text).filter((r) => surnamed(r) && !placed(r));
      for (let k = runs.length - 1; k >= 0; k--) {
        const run = runs[k]!;
        if (looksLikeOrganization(run.text)) continue;
        const person = surnamed(run) || personName(run.text);
        // A person the copy reports dead does not speak afterwards: "he said" is someone else's line.
        if (speaking && reportedDead(text, run)) continue;
        if (person && person.split(' ').length >= 2)
          return { name: shortName(person, ctx.articleText, ctx.personNames), kind: 'person', raw: run.text };
      }
    }
  }
  return null;
}

/** Whether `name` stands in `sentence` as whole words. */
function namedIn(sentence: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(sentence);
}

/** "Harold Pike, 61, died …", "killed Harold Pike", "Pike was found dead": the run names someone who died. */
function reportedDead(sentence: string, run: NameRun): boolean {
  const after = sentence.slice(run.end).split(/[.;]/)[0]!;
  const before = sentence.slice(Math.max(0, run.start - 30), run.start);
  return (
    /^(?:,[^,]{1,40},)?\s+(?:\p{Ll}+\s+)?(?:died|was killed|was found dead|was pronounced dead|was fatally)\b/u.test(after) ||
    /\b(?:killed|the death of|identified the (?:man|woman|victim|person) who died as)\s+(?:\p{Ll}+\s+){0,3}$/u.test(before)
  );
}

/**
 * A one-word name the article never gives a first name ("Amazon", never "Jeff Amazon"): not a
 * person introduced the way newsrooms introduce people, so it may be what "the company" means.
 */
function loneName(name: string, articleText: string): boolean {
  if (/\s/.test(name)) return false;
  // The first name is mid-sentence: "Even Amazon's own assistant" opens a sentence, it names no one.
  return !new RegExp(`[\\p{Ll},;]\\s+\\p{Lu}\\p{Ll}+\\s+${escapeRegExp(name)}\\b`, 'u').test(articleText);
}

/** "the official" → the official quoted just before; "the company" → the institution named before. */
function resolveDescription(source: Source, index: number, ctx: AttributionContext, depth: number): Source | null {
  const head = source.name.split(' ').pop() ?? '';
  const business = /^(?:company|firm|automaker|retailer|grocer|chain|carrier|operator|bank|insurer|lender|airline)$/.test(head);
  for (let i = index - 1; i >= Math.max(0, index - 8); i--) {
    const earlier = sourceOf(i, ctx, depth + 1);
    // "Harbor announced … . The company said …": the institution that spoke just before is the company.
    // An agency that spoke before ("The Food and Drug Administration said …") is not "the company".
    if (
      business &&
      i === index - 1 &&
      earlier &&
      earlier.kind !== 'description' &&
      // (A person the line introduced by post and first name, "CEO Ana Vale", is no lone name.)
      (looksLikeCompany(earlier.name) || (loneName(earlier.name, ctx.articleText) && loneName(earlier.raw.trim(), ctx.articleText)))
    )
      return earlier;
    // An unnamed official described before ("a State Department official") is "the official" too.
    if (
      earlier &&
      (earlier.kind !== 'description' || earlier.anonymous) &&
      (earlier.anonymous || new RegExp(`\\b${escapeRegExp(head)}`, 'i').test(earlier.raw))
    )
      return earlier;
  }
  if (
    !/^(?:company|firm|ministry|department|agency|office|council|court|club|team|district|university|hospital|union|league|airline|board|commission|committee|police|automaker|retailer|grocer|chain|carrier|operator|bank|insurer|lender)$/.test(
      head,
    )
  )
    return null;
  // "Norlund's profit doubled, the retailer said": the business its own sentence names before it.
  if (business) {
    const own = plainText(ctx.sentences[index]!.text);
    const at = own.indexOf(source.raw.trim());
    // ("Sales of frozen fish rose …": a word capitalized only by the sentence's start names no one.)
    // Only in the reporter's own words, never a quotation's, and never a day ("… by Friday,” the company said").
    const reported = own.slice(0, at < 0 ? 0 : at).replace(/[“"][^”"]*[”"]?/g, (q) => ' '.repeat(q.length));
    const named = nameRuns(reported)
      // The sentence's own subject: the name it opens on, or a business's possessive ("Norlund's
      // profit"); "trains on the Northline" names a place.
      .filter((r) => (r.start === 0 && (r.words.length > 1 || readsAsName(r.words[0]!, ctx.articleText))) || /['’]s?$/.test(r.text))
      .filter((r) => !TIME_NAME.test(r.text))
      .map((r) =>
        r.words
          .filter((w, j) => !(j === 0 && isSentenceStarter(w)))
          .join(' ')
          .replace(/['’]s?$/, ''),
      )
      .filter((text) => text && (looksLikeCompany(text) || loneName(text, ctx.articleText)));
    if (named.length === 1) return { name: named[0]!, kind: 'institution', raw: named[0]! };
  }
  // "the company" is the business the article is about: the nearest company name before it,
  // else the nearest name containing the described word ("the ministry" → "Defense Ministry").
  for (let i = index - 1; i >= 0; i--) {
    const sentence = ctx.sentences[i]!.text;
    // A name inside quotation marks is what someone said ("… latencies for Harbor Services"), not
    // who "the company" is: the company is named in the reporter's own words.
    const quoted = [...sentence.matchAll(/[“"][^”"]*[”"]/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const runs = nameRuns(sentence).filter((r) => !quoted.some(([from, to]) => r.start >= from && r.start < to));
    for (let k = runs.length - 1; k >= 0; k--) {
      let text = runs[k]!.words.filter((w, j) => !(j === 0 && isSentenceStarter(w))).join(' ');
      if (!text) continue;
      // "the Department of Environmental Protection": a bare head and its "of" are one name.
      const of = runs[k + 1];
      const organization = looksLikeOrganization(text);
      if (of && sentence.slice(runs[k]!.end, of.start) === ' of ' && new RegExp(`^${head}$`, 'i').test(text))
        // (Up to a stop run into the next words: "Protection.Credit …" is a caption's furniture.)
        text = `${text} of ${of.text.split(/\.(?=\p{L})/u)[0]}`;
      // ("Board chair Ada Moss …": the head word alone, capitalized by its line, names no body.)
      if (!business && text.toLowerCase() === head.toLowerCase()) continue;
      if (business ? looksLikeCompany(text) : organization && new RegExp(head, 'i').test(text)) {
        return { name: text, kind: 'institution', raw: text };
      }
    }
  }
  return null;
}

/** The quotations of a sentence, in any quotation marks, that run four words or more. */
export function quotations(sentence: string): string[] {
  return [...sentence.matchAll(/[“"]([^”"]{12,}?)[”"]/g)].map((m) => m[1]!.trim()).filter((q) => q.split(/\s+/).length >= 4);
}

/**
 * Who a quotation is credited to, as the sentence names them: '…," said Brenda Olmos, vice mayor of
 * Paramount, who …' → "Brenda Olmos, vice mayor of Paramount"; '…," Mayor Ana Ortiz said.' → "Mayor Ana Ortiz".
 */
export function creditedTo(sentence: string): string {
  const s = plainText(sentence);
  const inverted = new RegExp(
    String.raw`[”"],?\s+(?:${speechVerbs('said', 'says', 'added', 'adds', 'told reporters', 'wrote')})\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,6}\p{Lu}[\p{L}.'’-]*(?:\s+of\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,3})?(?:,\s+(?:the\s+)?\p{Ll}[\p{L} '’-]{2,40}?\s(?:of|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?)`,
    'u',
  ).exec(s);
  // (A long title before the name is the credit's too, "White House Press Secretary Ana Cruz"; the
  // sentence's stop after the name is not.)
  if (inverted) return inverted[1]!.trim().replace(/,$|(?<=\p{Ll}{2})\.$/u, '');
  const raw = attributionOf(s);
  return raw?.form === 'phrase' ? raw.raw : '';
}

/**
 * The same quotation credited to someone else in the newer sentence: a misattributed quote, with
 * who said it and who it was credited to. Null when the words quoted changed or the credit did not.
 */
export function misattribution(older: string, newer: string): { right: string; wrong: string } | null {
  const shared = quotations(newer).filter((q) => quotations(older).includes(q));
  if (!shared.length) return null;
  const right = creditedTo(newer);
  const wrong = creditedTo(older);
  if (!right || !wrong || right === wrong) return null;
  // Both must name someone: capitalised names, not "he" or "the official".
  if (!nameRuns(right).length || !nameRuns(wrong).length) return null;
  // The same person named another way ("Olmos" for "Brenda Olmos") is not a new speaker.
  const surname = (who: string) => nameRuns(who)[0]!.words.at(-1)!.toLowerCase();
  if (surname(right) === surname(wrong)) return null;
  // "Ohto" → "Oto", "Trombulack" → "Trombulak": one speaker whose name was misspelled, not another.
  if (sameNameMisspelled(surname(right), surname(wrong))) return null;
  return { right, wrong };
}

/** Two spellings of one name: a letter or two apart, on a name long enough for that to be a slip. */
function sameNameMisspelled(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  return shorter >= 3 && editDistance(a, b) <= (shorter >= 7 ? 2 : 1);
}

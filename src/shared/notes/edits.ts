/**
 * What an edit to one sentence did. A word-level diff of the two versions of the sentence splits it
 * into changed regions; each region is read for facts — names, numbers, dates, titles, places,
 * quoted words — so a corrected fact is told apart from added words and from cosmetic rewording.
 */
import { dateWordMistyped } from './date-word-slips';
import { joinMovedRange, joinRangeEnds } from './figure-ranges';
import { titleHeld } from './held-titles';
import { roleBesideName, sameRole } from './roles-beside-names';
import { qualifiesTitleBeforeName } from './title-qualifiers';
import { isHyphenatedPost } from './hyphenated-posts';
import { isRoleNounIn } from './role-nouns';
import { postReworded } from './reworded-posts';
import { wholePost } from './whole-posts';
import { soundsAlike } from './sounds-alike';
import { respelledSurnamePart } from './joined-surnames';
import { agreementOnly } from './usage-fixes';
import { agreesWithCounter } from './determiner-agreement';
import { typoInBodyName } from './body-name-typos';
import { postQualifierPutRight } from './qualified-posts';
import { numberWordSwapped } from './spelled-percent';
import { isSpelledCompoundFigure } from './spelled-compounds';
import { bearingChanged } from './compass-bearings';
import { diffArrays } from 'diff';
import { plainText, wordTokens } from './sentences';
import { numberWordValue, ordinalValue } from '../text/numbers';
import { clockTimes, isClockToken, isTimeStamp } from './clocks';
import { tagged } from './topics';
import { fieldOf } from './claims';
import { singularAndPlural } from './plurals';
import { namesAKind } from './kind-nouns';
import { WEEKDAY } from './weekdays';
import { otherState } from './datelines';
import { lemmaOf, opposite, turnsRound } from './opposites';
import { measureAt, measuresDiffer, phraseMeasure, sameMeasure, unitOfWord } from './measures';
import {
  editDistance,
  escapeRegExp,
  isTitleWord,
  looksLikeOrganization,
  nameRuns,
  personName,
  titleOf,
  isSentenceStarter,
  opensOnNumberedName,
} from './names';

export type FactKind =
  | 'name-spelling'
  | 'name'
  | 'number'
  | 'amount'
  | 'score'
  | 'year'
  | 'date'
  | 'time'
  | 'title'
  | 'role'
  | 'place'
  | 'quote'
  | 'negation'
  | 'description'
  | 'word'
  | 'detail';

export type EditFinding =
  | { type: 'cosmetic'; reason: string }
  | { type: 'corrected'; fact: FactKind; before: string; after: string }
  | { type: 'added'; text: string }
  | { type: 'removed'; text: string };

/** Short forms of a scale after a figure, as headlines and business copy write them: "$380K", "$3bn". */
const SCALE_SHORT: Record<string, string> = {
  k: 'thousand',
  m: 'million',
  mn: 'million',
  mln: 'million',
  bn: 'billion',
  b: 'billion',
  tn: 'trillion',
};

const STOPWORDS = new Set(
  (
    'a an the of in on at to for and or but by with from as is are was were be been has have had it its this that ' +
    'these those which who whom whose there their they he she his her him we our us you your i me my also very ' +
    'just then than so such about into over after before during while when where up down out off again further ' +
    'once here all any both each few more most other some own same too can will would should could may might must ' +
    'do does did not no nor only said says told'
  ).split(' '),
);
/** Words of quantity that are no cardinal or ordinal ("dozens of", "half the", "thousands"). */
const QUANTITY_WORDS = new Set(
  'hundred thousand million billion trillion dozen dozens hundreds thousands millions half quarter'.split(' '),
);
/** A number in words: a cardinal ("sixty-one"), an ordinal ("fifth") or a quantity ("dozens"). */
const isNumberWord = (word: string) => numberWordValue(word) !== undefined || ordinalValue(word) > 0 || QUANTITY_WORDS.has(word);
const MONTHS = new Set(
  'january february march april may june july august september october november december jan. feb. aug. sept. oct. nov. dec. jan feb aug sept oct nov dec'.split(
    ' ',
  ),
);
const DAY_WORD = new RegExp(String.raw`^(?:${WEEKDAY}|today|yesterday|tomorrow)$`, 'i');
/** A line that says something is not known yet: its answer, when it comes, is an update. */
const NOT_YET_KNOWN =
  /\b(?:not|n't)\s+(?:yet\s+|immediately\s+|been\s+|publicly\s+)*(?:known|clear|released|disclosed|identified|confirmed|available|determined|announced|made public|named|said|reached|responded?|returned|commented?)\b|\bnot yet\b|\b(?:unknown|unclear|undetermined|under investigation)\b/i;
const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);
/** Pairs of other kinds that turn a fact round; directions and outcomes are read by lemma (opposites.ts). */
const POLARITY = [
  ['guilty', 'innocent'],
  ['before', 'after'],
  ['north', 'south'],
  ['east', 'west'],
  ['alive', 'dead'],
  ['killed', 'injured'],
  ['arrested', 'released'],
  ['for', 'against'],
  ['will', 'will not'],
  ['men', 'women'],
  ['man', 'woman'],
];

export function isNumberToken(token: string): boolean {
  // "Sixty-one": a number word in two parts.
  return (
    /\d/.test(token) ||
    isNumberWord(token.toLowerCase()) ||
    // "three-year-old", "five-day": a spelled figure in a modifier (spelled-compounds.ts).
    isSpelledCompoundFigure(token) ||
    token
      .toLowerCase()
      .split('-')
      .every((w) => isNumberWord(w))
  );
}
export function isDateWord(token: string): boolean {
  const t = token.toLowerCase();
  return MONTHS.has(t) || DAY_WORD.test(t);
}
export function isYear(token: string): boolean {
  return /^(1[6-9]|20)\d\d$/.test(token);
}
/** A function word ("the", "of", "said"): carries no fact of its own. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token.toLowerCase());
}
/** Nouns that name a post someone holds. */
const ROLE_NOUN =
  /^(?:spokes(?:man|woman|person)|press|secretary|manager|assistant|aide|adviser|advisor|president|director|chair|chairman|chairwoman|editor|reporter|producer|officer|chief|deputy|lawyer|attorney)$/i;
/** The head of a role's noun phrase, which a word before it (or "of …" after it) says which of. */
const ROLE_HEAD =
  /^(?:director|manager|secretary|officer|chief|editor|president|chair|chairman|chairwoman|commissioner|minister|head|coordinator|superintendent|administrator|treasurer|spokes(?:man|woman|person))$/i;
/** Words that rank a post: "deputy director", "acting mayor", "former chair". */
const RANK = /^(?:deputy|acting|interim|assistant|associate|vice|senior|junior|former|executive|chief|co|principal|lead)$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words in -er that say "more", not who someone is: a comparative swapped is rewording. */
const NOT_PEOPLE = new Set(
  (
    'greater larger smaller faster slower longer shorter higher lower wider older younger stronger weaker better later ' +
    'louder cheaper deeper bolder harder softer nearer richer poorer quicker brighter darker taller lighter tighter broader ' +
    'clearer closer safer fewer other former latter over under after never ever whether rather together however another ' +
    'either neither newer number member matter order water weather letter corner border center centre quarter paper'
  ).split(' '),
);

/**
 * A person called by surname alone whose post the sentence gives right beside it: "Park is
 * currently the company's chief financial officer", "Park, the deputy mayor,". The surname, or ''
 * when no single name stands so (a capital that only opens the sentence, or an institution).
 */
export function titledSurname(sentence: string): string {
  const m =
    /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}'’-]+)(?:,| (?:is|was|has been|had been|became|remains|served as)(?: (?:\p{Ll}+ly|now|still|also|again))?) (?:(?:the|an?) (?:\p{Ll}+['’]s )?|\p{Lu}?\p{Ll}+['’]s )((?:\p{Ll}+ ){0,3}\p{Ll}+)/u.exec(
      plainText(sentence),
    );
  if (!m || isSentenceStarter(m[1]!) || looksLikeOrganization(m[1]!) || isTitleWord(m[1]!)) return '';
  // The words after it name a post: they end on a post's head noun ("officer", "mayor", "manager").
  const post = m[2]!.split(' ');
  return post.some((w) => ROLE_HEAD.test(w) || isTitleWord(w) || ROLE_NOUN.test(w)) ? m[1]! : '';
}

/** "the Harlow Center for Coastal Studies": "the" and a run of capitals joined by "of", "and", "for" or "on", from `at`. */
function bodyAfterChange(tokens: string[], at: number): string {
  let end = /^the$/i.test(tokens[at] ?? '') ? at + 1 : at;
  const start = end;
  while (
    end < tokens.length &&
    (/^\p{Lu}/u.test(tokens[end]!) || (/^(?:of|and|for|on)$/.test(tokens[end]!) && /^\p{Lu}/u.test(tokens[end + 1] ?? '')))
  )
    end++;
  return end > start ? tokens.slice(at, end).join(' ') : '';
}

/** A lowercase noun for a person by what they do: "translator", "interpreter", "spokeswoman", "pianist". */
function isPersonNoun(token: string): boolean {
  const t = token.toLowerCase();
  if (t !== token || t.length < 6 || NOT_PEOPLE.has(t)) return false;
  if (/([bdgmnpt])\1er$|ier$/.test(t)) return false;
  return /(?:[^e]er|or|ist|ian|eer|(?:wo)?man|person)$/.test(t);
}

function isCap(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

interface Region {
  removed: string[];
  added: string[];
  /** Index of the region's first token in the new sentence. */
  newAt: number;
  oldAt: number;
}

function regionsOf(oldTokens: string[], newTokens: string[]): Region[] {
  const parts = diffArrays(oldTokens, newTokens, { comparator: (a, b) => a.toLowerCase() === b.toLowerCase() });
  const regions: Region[] = [];
  let current: Region | null = null;
  let i = 0;
  let j = 0;
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      if (current) regions.push(current);
      current = null;
      i += n;
      j += n;
      continue;
    }
    if (!current) current = { removed: [], added: [], newAt: j, oldAt: i };
    if (part.added) {
      current.added.push(...newTokens.slice(j, j + n));
      j += n;
    } else {
      current.removed.push(...oldTokens.slice(i, i + n));
      i += n;
    }
  }
  if (current) regions.push(current);
  return regions;
}

/**
 * "the director of | the Harlow Center" → "a senior fellow at | the Harlow Center": the diff may
 * match the first "the" with the later one, leaving words put in before it and words cut after it.
 * One function word between an insertion and a cut is one phrase replaced, read whole.
 */
function joinSplitReplacement(regions: Region[], oldTokens: string[]): Region[] {
  const out: Region[] = [];
  for (let k = 0; k < regions.length; k++) {
    const [put, cut] = [regions[k]!, regions[k + 1]];
    const between = cut ? oldTokens.slice(put.oldAt, cut.oldAt) : [];
    if (
      cut &&
      !put.removed.length &&
      put.added.length &&
      !cut.added.length &&
      cut.removed.length &&
      between.length === 1 &&
      isStopword(between[0]!) &&
      cut.removed.at(-1)!.toLowerCase() === between[0]!.toLowerCase()
    ) {
      // Old "the director of the", new "a senior fellow at the": the shared last "the" stays.
      out.push({ removed: [between[0]!, ...cut.removed.slice(0, -1)], added: put.added, newAt: put.newAt, oldAt: put.oldAt });
      k++;
      continue;
    }
    out.push(put);
  }
  return out;
}

/**
 * "the regional drama league" → "the national drama festival": words replaced on both sides of one
 * word the two versions share are one noun phrase rewritten, read whole — cut in two, each half
 * looks like one word reworded. Only lowercase words are joined: names and figures have their own readings.
 */
function joinNounPhrases(regions: Region[], oldTokens: string[]): Region[] {
  const wordy = (ts: string[]) => ts.length > 0 && ts.every((t) => /^\p{Ll}/u.test(t) && !isNumberToken(t) && !isDateWord(t));
  const out: Region[] = [];
  for (const region of regions) {
    const last = out[out.length - 1];
    const gap = last ? region.oldAt - (last.oldAt + last.removed.length) : -1;
    const shared = gap === 1 ? oldTokens[region.oldAt - 1]! : '';
    if (
      last &&
      shared &&
      /^\p{Ll}{3,}$/u.test(shared) &&
      !isStopword(shared) &&
      [last.removed, last.added, region.removed, region.added].every(wordy)
    ) {
      out[out.length - 1] = {
        removed: [...last.removed, shared, ...region.removed],
        added: [...last.added, shared, ...region.added],
        newAt: last.newAt,
        oldAt: last.oldAt,
      };
    } else out.push(region);
  }
  return out;
}

function significant(tokens: string[], sentenceStart: boolean): boolean {
  const content = tokens.filter((t) => !isStopword(t) || isNumberToken(t));
  return content.length >= 3 || tokens.some((t, k) => isNumberToken(t) || isDateWord(t) || (isCap(t) && !(sentenceStart && k === 0)));
}

/** True when the character offset of token `index` in `text` falls inside a quotation. */
function tokenInsideQuote(text: string, tokens: string[], index: number): boolean {
  let at = 0;
  for (let k = 0; k <= index && k < tokens.length; k++) {
    const found = text.indexOf(tokens[k]!, at);
    if (found < 0) return false;
    if (k === index) return (text.slice(0, found).match(/"/g) ?? []).length % 2 === 1;
    at = found + tokens[k]!.length;
  }
  return false;
}

/** The full run of capitalized words in `sentence` that contains `word`. */
export function runContaining(sentence: string, word: string): string {
  const runs = nameRuns(sentence);
  // "St" as the tokens read it is "St." as printed: the abbreviation is part of the name.
  const at = runs.findIndex((r) => r.words.includes(word) || r.words.includes(`${word}.`));
  if (at < 0) return word;
  const run = runs[at]!;
  const words = run.words.slice();
  // "St. Luke's Hospital": a possessive inside one name, when the words after it close as an institution.
  const next = runs[at + 1];
  if (next && /^['’]s\s+$/.test(sentence.slice(run.end - 2, next.start)) && looksLikeOrganization(next.text)) {
    words[words.length - 1] = `${words.at(-1)}'s`;
    words.push(...next.words);
  }
  while (words.length > 1 && isSentenceStarter(words[0]!)) words.shift();
  return words.join(' ');
}

/** Regions that only move words: a deletion here and the same words inserted there. */
function movedRegions(regions: Region[]): Set<Region> {
  const moved = new Set<Region>();
  const key = (ts: string[]) => ts.map((t) => t.toLowerCase()).join(' ');
  for (const a of regions) {
    if (a.added.length || moved.has(a)) continue;
    const b = regions.find((r) => r !== a && !moved.has(r) && r.removed.length === 0 && key(r.added) === key(a.removed));
    if (b) {
      moved.add(a);
      moved.add(b);
    }
  }
  return moved;
}

const NEGATION_WORD = /^(?:not|never|no|n't)$/i;

/**
 * Function words that carry a fact of their own: a negation, and the directions and sequences
 * that opposites.ts and POLARITY turn round ("up" / "down", "before" / "after", "over" / "under").
 * A "not" that only opens a restyle ("not only … but", "not least", "not just") negates nothing.
 */
const POLAR_FUNCTION_WORDS = new Set(['not', 'no', 'never', 'nor', 'up', 'down', 'before', 'after', 'over', 'under', 'more', 'few']);
const RESTYLING_NOT = /^(?:only|least|just|merely|simply|to)$/i;

/** The fact-carrying function words of a sentence, in any order ("not" for every "n't"). */
/** Words that deny in a quotation: "not" (as `polarWords` reads it), "never", "no", "nor", "only". */
const denies = (ts: string[]) =>
  polarWords(ts).split(' ').includes('not') || ts.some((t) => /^(?:never|no|nor|nothing|nobody|only)$/i.test(t));

export function polarWords(ts: string[]): string {
  return ts
    .flatMap((t, i) => {
      const w = /n't$/i.test(t) ? 'not' : t.toLowerCase();
      if (!POLAR_FUNCTION_WORDS.has(w)) return [];
      if (w === 'not' && RESTYLING_NOT.test(ts[i + 1] ?? '')) return [];
      return [w];
    })
    .sort()
    .join(' ');
}

/** The text of `tokens` as `text` prints them, from the first to the end of the last; the tokens joined when not found. */
function spanOf(text: string, tokens: string[]): string {
  let at = -1;
  let start = -1;
  for (const token of tokens) {
    const found = text.indexOf(token, at < 0 ? 0 : at);
    if (found < 0) return tokens.join(' ');
    if (start < 0) start = found;
    at = found + token.length;
  }
  return start < 0 ? tokens.join(' ') : text.slice(start, at);
}

/** Relations whose converse is another word: "before" of one is "after" of the other. */
const CONVERSE = [
  ['before', 'after'],
  ['older', 'younger'],
  ['ahead', 'behind'],
  ['above', 'below'],
  ['preceded', 'followed'],
  ['outranks', 'trails'],
  ['led', 'trailed'],
  ['leads', 'trails'],
];

/**
 * The words between two exchanged names, with one word swapped for its converse ("spoke before" /
 * "spoke after", "finished ahead of" / "finished behind"): the same relation from the other side.
 */
function conversed(was: string[], now: string[]): boolean {
  const strip = (ts: string[]) => ts.map((t) => t.toLowerCase()).filter((t) => !/^(?:of|than|to)$/.test(t));
  const [a, b] = [strip(was), strip(now)];
  if (a.length !== b.length) return false;
  const differ = a.flatMap((w, k) => (w === b[k] ? [] : [k]));
  if (differ.length !== 1) return false;
  const [x, y] = [a[differ[0]!]!, b[differ[0]!]!];
  // An opposite is a converse only when it places, not when it acts: "ahead"/"behind" say one
  // relation from two sides; "endorsed"/"opposed" are two different acts.
  const acts = (w: string) => ['VERB', 'AUX'].includes(tagged(w)[0]?.pos ?? '') || /ed$/.test(w);
  return (
    CONVERSE.some(([p, q]) => (x === p && y === q) || (x === q && y === p)) ||
    (opposite(x, y) && /er$/.test(x) === /er$/.test(y) && !acts(x) && !acts(y))
  );
}

/** Verbs whose two sides do the same to each other: "Ames met Boone" is "Boone met Ames". */
const RECIPROCAL = new Set([
  'meet',
  'face',
  'play',
  'tie',
  'draw',
  'marry',
  'join',
  'talk',
  'debate',
  'fight',
  'battle',
  'clash',
  'share',
  'split',
  'trade',
  'swap',
  'merge',
  'partner',
  'negotiate',
  'settle',
]);

/**
 * "Ames defeated Boone 3-1" → "Boone defeated Ames 3-1", "moved from Pell to Dunmore" → "from
 * Dunmore to Pell": two changed regions that only exchange their words, with a verb (wink-nlp's
 * tag; not one done to each other, "met", "played") or a word of direction ("to", "than") between
 * them. Who did what to whom was turned round: the claim is corrected, told whole from subject to
 * the second of the two. A list reordered ("Boone and Ames met" → "Ames and Boone met") has only
 * "and" or a comma between, and stays word order. The finding, or null.
 */
function exchangedAcrossVerb(older: string, newer: string, oldTokens: string[], newTokens: string[]): EditFinding | null {
  const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  let from = 0;
  while (from < Math.min(oldTokens.length, newTokens.length) && same(oldTokens[from]!, newTokens[from]!)) from++;
  // The same words at the end of both versions, counted from the end (the two may differ in length).
  let tail = 0;
  while (
    tail < Math.min(oldTokens.length, newTokens.length) - from &&
    same(oldTokens[oldTokens.length - 1 - tail]!, newTokens[newTokens.length - 1 - tail]!)
  )
    tail++;
  const [o, n] = [oldTokens.slice(from, oldTokens.length - tail), newTokens.slice(from, newTokens.length - tail)];
  const equal = (x: string[], y: string[]) => x.length === y.length && x.every((t, k) => same(t, y[k]!));
  // The old middle is A, then what stands between, then B; the new one is B, between, A.
  for (let la = 1; la < o.length; la++) {
    for (let lb = 1; la + lb < o.length && la + lb < n.length; lb++) {
      const [first, between, second] = [o.slice(0, la), o.slice(la, o.length - lb), o.slice(o.length - lb)];
      if (!equal(n.slice(0, lb), second) || !equal(n.slice(n.length - la), first)) continue;
      // "Ames spoke before Boone" → "Boone spoke after Ames", "ahead of" → "behind": the same
      // fact said the other way round, its relation turned with the names — no fix at all.
      const turned = n.slice(lb, n.length - la);
      if (!equal(turned, between))
        return conversed(between, turned) ? { type: 'cosmetic', reason: 'the same relation said from the other side' } : null;
      // Names or figures exchanged: a noun phrase's words reworded in two places is another shape.
      if (![...first, ...second].every((t) => /^[\p{Lu}\p{N}]/u.test(t)) || between.length > 6) return null;
      const words = tagged(between.join(' '));
      const verb = words.find((w) => w.pos === 'VERB');
      // "The Otters, not the Herons, won": which of the two the sentence denies is turned round too.
      const directed = between.some((t) => /^(?:to|than|into|over|not)$/i.test(t));
      if (!(verb && !RECIPROCAL.has(lemmaOf(verb.lower))) && !directed) return null;
      // "The Tigers hosted the Falcons": an article before the first name goes with it.
      const the = from > 0 && /^the$/i.test(oldTokens[from - 1]!) ? 'the ' : '';
      // "The flight from Denver landed in Boise": a first name after a preposition belongs to the
      // subject before it, which the fact is told with ("The flight from Boise landed in Denver").
      if (from > 1 && from <= 5 && PREPOSITION.test(oldTokens[from - 1]!) && verb) {
        const lead = oldTokens.slice(0, from);
        return { type: 'corrected', fact: 'detail', before: spanOf(older, [...lead, ...o]), after: spanOf(newer, [...lead, ...n]) };
      }
      // As printed, commas and all ("the Otters, not the Herons"), so the claim is found in its line.
      return { type: 'corrected', fact: 'detail', before: the + spanOf(older, o), after: the + spanOf(newer, n) };
    }
  }
  return null;
}

/**
 * True when one version denies what the other asserts about the same thing: a word pair around the
 * negation ("pleaded not guilty") stands without it in the other ("pleaded guilty"), or the other way.
 */
export function reversedClaim(older: string, newer: string): boolean {
  const words = (text: string) => wordTokens(text.replace(/n't\b/g, " n't")).map((w) => w.toLowerCase());
  const negatedPairs = (ws: string[]) => {
    const pairs: string[] = [];
    ws.forEach((w, k) => {
      if (NEGATION_WORD.test(w) && k > 0 && k + 1 < ws.length) pairs.push(`${ws[k - 1]} ${ws[k + 1]}`);
    });
    return pairs;
  };
  const bigrams = (ws: string[]) => new Set(ws.slice(1).map((w, k) => `${ws[k]} ${w}`));
  const a = words(older);
  const b = words(newer);
  return negatedPairs(a).some((p) => bigrams(b).has(p)) || negatedPairs(b).some((p) => bigrams(a).has(p));
}

const CORE_STOP = /^(?:to|on|in|at|from|for|with|by|after|before|during|since|that|which|who|while|because|and|but)$/i;

/**
 * The claim a turned-round sentence makes, cut to its subject and predicate: "The Harwick man
 * pleaded guilty Tuesday to stealing …" → "The Harwick man pleaded guilty". The predicate is the
 * word pair around the negation of the other version; empty when it is not found.
 */
export function reversedCore(positive: string, negated: string): string {
  const split = (text: string) => plainText(text).replace(/n't\b/g, " n't").split(/\s+/);
  const neg = split(negated).map((w) => w.toLowerCase().replace(/[,.;:]+$/, ''));
  const words = split(positive);
  const bare = words.map((w) => w.toLowerCase().replace(/[,.;:]+$/, ''));
  for (let k = 1; k + 1 < neg.length; k++) {
    if (!NEGATION_WORD.test(neg[k]!)) continue;
    const at = bare.findIndex((w, i) => i > 0 && bare[i - 1] === neg[k - 1] && w === neg[k + 1]);
    if (at < 0) continue;
    let end = at + 1;
    // An object of up to three words goes with the verb ("approved the ferry contract").
    while (
      end < words.length &&
      end - at <= 3 &&
      !/[,.;:]$/.test(words[end - 1]!) &&
      !CORE_STOP.test(bare[end]!) &&
      !isDateWord(bare[end]!)
    )
      end++;
    return words
      .slice(0, end)
      .join(' ')
      .replace(/[,.;:]+$/, '');
  }
  return '';
}

/**
 * A word that only marks an age: "year-old" after its number ("45-year-old" is read as "45" and
 * "year-old"), "years old" after it, "aged" before it.
 */
function ageWord(ts: string[], i: number): boolean {
  const [t, prev, next] = [ts[i]!, ts[i - 1] ?? '', ts[i + 1] ?? ''];
  const digit = (w: string) => /\d/.test(w);
  if (/^years?-old$/i.test(t)) return digit(prev);
  if (/^years?$/i.test(t)) return digit(prev) && /^old$/i.test(next);
  if (/^old$/i.test(t)) return /^years?$/i.test(prev) && digit(ts[i - 2] ?? '');
  return /^aged$/i.test(t) && digit(next);
}

/** Reads every changed region of an edited sentence. */
export function readEdit(olderText: string, newerText: string): EditFinding[] {
  const older = plainText(olderText);
  const newer = plainText(newerText);
  if (older === newer) return [];
  const oldTokens = wordTokens(older);
  const newTokens = wordTokens(newer);
  // ("one to two million" → "two to four million": a range moved is one figure, figure-ranges.ts.)
  // ("between 12 and 15" → "between 20 and 25": both ends put right are one figure too.)
  const regions = joinRangeEnds(
    joinMovedRange(joinNounPhrases(joinSplitReplacement(regionsOf(oldTokens, newTokens), oldTokens), oldTokens), oldTokens),
    oldTokens,
  );
  if (regions.length === 0) return [{ type: 'cosmetic', reason: 'punctuation, quote marks or spacing' }];
  // The same words in another order are no fact changed (`wordBag`).
  const bagOf = wordBag;
  // "He said he would run" → "She said she would run": the same sentence with the pronouns of one
  // person changed sex is a person misidentified, never word order (pronouns are stopwords below).
  const swapped = pronounSwap(oldTokens, newTokens);
  if (swapped) return [{ type: 'corrected', fact: 'word', before: swapped.before, after: swapped.after }];
  // "Sara Diaz, 19, and Mark Diaz, 22" → "Sara Diaz, 22, and Mark Diaz, 19": figures put right,
  // each beside its name (`figuresSwapped`); the first pair is the finding, propose names them all.
  const swappedFigures = figuresSwapped(older, newer);
  if (swappedFigures) return [{ type: 'corrected', fact: 'number', before: swappedFigures[0]!.before, after: swappedFigures[0]!.after }];
  // "State Highway 41 and County Road 9" → "State Highway 9 and County Road 41": numbers of named
  // roads, gates or flights exchanged are figures put right, not words moved.
  const numbered = (ts: string[]) =>
    ts.flatMap((t, i) => (/^\d/.test(t) && opensOnNumberedName(`${ts[i - 1] ?? ''} ${t}`) && ROAD_OWNER.test(ts[i - 2] ?? '') ? [t] : []));
  const [wasNumbers, nowNumbers] = [numbered(oldTokens), numbered(newTokens)];
  const differs = wasNumbers.findIndex((n, k) => n !== nowNumbers[k]);
  // The fix is told as the roads named, from the first whose number changed to the last, so the
  // right fact names each road with its number ("… State Highway 9 and County Road 41"), not a bare "9".
  if (wasNumbers.length >= 2 && wasNumbers.length === nowNumbers.length && differs >= 0 && bagOf(oldTokens) === bagOf(newTokens)) {
    const changed = oldTokens.flatMap((t, i) => (t !== newTokens[i] ? [i] : []));
    if (oldTokens.length === newTokens.length && changed.length >= 2 && changed[0]! >= 2) {
      const [from, to] = [changed[0]! - 2, changed.at(-1)! + 1];
      return [
        { type: 'corrected', fact: 'detail', before: oldTokens.slice(from, to).join(' '), after: newTokens.slice(from, to).join(' ') },
      ];
    }
    return [{ type: 'corrected', fact: 'number', before: wasNumbers[differs]!, after: nowNumbers[differs]! }];
  }
  // "Ames defeated Boone" → "Boone defeated Ames": the same words, the doer and the one done to
  // exchanged across a verb — who won is turned round, not the order of a list.
  const exchanged = exchangedAcrossVerb(older, newer, oldTokens, newTokens);
  if (exchanged) return [exchanged];
  // The bag leaves out function words, but some of them carry the fact: "up" / "down", "before" /
  // "after", a "not" put in or taken out. The same bag with those changed is read region by region.
  // (A quotation's own words are the speaker's: one put into it or taken out of it, "only" or "all"
  // too, is read below as a misquote, not as words moved.)
  if (bagOf(oldTokens) === bagOf(newTokens) && polarWords(oldTokens) === polarWords(newTokens) && quotedWords(older) === quotedWords(newer))
    return [{ type: 'cosmetic', reason: 'word order' }];
  // Recast around one changed figure (several regions; one region is read below with its context).
  // An age restyled as it was put right ("the 61-year-old Baker" → "Baker, 63,") is one such region.
  const recast =
    regions.length === 1 && oldTokens.some((_, i) => ageWord(oldTokens, i)) !== newTokens.some((_, i) => ageWord(newTokens, i));
  const refigured = regions.length > 1 || recast ? restructuredAroundFigure(oldTokens, newTokens, bagOf) : null;
  if (refigured) return [refigured];
  const findings: EditFinding[] = [];
  const moved = movedRegions(regions);
  for (const region of regions) {
    findings.push(moved.has(region) ? { type: 'cosmetic', reason: 'word order' } : readRegion(region, older, newer, oldTokens, newTokens));
  }
  // "Sunday, Nov. 9" → "Saturday, Nov. 8": a weekday and its day put right together are one date,
  // told whole, not two halves (each half alone names no day).
  const dated = regions.flatMap((r, k) => {
    const f = findings[k]!;
    return f.type === 'corrected' && f.fact === 'date' ? [r] : [];
  });
  if (dated.length >= 2 && findings.every((f) => f.type !== 'corrected' || f.fact === 'date')) {
    const [first, last] = [dated[0]!, dated.at(-1)!];
    const oldSpan = oldTokens.slice(first.oldAt, last.oldAt + last.removed.length);
    const newSpan = newTokens.slice(first.newAt, last.newAt + last.added.length);
    const dateOnly = (ts: string[]) => ts.every((t) => isDateWord(t) || /^\d{1,2}$/.test(t));
    if (oldSpan.length <= 4 && newSpan.length <= 4 && dateOnly(oldSpan) && dateOnly(newSpan))
      return [{ type: 'corrected', fact: 'date', before: spanOf(older, oldSpan), after: spanOf(newer, newSpan) }];
  }
  // A claim turned round is the fix; the rest of the sentence was reworded around it.
  const turned = findings.filter((f) => f.type === 'corrected' && f.fact === 'negation');
  if (turned.length && reversedClaim(older, newer)) return turned;
  // "deputy athletic director" → "director of athletics": words moved, and one went (reworded-posts.ts).
  const post = findings.every((f) => f.type === 'cosmetic') ? postReworded(older, newer) : null;
  if (post) return [{ type: 'corrected', fact: 'role', ...post }];
  return findings;
}

/**
 * "The plant was built in 1962 by its founder" → "Its founder built the plant in 1966": the sentence
 * recast around one figure that changed. Every other content word stands in both versions, so the
 * figure is the fix and the rest is word order — read whole, not as regions cut and added.
 */
function restructuredAroundFigure(
  oldTokens: string[],
  newTokens: string[],
  bagOf: (ts: string[]) => string,
): Extract<EditFinding, { type: 'corrected' }> | null {
  const figures = (ts: string[]) => ts.filter((t) => /\d/.test(t));
  const gone = figures(oldTokens).filter((t) => !newTokens.includes(t));
  const fresh = figures(newTokens).filter((t) => !oldTokens.includes(t));
  if (gone.length !== 1 || fresh.length !== 1) return null;
  const [before, after] = [gone[0]!, fresh[0]!];
  // The rest stands: the same content words, or all but a lowercase word or two reworded in a
  // longer sentence ("was built" → "built it"); a name or another figure changed is a fact of its own.
  // The figure is held in place while the bag is read, so an age's "year-old" still follows a number.
  const rest = (ts: string[], figure: string) =>
    bagOf(ts.map((t) => (t === figure ? '\u00000' : t)))
      .split(' ')
      .filter((w) => w && w !== '\u00000');
  const [was, now] = [rest(oldTokens, before), rest(newTokens, after)];
  const left = (a: string[], b: string[]) => {
    const pool = [...b];
    return a.filter((w) => {
      const k = pool.indexOf(w);
      if (k < 0) return true;
      pool.splice(k, 1);
      return false;
    });
  };
  const differ = [...left(was, now), ...left(now, was)];
  const lowercaseWords = (ws: string[]) => ws.every((w) => /^\p{Ll}+$/u.test(w) && oldTokens.concat(newTokens).includes(w));
  if (differ.length > 0 && (differ.length > 2 || was.length < 6 || !lowercaseWords(differ))) return null;
  const fact: FactKind = isYear(before) && isYear(after) ? 'year' : /^[$€£]/.test(after) || /%$/.test(after) ? 'amount' : 'number';
  return { type: 'corrected', fact, before, after };
}

/** A clause told in the present ("is based", "has offices", "runs"): what it says is still so. */
export function presentTense(clause: string): boolean {
  return /\b(?:is|are|has|have|remains|remain)\b/i.test(clause) && !/\b(?:was|were|had)\b/i.test(clause);
}

/** "armed" and "unarmed", "legal" and "illegal", "partisan" and "nonpartisan". */
export function oppositeByPrefix(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 4) return false;
  const m = /^(un|in|im|il|ir|dis|non-?)(.+)$/.exec(long);
  return !!m && m[2] === short;
}

/** "St." and "Street": one word, the first its abbreviation (its letters in order, same first letter). */
function sameWordAbbreviated(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const [short, dottedLong] = a.length <= b.length ? [a, b] : [b, a];
  // A full word may close its sentence: its point is the sentence's.
  const long = dottedLong.replace(/\.$/, '');
  if (!/^\p{L}+\.$/u.test(short) || /\./.test(long) || short[0]!.toLowerCase() !== long[0]!.toLowerCase()) return false;
  // An abbreviation drops letters ("Calif.", "Tex.", "Capt."); "Weisbrot." closing its sentence,
  // nearly as long as "Weisbrodt", is the word itself, misspelled, with the sentence's point.
  if ((short.length - 1) / long.length > 0.75) return false;
  let at = 0;
  for (const ch of short.slice(0, -1).toLowerCase()) {
    at = long.toLowerCase().indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Small words a name's initials skip: "National Aeronautics and Space Administration" is NASA. */
const INITIALS_SKIP = /^(?:of|and|for|the|on|in|&)$/i;

/**
 * Is `short` one token of capitals ("U.S", "U.N.", "NASA") that `long`'s capitalized words spell by
 * their initials? Two capitals at least, so "A" is no abbreviation of "Alpha".
 */
function spelledOut(short: string[], long: string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const capitals = short[0]!.replace(/\./g, '');
  if (!/^\p{Lu}{2,6}$/u.test(capitals)) return false;
  const words = long.filter((w) => !INITIALS_SKIP.test(w));
  return words.every((w) => /^\p{Lu}/u.test(w)) && words.map((w) => w[0]).join('') === capitals;
}

/** True when `words` stand inside a quotation whose words are in title case: the name of a work. */
/** Words that make a numbered road a road ("State Highway 41", "County Road 9"), not a person ("Mia Ward 21"). */
const ROAD_OWNER = /^(?:State|County|U\.S\.?|US|Farm|Forest|Township|Federal|Old|New|Interstate|Highway|Route)$/;

/** The words of a sentence's quotations, run together. */
function quotationsOf(text: string): string {
  return [...text.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]!).join(' ');
}

/** The words of a sentence's quotations as a bag, lowercase: what its speakers are quoted as saying, in any order. */
function quotedWords(text: string): string {
  return wordTokens(quotationsOf(text))
    .map((t) => t.toLowerCase())
    .sort()
    .join(' ');
}

/** The quotation of `text` that holds `words` (the words put into or taken out of it), else its first. */
function quotationHolding(text: string, words: string[]): string {
  const all = [...text.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]!.replace(/[,.]$/, ''));
  return all.find((q) => words.every((w) => q.includes(w))) ?? all[0] ?? '';
}

/** Words that limit or turn what a speaker said: put into a quotation, they misquote it. */
const QUOTE_QUALIFIER =
  /\b(?:not|never|no|only|just|partly|partially|in part|some|all|always|might|may|could|probably|perhaps|eventually|soon|almost|nearly)\b/i;

/** Words that count what a speaker spoke of: "all", "every", "each", "both", "most". */
const QUANTIFIER = /^(?:all|every|each|both|most|any|none|several|many|few)$/i;

function inQuotedTitle(text: string, words: string[]): boolean {
  if (!words.length) return false;
  for (const m of text.matchAll(/["“]([^"”]{1,80}?),?["”]/g)) {
    const quoted = m[1]!
      .split(/\s+/)
      .map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''))
      .filter(Boolean);
    if (quoted.length < 2 || quoted.length > 10 || !words.every((w) => quoted.includes(w))) continue;
    if (quoted.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && isStopword(w) && w.length <= 4))) return true;
  }
  return false;
}

function quotedRegion(newer: string, newTokens: string[], region: Region): boolean {
  return tokenInsideQuote(newer, newTokens, region.newAt);
}

const FINITE = /^(?:is|are|was|were|has|have|had|said|says|will|would|can|could|told)$/i;
/** Words with verbs in them: a clause, not a noun phrase. */
/**
 * The word at `at` modifies a noun after it ("regional" of "regional athletics league"), read by
 * wink-nlp's tags on the words from there on: the next word is a lowercase noun ("the interpreter
 * present" ends on an adjective, so "interpreter" heads its own phrase).
 */
function modifiesNext(tokens: string[], at: number): boolean {
  const next = tokens[at + 1] ?? '';
  if (!/^\p{Ll}{3,}$/u.test(next) || isStopword(next) || verbish([next])) return false;
  return tagged(tokens.slice(at, at + 4).join(' '))[1]?.pos === 'NOUN';
}

function verbish(ts: string[]): boolean {
  return ts.some((t) => /^\p{Ll}+(?:ed|ing)$/u.test(t) || FINITE.test(t));
}

const PREPOSITION = /^(?:by|for|from|in|at|on|with|among|of|during|under|over|without|within|through|near|between|across)$/i;
const ARTICLES = /^(?:a|an|the)$/i;
const POSSESSIVE = /^\p{L}[\p{L}-]*['’]s$|^\p{L}+s['’]$/u;
/** Words that put one event before another, and their converse. */
const EARLIER = /^(?:before|prior|ahead|preceding|until)$/i;
const LATER = /^(?:after|following|afterward|afterwards|since)$/i;

/**
 * "joined shortly after his post" → "joined several months prior to his post": the order of two
 * events turned round — the old version had the sequence wrong, whatever else was reworded.
 */
export function orderReversed(removed: string[], added: string[]): boolean {
  const has = (ts: string[], re: RegExp) => ts.some((t) => re.test(t));
  return (
    (has(removed, LATER) && !has(removed, EARLIER) && has(added, EARLIER) && !has(added, LATER)) ||
    (has(removed, EARLIER) && !has(removed, LATER) && has(added, LATER) && !has(added, EARLIER))
  );
}

/**
 * "a song by the late Ada Moreno" → "… by the late Ada Moreno and Ruth Lind": a second name joined to
 * the one a work or act was credited to ("by …" inside the sentence, not a byline): the credit was
 * incomplete, which a newsroom corrects. Returns the credit before and after, from the word after "by".
 */
function completedCredit(region: Region, oldTokens: string[], newTokens: string[]): { before: string; after: string } | null {
  const { added, newAt } = region;
  if (added.length < 2 || !/^(?:and|&)$/i.test(added[0]!) || !added.slice(1).every((t) => isCap(t) && !isTitleWord(t))) return null;
  let start = newAt;
  while (start > 0 && isCap(newTokens[start - 1]!)) start--;
  if (start === newAt) return null;
  let by = start - 1;
  while (by >= 0 && by > start - 4 && /^\p{Ll}+$/u.test(newTokens[by]!) && newTokens[by]!.toLowerCase() !== 'by') by--;
  // A byline ("By Ada Moreno and …", "Reporting by …") opens its line: a credit in a sentence does not.
  if (by < 3 || newTokens[by]!.toLowerCase() !== 'by' || oldTokens[region.oldAt - 1] !== newTokens[newAt - 1]) return null;
  const credited = newTokens.slice(by + 1, newAt).join(' ');
  return { before: credited, after: `${credited} ${added.join(' ')}` };
}

/**
 * One lowercase word turned into another by a letter added or dropped ("born" / "borne"), by one
 * vowel for another ("then" / "than"), or by two letters typed in the wrong order ("trcuk" /
 * "truck"): the shape of a slip. A consonant swapped ("dead" / "deaf"),
 * a figure, a date or a negation is another word, not a respelling.
 */
export function respelled(a: string, b: string): boolean {
  if (!/^\p{Ll}{3,}$/u.test(a) || !/^\p{Ll}{3,}$/u.test(b) || a === b) return false;
  if ([a, b].some((w) => NEGATIONS.has(w))) return false;
  // Two letters typed in the wrong order ("trcuk" / "truck", "bililon" / "billion"): no two words
  // of English figures or dates are so close, so a figure's word mistyped is a slip too.
  const at = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
  if (a.length === b.length && at.length === 2 && at[1] === at[0]! + 1 && a[at[0]!] === b[at[1]!] && a[at[1]!] === b[at[0]!]) return true;
  if ([a, b].some((w) => isNumberToken(w) || isDateWord(w))) return false;
  if (Math.abs(a.length - b.length) === 1) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    for (let k = 0; k < long.length; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
    return false;
  }
  if (a.length !== b.length) return false;
  return at.length === 1 && /[aeiou]/.test(a[at[0]!]!) && /[aeiou]/.test(b[at[0]!]!);
}

/**
 * The names a region of a word or two stands between, the same in both versions ("Pike | led |
 * Haddad", "Hale finished | ahead of | Moreno"): the capitalized run that ends right before it, or
 * one lowercase word (its verb) before it, and the run right after it. What is told is the words
 * from the first name to the second, before and after ("Hale finished behind Moreno").
 */
function betweenNames(region: Region, oldTokens: string[], newTokens: string[]): { before: string; after: string } | null {
  const { removed, added, oldAt, newAt } = region;
  if (!removed.length || !added.length || removed.length > 3 || added.length > 3) return null;
  const runBack = (ts: string[], at: number) => {
    let k = at;
    while (k > 0 && isCap(ts[k - 1]!) && !isStopword(ts[k - 1]!)) k--;
    return ts.slice(k, at);
  };
  const runOn = (ts: string[], at: number) => {
    let k = at;
    while (k < ts.length && isCap(ts[k]!) && !isStopword(ts[k]!)) k++;
    return ts.slice(at, k);
  };
  // ("Hale finished | ahead of": one lowercase word between the name and the changed words.)
  const verb = /^\p{Ll}{3,}$/u.test(newTokens[newAt - 1] ?? '') && !isStopword(newTokens[newAt - 1]!) ? 1 : 0;
  if (verb && newTokens[newAt - 1] !== oldTokens[oldAt - 1]) return null;
  const first = runBack(newTokens, newAt - verb);
  const second = runOn(newTokens, newAt + added.length);
  const same = (a: string[], b: string[]) => a.join(' ') === b.join(' ');
  if (!first.length || !second.length || first.length > 3 || second.length > 3) return null;
  if (!same(first, runBack(oldTokens, oldAt - verb)) || !same(second, runOn(oldTokens, oldAt + removed.length))) return null;
  // ("reach Corran | late | Tuesday": a day or month is when, not a side.)
  if ([...first, ...second].some(isDateWord)) return null;
  // "Pier 4", "Gate 9": a name that runs on into a number names a thing, not a side.
  if (isNumberToken(newTokens[newAt + added.length + second.length] ?? '')) return null;
  // "Officers opened …": one word opening the sentence that is a common noun's plural ("officer" +
  // s) or a word that opens sentences is no name, only capitalized where it stands.
  const opener = first.length === 1 && newAt - verb === 1 ? first[0]!.toLowerCase() : '';
  if (opener && (isSentenceStarter(opener) || `${lemmaOf(opener)}s` === opener || /^(?:police|staff|crews?|officials)$/.test(opener)))
    return null;
  const span = (ts: string[], from: number, to: number) => ts.slice(from, to).join(' ');
  return {
    before: span(oldTokens, oldAt - verb - first.length, oldAt + removed.length + second.length),
    after: span(newTokens, newAt - verb - first.length, newAt + added.length + second.length),
  };
}

/**
 * A unit after a figure changed (measures.ts). The same figure in another unit ("120 acres" →
 * "120 hectares", "40 pounds" → "40 kilograms") misstated the measure: a figure put right, told
 * with both units. The same measure in other units — a conversion put beside it ("5 miles (8 km)")
 * or taken out, or given instead ("5 miles" → "8 kilometers") — changes no fact. Null for any
 * other edit.
 */
function unitEdit(region: Region, oldTokens: string[], newTokens: string[]): EditFinding | null {
  const { removed, added, oldAt, newAt } = region;
  // The last word of the words put in or taken out, read as a unit after its figure.
  const lastUnit = (ts: string[], tokens: string[], at: number) => (ts.length >= 2 ? measureAt(tokens, at + ts.length - 1) : null);
  // "5 miles (8 km)": a figure and its unit put in (or taken out) right after a measure, stating the same.
  const beside = (ts: string[], tokens: string[], at: number) => {
    const unit = lastUnit(ts, tokens, at);
    const before = measureAt(tokens, at - 1);
    return !!unit && !!before && unit.figureAt === at && sameMeasure(tokens[before.figureAt]!, before, tokens[unit.figureAt]!, unit);
  };
  if ((!removed.length && beside(added, newTokens, newAt)) || (!added.length && beside(removed, oldTokens, oldAt)))
    return { type: 'cosmetic', reason: 'a measure given in other units' };
  if (!removed.length || !added.length) return null;
  const was = measureAt(oldTokens, oldAt + removed.length - 1);
  const now = measureAt(newTokens, newAt + added.length - 1);
  if (!was || !now || was.group === now.group) return null;
  const [wasFigure, nowFigure] = [oldTokens[was.figureAt]!, newTokens[now.figureAt]!];
  // "5 miles" → "8 kilometers": the figure and the unit changed together, to the same distance.
  if (was.figureAt >= oldAt && now.figureAt >= newAt && sameMeasure(wasFigure, was, nowFigure, now))
    return { type: 'cosmetic', reason: 'a measure given in other units' };
  // "120 acres" → "120 hectares": only the unit, after the same figure.
  if (removed.length === 1 && added.length === 1 && wasFigure === nowFigure && was.figureAt < oldAt && now.figureAt < newAt) {
    const span = (tokens: string[], from: number, to: number) => tokens.slice(from, to + 1).join(' ');
    return {
      type: 'corrected',
      fact: 'number',
      before: span(oldTokens, was.figureAt, oldAt),
      after: span(newTokens, now.figureAt, newAt),
    };
  }
  return null;
}

/**
 * A share of a unit put right: "a half-mile" → "a mile", "a half-hour" → "an hour", "a
 * quarter-mile" → "a half-mile" — another share or another unit is a measure put right; "a
 * half-hour" → "half an hour" says the same. Null for any other edit.
 */
function wordMeasureEdit(region: Region, oldTokens: string[], newTokens: string[]): EditFinding | null {
  const { removed, added, oldAt, newAt } = region;
  if (!removed.length || !added.length || removed.length > 3 || added.length > 3) return null;
  // The article before the words, when the edit left it standing ("a half-mile" → "a mile").
  const read = (ts: string[], tokens: string[], at: number) =>
    phraseMeasure(ts) ?? (/^(?:a|an|one)$/i.test(tokens[at - 1] ?? '') ? phraseMeasure([tokens[at - 1]!, ...ts]) : null);
  const [was, now] = [read(removed, oldTokens, oldAt), read(added, newTokens, newAt)];
  if (!was || !now) return null;
  if (!measuresDiffer(was, now)) return { type: 'cosmetic', reason: 'a measure written another way' };
  return { type: 'corrected', fact: 'amount', before: removed.join(' '), after: added.join(' ') };
}

/** Words that open a place's name and tell it from another ("North Carolina", "New Mexico", "East Timor"). */
const PLACE_OPENER = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|New|Upper|Lower|Central)$/;

/**
 * "North Carolina" → "South Carolina", "West Virginia" → "Virginia": the changed words are only
 * words that open a place's name, standing before the same capitalized words in both versions. The
 * compass word is part of the place — another state or country was meant, never a first name
 * misspelled. The place whole, before and after; null for any other edit.
 */
function compassPlace(region: Region, oldTokens: string[], newTokens: string[]): EditFinding | null {
  const { removed, added, oldAt, newAt } = region;
  if (removed.length > 1 || added.length > 1 || (!removed.length && !added.length)) return null;
  if (![...removed, ...added].every((t) => PLACE_OPENER.test(t))) return null;
  // The place's own words, right after the changed ones: the same capitalized run in both versions.
  const body = (tokens: string[], at: number) => {
    let k = at;
    while (k < tokens.length && k - at < 3 && /^\p{Lu}\p{Ll}/u.test(tokens[k]!) && !isStopword(tokens[k]!)) k++;
    return tokens.slice(at, k).join(' ');
  };
  const was = body(oldTokens, oldAt + removed.length);
  const now = body(newTokens, newAt + added.length);
  if (!was || was !== now) return null;
  // ("Ann West Cole": a word after a capital of its own is inside a name, not opening a place.)
  const previous = (tokens: string[], at: number) => tokens[at - 1] ?? '';
  if ([previous(oldTokens, oldAt), previous(newTokens, newAt)].some((t) => /^\p{Lu}/u.test(t) && !isStopword(t))) return null;
  return {
    type: 'corrected',
    fact: 'place',
    before: [...removed, was].join(' '),
    after: [...added, now].join(' '),
  };
}

/** Pronouns whose "'s" is "is" or "has" ("it's", "that's"), not a possessive. */
const S_IS = /^(?:it|he|she|that|there|what|who|here|where|how|let)$/;

/** The words a token stands for, contractions spelled out: "won't" → "will not", "we'd" → "we would"/"we had". */
function uncontracted(token: string): string[][] {
  const t = token.toLowerCase().replace(/’/g, "'");
  const whole: Record<string, string> = {
    "won't": 'will not',
    "can't": 'can not',
    cannot: 'can not',
    "shan't": 'shall not',
    "let's": 'let us',
  };
  if (whole[t]) return [whole[t].split(' ')];
  const m = /^(\p{L}+)('ll|'re|'ve|'m|'d|'s|n't)$/u.exec(t);
  if (!m) return [[t]];
  const [, stem, tail] = m as unknown as [string, string, string];
  if (tail === "'s")
    return S_IS.test(stem)
      ? [
          [stem, 'is'],
          [stem, 'has'],
        ]
      : [[t]];
  if (tail === "'d")
    return [
      [stem, 'would'],
      [stem, 'had'],
    ];
  return [[stem, { "'ll": 'will', "'re": 'are', "'ve": 'have', "'m": 'am', "n't": 'not' }[tail]!]];
}

/** True when two runs of words differ only by contractions ("We will" / "We'll", "did not" / "didn't"). */
function sameUncontracted(removed: string[], added: string[]): boolean {
  if (!removed.length || !added.length || removed.length === added.length) return false;
  // Every reading of each run, spelled out (a "'d" reads two ways).
  const readings = (ts: string[]) =>
    ts.reduce<string[][]>((all, t) => all.flatMap((words) => uncontracted(t).map((w) => [...words, ...w])), [[]]);
  const was = new Set(readings(removed).map((w) => w.join(' ')));
  return readings(added).some((w) => was.has(w.join(' ')));
}

/** "noone", "nobody" → "no": the indefinite pronoun's kind; '' for any other word. */
function indefinite(letters: string): string {
  return /^(no|every|some|any)(?:one|body)$/.exec(letters)?.[1] ?? '';
}

function readRegion(region: Region, older: string, newer: string, oldTokens: string[], newTokens: string[]): EditFinding {
  const { removed, added } = region;
  const sameIgnoringCase = removed.join(' ').toLowerCase() === added.join(' ').toLowerCase();
  if (sameIgnoringCase) return { type: 'cosmetic', reason: 'capitalization' };
  // "Googles" → "Google's": an apostrophe put right is punctuation, not a new name.
  // So is a point or a hyphen: "U.S." / "US", "e-mail" / "email", "long-term" / "long term".
  const letters = (ts: string[]) =>
    ts
      .join('')
      .replace(/['’.-]/g, '')
      .toLowerCase();
  // (Not a point inside a figure: "2.5" and "25" are two figures, "$1.2" and "$12" two sums.)
  const points = (ts: string[]) => ts.join(' ').match(/\d\.\d/g)?.length ?? 0;
  if (letters(removed) === letters(added) && points(removed) === points(added))
    return { type: 'cosmetic', reason: 'punctuation, quote marks or spacing' };
  // "We will" / "We'll", "do not" / "don't": a contraction is the same words, in a quotation too.
  if (sameUncontracted(removed, added)) return { type: 'cosmetic', reason: 'a contraction' };
  // "mark" → "marks" after its subject: usage put right, no fact (usage-fixes.ts).
  if (agreementOnly(removed, added, older, newer)) return { type: 'cosmetic', reason: 'agreement' };
  // "No one" / "nobody", "everyone" / "everybody": one pronoun in its two spellings says the same.
  if (indefinite(letters(removed)) && indefinite(letters(removed)) === indefinite(letters(added)))
    return { type: 'cosmetic', reason: 'wording' };
  // "make one one phone call", "the first first year": a word typed twice, once taken out (or put
  // in), is a slip, a figure's word too — the sentence still says one call.
  const [once] = removed.length === 1 && !added.length ? removed : added.length === 1 && !removed.length ? added : [];
  if (once) {
    const [tokens, at] = removed.length ? [oldTokens, region.oldAt] : [newTokens, region.newAt];
    const same = (t: string | undefined) => t?.toLowerCase() === once.toLowerCase();
    if (same(tokens[at - 1]) || same(tokens[at + 1])) return { type: 'cosmetic', reason: 'a word typed twice' };
  }
  // "St." / "Street", "Dept." / "Department": a word abbreviated or spelled out.
  // (The tokenizer drops a word's closing point; the sentence shows whether it had one.)
  const dotted = (t: string) =>
    /\.$/.test(t) || new RegExp(`\\b${escapeRegExp(t)}\\.`).test(`${older} ${newer}`) ? `${t.replace(/\.$/, '')}.` : t;
  if (removed.length === added.length && removed.every((t, k) => sameWordAbbreviated(dotted(t), dotted(added[k]!))))
    return { type: 'cosmetic', reason: 'an abbreviation' };
  // "U.S." / "United States", "NASA" / "National Aeronautics and Space Administration": a name
  // and the capitals it is shortened to.
  if (spelledOut(removed, added) || spelledOut(added, removed)) return { type: 'cosmetic', reason: 'an abbreviation' };
  // "1000" → "1,000", "47%" → "47 percent", "ten" → "10": the same figure written another way.
  const figures = (ts: string[]) => {
    const values = ts.map((t, k) => {
      // "$380K", "$1.2M", "$3bn": a scale's short form after its figure is the scale.
      const scale = isNumberToken(ts[k - 1] ?? '') ? SCALE_SHORT[t.toLowerCase()] : undefined;
      if (scale) return scale;
      const short = /^(\$\d[\d,.]*?)(bn|mn|tn|[kmb])$/i.exec(t);
      if (short) return `${short[1]!.replace(/,/g, '')} ${SCALE_SHORT[short[2]!.toLowerCase()]}`;
      const word = numberWordValue(t);
      if (word !== undefined) return String(word);
      if (/^(?:percent|per cent|%)$/i.test(t)) return '%';
      // "voted 6-1" / "voted 6 to 1": a score or a range spelled with its hyphen or with "to".
      if (/^\d+-\d+$/.test(t)) return t.replace('-', ' to ');
      return t.replace(/(?<=\d),(?=\d{3}\b)/g, '').replace(/%$/, ' %');
    });
    // "$1.5 million" / "$1,500,000": a sum in words of scale is the same sum in figures.
    return values
      .join(' ')
      .replace(/\s+/g, ' ')
      .toLowerCase()
      .replace(/(\d+(?:\.\d+)?)\s+(thousand|million|billion|trillion)\b/g, (_, n: string, scale: string) =>
        String(Math.round(Number(n) * { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[scale as 'thousand'])),
      );
  };
  if ((removed.some(isNumberToken) || added.some(isNumberToken)) && figures(removed) === figures(added))
    return { type: 'cosmetic', reason: 'a figure written another way' };
  // "$1.2 million" → "$1.2M": only the scale changed its form, after the same figure.
  if (removed.length === 1 && added.length === 1 && isNumberToken(oldTokens[region.oldAt - 1] ?? '')) {
    const [was, now] = [removed[0]!.toLowerCase(), added[0]!.toLowerCase()];
    if ((SCALE_SHORT[was] ?? was) === (SCALE_SHORT[now] ?? now) && /^(?:thousand|million|billion|trillion)$/.test(SCALE_SHORT[was] ?? was))
      return { type: 'cosmetic', reason: 'a figure written another way' };
  }
  const measured = unitEdit(region, oldTokens, newTokens) ?? wordMeasureEdit(region, oldTokens, newTokens);
  if (measured) return measured;
  const compass = compassPlace(region, oldTokens, newTokens);
  if (compass) return compass;
  // "northeast of Dalton" → "northwest of Dalton": a bearing from a place put right (compass-bearings.ts).
  const bearing = bearingChanged(removed, added, oldTokens, newTokens, region.oldAt, region.newAt);
  if (bearing) return { type: 'corrected', fact: 'place', ...bearing };
  const negation = (ts: string[]) => ts.some((t) => NEGATIONS.has(t.toLowerCase()) || /n't$/i.test(t));
  const quoted = added.length ? tokenInsideQuote(newer, newTokens, region.newAt) : tokenInsideQuote(older, oldTokens, region.oldAt);
  // "The cause was not known" → "The cause was a faulty heater": what was not yet known is news
  // now, not a claim turned round.
  if (negation(removed) && !negation(added) && NOT_YET_KNOWN.test(older) && !NOT_YET_KNOWN.test(newer))
    return { type: 'added', text: added.join(' ') || newer };
  if (negation(removed) !== negation(added) && !quoted)
    return { type: 'corrected', fact: 'negation', before: removed.join(' '), after: added.join(' ') };
  // "'We will close the plant'" → "'We will not close the plant'": a negation put into or taken out
  // of words quoted in both versions says the speaker said the opposite — the quotation was wrong,
  // and is named whole. A "not" that opens a restyle ("not only") is no negation (`polarWords`).
  const inBoth =
    tokenInsideQuote(older, oldTokens, Math.min(region.oldAt, oldTokens.length - 1)) &&
    tokenInsideQuote(newer, newTokens, Math.min(region.newAt, newTokens.length - 1));
  if (
    quoted &&
    inBoth &&
    // (A "not" for a "never" still changes the words: only a denial put in or taken out counts, or
    // a "not" that was not there, as before.)
    (denies(removed.concat(oldTokens[region.oldAt + removed.length] ?? '')) !==
      denies(added.concat(newTokens[region.newAt + added.length] ?? '')) ||
      polarWords(removed.concat(oldTokens[region.oldAt + removed.length] ?? '')).includes('not') !==
        polarWords(added.concat(newTokens[region.newAt + added.length] ?? '')).includes('not'))
  )
    return { type: 'corrected', fact: 'quote', before: quotationHolding(older, removed), after: quotationHolding(newer, added) };
  // Words the other version of the sentence also has were moved or reworded, not added or cut:
  // "Members of the council said" in a rewording of "The council … members needed …".
  // Compared by a crude stem, so "vote" and "voting" are one word reworded.
  const stem = (t: string) => (t.length > 3 ? t.replace(/(?:ing|ed|es|s|e)$/, '') : t);
  const content = (ts: string[]) => ts.filter((t) => !isStopword(t) && t.length > 2).map((t) => stem(t.toLowerCase()));
  const newWords = new Set(content(newTokens));
  const oldWords = new Set(content(oldTokens));
  const fresh = content(added).filter((t) => !oldWords.has(t));
  const gone = content(removed).filter((t) => !newWords.has(t));
  // "the deputy director" → "the director", "Director" → "Acting Director": a post's rank put right.
  const changedWords = removed.length ? removed : added;
  const nextWord = removed.length ? (oldTokens[region.oldAt + removed.length] ?? '') : (newTokens[region.newAt + added.length] ?? '');
  if (
    (!removed.length || !added.length) &&
    changedWords.length <= 2 &&
    changedWords.every((t) => RANK.test(t)) &&
    (isTitleWord(nextWord) || ROLE_HEAD.test(nextWord)) &&
    nameRuns(newer).some((r) => personName(r.text).split(' ').length >= 2)
  ) {
    const at = (removed.length ? region.oldAt : region.newAt) + changedWords.length;
    const post = (removed.length ? oldTokens : newTokens).slice(at, at + 1).join(' ');
    return {
      type: 'corrected',
      fact: 'role',
      before: removed.length ? `${removed.join(' ')} ${post}` : post,
      after: added.length ? `${added.join(' ')} ${post}` : post,
    };
  }
  // "'We will reopen'" → "'We will reopen in part'": words put into a quotation that stands in
  // both versions change what the speaker said — the quotation was put right.
  const inQuote = (text: string, tokens: string[], at: number) => at > 0 && tokenInsideQuote(text, tokens, at);
  // "'We will only reopen'" → "'We will reopen'": a word taken out of a quotation that stands in both
  // versions, function word or not ("only", "all", "every"), is the speaker's word gone: a misquote.
  // (Only words that say something: a content word, a figure, or a word that limits or counts —
  // "only", "all", "every". An article or a preposition put back is a slip mended, no misquote.)
  const says = (ts: string[]) =>
    ts.some((t) => isNumberToken(t) || (!isStopword(t) && t.length > 2) || QUOTE_QUALIFIER.test(t) || QUANTIFIER.test(t));
  if (
    added.length === 0 &&
    removed.length <= 2 &&
    says(removed) &&
    inQuote(older, oldTokens, region.oldAt) &&
    inQuote(older, oldTokens, region.oldAt + removed.length - 1) &&
    inQuote(newer, newTokens, region.newAt - 1) &&
    inQuote(newer, newTokens, Math.min(region.newAt, newTokens.length - 1)) &&
    !removed.some(isCap)
  )
    return { type: 'corrected', fact: 'quote', before: quotationHolding(older, removed), after: quotationHolding(newer, []) };
  if (removed.length === 0) {
    const intoQuote =
      inQuote(newer, newTokens, region.newAt) &&
      inQuote(newer, newTokens, region.newAt + added.length - 1) &&
      inQuote(older, oldTokens, region.oldAt - 1);
    if (fresh.length === 0 && !added.some(isNumberToken) && !(intoQuote && added.length <= 2 && !added.some(isCap) && says(added)))
      return { type: 'cosmetic', reason: 'word order' };
    if (
      inQuote(newer, newTokens, region.newAt) &&
      inQuote(newer, newTokens, region.newAt + added.length - 1) &&
      inQuote(older, oldTokens, region.oldAt - 1) &&
      !added.some(isCap) &&
      // A qualifier or a word or two put into the speaker's words ("in part", "only", "not") changes
      // what they said; a quotation that only goes on ("…, and we will be stronger for it") is more
      // of what they said, an addition.
      (added.length <= 2 ||
        QUOTE_QUALIFIER.test(added.join(' ')) ||
        // A qualifier put into the same quotation in another region of the edit.
        (QUOTE_QUALIFIER.test(quotationsOf(newer)) && !QUOTE_QUALIFIER.test(quotationsOf(older))))
    ) {
      return {
        type: 'corrected',
        fact: 'quote',
        before: quotationHolding(older, removed.length ? removed : []),
        after: quotationHolding(newer, added),
      };
    }
    const credit = completedCredit(region, oldTokens, newTokens);
    if (credit) return { type: 'corrected', fact: 'detail', ...credit };
    // "the risk of death for a middle-aged person" → "… death by an unnatural cause for …": a
    // phrase with nouns of its own narrows the claim — detail added, not a slip put right.
    if (
      added.length >= 3 &&
      PREPOSITION.test(added[0]!) &&
      fresh.length >= 2 &&
      !added.some((t) => FINITE.test(t)) &&
      !added.some((t) => isCap(t) || isNumberToken(t))
    )
      return { type: 'added', text: added.join(' ') };
    return significant(added, region.newAt === 0) ? { type: 'added', text: added.join(' ') } : { type: 'cosmetic', reason: 'wording' };
  }
  // "with a gun" → "with her father's gun": an article gives way to whose the thing is — the
  // owner is a detail added (a possessive put right, "his" → "her", is not this shape).
  if (
    removed.length > 0 &&
    removed.every((t) => ARTICLES.test(t)) &&
    added.length >= 1 &&
    added.length <= 3 &&
    POSSESSIVE.test(added[added.length - 1]!) &&
    /^\p{Ll}/u.test(newTokens[region.newAt + added.length] ?? '')
  )
    return { type: 'added', text: added.join(' ') };
  if (added.length === 0) {
    if (gone.length === 0 && !removed.some(isNumberToken)) return { type: 'cosmetic', reason: 'word order' };
    // "very high, much too high" → "very high, too high": a word or two taken from inside words
    // still quoted changes what the speaker said — a misquote, as one put in is.
    if (
      removed.length <= 2 &&
      region.oldAt > 0 &&
      !removed.some(isCap) &&
      // ("the" dropped from a quotation is a slip, not words changed.)
      !removed.every((t) => isStopword(t) || ARTICLES.test(t)) &&
      tokenInsideQuote(older, oldTokens, region.oldAt) &&
      tokenInsideQuote(older, oldTokens, region.oldAt + removed.length - 1) &&
      tokenInsideQuote(newer, newTokens, Math.min(region.newAt, newTokens.length - 1)) &&
      region.newAt > 0 &&
      tokenInsideQuote(newer, newTokens, region.newAt - 1)
    )
      return { type: 'corrected', fact: 'quote', before: quotationHolding(older, removed), after: quotationHolding(newer, []) };
    return significant(removed, region.oldAt === 0)
      ? { type: 'removed', text: removed.join(' ') }
      : { type: 'cosmetic', reason: 'wording' };
  }
  // "$3 million" → "$3 billion": the scale belongs to its figure, which is read whole.
  const scale = (ts: string[]) => ts.length > 0 && ts.every((t) => /^(?:thousand|million|billion|trillion)$/i.test(t));
  const figureBefore = newTokens[region.newAt - 1] ?? '';
  const whole = scale(removed) && scale(added) && /\d/.test(figureBefore) && figureBefore === (oldTokens[region.oldAt - 1] ?? '');
  const before = whole ? `${figureBefore} ${removed.join(' ')}` : removed.join(' ');
  const after = whole ? `${figureBefore} ${added.join(' ')}` : added.join(' ');
  if (whole) return { type: 'corrected', fact: /^[$€£]/.test(figureBefore) ? 'amount' : 'number', before, after };
  // Words changed inside a quoted title ("The Salt Road" → "The Silk Road") put the title right:
  // a quotation in title case names a work, it does not report anyone's words.
  if (inQuotedTitle(newer, added) && inQuotedTitle(older, removed)) return { type: 'corrected', fact: 'quote', before, after };
  // "Seventy-two" → "Seventy-five" opening a sentence: a figure put right, not a name (spelled-percent.ts).
  if (numberWordSwapped(removed, added)) return { type: 'corrected', fact: 'number', before, after };
  // A name fixed inside a quotation is a misspelled name, not a misquote.
  const capsOnly = (ts: string[]) => ts.length > 0 && ts.every((t) => isCap(t));
  if (capsOnly(removed) && capsOnly(added) && removed.length === added.length && !added.some(isDateWord) && !removed.some(isDateWord)) {
    // "Ind." → "Ill.": one state for another is a place put right, never a name misspelled.
    if (otherState(removed.join(' '), added.join(' '))) return { type: 'corrected', fact: 'place', before, after };
    // "House Majority Leader" → "House Minority Leader": a post's qualifier put right, no name (title-qualifiers.ts).
    if (
      qualifiesTitleBeforeName(newTokens, region.newAt, added.length) &&
      qualifiesTitleBeforeName(oldTokens, region.oldAt, removed.length)
    )
      return { type: 'corrected', fact: 'title', before, after };
    // "Deputy Secretary of Commerce" → "Under Secretary …": the qualifier of the same post put right (qualified-posts.ts).
    if (postQualifierPutRight(removed, added, oldTokens[region.oldAt + 1] ?? '', newTokens[region.newAt + 1] ?? ''))
      return { type: 'corrected', fact: 'title', before, after };
    // "the Senate Approprations Committee" → "Appropriations": a common word's slip in a body's name (body-name-typos.ts).
    const bare = (t: string) => t.replace(/['’]s$/, '').toLowerCase();
    if (
      removed.length === 1 &&
      typoInBodyName(removed[0]!, added[0]!, runContaining(newer, added[0]!), respelled(bare(removed[0]!), bare(added[0]!)), newer)
    )
      return { type: 'cosmetic', reason: 'spelling' };
    const distance = editDistance(removed.join(' ').toLowerCase(), added.join(' ').toLowerCase());
    if (
      distance > 0 &&
      distance <= Math.max(2, Math.floor(Math.max(before.length, after.length) / 3)) &&
      (!added.every(isTitleWord) || quotedRegion(newer, newTokens, region))
    ) {
      return {
        type: 'corrected',
        fact: 'name-spelling',
        before: removed.map((t) => t.replace(/'s$/, '')).join(' '),
        after: added.map((t) => t.replace(/'s$/, '')).join(' '),
      };
    }
  }
  // "former pitcher Luis Brandt" → "shortstop", "Nora Vell, an economist" → "a sociologist": a
  // lowercase role beside a name put right (roles-beside-names.ts).
  // (A role's word mistyped and put right, "ledaer" → "leader", is the same role: a slip, below.)
  const roleRespelled = removed.length === 1 && added.length === 1 && respelled(removed[0]!.toLowerCase(), added[0]!.toLowerCase());
  if (!roleRespelled && !quotedRegion(newer, newTokens, region) && roleBesideName(plainText(older), plainText(newer), before, after))
    return { type: 'corrected', fact: 'role', before, after };
  // ("a lawyer" → "an attorney": the same role in other words is restyling.)
  if (sameRole(before, after)) return { type: 'cosmetic', reason: 'the same role in other words' };
  // A title or role of a named person changed ("deputy mayor" → "city manager"): a correction.
  // So is the word that says which one, when the role's head noun stands on in both versions
  // ("finance director" → "budget director", "director of finance" → "director of operations").
  // ("vice-president" is a post as "vice president" is: hyphenated-posts.ts.)
  const isRoleWord = (t: string) => isTitleWord(t) || ROLE_NOUN.test(t) || isHyphenatedPost(t);
  // (A role the lists lack, read in its sentence: "director" → "researcher", "volunteer": role-nouns.ts.)
  // (Kin are no role: "her son" → "her nephew" is the relative named wrongly, told below; capitals
  // changed with the role are the title reader's: "Ottawa correspondent" → "Europe editor".)
  // (Nor a role's word mistyped and put right: "ecnomist" → "economist" is a slip.)
  const lowerOnly = !roleRespelled && [...removed, ...added].every((t) => !/^\p{Lu}/u.test(t));
  const titleWords = (ts: string[], sentence = '') =>
    ts.filter((t) => isRoleWord(t) || (!!sentence && lowerOnly && !isKinNoun(t) && isRoleNounIn(sentence, t)));
  const headAfter = newTokens[region.newAt + added.length] ?? '';
  const sameHeadAfter = headAfter.toLowerCase() === (oldTokens[region.oldAt + removed.length] ?? '').toLowerCase();
  const headBefore =
    (newTokens[region.newAt - 1] ?? '').toLowerCase() === 'of' &&
    (newTokens[region.newAt - 2] ?? '').toLowerCase() === (oldTokens[region.oldAt - 2] ?? '').toLowerCase()
      ? (newTokens[region.newAt - 2] ?? '')
      : '';
  const roleModifier =
    removed.length <= 3 &&
    added.length <= 3 &&
    // A post is lowercase in running text; capitals here name a place or a body ("of Harwick College").
    [...removed, ...added].every((t) => /^\p{Ll}/u.test(t) && !isNumberToken(t) && !isDateWord(t)) &&
    ((sameHeadAfter && ROLE_HEAD.test(headAfter)) || ROLE_HEAD.test(headBefore));
  if (
    ((titleWords(removed, older).length && titleWords(added, newer).length) || roleModifier) &&
    !quotedRegion(newer, newTokens, region) &&
    (nameRuns(newer).some((r) => personName(r.text).split(' ').length >= 2) || titledSurname(newer) !== '')
  ) {
    if (roleModifier && !titleWords(added).length) {
      const tail = sameHeadAfter && ROLE_HEAD.test(headAfter) ? ` ${headAfter}` : '';
      // The whole post, with the unchanged words before it ("chief" of "chief operating officer").
      let lead = region.newAt;
      while (lead > 0 && /^\p{Ll}+$/u.test(newTokens[lead - 1]!) && !isStopword(newTokens[lead - 1]!)) lead--;
      const head = tail
        ? newTokens
            .slice(lead, region.newAt)
            .map((t) => `${t} `)
            .join('')
        : `${headBefore} of `;
      return { type: 'corrected', fact: 'role', before: `${head}${before}${tail}`, after: `${head}${after}${tail}` };
    }
    // "chief | executive" → "chief | financial officer": a rank word before the post goes with it.
    const rank = newTokens[region.newAt - 1] ?? '';
    if (RANK.test(rank) && /^\p{Ll}/u.test(rank) && rank === oldTokens[region.oldAt - 1])
      return { type: 'corrected', fact: 'role', before: `${rank} ${before}`, after: `${rank} ${after}` };
    // "the director of" → "a researcher at": the posts without their articles, and with the body both
    // are at, which the change ends before ("a researcher at the University of Chicago Education Lab").
    const body = bodyAfterChange(newTokens, region.newAt + added.length);
    const post = (ts: string[]) => {
      const words = /^(?:a|an|the)$/i.test(ts[0] ?? '') ? ts.slice(1) : ts;
      return /^(?:of|at|for|with)$/i.test(words.at(-1) ?? '') && body ? `${words.join(' ')} ${body}` : words.join(' ');
    };
    const framed = (ts: string[]) => /^(?:a|an|the)$/i.test(ts[0] ?? '') || /^(?:of|at|for|with)$/i.test(ts.at(-1) ?? '');
    if (framed(removed) || framed(added)) return { type: 'corrected', fact: 'role', before: post(removed), after: post(added) };
    return { type: 'corrected', fact: 'role', before, after };
  }
  // "born" → "borne", "loose" → "lose", "then" → "than": one word respelled by a letter is a slip
  // put right (a typo or a homophone), not a misquote or a fact — the word still says what it said.
  // "her son" → "her sons", "the man" → "the men": one or many is a fact, however few letters it
  // takes — when the word is a noun in both versions ("as he steer" → "steers" is a verb put right).
  const nounIn = (sentence: string, word: string) => tagged(sentence).some((t) => t.lower === word.toLowerCase() && t.pos === 'NOUN');
  const numberChanged =
    removed.length === 1 &&
    added.length === 1 &&
    singularAndPlural(removed[0]!.toLowerCase(), added[0]!.toLowerCase()) &&
    nounIn(older, removed[0]!) &&
    nounIn(newer, added[0]!);
  // "tea like oolong" → "teas like oolong": a noun that names a kind is one or many alike (kind-nouns.ts).
  const adjectiveIn = (sentence: string) => (word: string) =>
    tagged(sentence).some((t) => t.lower === word.toLowerCase() && t.pos === 'ADJ');
  if (
    numberChanged &&
    namesAKind(oldTokens, region.oldAt, adjectiveIn(older), isPersonNoun) &&
    namesAKind(newTokens, region.newAt, adjectiveIn(newer), isPersonNoun)
  )
    return { type: 'cosmetic', reason: 'a noun naming a kind made plural or singular' };
  // "both team" → "both teams": the noun made to agree with its unchanged counting word (determiner-agreement.ts).
  const modifierIn = (word: string) => /['’]s$/.test(word) || adjectiveIn(newer)(word);
  if (numberChanged && agreesWithCounter(newTokens, region.newAt, removed[0]!, added[0]!, modifierIn))
    return { type: 'cosmetic', reason: 'agreement' };
  if (!numberChanged && removed.length === 1 && added.length === 1 && respelled(removed[0]!, added[0]!))
    return { type: 'cosmetic', reason: 'spelling' };
  // "Presdient Ronald Reagan" → "President Ronald Reagan": a title's word mistyped and put right is
  // a slip — the title itself never changed (review 10t). A name's letters stay a name's spelling.
  if (
    removed.length === 1 &&
    added.length === 1 &&
    isTitleWord(added[0]!) &&
    !isTitleWord(removed[0]!) &&
    respelled(removed[0]!.toLowerCase(), added[0]!.toLowerCase())
  )
    return { type: 'cosmetic', reason: 'spelling' };
  // Words inside a quotation are the speaker's: any change there misquoted them.
  if (tokenInsideQuote(newer, newTokens, region.newAt) && tokenInsideQuote(older, oldTokens, region.oldAt)) {
    return { type: 'corrected', fact: 'quote', before, after };
  }
  // "her son" → "her sons": one or many changes who the story is about (how many were killed),
  // told with the word that leads the noun when both versions share it.
  if (numberChanged) {
    const lead = newTokens[region.newAt - 1] ?? '';
    const shared = DETERMINERS.has(lead.toLowerCase()) && oldTokens[region.oldAt - 1] === lead ? `${lead} ` : '';
    return { type: 'corrected', fact: 'detail', before: `${shared}${before}`, after: `${shared}${after}` };
  }
  // "at 9 a.m." → "at 9 p.m.": the same clock, twelve hours on, is another time.
  if (removed.length === 1 && added.length === 1 && /^[ap]\.?m\.?$/i.test(removed[0]!) && /^[ap]\.?m\.?$/i.test(added[0]!)) {
    const was = clockTimes(older).find((c) => !clockTimes(newer).some((n) => n.text === c.text));
    const now = clockTimes(newer).find((c) => !clockTimes(older).some((o) => o.text === c.text));
    if (was && now && !isTimeStamp(was, older) && !isTimeStamp(now, newer))
      return { type: 'corrected', fact: 'time', before: was.text, after: now.text };
  }
  // "No one", "every one": a pronoun, not a figure of one.
  const numbers = (ts: string[]) =>
    ts.filter((t, k) => isNumberToken(t) && !(/^one$/i.test(t) && /^(?:no|every|some|any)$/i.test(ts[k - 1] ?? '')));
  // "May Chen", "June Ortiz": a month before a capitalized word is a first name, not a date.
  const firstName = (ts: string[], tokens: string[], at: number) =>
    ts.length === 1 &&
    /^(?:May|June|April|August|January)$/.test(ts[0]!) &&
    /^\p{Lu}\p{Ll}/u.test(tokens[at + 1] ?? '') &&
    // ("In May Pruitt signed the bill": after a word of time, a month.)
    !/^(?:in|on|by|since|until|from|through|during|of|last|next|early|late|mid|this|that|each|every)$/i.test(tokens[at - 1] ?? '');
  const dates = (ts: string[]) =>
    firstName(removed, oldTokens, region.oldAt) || firstName(added, newTokens, region.newAt) ? [] : ts.filter(isDateWord);
  // A date put right: a date on both sides, or a date alone in what changed. A date that comes
  // with a new clause around it ("is in critical condition" → "died Monday at the hospital") is a
  // sentence rewritten around what happened next, not a date put right.
  const dateOnly = (ts: string[], other: string[]) =>
    !dates(other).length && ts.filter((t) => !isDateWord(t) && !isStopword(t) && !isNumberToken(t)).length >= 2;
  // ("Tuesay" → "Tuesday": a day's name mistyped is a slip, not a date put right; date-word-slips.ts.)
  if (dateWordMistyped(removed, added, isDateWord, respelled)) return { type: 'cosmetic', reason: 'spelling' };
  if ((dates(removed).length || dates(added).length) && !dateOnly(added, removed) && !dateOnly(removed, added))
    return { type: 'corrected', fact: 'date', before, after };
  // "near Route 9" → "near Route 19", "Gate 4" → "Gate 14": the number of a numbered name names
  // another road or gate: a place put right, told by its whole name.
  const numberedName = (tokens: string[], at: number, ts: string[]) =>
    ts.length === 1 && /^\d+$/.test(ts[0]!) && at > 1 && opensOnNumberedName(`${tokens[at - 1]} ${ts[0]}`)
      ? `${tokens[at - 1]} ${ts[0]}`
      : '';
  const [wasNamed, nowNamed] = [numberedName(oldTokens, region.oldAt, removed), numberedName(newTokens, region.newAt, added)];
  if (wasNamed && nowNamed && oldTokens[region.oldAt - 1] === newTokens[region.newAt - 1])
    return { type: 'corrected', fact: 'detail', before: wasNamed, after: nowNamed };
  if (numbers(removed).length || numbers(added).length) {
    // "3:15 p.m." → "3:45 p.m.": a time tells when, not how many; a live blog's stamp is furniture.
    const clockOnly = numbers(removed).every((t) => isClockToken(t, older)) && numbers(added).every((t) => isClockToken(t, newer));
    if (clockOnly) {
      const oldClocks = clockTimes(older);
      const newClocks = clockTimes(newer);
      const was = oldClocks.find((c) => !newClocks.some((n) => n.text === c.text));
      const now = newClocks.find((c) => !oldClocks.some((o) => o.text === c.text));
      if ((was && isTimeStamp(was, older)) || (now && isTimeStamp(now, newer))) return { type: 'cosmetic', reason: 'a time stamp' };
      if (was && now) return { type: 'corrected', fact: 'time', before: was.text, after: now.text };
    }
    const contextAfter = newTokens
      .slice(region.newAt + added.length, region.newAt + added.length + 1)
      .join(' ')
      .toLowerCase();
    const contextBefore = (newTokens[region.newAt - 1] ?? '').toLowerCase();
    if (added.some(isYear) && removed.some(isYear)) {
      const monthNear = isDateWord(contextBefore) || isDateWord(newTokens[region.newAt - 2] ?? '');
      return { type: 'corrected', fact: monthNear ? 'date' : 'year', before, after };
    }
    // ("on 4 March" → "on 14 March": a day before its month, as British copy writes it.)
    const monthAfter = newTokens[region.newAt + added.length] ?? '';
    const dayOfMonth =
      added.length === 1 && /^\d{1,2}$/.test(added[0]!) && /^\p{Lu}/u.test(monthAfter) && MONTHS.has(contextAfter.replace(/\.$/, ''));
    if (isDateWord(contextBefore) || dayOfMonth) return { type: 'corrected', fact: 'date', before, after };
    // ("the 2020-21 fiscal year", "the 2019-20 season": a year and the next one's last two digits
    // name a season or fiscal year, told as a year, never a score.)
    const season = (t: string) => /^(?:19|20)\d\d-\d\d$/.test(t) && (Number(t.slice(2, 4)) + 1) % 100 === Number(t.slice(5));
    if (added.length && added.every(season)) return { type: 'corrected', fact: 'year', before, after };
    // ("gusts of 25-35 mph", "a 10-12% rise": a range its unit follows is a measure, never a score.)
    const measured = /^(?:%|percent|per)$/.test(contextAfter) || !!unitOfWord(contextAfter);
    if (added.some((t) => /^\d+-\d+$/.test(t)) && measured) return { type: 'corrected', fact: 'number', before, after };
    if (added.some((t) => /^\d+-\d+$/.test(t))) return { type: 'corrected', fact: 'score', before, after };
    // "€6,000" is tokenized "6,000": the sentence shows the sign, and the amount keeps it.
    const signed = (ts: string[], text: string) =>
      ts.map((t) => new RegExp(`[€£](?=${escapeRegExp(t)}(?![\\d,.]*\\d))`).exec(text)?.[0].concat(t) ?? t);
    const money = [...signed(added, newer), ...signed(removed, older)].some((t) => /^[€£]/.test(t));
    if (
      money ||
      added.some((t) => t.startsWith('$') || t.endsWith('%')) ||
      /^(million|billion|trillion|percent|%)$/.test(contextAfter) ||
      // ("41 per cent": the British percentage.)
      (contextAfter === 'per' && /^cent$/i.test(newTokens[region.newAt + added.length + 1] ?? ''))
    ) {
      return money
        ? { type: 'corrected', fact: 'amount', before: signed(removed, older).join(' '), after: signed(added, newer).join(' ') }
        : { type: 'corrected', fact: 'amount', before, after };
    }
    return { type: 'corrected', fact: 'number', before, after };
  }
  const possessive = (t: string) => t.replace(/'s$/, '');
  // A capital that only opens the sentence ("Workers were told …" → "… told workers") is no name:
  // the same word stands lowercase in the other version.
  const lowerOld = new Set(oldTokens.filter((t) => !isCap(t)));
  const lowerNew = new Set(newTokens.filter((t) => !isCap(t)));
  // So is a word that wink-nlp does not read as a name when one word gives way to another at the
  // start ("Less than 40" → "Fewer than 40"): a usage put right, no name.
  // (Read in lower case: wink takes any capital at the start for a name. A noun may be a name
  // lowercased, so only a word of another part of speech — "less", "fewer", "many" — counts.)
  // (Not an adjective standing as the subject before its verb: "Young scored 22 points" is a
  // surname, and a surname put right is a name; "Strong winds", "Less than 40" are usage.)
  const commonWord = (t: string, sentence: string) => {
    const [first, second] = tagged(sentence.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
    return (
      removed.length === 1 &&
      added.length === 1 &&
      first?.lower === t.toLowerCase() &&
      (['ADV', 'DET', 'ADP', 'PRON'].includes(first.pos) || (first.pos === 'ADJ' && !['VERB', 'AUX'].includes(second?.pos ?? '')))
    );
  };
  const opener = (t: string, at: number, other: Set<string>) =>
    at === 0 &&
    (isSentenceStarter(t) ||
      other.has(t.toLowerCase()) ||
      // "None", "No", "Most": a function word opening the sentence is never a name.
      isStopword(t) ||
      NEGATIONS.has(t.toLowerCase()) ||
      (commonWord(removed[0]!, older) && commonWord(added[0]!, newer)));
  const capsRemoved = removed.map(possessive).filter((t, k) => isCap(t) && !opener(t, region.oldAt + k, lowerNew));
  const capsAdded = added.map(possessive).filter((t, k) => isCap(t) && !opener(t, region.newAt + k, lowerOld));
  // "Republican-led" → "Democratic-led", "Texas-based" → "Ohio-based": a name joined to the same
  // participle describes the thing after it — who leads it, where it is — and is no name put right.
  const compound = (ts: string[]) => (ts.length === 1 ? /^\p{Lu}[\p{L}.]*-(\p{Ll}{2,})$/u.exec(ts[0]!)?.[1] : undefined);
  if (compound(removed) && compound(removed) === compound(added)) return { type: 'corrected', fact: 'detail', before, after };
  // A fact put right replaces a fact: words that named nothing ("the company", "a meeting") giving
  // way to a name are detail added to the sentence, as a running story fills in who and where.
  // (A post's own capital, "critic" → "Leader" before a name, is no name: the title reader's, below.)
  if (
    !capsRemoved.length &&
    capsAdded.length &&
    !capsAdded.every(isTitleWord) &&
    !negation(removed) &&
    significant(added, region.newAt === 0) &&
    fresh.length
  )
    return { type: 'added', text: after };
  if (capsRemoved.length || capsAdded.length) {
    if (
      [...capsRemoved, ...capsAdded].every(isTitleWord) ||
      (capsAdded.some(isTitleWord) && !capsAdded.every((t) => !isTitleWord(t)) && capsAdded.filter((t) => !isTitleWord(t)).length === 0)
    ) {
      return { type: 'corrected', fact: 'title', before, after };
    }
    const oldName = capsRemoved.filter((t) => !isTitleWord(t)).join(' ');
    const newName = capsAdded.filter((t) => !isTitleWord(t)).join(' ');
    if (oldName && newName) {
      if (otherState(oldName, newName)) return { type: 'corrected', fact: 'place', before: oldName, after: newName };
      const distance = editDistance(oldName.toLowerCase(), newName.toLowerCase());
      if (distance <= Math.max(2, Math.floor(Math.max(oldName.length, newName.length) / 3)) && capsRemoved.length === capsAdded.length) {
        return { type: 'corrected', fact: 'name-spelling', before: oldName, after: newName };
      }
      // "McHew" → "McHugh", "Hix" → "Hicks": a surname re-spelled as it sounds is the same name (sounds-alike.ts).
      if (distance <= 3 && soundsAlike(oldName, newName))
        return { type: 'corrected', fact: 'name-spelling', before: oldName, after: newName };
      // "Lowe-Smith" → "Lowe-Smart": one part of a joined surname respelled, the rest kept (joined-surnames.ts).
      if (capsRemoved.length === 1 && capsAdded.length === 1 && respelledSurnamePart(oldName, newName))
        return { type: 'corrected', fact: 'name-spelling', before: oldName, after: newName };
    }
    const run = runContaining(newer, capsAdded[0] ?? '');
    // "County Commissioner Ann Li" → "City Commissioner Ann Li": the same person under another
    // title. Misidentified only when the name itself changes.
    const person = personName(run);
    const wasPerson = capsRemoved.length ? personName(runContaining(older, capsRemoved[0]!)) : '';
    const inName = (t: string) => person.split(' ').includes(t);
    if (person && person === wasPerson && titleOf(run) && !capsAdded.some(inName) && !capsRemoved.some(inName))
      return { type: 'corrected', fact: 'title', before, after };
    // "Washington correspondent" → "North America editor" before "Jon Sopel", "a Vermont
    // Republican" → "Democrat": capitals inside a title held, the person unchanged (held-titles.ts).
    if (capsAdded.length && capsRemoved.length && titleHeld(newer, capsAdded[0]!) && titleHeld(older, capsRemoved[0]!))
      return { type: 'corrected', fact: 'title', before, after };
    const previous = (newTokens[region.newAt - 1] ?? '').toLowerCase();
    const isPerson =
      !looksLikeOrganization(run) &&
      (titleOf(run) !== '' || personName(run).split(' ').length >= 2) &&
      !/^(in|at|near|from|to|into|outside|inside)$/.test(previous);
    if (capsAdded.length) return { type: 'corrected', fact: isPerson ? 'name' : 'place', before, after };
    return { type: 'corrected', fact: 'detail', before, after };
  }
  const lower = (ts: string[]) => ts.map((t) => t.toLowerCase());
  const negationChanged = lower(removed).some((t) => NEGATIONS.has(t)) !== lower(added).some((t) => NEGATIONS.has(t));
  const polarity = POLARITY.some(
    ([a, b]) => (lower(removed).includes(a!) && lower(added).includes(b!)) || (lower(removed).includes(b!) && lower(added).includes(a!)),
  );
  if (negationChanged) return { type: 'corrected', fact: 'negation', before, after };
  // "his older brother" → "his younger brother": an age word before kin says which of them — the
  // other person, told as the kin named wrongly, not as a claim turned round.
  const kin = newTokens[region.newAt + 1] ?? '';
  if (
    removed.length === 1 &&
    added.length === 1 &&
    sameContrast(removed[0]!, added[0]!) &&
    isKinNoun(kin) &&
    kin === oldTokens[region.oldAt + 1]
  )
    return { type: 'corrected', fact: 'word', before: `${before} ${kin}`, after: `${after} ${kin}` };
  // "armed" / "unarmed", "legal" / "illegal": a word and its own opposite by prefix.
  if (removed.length === 1 && added.length === 1 && oppositeByPrefix(removed[0]!, added[0]!))
    return { type: 'corrected', fact: 'detail', before, after };
  // "would rise" → "would fall", "third-largest" → "fourth-largest": a direction or a rank turned round.
  if (polarity || turnsRound(removed, added) || orderReversed(removed, added)) {
    // "Pike led Haddad" → "Pike trailed Haddad": a relation turned between two names that stand in
    // both versions is told whole, the names with it, so the right fact names who did what.
    const sides = betweenNames(region, oldTokens, newTokens);
    return { type: 'corrected', fact: 'detail', before: sides?.before ?? before, after: sides?.after ?? after };
  }
  // A description replaced ("China's nuclear weapons agency" → "… nuclear safety regulatory
  // authority"): what the old words said is gone from the article, so the thing was described wrongly.
  // Only a noun phrase replaced is a description; a clause reworded (verbs in it) is rewording.
  if (gone.length >= 2 && (fresh.length >= 1 || gone.length >= 3) && !verbish(removed))
    return { type: 'corrected', fact: 'description', before, after };
  // "the research area of robotics" → "… of computer vision": the sentence names what kind of
  // thing the value is, and the value gave way to another. One noun gone is a fact put right here.
  if (gone.length >= 1 && fresh.length >= 1 && !verbish(removed) && !verbish(added) && fieldOf(older, newer, before, after))
    return { type: 'corrected', fact: 'description', before, after };
  // "the translator" → "the interpreter": one word for who someone is, put right (a misnamed role).
  if (
    removed.length === 1 &&
    added.length === 1 &&
    isPersonNoun(removed[0]!) &&
    isPersonNoun(added[0]!) &&
    DETERMINERS.has((newTokens[region.newAt - 1] ?? '').toLowerCase()) &&
    // "the senior athletics league": a noun after it is the head, and the word only modifies it.
    !modifiesNext(newTokens, region.newAt)
  ) {
    return { type: 'corrected', fact: 'word', before, after };
  }
  // "started in a kitchen" → "started in a garage": the place where something happened, put right.
  // One noun for another after "in/at/near … a/the", the old one gone from the sentence.
  const determiner = (newTokens[region.newAt - 1] ?? '').toLowerCase();
  const preposition = (newTokens[region.newAt - 2] ?? '').toLowerCase();
  if (
    removed.length === 1 &&
    added.length === 1 &&
    /^\p{Ll}{4,}$/u.test(removed[0]!) &&
    /^\p{Ll}{4,}$/u.test(added[0]!) &&
    !/(?:ly|ing|ed)$/.test(added[0]!) &&
    /^(?:a|an|the|his|her|their|its)$/.test(determiner) &&
    /^(?:in|at|near|inside|outside|behind|beneath|under|into|onto|from)$/.test(preposition) &&
    gone.length === 1
  ) {
    // "at the regional athletics league" → "… national athletics league": the word modifies the
    // nouns after it, and the fix names the whole phrase, not "a regional".
    const tail: string[] = [];
    for (let k = region.newAt + 1; k < newTokens.length && tail.length < 3; k++) {
      const t = newTokens[k]!;
      // The first noun after the word is read by its tag; the nouns it runs on into ("athletics
      // fair") by being lowercase content words.
      const runsOn = tail.length ? /^\p{Ll}{3,}$/u.test(t) && !isStopword(t) && !verbish([t]) : modifiesNext(newTokens, k - 1);
      if (!runsOn || t !== oldTokens[region.oldAt + 1 + tail.length]) break;
      tail.push(t);
    }
    const rest = tail.length ? ` ${tail.join(' ')}` : '';
    return { type: 'corrected', fact: 'word', before: `${before}${rest}`, after: `${after}${rest}` };
  }
  // "a senior policy adviser" → "a junior policy adviser": a rank swapped inside a person's post is
  // the post put right, told whole (whole-posts.ts); "the old bridge" below has no post.
  if (removed.length === 1 && added.length === 1 && RANK.test(before) && RANK.test(after) && !/^former$/i.test(`${before}${after}`)) {
    const [was, now] = [wholePost(older, before), wholePost(newer, after)];
    const named = nameRuns(newer).some((r) => personName(r.text).split(' ').length >= 2) || titledSurname(newer) !== '';
    if (was.includes(' ') && now.includes(' ') && named && !quotedRegion(newer, newTokens, region))
      return { type: 'corrected', fact: 'role', before: was, after: now };
  }
  // "a 15-year-old boy" → "girl", "state aid" → "federal aid", "the old bridge" → "the new bridge":
  // one word that says who or which one, swapped for another of its own kind in a frame that
  // stands. Only words of one closed kind count — a synonym ("big" → "large") stays rewording.
  if (removed.length === 1 && added.length === 1 && sameContrast(removed[0]!, added[0]!) && gone.length === 1) {
    const next = newTokens[region.newAt + 1] ?? '';
    // ("a rifle, police said": a comma between them, and the next word is no noun it modifies.)
    const rest =
      !contrastNoun(after) &&
      modifiesNext(newTokens, region.newAt) &&
      next === oldTokens[region.oldAt + 1] &&
      new RegExp(`${escapeRegExp(after)}\\s+${escapeRegExp(next)}`).test(newer)
        ? ` ${next}`
        : '';
    return { type: 'corrected', fact: 'word', before: `${before}${rest}`, after: `${after}${rest}` };
  }
  return { type: 'cosmetic', reason: 'rewording that changes no fact' };
}

/** Crimes a person is charged with: one named for another is a correction (CONTRASTS), unless the case moved on (developments.ts). */
export const CHARGES =
  'murder manslaughter robbery burglary theft larceny arson fraud embezzlement kidnapping trespassing vandalism assault battery';

/**
 * Kinds whose members exclude each other: naming one in place of another names someone or
 * something else — sex, school year, level of government, age of a thing, compass side.
 */
const CONTRASTS = [
  'boy girl',
  'man woman',
  'men women',
  'boys girls',
  'he she',
  'him her',
  'his her',
  'son daughter',
  'sons daughters',
  'father mother',
  'husband wife',
  'brother sister',
  'male female',
  'freshman sophomore junior senior',
  'freshmen sophomores juniors seniors',
  'state federal county city municipal provincial national',
  'old new',
  'north south east west',
  'northern southern eastern western',
  'upper lower',
  // Kin, charges, weapons, drugs, vehicles, travel directions, wounds and where they struck: one named for another is
  // someone or something else ("her son" → "her nephew", "a felony" → "a misdemeanor", "a rifle"
  // → "a handgun"), never a synonym. (Not weather nor a time of day: a running story moves them on.)
  'son daughter nephew niece brother sister husband wife father mother uncle aunt cousin grandson granddaughter grandfather grandmother stepson stepdaughter boyfriend girlfriend',
  'sons daughters nephews nieces brothers sisters cousins grandsons granddaughters grandchildren great-grandchildren',
  'felony misdemeanor',
  CHARGES,
  'rifle handgun pistol shotgun revolver knife machete gun',
  'leg arm chest head neck back abdomen shoulder hand foot hip stomach',
  'cocaine heroin methamphetamine fentanyl marijuana',
  'car truck van bus motorcycle bicycle',
  'northbound southbound eastbound westbound',
  'shot stabbed beaten strangled',
  // Age between kin ("his older brother" → "his younger brother"): the other sibling, never a restyle.
  'older younger',
  'oldest youngest eldest',
].map((kind) => new Set(kind.split(' ')));

/**
 * Kinds of thing named by a noun that heads its phrase ("40 dogs" → "40 cats", "a dog bit" → "a
 * coyote bit"): another animal is another fact, and the word after it is never a noun it modifies.
 */
const NOUN_CONTRASTS = [
  'dog cat horse cow pig sheep goat chicken duck turkey deer bear wolf coyote fox rabbit rat snake',
  'dogs cats horses cows cattle pigs goats chickens ducks turkeys bears wolves coyotes foxes rabbits rats snakes',
].map((kind) => new Set(kind.split(' ')));

/** True when `a` and `b` are two members of one kind in CONTRASTS or NOUN_CONTRASTS. */
export function sameContrast(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x !== y && [...CONTRASTS, ...NOUN_CONTRASTS].some((kind) => kind.has(x) && kind.has(y));
}

/** True when `word` is a noun of a kind in NOUN_CONTRASTS: it heads its phrase. */
function contrastNoun(word: string): boolean {
  return NOUN_CONTRASTS.some((kind) => kind.has(word.toLowerCase()));
}

/** Kin a person is named by ("brother", "daughters"): an age word before one says which of them. */
const KIN = new Set(CONTRASTS.find((kind) => kind.has('nephew'))!);
for (const word of CONTRASTS.find((kind) => kind.has('nephews'))!) KIN.add(word);
export const isKinNoun = (word: string) => KIN.has(word.toLowerCase());

/** A person's pronouns by sex, position for position. */
const MALE = ['he', 'him', 'his', 'himself'];
const FEMALE = ['she', 'her', 'her', 'herself'];

/**
 * The same words, with every changed one a pronoun of the other sex in one direction ("he" →
 * "she", "his" → "her"): the first pair changed, or null.
 */
export function pronounSwap(oldTokens: string[], newTokens: string[]): { before: string; after: string } | null {
  if (oldTokens.length !== newTokens.length) return null;
  let first: { before: string; after: string } | null = null;
  let direction = 0;
  for (let i = 0; i < oldTokens.length; i++) {
    const [a, b] = [oldTokens[i]!.toLowerCase(), newTokens[i]!.toLowerCase()];
    if (a === b) continue;
    const way = MALE.includes(a) && FEMALE.includes(b) ? 1 : FEMALE.includes(a) && MALE.includes(b) ? -1 : 0;
    if (!way || (direction && way !== direction)) return null;
    direction = way;
    first ??= { before: a, after: b };
  }
  return first;
}

/** One person whose title a revision put right. */
export interface Retitled {
  name: string;
  before: string;
  after: string;
}

/** Each person named in full in `sentence`, with the title printed before the name ("Deputy Mayor"). */
function titledPeople(sentence: string): Map<string, string> {
  const people = new Map<string, string>();
  for (const run of nameRuns(plainText(sentence))) {
    const name = personName(run.text);
    const title = titleOf(run.text);
    if (name.split(' ').length < 2 || looksLikeOrganization(name)) continue;
    // A name twice with two titles cannot say which is which.
    if (people.has(name) && people.get(name) !== title) people.set(name, '\u0000');
    else people.set(name, title);
  }
  return people;
}

/**
 * "Mayor Ann Cole and Deputy Mayor Ben Ruiz" → "Deputy Mayor Ann Cole and Mayor Ben Ruiz": the
 * same people in both versions, two or more of them under another title — the titles were put
 * right, each for its person, though the words only moved. Every person kept in the sentence, and
 * every title changed only for a person named in both: a list reordered ("Deputy Mayor Ben Ruiz and
 * Mayor Ann Cole") keeps each title with its person and gives null.
 */
export function titlesSwapped(older: string, newer: string): Retitled[] | null {
  const was = titledPeople(older);
  const now = titledPeople(newer);
  if (was.size !== now.size || [...was.keys()].some((name) => !now.has(name))) return null;
  const changed = [...was].flatMap(([name, before]) => {
    const after = now.get(name)!;
    return before !== after && before && after && before !== '\u0000' && after !== '\u0000' ? [{ name, before, after }] : [];
  });
  // A swap: the same titles, each now before another name. "Interim Chief" → "Chief" for both is
  // a promotion (news), not titles put right.
  const key = (titles: string[]) =>
    titles
      .map((t) => t.toLowerCase())
      .sort()
      .join('|');
  if (key(changed.map((c) => c.before)) !== key(changed.map((c) => c.after))) return null;
  return changed.length >= 2 ? changed : null;
}

/** A figure put right for one person of several: who, and the figure before and after. */
export interface Refigured {
  name: string;
  before: string;
  after: string;
}

/**
 * "Sara Diaz, 19, and Mark Diaz, 22" → "Sara Diaz, 22, and Mark Diaz, 19": the same figures, each
 * now beside another name, were put right — the words stayed, so they are no word order. Each
 * figure must stand right after a name of two capitalized words ("Sara Diaz, 19"), the same names
 * in both versions: "Children aged 5 and 7" → "7 and 5" is a list reordered. Every person whose
 * figure changed, in order; null when the edit is not such a swap.
 */
/**
 * The words of a sentence that carry facts, in any order: "delayed a vote on Monday" and "on Monday
 * delayed a vote" are one bag. An age is one fact in any of its forms ("the 45-year-old Hill",
 * "Hill, 45,", "aged 45"): only the number is read.
 */
function wordBag(ts: string[]): string {
  return ts
    .filter((_, i) => !ageWord(ts, i))
    .filter((t) => !isStopword(t) || isNumberToken(t))
    .map((t) => t.toLowerCase())
    .sort()
    .join(' ');
}

export function figuresSwapped(olderText: string, newerText: string): Refigured[] | null {
  const oldTokens = wordTokens(plainText(olderText));
  const newTokens = wordTokens(plainText(newerText));
  const bagOf = wordBag;
  const figure = (t: string) => isNumberToken(t) && /\d/.test(t);
  const figures = (ts: string[]) => ts.filter(figure);
  // A person's two-word name, not a numbered road or place ("State Highway 41", "County Road 9").
  const named = (ts: string[]) =>
    ts.flatMap((t, i) =>
      figure(t)
        ? [
            /^\p{Lu}/u.test(ts[i - 1] ?? '') &&
            /^\p{Lu}/u.test(ts[i - 2] ?? '') &&
            !(opensOnNumberedName(`${ts[i - 1]} ${t}`) && ROAD_OWNER.test(ts[i - 2] ?? ''))
              ? `${ts[i - 2]} ${ts[i - 1]}`
              : '',
          ]
        : [],
    );
  const eachNamed = (ts: string[]) => named(ts).length >= 2 && named(ts).every(Boolean) && new Set(named(ts)).size === named(ts).length;
  if (
    bagOf(oldTokens) !== bagOf(newTokens) ||
    figures(oldTokens).join(' ') === figures(newTokens).join(' ') ||
    !eachNamed(oldTokens) ||
    !eachNamed(newTokens) ||
    named(oldTokens).join('|') !== named(newTokens).join('|')
  )
    return null;
  const was = figures(oldTokens);
  const now = figures(newTokens);
  const names = named(newTokens);
  return names.flatMap((name, k) => (was[k] !== now[k] ? [{ name, before: was[k]!, after: now[k]! }] : []));
}

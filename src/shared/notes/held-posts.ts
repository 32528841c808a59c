/**
 * A post put right, read with the person who holds it from the sentence's structure, and told whole.
 *
 * The title readers each looked for a post by one sentence shape and took the nearest name for its
 * holder, so on unseen copy a post changed in one apposition was given to the person named in another
 * ("misstated Matthias Müller's title" for "chairman Hans Dieter Pötsch"), a post word inside a
 * longer post was dropped or read as a name ("It is Senate, not Chamber", "commander of Brigade",
 * "Investigator is an NTSB senior"), and a post word added or a body inside the post put right
 * ("the deputy crown prince", "Volkswagen's supervisory board") was read as rewording and got no note.
 *
 * This reader finds the tokens the edit changed (wink-nlp's tokens, the same prefix and suffix cut off
 * both versions) and the noun phrase that holds them, attached to a person by the apposition that
 * sets a post beside a name — `POST NAME` (a run before the name), `NAME, POST (of BODY)`,
 * `POST (of BODY), NAME`, and `NAME is/was/became POST`, `NAME, sworn in as POST`, `NAME, who is POST`
 * — never by distance. The post is read whole: its article or owner, its modifiers, its head (a word
 * that holds a post: names.ts' lists, or a noun compromise reads as a person's role) and the body
 * after its "of", "for", "at" or "with" (a run of capitals with its number, "Brigade 23", "the
 * Chamber of Deputies", or an owner's nouns, "Volkswagen's supervisory board"). Both versions' posts
 * are told as printed, with the article the post takes and honorifics ("Dr") left out; a body both
 * share is told once ("an energy and climate scholar at the …, not its director"), a post both share
 * is told with the bodies that differ ("the acting president of the Senate, not of the Chamber of
 * Deputies").
 */
import nlp from 'compromise';
import { postLike } from './both-titles';
import { manyHold } from './multiword-posts';
import { isPostQualifier } from './title-qualifiers';
import { sharedEnds } from './changed-span';
import {
  editDistance,
  escapeRegExp,
  isAcronym,
  isJurisdiction,
  readsAsName,
  isOrgWord,
  isPostWord,
  isTitleWord,
  nameRuns,
  personName,
  titleInWords,
} from './names';
import { secondReference } from './printed-posts';
import { isKinNoun, isStopword } from './edits';
import { isRoleNounIn } from './role-nouns';
import { ledeHolder } from './delayed-identification';
import { isRoleNoun, sameRole } from './roles-beside-names';
import { indefiniteArticle, withArticle } from './same-person-title';
import { toldInTense } from './post-tense';
import { plainText } from './sentences';
import { isKnownWord } from './known-words';
import { nameInFull } from './surname-in-full';
import { printedTokens, tagged } from './topics';

type Token = ReturnType<typeof tagged>[number];

export interface HeldPost {
  /** The holder's name as the sentence prints it: "Hans Dieter Pötsch". */
  name: string;
  /** The holder on second reference, as the article names them: "Pötsch". */
  again: string;
  /** The post each version prints, told whole with its article: "the chairman", "the chief financial officer". */
  right: string;
  wrong: string;
  /** The post is one held before ("former Maricopa County Sheriff"): told with "was". */
  former: boolean;
  /** The words the edit changed, for the change record. */
  before: string;
  after: string;
}

/** Words that modify a post's head or name its owner: nouns, adjectives, proper nouns, numbers. */
const MODIFIER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words that open a post: its article or an owner's possessive pronoun. */
const OPENING = /^(?:the|a|an|its|his|her|their)$/i;
/** A post's link to the body it is held at: "president of the Senate", "scholar at the Carnegie". */
const BODY_LINK = /^(?:of|for|at|with)$/i;
/** Inside a body's name, between its capitals: "Chamber of Deputies", "Center for Global Policy". */
const NAME_JOIN = /^(?:of|for|and|&|on|the|-|–)$/i;
/** An honorific a note leaves off a post: "chief scientist Dr Keith Bannister". */
const HONORIFIC = /^(?:dr|mr|mrs|ms|prof|professor|sir|dame|the)\.?$/i;
/** Verbs that set a post after a name: "is", "was sworn in as", "became", "who serves as". */
const SETS_POST = /^(?:is|was|became|becomes|serves|served|sworn|named|appointed|elected|in|as|who|now|also|newly|recently)$/i;

/** A token that is a word of letters (a post's word, a name's). */
const wordy = (t: Token | undefined) => !!t && /^[\p{L}][\p{L}\p{N}.'’-]*$/u.test(t.text);
/** A modifier of a post or body: a noun, adjective, proper noun or number, or an acronym the tagger misreads ("IT"). */
const modifier = (t: Token | undefined) =>
  !!t && ((MODIFIER.has(t.pos) && (wordy(t) || t.pos === 'NUM')) || /^\p{Lu}{2,}$/u.test(t.text) || /^(?:-|–)$/.test(t.text));

/** The post's head is a word that holds a post: a title or post word, or a noun for a person's role. */
function headsPost(word: string, sentence: string): boolean {
  const bare = word.replace(/\.$/, '');
  // (Kin is a relationship to another person, told by its own reader: "the older sister of …".)
  if (isKinNoun(bare)) return false;
  // ("vice-captain", "co-chair": a hyphened post is headed by its last part.)
  const last = /^\p{L}+[-–](\p{L}+)$/u.exec(bare)?.[1];
  if (last && last !== bare && headsPost(last, sentence)) return true;
  if (isPostWord(bare) || isPostWord(bare.toLowerCase())) return true;
  // (A name's word compromise tags a role, "Azma Bokhari", heads no post: a role's noun read in its
  // sentence is printed in lower case, as running text prints it.)
  if (/^\p{Ll}/u.test(bare) && isRoleNounIn(sentence, bare)) return true;
  // Every caller asks of a word already set in apposition to a name ("fisherman, Glester White", "Ann
  // Roe, a farmer"): there a lowercase noun that reads as a person's ("fisherman", "farmer") is what
  // the person is, though no list names it and compromise does not tag it a person.
  return /^\p{Ll}/u.test(bare) && isRoleNoun(bare) && tagged(sentence).some((t) => t.text === bare && t.pos === 'NOUN');
}

/** Where the name's words stand in the tokens: [start, end), or null. */
function nameAt(tokens: Token[], name: string): [number, number] | null {
  // (Printed as the sentence prints them: "Hans-Dieter" is three tokens.)
  const fold = (text: string) => text.replace(/’/g, "'");
  for (let k = 0; k < tokens.length; k++)
    for (let m = 1; m <= name.split(' ').length * 3 && k + m <= tokens.length; m++)
      if (fold(printedTokens(tokens.slice(k, k + m))) === fold(name)) return [k, k + m];
  return null;
}

/**
 * The body after a post's link, from `k` (the token after "of"): an article or owner, then a run of
 * modifiers and capitals, joined inside a name by "of", "for", "and" between capitals. The end, or
 * `k` when no body stands there.
 */
function bodyEnd(tokens: Token[], k: number): number {
  let j = k;
  if (OPENING.test(tokens[j]?.text ?? '')) j++;
  let end = j;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (modifier(t) && !/^(?:-|–)$/.test(t.text)) end = ++j;
    else if (/^(?:-|–)$/.test(t.text) && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) j++;
    // ("of educational leadership and policy": a lowercase field joined by "and" is one body.)
    else if (
      t.pos === 'CCONJ' &&
      end === j &&
      j > k &&
      /^\p{Ll}/u.test(tokens[j - 1]!.text) &&
      /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') &&
      ['NOUN', 'ADJ'].includes(tokens[j + 1]?.pos ?? '')
    )
      j++;
    else if (/^['’]s?$/.test(t.text) && end === j && j > k) j++;
    else if (NAME_JOIN.test(t.text) && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) j++;
    else if (NAME_JOIN.test(t.text) && /^(?:the)$/i.test(tokens[j + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[j + 2]?.text ?? '')) j++;
    else break;
  }
  return end > k ? end : k;
}

/**
 * The post phrase read forward from `k`: an opening article or owner, modifiers (an age compound
 * left out), its head, and the body after its link. [start, end, head] or null.
 */
function postAfter(tokens: Token[], k: number, sentence: string): { start: number; end: number; head: number } | null {
  let j = k;
  if (OPENING.test(tokens[j]?.text ?? '') || (tokens[j]?.pos === 'PROPN' && /^['’]s$/.test(tokens[j + 1]?.text ?? ''))) {
    j += tokens[j + 1]?.text.match(/^['’]s$/) ? 2 : 1;
    // ("the board's interim treasurer": an owner's possessive after the article.)
    if (['NOUN', 'PROPN'].includes(tokens[j]?.pos ?? '') && /^['’]s$/.test(tokens[j + 1]?.text ?? '')) j += 2;
  }
  let head = -1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (modifier(t)) {
      if (wordy(t) && (['NOUN', 'PROPN'].includes(t.pos) || /^\p{Lu}{2,}$/u.test(t.text))) head = j;
      j++;
      // ("an energy and climate scholar": "and" between a post's modifiers; never after a post,
      // "Faculty Senate president and assistant professor" holds two.)
    } else if (t.pos === 'CCONJ' && head >= 0 && modifier(tokens[j + 1]) && !headsPost(tokens[j - 1]!.text, sentence)) j++;
    else break;
  }
  if (head < 0 || head !== j - 1 || !headsPost(tokens[head]!.text, sentence)) return null;
  let end = j;
  if (BODY_LINK.test(tokens[j]?.text ?? '')) {
    const body = bodyEnd(tokens, j + 1);
    if (body > j + 1) end = body;
  }
  return { start: k, end, head };
}

/** The prefixes that, hyphened to a post, say it was held before: "then-CEO", "ex-CFO", "former-". */
const PREFIX_HELD_BEFORE = /^(?:then|ex|former)$/i;

/** Is the post at `start` printed hyphened to a prefix that says it was held before ("then-CEO Jaglom": he was)? */
function hyphenedHeldBefore(tokens: Token[], start: number): boolean {
  return /^[-‑–]$/.test(tokens[start - 1]?.text ?? '') && PREFIX_HELD_BEFORE.test(tokens[start - 2]?.text ?? '');
}

/** The run of post words right before `k` ("CSIRO chief scientist Dr"): its start, or `k` when none. */
function runBefore(tokens: Token[], k: number, sentence: string): number {
  let j = k;
  const capital = (t: Token | undefined) => /^\p{Lu}/u.test(t?.text ?? '');
  const postWord = (t: Token | undefined) => !!t && isPostWord(t.text.toLowerCase());
  while (j > 0) {
    const t = tokens[j - 1]!;
    const inCapitals = capital(t) && capital(tokens[j]) && !['DET', 'ADP', 'PRON', 'CCONJ', 'AUX'].includes(t.pos);
    // ("Bureau of Meteorology manager": an "of" inside a body's capitals; "officer of health": the
    // field after a post's head.)
    const join =
      (/^(?:of|for)$/.test(t.text) && capital(tokens[j]) && capital(tokens[j - 2])) ||
      (/^(?:of|for)$/.test(t.text) && j - 2 >= 0 && wordy(tokens[j]) && headsPost(tokens[j - 2]!.text, sentence));
    // ("Minister for Business, Enterprise and Innovation": "and" and a comma between a body's capitals,
    // never before a post, "TD and Minister", nor the comma that sets the name beside the post.)
    const listed =
      /^(?:and|&|,)$/.test(t.text) && (j < k || t.text !== ',') && capital(tokens[j]) && capital(tokens[j - 2]) && !postWord(tokens[j]);
    // ("vice-captain": a hyphen inside a post's word.)
    // ("43-year-old farmer": an age's number hyphened on is read with the run, and told() cuts the age.)
    const hyphened =
      /^(?:-|–)$/.test(t.text) &&
      !t.space &&
      !tokens[j]?.space &&
      wordy(tokens[j]) &&
      (wordy(tokens[j - 2]) || tokens[j - 2]?.pos === 'NUM');
    const aged = t.pos === 'NUM' && /^(?:-|–)$/.test(tokens[j]?.text ?? '') && !tokens[j]!.space;
    if (!join && !listed && !hyphened && !aged && (!wordy(t) || (!MODIFIER.has(t.pos) && !inCapitals))) break;
    j--;
  }
  // (A comma joins only inside a body after the post's link, "Minister for Business, Enterprise and …";
  // "early Friday, Bureau of Meteorology manager" opens after it.)
  const comma = tokens.slice(j, k).findIndex((t) => t.text === ',');
  if (comma >= 0 && !tokens.slice(j, j + comma).some((t) => BODY_LINK.test(t.text)))
    j += tokens.slice(j, k).findLastIndex((t) => t.text === ',') + 1;
  // ("police spokeswoman Sergeant": a role in lower case, then a rank's capitals, are two posts; the rank is the one before the name.)
  for (let m = k - 1; m > j; m--)
    if (
      /^\p{Lu}/u.test(tokens[m]!.text) &&
      /^\p{Ll}/u.test(tokens[m - 1]!.text) &&
      headsPost(tokens[m - 1]!.text, sentence) &&
      !BODY_LINK.test(tokens[m - 1]!.text)
    ) {
      j = m;
      break;
    }
  // ("former Maricopa County Sheriff": a post no longer held is not told by "former"; "then-CEO",
  // "ex-CFO": the prefix's hyphen goes with it, never "-chief executive officer".)
  while (
    j < k &&
    (/^(?:former|then|late|ex|newly|recently|appointed)$/i.test(tokens[j]!.text) ||
      (j > 0 && /^[-‑–]$/.test(tokens[j]!.text) && PREFIX_HELD_BEFORE.test(tokens[j - 1]!.text)))
  )
    j++;
  return j;
}

/**
 * Is the run a post? Its last word holds one ("chief scientist"), or the word before its body's link
 * does ("medical officer of health", "Minister for Justice and Equality").
 */
function headedRun(tokens: Token[], start: number, end: number, sentence: string): boolean {
  if (headsPost(tokens[end - 1]!.text, sentence)) return true;
  for (let j = start + 1; j < end - 1; j++) if (BODY_LINK.test(tokens[j]!.text)) return headsPost(tokens[j - 1]!.text, sentence);
  return false;
}

interface Found {
  start: number;
  end: number;
  /** The post is printed as a title set before a name (capitals read as running text reads them). */
  titled: boolean;
}

/** The post phrase beside `name` in the tokens, by each apposition shape, or null. */
function postBeside(tokens: Token[], at: [number, number], sentence: string): Found[] {
  const found: Found[] = [];
  const [ns, ne] = at;
  // POST NAME: the run of post words right before the name.
  let k = ns;
  while (k > 0 && HONORIFIC.test(tokens[k - 1]!.text) && /^\p{Lu}/u.test(tokens[k - 1]!.text)) k--;
  const run = runBefore(tokens, k, sentence);
  if (run < k && headedRun(tokens, run, k, sentence)) found.push({ start: run, end: k, titled: true });
  // POST (of BODY), NAME: a post before the comma that sets the name beside it.
  if (tokens[ns - 1]?.text === ',') {
    const first = runBefore(tokens, ns - 1, sentence);
    if (first < ns - 1 && headedRun(tokens, first, ns - 1, sentence)) found.push({ start: first, end: ns - 1, titled: true });
  }
  // NAME, POST (of BODY) — and NAME is/was/became POST, NAME, sworn in as POST.
  let j = ne;
  if (tokens[j]?.text === ',') j++;
  const open = j;
  while (j < tokens.length && j - open < 4 && SETS_POST.test(tokens[j]!.text) && !OPENING.test(tokens[j]!.text)) j++;
  if (
    j === open ||
    /^as$/i.test(tokens[j - 1]!.text) ||
    /^(?:is|was|became|becomes)$/i.test(tokens[j - 1]!.text) ||
    tokens[ne]?.text === ','
  ) {
    const post = postAfter(tokens, j, sentence);
    if (post && (j > open || tokens[ne]?.text === ',')) found.push({ start: post.start, end: post.end, titled: false });
  }
  return found;
}

/** The words each version changed: the tokens left when the shared opening and close are cut. */
function changedSpan(a: Token[], b: Token[]): { from: number; oldEnd: number; newEnd: number } | null {
  const [p, s] = sharedEnds(
    a.map((t) => t.text),
    b.map((t) => t.text),
  );
  const [oldEnd, newEnd] = [a.length - s, b.length - s];
  if (oldEnd === p && newEnd === p) return null;
  if (oldEnd - p > 8 || newEnd - p > 8) return null;
  return { from: p, oldEnd, newEnd };
}

/** A capitalised word of a post's own: "Interim", "President", "Provost" (never an acronym, "CEO"). */
const titleCapital = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && (isPostWord(t.text.toLowerCase()) || isPostQualifier(t.text));

/** The post as a note tells it: its article, honorifics left off, a title's capitals read as running text. */
function told(tokens: Token[], titled: boolean, owner = 0, article = ''): string {
  // ("professor" in lower case is the post itself, "associate professor"; "Dr" is the honorific.)
  const kept = tokens.filter((t, k) => !(k === tokens.length - 1 && HONORIFIC.test(t.text) && /^\p{Lu}/u.test(t.text)));
  while (kept.length && /^(?:-|–|,)$/.test(kept.at(-1)!.text)) kept.pop();
  // (An age set in a post, "a 33-year-old IT consultant", is no part of the post.)
  const age = kept.findIndex((t, k) => t.pos === 'NUM' && kept[k + 2]?.lower === 'year' && /^old$/i.test(kept[k + 4]?.text ?? ''));
  if (age >= 0) kept.splice(age, 5);
  if (!kept.length) return '';
  // (A post's abbreviation spelled out, "CEO" → "chief executive officer"; a title's capitals as running text reads them.)
  const spelled = (w: string) => (titleInWords(w) !== w.toLowerCase() ? titleInWords(w) : w);
  const words = titled
    ? titleWords(
        kept.map((t) => t.text),
        owner,
        article,
      )
    : // (A post set after a name is running text: its own words before the body's link in lower case,
      // "Interim President of the University of …" → "interim president of the University of …".)
      // (Only when every capital there is a post's word: "Harwick Fire Department lieutenant" names a body.)
      ((own) =>
        kept.map((t, k) =>
          k < own.length && own.every(titleCapital) && /^\p{Lu}/u.test(t.text) ? t.text.toLowerCase() : spelled(t.text),
        ))(kept.slice(0, BODY_LINK_AT(kept)).filter((t) => /^\p{Lu}/u.test(t.text)));
  // (A dash set between spaces inside a body's name is the article's dash: "Carnegie – Tsinghua Center".)
  const printed = printedTokens(kept.map((t, k) => ({ text: words[k]!, space: t.space }))).replace(/(\p{L}) - (\p{Lu})/gu, '$1 – $2');
  // (An article printed before a cut age is chosen again: "a 33-year-old IT worker" → "an IT worker".)
  if (/^an?$/i.test(kept[0]!.text) && age >= 0) return `${indefiniteArticle(words[1] ?? '')} ${printed.replace(/^\S+ /, '')}`;
  if (OPENING.test(kept[0]!.text)) return printed.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  if (kept[0]!.pos === 'PROPN' && /^['’]s$/.test(kept[1]?.text ?? '')) return printed;
  const articled = withArticle(printed);
  // ("owner of Sky Cave Retreats", "commander of Brigade 23": a post of a named body is its one holder's.)
  // ("county public health officer": a post of a county, city or state named by its kind is its one holder's.)
  const ofNamed = (/ of (?:the )?\p{Lu}/u.test(printed) && !/^member /.test(printed)) || isJurisdiction(kept[0]!.text);
  return ofNamed && /^an? /.test(articled) ? articled.replace(/^an? /, 'the ') : articled;
}

/**
 * A title printed before a name as running text reads it. A run the paper printed partly in lower
 * case ("National Public Health Service deputy director") already does: its capitals are names. In a
 * run all in capitals ("Punjab Law Minister", "Senior Safety Investigator"), the owner both versions
 * open on keeps its capitals and so does a body after the post's "at" or "of" ("at NWS Shreveport");
 * the post's own words are lowered, an acronym kept, an abbreviation spelled ("CEO").
 */
function titleWords(words: string[], owner: number, article: string): string[] {
  const spelled = (w: string) => (titleInWords(w) !== w.toLowerCase() ? titleInWords(w) : w);
  if (words.some((w) => /^\p{Ll}/u.test(w) && !/^(?:of|for|and|in|at)$/.test(w))) return words.map(spelled);
  const link = words.findIndex((w, k) => k > 0 && /^(?:of|at|for)$/.test(w));
  return words.map((w, k) => {
    const abbreviated = spelled(w);
    if (abbreviated !== w) return abbreviated;
    // ("Maricopa County Sheriff": a county after the place it is keeps its capital with it; "Inspector
    // General of Police": a body of one word after the link is a common noun.)
    const placed = isJurisdiction(w) && k === owner && owner > 0;
    const body = link >= 0 && k > link && (words.length - link > 2 || isAcronym(w));
    // ("Dunmore Chief Executive": a capital no lexicon knows, and no post's word, is a body's name, kept.)
    const coined = !isKnownWord(w) && !isPostWord(w.toLowerCase()) && !isTitleWord(w) && !isPostQualifier(w);
    return k >= owner && !body && !placed && !coined && !isAcronym(w) && !namedAlone(w, article) ? w.toLowerCase() : w;
  });
}

/**
 * A capitalised word of a title run that is a name of its own — the body the post is at, "Ador" of
 * "former Ador CEO" — as the article shows by printing it mid-sentence with no post word after it
 * ("in favor of Ador") and never in lower case; a title's own word ("Law", "Deputy") is no such name.
 */
function namedAlone(word: string, article: string): boolean {
  if (
    !/^\p{Lu}\p{Ll}+$/u.test(word) ||
    isPostWord(word.toLowerCase()) ||
    isTitleWord(word) ||
    isPostQualifier(word) ||
    isJurisdiction(word)
  )
    return false;
  const plain = plainText(article);
  if (new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u').test(plain)) return false;
  const re = new RegExp(`(?<=[\\p{Ll},;:] |^|[.!?]["”]? )${escapeRegExp(word)}(?![\\p{L}\\p{M}-])(?: (\\S+))?`, 'gmu');
  // ("the Department of Transportation's bureau": a department's field is no name of its own; AP tells
  // "Transportation Secretary Anthony Foxx" as "the transportation secretary".)
  const field = (at: number) =>
    /\b(?:Department|Ministry|Secretary|Minister|Office) of (?:the )?$/u.test(plain.slice(Math.max(0, at - 30), at));
  return [...plain.matchAll(re)].some(
    (m) => !field(m.index) && (!m[1] || (!/^\p{Lu}/u.test(m[1]) && !isPostWord(m[1].replace(/\W+$/u, '').toLowerCase()))),
  );
}

/**
 * A capital the sentence gave a word the article prints in lower case elsewhere and that reads as
 * no name ("Parliament member" opening a sentence) is lowered, as grammar.ts' check asks; a capital
 * before another capital is a name's.
 */
function capitalsAsPrinted(post: string, article: string): string {
  const words = post.split(' ');
  const plain = plainText(article);
  return words
    .map((w, k) =>
      /^\p{Lu}\p{Ll}+$/u.test(w) &&
      !/^\p{Lu}/u.test(words[k + 1] ?? '') &&
      !/^\p{Lu}/u.test(words[k - 1] ?? '') &&
      !readsAsName(w, article) &&
      new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(plain)
        ? w.toLowerCase()
        : w,
    )
    .join(' ');
}

/** A post's first word lowered when its capital was only the sentence's: no name, no acronym ("Associate medical officer"). */
function sentenceCapitalLowered(post: string, article: string): string {
  return post.replace(/^((?:an?|the) )?(\p{Lu}\p{Ll}+)(?= \p{Ll})/u, (whole, opening: string | undefined, word: string) => {
    const lowered = word.toLowerCase();
    // (Lowered only as a qualifier, an adjective or a word the article prints in lower case: "Tarn" stays a name.)
    const printedLower = new RegExp(`(?<![\\p{L}])${escapeRegExp(lowered)}(?![\\p{L}])`, 'u').test(plainText(article));
    // (A post's own word, "Head coach of …", is lowered too: the sentence's capital, no name.)
    if (namedAlone(word, article) || !(isPostQualifier(word) || isPostWord(lowered) || nlp(lowered).has('#Adjective') || printedLower))
      return whole;
    return `${opening && /^an? $/.test(opening) ? `${indefiniteArticle(lowered)} ` : (opening ?? '')}${lowered}`;
  });
}

/** The words before a post's body link, and the body after it: "the acting president" | "of the Senate". */
function split(post: string): [string, string] {
  const m = / (of|for|at|with) /.exec(post);
  return m ? [post.slice(0, m.index), post.slice(m.index + 1)] : [post, ''];
}

/** A royal or noble title opening a name: "Prince Mohammad bin Salman" is "Prince Mohammad" again. */
const ROYAL = /^(?:Prince|Princess|King|Queen|Sheikh|Sheikha|Emir|Sultan|Lord|Lady|Sir|Dame)$/;

/** The holder's name: a run of two words or more, no post or body word in it ("Safety Investigator" is none). */
function holderOf(run: string, afterLink = false): string {
  let name = personName(run).replace(/['’]$/, '');
  if (afterLink) name = bodyWordsCut(name);
  const words = run.split(' ');
  // ("Dean Sidelinger": a given name that is also a title word, read by compromise as a given name.)
  // ("Dr. Dean Sidelinger": a given name that is also a title word, read by compromise as a person's.)
  const pair = words.slice(-2).join(' ');
  const person = () => ((nlp(pair).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []).includes('Person');
  if (name.split(' ').length < 2 && words.length >= 2 && isTitleWord(words.at(-2)!) && person()) name = pair;
  const parts = name.split(' ');
  const given = name === pair && name !== personName(run);
  if (parts.length < 2 || parts.some((w, k) => (isPostWord(w) && !(given && k === 0)) || isOrgWord(w)) || /^\p{Lu}{2,}$/u.test(parts[0]!))
    return '';
  return name;
}

/**
 * A body's last words run into the name after it ("Director of Campus Safety Mark Welker": the run
 * after "of" is "Campus Safety Mark Welker"): the words before the one compromise reads as a given
 * name, none of them read as a person's, are the body's and cut.
 */
function bodyWordsCut(name: string): string {
  const words = name.split(' ');
  const tags = (nlp(name).json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms.map((t) => t.tags));
  if (tags.length !== words.length) return name;
  const first = tags.findIndex((t) => t.includes('FirstName'));
  if (first < 1 || words.length - first < 2) return name;
  return tags.slice(0, first).every((t) => !t.includes('Person')) ? words.slice(first).join(' ') : name;
}

export interface HeldPostFound extends HeldPost {
  titled: boolean;
  /** "former" printed with the post (not "late", which may be a time's): a phrase in the present disagrees. */
  formerPrinted: boolean;
  /** The post's own words printed in lower case ("board member"): a phrase that leaves one out disagrees. */
  ownWords: string;
}

/** Where the post's link to its body stands ("of", "for"), or the post's end. */
const BODY_LINK_AT = (tokens: Token[]) => {
  const at = tokens.findIndex((t, k) => k > 0 && BODY_LINK.test(t.text));
  return at < 0 ? tokens.length : at;
};

/**
 * The post put right in one sentence and its holder, read from the apposition; null when the
 * changed words stand in no post set beside a person's name in both versions.
 */
export function heldPostPutRight(older: string, newer: string, article: string): HeldPostFound | null {
  const [a, b] = [tagged(older), tagged(newer)];
  const span = changedSpan(a, b);
  if (!span) return null;
  const shift = a.length - b.length;
  // (A name re-spelled, "Acqua" → "Acquah", is a name put right, not a post.)
  const [before, after] = [printedTokens(a.slice(span.from, span.oldEnd)), printedTokens(b.slice(span.from, span.newEnd))];
  // (An acronym for another body, "TPA" → "CGA", is no spelling.)
  const respelled = !isAcronym(before) && editDistance(before, after) <= Math.max(2, before.length / 3);
  if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after) && respelled) return null;
  // (A slip put right is no post put right: an apostrophe or a space, "the" dropped, a word doubled.)
  const letters = (ts: Token[]) =>
    printedTokens(ts)
      .replace(/[^\p{L}\p{N}]/gu, '')
      .toLowerCase();
  const content = (ts: Token[]) =>
    [
      ...new Set(
        ts.filter((t) => (wordy(t) || t.pos === 'NUM') && !['DET', 'ADP', 'PART', 'CCONJ', 'PRON'].includes(t.pos)).map((t) => t.lower),
      ),
    ]
      .sort()
      .join(' ');
  if (letters(a) === letters(b) || content(a) === content(b)) return null;
  const runs = nameRuns(newer);
  for (const [i, run] of runs.entries()) {
    // ("Head coach of … side Harwick Rovers, Piet Olander": a run after a lowercase word that holds no
    // post, set by the comma before a person, is the body of that person's post, never its holder;
    // "Punjab Information Minister Azma Bokhari, Mr Khan …" is a titled name.)
    const next = runs[i + 1];
    const word = /(\p{L}+) $/u.exec(newer.slice(Math.max(0, run.start - 30), run.start))?.[1] ?? '';
    const body = /^\p{Ll}/u.test(word) && !isStopword(word) && !isPostWord(word) && !isRoleNoun(word);
    if (body && next && newer.slice(run.end, next.start) === ', ' && holderOf(next.text) === next.text) continue;
    // ("Munster captain Beirne": a surname alone stands for the person the article names in full, "Tadhg Beirne".)
    // ("Director of Campus Safety Mark Welker": a run after a post's link opens on the body's last words.)
    const afterLink = /\b(?:of|for) $/.test(newer.slice(Math.max(0, run.start - 4), run.start));
    const printed = holderOf(run.text, afterLink) || (isPostWord(run.text.toLowerCase()) ? '' : run.text);
    const name = printed === run.text && !printed.includes(' ') ? holderOf(nameInFull(printed, article)) : printed;
    if (!name || !older.includes(printed)) continue;
    const [atNew, atOld] = [nameAt(b, printed), nameAt(a, printed)];
    if (!atNew || !atOld) continue;
    // (The name stands outside the changed words: a name put right is another fix.)
    if (atNew[1] > span.from && atNew[0] < span.newEnd) continue;
    for (const post of postBeside(b, atNew, newer)) {
      // The changed words lie inside the post; the same post stands beside the name in the older version.
      if (post.start > span.from || post.end < span.newEnd) continue;
      const oldFound = postBeside(a, atOld, older).find((p) => p.start === post.start && p.end === post.end + shift);
      if (!oldFound) continue;
      const [now, was] = [b.slice(post.start, post.end), a.slice(post.start, post.end + shift)];
      // The owner both titles open on ("Punjab", "Tempe police"), up to the post's own words: told once, with the right post.
      let owner = 0;
      // (In a run the paper printed partly in lower case, its shared capitals are the owner's name whole:
      // "National Public Health Service" before "director".)
      // (Nor is the post's own head an owner's: "Minister for Justice and Equality".)
      const mixed = now.some((t) => /^\p{Ll}/u.test(t.text) && !['ADP', 'CCONJ'].includes(t.pos));
      // ("Garrett County Health Officer": a county after its place's name is the owner's too.)
      const owns = (t: Token) =>
        (!postLike(t.text) || (mixed && /^\p{Lu}/u.test(t.text)) || (isJurisdiction(t.text) && /^\p{Lu}/u.test(t.text))) &&
        !(BODY_LINK.test(now[now.indexOf(t) + 1]?.text ?? '') && headsPost(t.text, newer));
      while (post.titled && owner < Math.min(now.length, was.length) - 1 && now[owner]!.text === was[owner]!.text && owns(now[owner]!))
        owner++;
      // ("National Intelligence Service Deputy Director": the shared capitals up to a body's word, "Service",
      // are the owner's name whole, whatever post words are inside it.)
      if (post.titled) {
        let same = 0;
        while (same < Math.min(now.length, was.length) - 1 && now[same]!.text === was[same]!.text) same++;
        for (let q = same - 1; q >= owner; q--)
          if (isOrgWord(now[q]!.text) && now.slice(0, q + 1).every((t) => /^\p{Lu}/u.test(t.text))) {
            owner = q + 1;
            break;
          }
      }
      let right = told(now, post.titled, owner, article);
      // (An owner in lower case, "board member" → "board clerk", is the post's own word and stays in both.)
      const named = owner > 0 && /^\p{Lu}/u.test(now[0]!.text);
      // (The owner's county kept with the wrong post, lowered: "not the county attorney".)
      const from = owner > 1 && isJurisdiction(now[owner - 1]!.text) ? owner - 1 : owner;
      let wrong = named ? told(was.slice(from), true, 0, article) : told(was, post.titled, 0, article);
      // ("the director, not a deputy director": a post under the same head as the right one is the same office's.)
      if (named && right.startsWith('the ') && right.split(' ').at(-1) === wrong.split(' ').at(-1)) wrong = wrong.replace(/^an? /, 'the ');
      if (!right || !wrong || right.toLowerCase() === wrong.toLowerCase() || sameRole(wrong, right)) continue;
      // (A named body put right after an unchanged post, "a researcher at Corvane" → "at Helix Labs", is
      // where the person works, told by its own reader; a body's kind, "management board", is the post's.)
      const head = b.findIndex((t, k) => k >= post.start && BODY_LINK.test(t.text));
      if (!post.titled && head >= 0 && span.from > head && /^\p{Lu}/u.test(after || before)) continue;
      [right, wrong] = [capitalsAsPrinted(right, article), capitalsAsPrinted(wrong, article)];
      // ("Associate medical officer of health Dr. …" opening the sentence: the capital is the sentence's.)
      // (A shared owner opening the sentence, "Federal", is left to the readers that tell the post without it.)
      if (post.start === 0 && !owner) [right, wrong] = [right, wrong].map((p) => sentenceCapitalLowered(p, article)) as [string, string];
      // ("the former commander …, not its former deputy commander": a post both versions call former is
      // told once, by "was", and never as "the former commander".)
      const formerIn = (post: string) => /(?:^|\s)(?:former|ex-)\s?/i.test(post);
      const formerBoth = formerIn(right) && formerIn(wrong);
      if (formerBoth) [right, wrong] = [right, wrong].map((p) => p.replace(/(^|\s)(?:former|ex-)\s?/i, '$1')) as [string, string];
      [right, wrong] = oneWithItsSecond(right, wrong, named);
      const words = name.split(' ');
      return {
        name,
        again: ROYAL.test(words[0]!) ? words.slice(0, 2).join(' ') : secondReference(name, article),
        // (A named body after the link both titles share, "Head coach of Ghana Premier League side
        // Ashantigold", told once: "…, not its head coach".)
        ...(post.titled ? bodyToldOnce(right, wrong) : shared(right, wrong)),
        before,
        after,
        titled: post.titled,
        former:
          formerBoth ||
          /^(?:former|ex|late)$/i.test(b[post.start - 1]?.text ?? '') ||
          /^(?:former|ex|late)$/i.test(b[post.start]?.text ?? '') ||
          hyphenedHeldBefore(b, post.start),
        formerPrinted: formerBoth || /^(?:former|ex)$/i.test(b[post.start - 1]?.text ?? '') || hyphenedHeldBefore(b, post.start),
        // (The post's own words as printed in lower case before its link, past the owner: "board member".)
        ownWords: now
          .slice(named ? owner : 0, BODY_LINK_AT(now))
          // (An owner's possessive, "the port's", is the owner's, not the post's.)
          .filter(
            (t, k, all) =>
              /^\p{Ll}/u.test(t.text) &&
              !OPENING.test(t.text) &&
              !/^(?:former|ex)$/i.test(t.text) &&
              !/^['’]s$/.test(all[k + 1]?.text ?? ''),
          )
          .map((t) => t.lower)
          .join(' '),
      };
    }
  }
  return unnamedPostPutRight(a, b, span, older, newer, article);
}

/**
 * A post put right in a lede that names its holder only in the next sentence ("A former Dallas Police
 * Department sergeant" → "officer", delayed-identification.ts): the post is the noun phrase that holds
 * the changed words, opened by its article ("the finance minister") and headed by a post, told as the
 * person's. The opening both versions share is told once: "a Dallas Police Department officer, not a
 * sergeant".
 */
function unnamedPostPutRight(
  a: Token[],
  b: Token[],
  span: { from: number; oldEnd: number; newEnd: number },
  older: string,
  newer: string,
  article: string,
): HeldPostFound | null {
  const name = ledeHolder(newer, article);
  if (!name) return null;
  const shift = a.length - b.length;
  for (let k = span.from; k >= 0 && k >= span.from - 6; k--) {
    if (!OPENING.test(b[k]!.text) || a[k]?.text !== b[k]!.text) continue;
    const [now, was] = [postAfter(b, k, newer), postAfter(a, k, older)];
    if (!now || !was || now.end < span.newEnd || was.end !== now.end + shift) return null;
    // (A changed head is the post itself; a changed word before an unchanged head says which one.)
    if (now.head < span.from || b[now.head]!.pos !== 'NOUN') return null;
    const [right, wrong] = [told(b.slice(k, now.end), false), told(a.slice(k, was.end), false)];
    if (!right || !wrong || right.toLowerCase() === wrong.toLowerCase() || sameRole(wrong, right)) return null;
    const former = /(?:^|\s)former\s/i.test(right) && /(?:^|\s)former\s/i.test(wrong);
    const strip = (p: string) => (former ? p.replace(/(^|\s)former\s/i, '$1') : p);
    const [r, w] = [strip(right), strip(wrong)];
    // The words both share after the article, up to the changed ones: the right post keeps them.
    const shared = span.from - k - 1 - (former ? 1 : 0);
    const wrongTold =
      shared > 0 && now.head === span.from
        ? `${w.split(' ')[0]} ${w
            .split(' ')
            .slice(1 + shared)
            .join(' ')}`
        : w;
    return {
      name,
      again: secondReference(name, article),
      right: r,
      wrong: wrongTold,
      former,
      formerPrinted: former,
      before: printedTokens(a.slice(span.from, span.oldEnd)),
      after: printedTokens(b.slice(span.from, span.newEnd)),
      titled: false,
      ownWords: '',
    };
  }
  return null;
}

/**
 * A post and its second told as a pair ("captain" and "vice-captain", "medical officer of health" and
 * "associate medical officer of health"): a post that has a vice, deputy or assistant under it is the
 * body's one, told with "the" — "its" after an owner the right post names ("the Munster captain, not
 * its vice-captain") — never "a", which would make it one of many.
 */
/** The qualifiers that make a post the second under another ("vice-captain", "deputy director"); "chief" ranks above. */
const SECOND = /^(?:vice|deputy|assistant|associate|under)$/i;

function oneWithItsSecond(right: string, wrong: string, owned: boolean): [string, string] {
  const one = (post: string, own: boolean) => (/^an? /.test(post) ? post.replace(/^an? /, own ? 'its ' : 'the ') : post);
  if (secondOf(wrong, right)) return [one(right, false), owned ? wrong.replace(/^(?:an?|the) /, 'its ') : wrong];
  if (secondOf(right, wrong)) return [right, one(wrong, owned && right.startsWith('the '))];
  return [right, wrong];
}

/** Is `second` the post under `first` ("vice-captain" under "captain"), both told with their articles? */
function secondOf(second: string, first: string): boolean {
  const bare = (post: string) => post.replace(/^(?:an?|the|its) /, '');
  // (A county kept before the wrong post is the owner's, "county deputy health officer".)
  const [s, f] = [bare(second).replace(/^(?:county|city|state) /, ''), bare(first)];
  const m = /^(\S+?)(?: |-)(.+)$/.exec(s);
  // (Two qualified posts, "assistant professor" and "associate professor", are neither the other's second.)
  if (!m || !SECOND.test(m[1]!) || SECOND.test(f.split(/[ -]/)[0]!)) return false;
  return (m[2] === f || f.endsWith(` ${m[2]}`)) && !(!/ (?:of|for) /.test(f) && manyHold(f.split(' ')));
}

/** Titles before a name: a named body both share told once, when the wrong post is the body's one. */
function bodyToldOnce(right: string, wrong: string): { right: string; wrong: string } {
  const [[, rightBody], [wrongPost, wrongBody]] = [split(right), split(wrong)];
  const named = rightBody === wrongBody && /\p{Lu}/u.test(rightBody) && /^the /.test(wrongPost);
  return named ? shared(right, wrong) : { right, wrong };
}

/**
 * Both posts set after a name, what they share told once: a named body ("an energy and climate
 * scholar at the Carnegie-Tsinghua Center …, not its director"), a field ("an assistant professor of
 * business administration, not an associate professor"), the post ("the acting president of the
 * Senate, not of the Chamber of Deputies").
 */
function shared(right: string, wrong: string): { right: string; wrong: string } {
  const [[rightPost, rightBody], [wrongPost, wrongBody]] = [split(right), split(wrong)];
  const bodyOf = (body: string) => body.replace(/^\S+ /, '');
  // (A post one of many hold there, "a hydrologist with the National Weather Service", is told "a
  // hydrologist"; "its" only for the body's one, "the head coach of …": "its head coach".)
  if (rightBody && wrongBody && bodyOf(rightBody) === bodyOf(wrongBody) && rightPost !== wrongPost)
    return {
      right,
      wrong: /\p{Lu}/u.test(bodyOf(wrongBody)) && /^the /.test(wrongPost) ? `its ${wrongPost.replace(/^the /, '')}` : wrongPost,
    };
  if (rightBody && wrongBody && rightPost === wrongPost) return { right, wrong: wrongBody };
  return { right, wrong };
}

/**
 * "misstated Hans Dieter Pötsch's title. Pötsch is the chairman, not the chief financial officer"; a
 * role that is no title ("goalkeeper", "IT consultant") is the person misidentified, as the role
 * readers tell it: "misidentified Tomas Reyl as a goalkeeper. Reyl is a defender".
 */
export function heldPostPhrase(found: HeldPost): string {
  const own = /s$/.test(found.name) ? `${found.name}'` : `${found.name}'s`;
  // (A second reference opening on a particle, "de Brum", opens no sentence: the name whole.)
  const again = /^\p{Ll}/u.test(found.again) ? found.name : found.again;
  const verb = found.former ? 'was' : 'is';
  const [rightLead, wrongLead] = [split(found.right)[0], split(found.wrong)[0]];
  const titled = (lead: string) => isTitleWord(lead.split(' ').at(-1)!) || /\b(?:its|of) /.test(lead);
  if (!titled(rightLead) && !titled(wrongLead) && !/^(?:its|of) /.test(found.wrong))
    return `misidentified ${found.name} as ${found.wrong}. ${again} ${verb} ${found.right}`;
  return `misstated ${own} title. ${again} ${verb} ${found.right}, not ${found.wrong}`;
}

/** A post's words to compare: lower case, articles and possessives left out, hyphened words by their parts. */
const postWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:the|a|an|its|his|her|their|of)$/.test(w));

/**
 * Does a title phrase another reader told agree with the post and holder the apposition gives? It
 * names the holder, and the right post it tells holds no word the structure's posts lack (a "there",
 * a "doctor", an age) and drops no number of the right post ("Brigade 23"); "The correct title is …"
 * gives the right post alone, which never agrees.
 */
export function heldPostAgrees(phrase: string, found: HeldPostFound): boolean {
  // (A phrase that tells no post, "misstated where Ivo Pent works", is another fact's reader's.)
  // (A name with another capital run into it, "Safety Mark Welker", names someone else: a body's word read as a name.)
  const runInto = new RegExp(`\\p{Lu}[\\p{L}'’.-]* ${escapeRegExp(found.name)}`, 'u');
  if (runInto.test(phrase.replace(/^\p{Lu}\p{Ll}+ /u, ''))) return false;
  const named = [found.name, found.again].some((n) => phrase.includes(n));
  if (named && !/\b(?:title|misidentified|post)\b/.test(phrase)) return true;
  if (![found.name, found.again].some((n) => phrase.includes(n))) return false;
  // ("… title. de Brum is …": a second sentence opening in lower case fails the note's grammar check.)
  if (/\bThe correct title is\b/.test(phrase) || /\. \p{Ll}/u.test(phrase)) return false;
  const names = [found.again, found.name, 'He', 'She'].map(escapeRegExp).join('|');
  const told = new RegExp(`\\. (?:${names}) (is|was) (.+?)(?:, not |$)`, 'u').exec(phrase);
  const right = told?.[2];
  // (A post held before, "former Ador CEO", told as held now, "Min is …", drops the "former": never agrees.)
  if (told && found.formerPrinted && told[1] === 'is') return false;
  // (A second sentence telling another holder's post, "Ning is …" of "Li Ning" named "Li", never agrees.)
  if (!right) return !/\. \p{Lu}[\p{L}'’. -]* (?:is|was) /u.test(phrase);
  const held = new Set(postWords(`${found.right} ${found.wrong}`));
  // (An owner's possessive the reader read before the post, "the board's", is the post's owner, not a word of it.)
  if (postWords(right.replace(/\S+['’]s\b/gu, '')).some((w) => !held.has(w))) return false;
  // (Nor does a right post told without a word of its own, "Bridge is a member" for "a board member".)
  // (Nor one told as one of many, "Gyan is a captain", where the structure reads the body's one, "the captain".)
  if (/^the /.test(found.right) && /^an? /.test(right) && secondOf(found.wrong, found.right)) return false;
  // (Its own words only: an owner named by capitals or a possessive, "Ashcombe", "the county's", and the
  // body after its link may be left to the article.)
  const toldWords = new Set(postWords(right));
  if (postWords(found.ownWords).some((w) => !toldWords.has(w))) return false;
  // (Nor a post told by its head alone, "Horwath is the leader", where the structure's names whose it
  // is, "the NDP leader": the leader of what is the fact.)
  const acronyms = found.right.match(/\b\p{Lu}{2,}\b/gu) ?? [];
  if (postWords(right).length === 1 && acronyms.length && /^the /.test(found.right)) return false;
  // (Nor one that drops the post's head, "an additional district and sessions" of "… judge", or
  // lowers an acronym the post prints, "the mta head".)
  const [rightHead] = split(found.right);
  if (!toldWords.has(postWords(rightHead).at(-1) ?? '')) return false;
  if (acronyms.some((a) => !new RegExp(`\\b${a}\\b`).test(phrase))) return false;
  // (Nor one that names the post's body other than as printed, "Department of Health Human Services" of "… Health & Human …".)
  const [, rightBody] = split(found.right);
  const bodyWords = rightBody.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  if (bodyWords.length >= 2 && phrase.includes(bodyWords.slice(0, 2).join(' ')) && !phrase.includes(rightBody.replace(/^\S+ /, '')))
    return false;
  // (Nor one that prints the wrong post's word with a capital the structure's telling lowers: "not the
  // Solicitor general" of "the solicitor general".)
  const toldWrongPost = /, not (.+?)\.?$/u.exec(phrase)?.[1] ?? '';
  const capitalised = (toldPost: string, post: string) => {
    const lowered = new Set(post.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)));
    return toldPost.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && lowered.has(w.toLowerCase()));
  };
  // (An owner's capital the right post prints, "Tarn County", may be told again with the wrong one.)
  const ownerCapitals = new Set(found.right.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
  const wrongWords = toldWrongPost
    .split(/\s+/)
    .filter((w) => !ownerCapitals.has(w))
    .join(' ');
  if (toldWrongPost && capitalised(wrongWords, found.wrong)) return false;
  // (Nor the structure's own run of capitals lowered in part, "the national public health Service director".)
  const unarticled = (p: string) => p.replace(/^(?:the|an?|its) /, '').split(' ');
  const [toldSeq, ownSeq] = [unarticled(right), unarticled(found.right)];
  if (toldSeq.join(' ').toLowerCase() === ownSeq.join(' ').toLowerCase()) {
    const capital = (w: string) => /^\p{Lu}/u.test(w);
    const runs = ownSeq.map((w, k) => capital(w) && (capital(ownSeq[k - 1] ?? '') || capital(ownSeq[k + 1] ?? '')));
    // (A run lowered at its start but capitalised after, "national … Service": "Kelder police" lowers a common noun.)
    if (toldSeq.some((w, k) => k > 0 && runs[k] && runs[k - 1] && capital(w) && !capital(toldSeq[k - 1]!))) return false;
  }
  // (Nor a wrong post told as the body's one, "not its hydrologist", where the structure reads one of
  // many there, "a hydrologist"; a post a body has one of, "its research director", may be.)
  const toldWrong = /, not its (\S+(?: \S+)*?)(?:\.|$)/u.exec(phrase)?.[1];
  if (toldWrong && /^an? /.test(found.wrong) && !isTitleWord(toldWrong.split(' ').at(-1)!)) return false;
  return (found.right.match(/\d+/g) ?? []).every((n) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(phrase));
}

/**
 * A correction phrase checked against the post and holder the sentence's apposition gives: as it
 * came when they agree or no post beside a name was put right, else the structure's telling in the
 * tense the post is held in. `grounded` is the writer's test that the holder is the article's.
 */
export function postAsHeld(phrase: string, older: string, newer: string, article: string, grounded: (name: string) => boolean): string {
  const found = heldPostPutRight(plainText(older), plainText(newer), article);
  if (!found || !grounded(found.name) || heldPostAgrees(phrase, found)) return phrase;
  return toldInTense(heldPostPhrase(found), older, newer);
}

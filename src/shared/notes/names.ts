/**
 * Proper names as newsroom copy writes them: a person comes with a title ("NATO Secretary General
 * Mark Rutte") and is then called by surname ("Rutte"); an institution is named in full or by a
 * description ("the South Korean presidential office"). These rules find both shapes without a
 * tagger, which keeps the note writer fast and predictable (see propose.ts for the measurements).
 */
import { opensNameRun } from './name-run-opening';
import { plainText } from './sentences';
import { memoByText, memoByTextAndKey } from './text-memo';
import { tagged } from './topics';
import { rankFirst } from './rank-order';
import { opensOnModifier } from './opening-modifier';
import { numberWordValue } from '../text/numbers';

/**
 * A word with a capital in it, whole: "Rutte", "NATO", "O'Neill" and "iMessage" (a brand written with
 * a small first letter is a name too, and must be checked whole, not as "Message").
 */
export const CAPITALIZED_WORD = /(?<![\p{L}\p{N}])[\p{Ll}\p{N}]*\p{Lu}[\p{L}\p{M}\p{N}'.-]*/gu;

/** Capitalized words that are titles or offices, not part of a person's name. */
const TITLE_WORDS = new Set(
  (
    'president vice prime minister secretary general gen. sen. senator rep. representative gov. governor ' +
    'mayor deputy judge justice chief executive officer director dr. mr. mrs. ms. prof. professor chairman ' +
    'chairwoman chair commissioner inspector detective sgt. sergeant lt. lieutenant col. colonel capt. captain ' +
    'coach manager superintendent sheriff attorney district defense foreign interior finance health police fire ' +
    'councilman councilwoman councilmember council member speaker leader ambassador spokesperson spokesman ' +
    'spokeswoman ceo cfo coo cto cio cmo cso cpo ciso evp svp vp gm chancellor king queen pope bishop rev. father sister pastor principal dean adm. ' +
    'admiral maj. major trooper head secretary-general minister-president premier state assistant associate ' +
    'acting interim former senior special envoy counsel prosecutor magistrate marshal officer agent striker ' +
    'midfielder defender goalkeeper forward quarterback pitcher owner founder economist analyst chef author det. insp. supt. cpl. pvt. ofc. atty. asst. const. cst. ' +
    'lawmaker legislator treasurer auditor clerk controller comptroller coroner engineer administrator planner ' +
    'coordinator supervisor physician nurse surgeon firefighter constable undersheriff undersecretary under-secretary ' +
    // (British schools' heads.)
    'headteacher headmaster headmistress'
  ).split(' '),
);

/** Words that make a capitalized phrase an institution rather than a person. */
const ORG_WORDS = new Set(
  (
    'office department ministry council court police university inc. inc corp. corp company co. association agency bank ' +
    'group party committee commission service board authority administration institute foundation union ' +
    'federation league club fc united times post news journal hospital school airlines airways railway railways patrol ' +
    'transit network foods motors systems partners holdings capital fund organization center centre bureau ' +
    'government parliament assembly congress senate navy army corps guard force forces command cabinet ' +
    'house kremlin pentagon reuters politico press associated broadcasting corporation ltd. ltd llc plc ' +
    'fire rescue district county city state museum library church trust energy power utilities utility ' +
    'airport port station studio studios records media television radio magazine tribune herald gazette ' +
    'observer daily weekly exchange commission reserve treasury electric guild society alliance coalition ' +
    'chamber institution laboratory labs clinic collective cooperative properties realty symphony orchestra philharmonic ballet opera ' +
    'theater theatre choir ensemble festival academy college conservatory zoo stadium arena'
  ).split(' '),
);

/**
 * A utility's or a service's common noun ends a body's name, never a person's ("Network Rail",
 * "Tarnside Water", "Dunmore Health"): no one is surnamed so. Only the word as it stands: "Dana
 * Waters" is a person.
 */
const SERVICE_WORDS = new Set(
  (
    'rail railroad water gas grid health healthcare transport mail telecom wireless broadband freight shipping mining petroleum ferries housing insurance ' +
    // A trade's plural that heads a business's name ("Northwind Pictures", "Lantern Productions"): no one's surname.
    'pictures films productions entertainment publishing industries enterprises technologies ventures'
  ).split(' '),
);

const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'del', 'la', 'le', 'du', 'di', 'dos', 'ter']);

/** "du" in "Faf du Plessis", "von der" in "Ursula von der Leyen": a particle inside a name, between its capitals. */
export function particleInName(words: string[], at: number): boolean {
  const isParticle = (w: string | undefined) => !!w && NAME_PARTICLES.has(w);
  if (!isParticle(words[at])) return false;
  let [before, after] = [at - 1, at + 1];
  while (isParticle(words[before])) before--;
  while (isParticle(words[after])) after++;
  return /^\p{Lu}/u.test(words[before] ?? '') && /^\p{Lu}/u.test(words[after] ?? '');
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);
const SENTENCE_STARTERS = new Set(
  (
    'the a an in on at of for and but however meanwhile also after before when while as it this that these those ' +
    'there their his her its our we i you they he she according earlier later on last since during under ' +
    'if although though because so then yet still despite ' +
    // Adverbs that open a sentence before its subject ("Now Ana Ruiz has …", "Instead Ruiz said …"): never a given name.
    'now instead today yesterday tonight finally indeed overall separately similarly likewise afterward afterwards ' +
    'nevertheless nonetheless moreover furthermore besides elsewhere initially ultimately eventually recently previously'
  ).split(' '),
);

/** One run of capitalized words in a sentence. */
export interface NameRun {
  text: string;
  start: number;
  end: number;
  words: string[];
}

const CAP_WORD = /^[\p{Lu}][\p{L}\p{M}'.-]*(?:&\p{Lu}[\p{L}\p{M}'.-]*)*$|^\p{Lu}+$/u;

function isCapWord(word: string): boolean {
  return CAP_WORD.test(word);
}

/**
 * Runs of capitalized words ("NATO Secretary General Mark Rutte", "South Korean"), with lowercase
 * particles allowed inside a name ("Ursula von der Leyen"). A possessive ends a run.
 */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  // "PG&E", "AT&T": an ampersand between letters is inside one name.
  const re = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?:&[\p{L}\p{M}][\p{L}\p{M}'’.-]*)*/gu;
  let current: { words: string[]; start: number; end: number } | null = null;
  let gapOk = true;
  let lastEnd = 0;
  const flush = () => {
    if (current) {
      // Trailing particles are not part of the name.
      while (current.words.length && NAME_PARTICLES.has(current.words[current.words.length - 1]!)) current.words.pop();
      if (current.words.length) {
        const clean = current.words.map((w) =>
          w
            .replace(/['’]s$/, '')
            .replace(/[.,]$/, (dot) =>
              isTitleWord(w) || /^(\p{Lu}\.)+$/u.test(w) || /^(jr|sr|st|inc|corp|co|ltd)\.$/i.test(w) ? dot : '',
            ),
        );
        runs.push({ text: clean.join(' '), start: current.start, end: current.end, words: clean });
      }
    }
    current = null;
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const between = text.slice(lastEnd, m.index);
    // A line break ends a name: a headline's last word and the next paragraph's first are two runs.
    gapOk = /^[^\S\n]+$/.test(between) || between === '';
    lastEnd = m.index + word.length;
    const cap = isCapWord(word);
    const particle = !cap && NAME_PARTICLES.has(word);
    if (current && (!gapOk || (!cap && !particle))) flush();
    if (cap || (particle && current)) {
      if (!current) current = { words: [], start: m.index, end: m.index };
      current.words.push(word.replace(/’/g, "'"));
      current.end = lastEnd;
      if (
        /['’]s$/.test(word) ||
        (/[.]$/.test(word) && !isTitleWord(word) && !/^(\p{Lu}\.)+$/u.test(word) && !/^(St|Jr|Sr|Inc|Corp|Co|Ltd)\.$/.test(word))
      )
        flush();
    }
  }
  flush();
  return runs;
}

/**
 * "President Ama Osei", "Vice President Ama Osei", "Gov. Kofi Mensah": a clause that opens on titles
 * set right before a capitalized name. AP style capitalizes such a title as part of the name, so a
 * note that lifts the clause keeps it ("where President Ama Osei spoke", never "where president Ama
 * Osei spoke"); a title alone or after its name ("the president", "Osei, the president") is a word.
 */
export function opensOnTitledName(clause: string): boolean {
  const words = clause.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && /^\p{Lu}/u.test(words[k]!) && isTitleWord(words[k]!.replace(/,$/, ''))) k++;
  // ("President A.K. Osei": an initial is a name's too.)
  return k > 0 && /^\p{Lu}(?:\p{Ll}|\.)/u.test(words[k] ?? '') && !isTitleWord(words[k]!);
}

export function isTitleWord(word: string): boolean {
  // The tokenizer drops an abbreviation's point: "Sen" is "Sen.".
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || (/^\p{L}{2,4}$/u.test(w) && TITLE_WORDS.has(`${w}.`));
}

export function isOrgWord(word: string): boolean {
  const w = word.toLowerCase();
  return ORG_WORDS.has(w) || SERVICE_WORDS.has(w) || (w.endsWith('s') && ORG_WORDS.has(w.slice(0, -1)));
}

const COMPANY_WORDS = new Set(
  'inc inc. corp corp. co co. ltd ltd. llc plc company corporation foods motors group holdings airlines airways bank systems partners industries enterprises technologies services energy brands stores markets media pharmaceuticals labs'.split(
    ' ',
  ),
);

/** A business by its name: "Northgate Foods", "Gull Island Ferry Co.". */
export function looksLikeCompany(name: string): boolean {
  return name.split(/\s+/).some((w) => COMPANY_WORDS.has(w.toLowerCase()));
}

export const TITLE_ABBREVIATIONS: Record<string, string> = {
  'sgt.': 'sergeant',
  'gen.': 'general',
  'sen.': 'senator',
  'rep.': 'representative',
  'gov.': 'governor',
  'lt.': 'lieutenant',
  'col.': 'colonel',
  'capt.': 'captain',
  'maj.': 'major',
  'adm.': 'admiral',
  'dr.': 'doctor',
  'prof.': 'professor',
  'rev.': 'the Rev.',
  'supt.': 'superintendent',
  'det.': 'detective',
  // AP spells these out in running text too: "Asst. Chief Ana Ruiz" is the assistant chief.
  'asst.': 'assistant',
  'insp.': 'inspector',
  'cpl.': 'corporal',
  'pvt.': 'private',
  'ofc.': 'officer',
  'atty.': 'attorney',
  // (Canadian and British police ranks: "Const. Ana Roe", the RCMP's "Cst.", "Supt." above.)
  'const.': 'constable',
  'cst.': 'constable',
  ceo: 'chief executive officer',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  cio: 'chief information officer',
  cmo: 'chief marketing officer',
  ciso: 'chief information security officer',
  vp: 'vice president',
};

/** A capitalized abbreviation printed without its point ("Sgt", "Insp", "Supt"), spelled out; undefined otherwise. */
function undottedTitle(word: string): string | undefined {
  return /^\p{Lu}\p{Ll}{1,4}$/u.test(word) ? TITLE_ABBREVIATIONS[`${word.toLowerCase()}.`] : undefined;
}

/** A title as it reads without a name after it: "Detective Sgt." → "detective sergeant". */
export function titleInWords(title: string): string {
  // ("Fire Deputy Chief" reads "deputy fire chief": rank-order.ts.)
  return rankFirst(spelledOut(title));
}

function spelledOut(title: string): string {
  return (
    title
      .split(/\s+/)
      // (British copy drops the point: "Sgt Anna Roe", "Insp Dale Hart" are the sergeant and the inspector.)
      .map((w) => TITLE_ABBREVIATIONS[w.toLowerCase()] ?? undottedTitle(w) ?? (isAcronym(w) ? w : w.toLowerCase()))
      // An organization's name before a title stays capitalized: "Verizon chief information officer"
      // (but not the body a post serves, "city manager", nor a word inside the title, "chief information officer").
      .map((w, i, all) => {
        const printed = title.split(/\s+/);
        const firstTitle = printed.findIndex(isTitleWord);
        return i < all.length - 1 &&
          (firstTitle < 0 || i < firstTitle) &&
          /^\p{Lu}\p{Ll}/u.test(printed[i] ?? '') &&
          !isTitleWord(printed[i]!) &&
          !JURISDICTION.has(printed[i]!.toLowerCase())
          ? printed[i]!
          : w;
      })
      .join(' ')
  );
}

/** An all-capitals acronym such as NATO or FBI. */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word.replace(/\./g, ''));
}

/**
 * An institution ends with an institution word ("Riverton Police Department", "Northgate Foods",
 * "Estonian Defense Ministry"); a person's title may hold one without making them one ("City
 * Engineer Ana Lopez", "Police Chief Marcus Hale").
 */
export function looksLikeOrganization(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (isOrgWord(last) || isOrgWord(last.replace(/\.$/, ''))) return true;
  return words.length === 1 && isAcronym(last);
}

/** Post words no one is named: a run ending on one ends on its post, never on a surname. */
const NEVER_SURNAME =
  /^(?:officer|director|manager|coordinator|president|secretary|executive|administrator|supervisor|analyst|superintendent|commissioner|spokesperson|spokesman|spokeswoman)$/i;

/**
 * The last title word of a run of capitals: the name follows it. A surname that is also a title word
 * ("Sheriff Geoff Dean", "Sen. Tom King", "Minister Ana Major") closes the name when a given name that
 * is no title stands right before it and a title opened the run — or, with `afterTitle`, the run
 * follows a title already read ("Minister" changed, then "Ana King"), when the index is -1 for a run
 * that is all name. `isTitle` is the reader's own test of a title word (retitled-person.ts counts
 * post nouns too).
 */
export function lastTitleIndex(words: string[], isTitle: (word: string) => boolean = isTitleWord, afterTitle = false): number {
  const last = words.findLastIndex((w) => isTitle(w));
  // (Only a post word that is also a surname: "Chief Product Officer" holds no Mr. Officer.)
  const surname =
    last === words.length - 1 && last >= (afterTitle ? 1 : 2) && !isTitle(words[last - 1]!) && !NEVER_SURNAME.test(words[last]!);
  const earlier = surname ? words.slice(0, last - 1).findLastIndex((w) => isTitle(w)) : -1;
  return surname && (afterTitle || earlier >= 0) ? earlier : last;
}

/**
 * The person's name without titles or the adjectives before them:
 * "NATO Secretary General Mark Rutte" → "Mark Rutte", "Kyiv's Defense Minister Rustem Umerov" → "Rustem Umerov".
 */
export function personName(run: string): string {
  const words = run.split(/\s+/).filter(Boolean);
  const lastTitle = lastTitleIndex(words);
  let rest = words.slice(lastTitle + 1);
  while (rest.length && SENTENCE_STARTERS.has(rest[0]!.toLowerCase())) rest.shift();
  // "… of National Government Kithure Kindiki": a body's name before the person's is no part of it
  // (the name is the two words or more after the body's last word).
  const body = rest.findLastIndex((w) => isOrgWord(w));
  if (body >= 0 && rest.length - body - 1 >= 2) rest = rest.slice(body + 1);
  // "Doug Dippel RN": a credential in capitals after the surname is no part of the name (a numeral, "III", is).
  if (rest.length >= 3 && /^\p{Lu}{2,4}$/u.test(rest.at(-1)!) && !/^[IVX]+$/.test(rest.at(-1)!)) rest = rest.slice(0, -1);
  return rest.join(' ');
}

/** Words that say which body a post serves when they open its title: "City Manager", "Circuit Judge". */
const JURISDICTION = new Set(
  'city county state town village borough township parish municipal federal circuit superior appeals probate juvenile family school'.split(
    ' ',
  ),
);

/** "City", "County", "State": a word that says which body a post serves (names.ts' own list). */
export function isJurisdiction(word: string): boolean {
  return JURISDICTION.has(word.toLowerCase());
}

/**
 * The title words of a run, whole: "Deputy Mayor Carla Reyes" → "Deputy Mayor", "City Manager Dana
 * Roe" → "City Manager", "Chief Information Officer Jo Ames" → "Chief Information Officer" — from the
 * first title word to the last, with the body the post serves before it.
 */
export function titleOf(run: string): string {
  const words = run.split(/\s+/);
  const lastTitle = lastTitleIndex(words);
  if (lastTitle < 0) return '';
  let first = lastTitle;
  // Back over the title's own words: title words, and a capitalized word between two of them ("Information").
  while (
    first > 0 &&
    (isTitleWord(words[first - 1]!) || (first > 1 && isTitleWord(words[first - 2]!) && /^\p{Lu}\p{Ll}+$/u.test(words[first - 1]!)))
  )
    first--;
  if (first > 0 && JURISDICTION.has(words[first - 1]!.toLowerCase())) first--;
  return words.slice(first, lastTitle + 1).join(' ');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function surnameOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/i.test(w));
  // "Abu Karim Al Nasser" → "Al Nasser", "Ursula von der Leyen" → "von der Leyen": the particles
  // before the last name are the surname's, never a given name's (the first word is always given).
  let first = words.length - 1;
  while (first > 1 && NAME_PARTICLES.has(words[first - 1]!.toLowerCase())) first--;
  return words.slice(first).join(' ') || name;
}

/**
 * The name for a person in the note. 'surname' is AP's second reference ("Rutte"), kept to the full
 * name when another person in the article shares the surname (Rosa Albanese, Teresa Albanese Moore).
 * 'as-introduced' uses the surname only when the article itself uses it alone somewhere.
 */
export function shortName(fullName: string, articleText: string, mode: 'surname' | 'as-introduced' = 'surname'): string {
  const words = fullName.split(/\s+/);
  if (words.length < 2) {
    // "Gavin has posted a response": a person called by a first name is still named by surname.
    const full = fullNameOfGiven(fullName, articleText);
    return full ? shortName(full, articleText, mode) : fullName;
  }
  // "Al Saud" after "Abu Anas Al Saud": the surname with its particle, already short ("Al Gore",
  // whom the copy never names longer, keeps "Gore").
  if (words.length === 2 && NAME_PARTICLES.has(words[0]!.toLowerCase()) && fullNameWithParticle(fullName, articleText)) return fullName;
  const surname = surnameOf(fullName);
  const given = words.slice(0, -1);
  const text = plainText(articleText);
  const re = new RegExp(`(^|[^\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'gu');
  let standsAlone = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[1]!.length;
    const before = text.slice(Math.max(0, at - 40), at);
    const previousWord = /([\p{L}\p{M}'.-]+)\s*$/u.exec(before)?.[1] ?? '';
    if (given.includes(previousWord)) continue;
    const otherPerson =
      /^\p{Lu}/u.test(previousWord) &&
      !isTitleWord(previousWord) &&
      !isSentenceStarter(previousWord) &&
      !/[.]$/.test(previousWord) &&
      /\s$/.test(before) &&
      !describesOpening(previousWord, before);
    if (otherPerson) return fullName;
    standsAlone = true;
  }
  // A surname is a short name only once the copy uses it alone ("Lopez said"); never standing alone,
  // the run may be no person at all ("Columbia Gas", "AEP Ohio"), so it is printed whole.
  return standsAlone ? surname : mode === 'surname' && isPersonShaped(fullName) ? surname : fullName;
}

/**
 * The full name a lone given name stands for: "Gavin" in an article that introduces "Gavin King".
 * Only when every time the word runs into another capitalized word it is the same one, and the pair
 * reads as a person's name (two words, no organization's word), so "Amazon" is not made "Web".
 */
function fullNameOfGiven(given: string, articleText: string): string {
  if (!/^\p{Lu}\p{Ll}+$/u.test(given) || isTitleWord(given) || isSentenceStarter(given)) return '';
  const followers = new Set<string>();
  const text = plainText(articleText);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(given)}\\s+(\\p{Lu}[\\p{L}'’-]+)(\\s+\\p{Lu})?`, 'gu'))) {
    if (m[2]) return '';
    followers.add(m[1]!.replace(/['’]s$/, ''));
  }
  const [surname] = [...followers];
  // A title word right after a given name is a surname ("Gavin King"); before one it is a title.
  if (followers.size !== 1 || isSentenceStarter(surname!)) return '';
  const full = `${given} ${surname}`;
  return looksLikeOrganization(full) ? '' : full;
}

// The same article text is searched for name after name: keep its plain form for the next call.
let lastText = '';
let lastPlain = '';

/** True when the text contains the name as whole words. */
export function mentions(text: string, name: string): boolean {
  if (!name) return false;
  if (text !== lastText) {
    lastText = text;
    lastPlain = plainText(text);
  }
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(lastPlain);
}

/** Levenshtein distance, for telling a misspelling from a different name. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * A describing word that opens a line or sentence before a surname ("Longtime Arpaio lawyer …" in a
 * headline, "Embattled Lopez …"): its capital is the sentence's, and it is no given name of another
 * person with that surname.
 */
function describesOpening(word: string, before: string): boolean {
  if (!new RegExp(`(?:^|\\n|[.!?]["”’]?\\s)${escapeRegExp(word)}\\s*$`, 'u').test(before)) return false;
  const [t] = tagged(word.toLowerCase());
  return t?.pos === 'ADJ';
}

export function isSentenceStarter(word: string): boolean {
  return SENTENCE_STARTERS.has(word.toLowerCase());
}

/**
 * How the article first introduces a person, for a note that meets them for the first time: the
 * organization and title words right before their full name ("Redwood Research CEO Buck Shlegeris",
 * "Adobe senior vice president Paul Weiskopf"). Read from the article's own words, so the note names
 * no title the article does not give. Empty when the article names them without a role: the
 * surname, AP's second reference, then does.
 */
/** Titles AP capitalizes before a name ("Mayor Ann Pruitt", "Sheriff Dale Ott"), unlike a job ("spokesman Tom Hale"). */
const FORMAL_TITLE =
  /^(?:Mayor|Governor|Senator|Representative|President|Judge|Justice|Sheriff|Commissioner|Superintendent|Chancellor|Secretary|Chief|King|Queen|Pope|Bishop|Councilman|Councilwoman|Councilmember|Ambassador|Lieutenant|Sergeant|Detective|Captain|Officer|Trooper|Deputy|Coroner|Constable|Alderman|Alderwoman|Premier|Minister)$/;

export function introducedAs(surname: string, articleText: string): string {
  // Line by line: a headline's last words never run on into the first paragraph's name.
  const text = articleText.split('\n').map(plainText).join('\n');
  for (const run of nameRuns(text)) {
    const person = personName(run.text);
    const words = person.split(/\s+/);
    if (words.length < 2 || words[words.length - 1] !== surname) continue;
    const lead = run.words.slice(0, run.words.length - words.length).filter((w, i) => !(i === 0 && isSentenceStarter(w)));
    // Lower-case title words before the run ("senior vice president"), and the organization before them.
    const before = text
      .slice(Math.max(0, run.start - 80), run.start)
      .split(/\s+/)
      .filter(Boolean);
    const titled: string[] = [];
    while (before.length && isTitleWord(before[before.length - 1]!) && /^\p{Ll}/u.test(before[before.length - 1]!))
      titled.unshift(before.pop()!);
    // The organization's capitalized words ("Valley Power"), up to where the clause begins.
    while (titled.length && !lead.length && titled.length < 6) {
      const org = before[before.length - 1] ?? '';
      if (!/^\p{Lu}[\p{L}&.-]*$/u.test(org) || isSentenceStarter(org)) break;
      titled.unshift(before.pop()!);
    }
    const words0 = lead.length ? lead : titled;
    // "County engineer Sam Hollis" opening a sentence is a county engineer: a common word capitalized
    // only by where it stands is lowercased, as it reads inside the note's sentence.
    const at = lead.length ? run.start : text.lastIndexOf(words0[0]!, run.start);
    const opensSentence = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(0, at));
    // A formal title keeps its capitals before the name ("Gov. Pat Lowe", "Fire Chief Nora Bell"):
    // an abbreviated title, or one whose every word is capitalized past the sentence's first.
    const formal = (w: string) =>
      /\.$/.test(w) ||
      (words0.length > 1 && words0.slice(1).every((x) => /^\p{Lu}/u.test(x))) ||
      (words0.length === 1 && FORMAL_TITLE.test(w));
    // A word of a post's time ("Retired Army Maj.") is lowered wherever it stands.
    const ofTime = (w: string) => /^(?:Retired|Former|Acting|Interim)$/.test(w);
    const common = (w: string) =>
      ofTime(w) ||
      (opensSentence &&
        // "Athletic director Ana Vale": a common word capitalized only by the sentence's start.
        (isTitleWord(w) ||
          isOrgWord(w) ||
          (/^\p{Lu}\p{Ll}+$/u.test(w) && !readsAsName(w, text) && tagged(w.toLowerCase())[0]?.pos === 'ADJ')) &&
        !formal(w) &&
        !new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(w)}\\b`, 'u').test(text));
    // ("Transit Authority spokesperson": a capital before another capital opens a body's name, kept.)
    const opensBody = (w: string) => !ofTime(w) && /^\p{Lu}/u.test(words0[1] ?? '');
    const prefix = words0.map((w, i) => (i === 0 && common(w) && !opensBody(w) ? w.toLowerCase() : w));
    // A long run of words before the name is a clause, not a title.
    const role = prefix.some((w) => isTitleWord(w) && !/^(?:mr|mrs|ms)\.$/i.test(w));
    return role && prefix.length <= 5 ? [...prefix, person].join(' ') : '';
  }
  return '';
}

/**
 * "Reyes" → "Dana Reyes": the person the article names in full whose surname is `surname` (the
 * first such, its title left off); '' when the article names no one so, or `surname` is already
 * more than one word.
 */
/** A longer name the copy gives for a particle and a surname ("Abu Anas Al Saud" for "Al Saud"). */
function fullNameWithParticle(surname: string, articleText: string): boolean {
  return fullName(surname, articleText).split(' ').length > surname.split(' ').length;
}

export function fullName(surname: string, articleText: string): string {
  return fullNameIn(articleText, surname);
}

/** fullName, remembered per article (text-memo.ts): the same surname is asked of one article many times a note. */
const fullNameIn = memoByTextAndKey(
  (articleText: string, surname: string): string => {
    // ("Al Nasser", "van der Berg": a surname with its particles.)
    const parts = surname.split(' ');
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(parts.at(-1)!) || !parts.slice(0, -1).every((p) => NAME_PARTICLES.has(p.toLowerCase()))) return '';
    for (const words of personNameWords(articleText)) {
      if (
        words.length >= parts.length + 1 &&
        words.length <= 4 + parts.length - 1 &&
        words.slice(-parts.length).join(' ') === surname &&
        !looksLikeOrganization(words.join(' '))
      )
        return words.join(' ');
    }
    return '';
  },
  { entries: 8, chars: 1_000_000, perText: 512 },
);

/** Each run of capitals in the article, line by line, as the words of the person it names: read once per article. */
const personNameWords = memoByText(
  (articleText: string): readonly string[][] =>
    articleText.split('\n').flatMap((line) => nameRuns(plainText(line)).map((run) => personName(run.text).split(/\s+/))),
  { entries: 8, chars: 1_000_000 },
);

/** A noun for a post or a part someone plays, lowercase in running text. */
const POST =
  /^(?:officer|director|manager|secretary|chief|editor|president|chair|chairman|chairwoman|commissioner|minister|head|coordinator|superintendent|administrator|treasurer|spokes(?:man|woman|person)|member|founder|owner|lawyer|attorney|judge|coach|captain|pilot|driver|doctor|nurse|teacher|principal|mayor|governor|senator|analyst|economist|researcher|scientist|professor|engineer|architect|author|writer|reporter|photographer|producer|designer|witness|victim|suspect|survivor|resident|neighbor|friend|partner|counsel|prosecutor|investigator|official|leader|organizer|adviser|advisor|aide|deputy|agent|representative|negotiator|winner|player|striker|goalkeeper|pitcher|quarterback|actor|actress|singer|musician|rapper|dancer|comedian|artist|novelist|poet|chef|athlete|runner|swimmer|skater|boxer|filmmaker|composer|conductor|candidate|nominee|spokesperson|commander|commandant|harbormaster|postmaster|headmaster|provost|rector|warden|ranger|curator|publisher|executive|steward|registrar|trustee|regent|[a-z]+ologist)$/i;

/** A common noun for a person by what they do or are ("the coach", "the pilot", "the witness"). */
export function isPostNoun(word: string): boolean {
  return POST.test(word);
}

/**
 * A word that holds a post, as a title before a name prints it or running text does: "Secretary",
 * "chief", "Sgt.", "treasurer". Its abbreviation's point set aside. The one reading the title
 * readers share (office-ranks.ts, post-words-misread.ts, same-person-title.ts).
 */
export function isPostWord(word: string): boolean {
  const bare = word.replace(/\.$/, '');
  return isTitleWord(bare) || isTitleWord(word) || isPostNoun(bare);
}

/**
 * The post a person holds, as the sentence gives it beside their name: "the company's chief
 * financial officer, Dana Whitmore," / "council member Nadia Mbeki" / "Kim Ro, the agency's
 * director,". The words as printed, from the determiner or possessive on; '' when none stands there.
 */
export function roleBeside(sentence: string, name: string): string {
  const n = escapeRegExp(name);
  const det = "(?:[Tt]he\\s+\\p{Ll}+['’]s|[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|\\p{Lu}[\\p{L}-]*['’]s)";
  const words = '(?:[\\p{Ll}-]+\\s+){0,3}?';
  const before = new RegExp(`\\b(${det}\\s+${words}([\\p{Ll}-]+)),\\s+${n}\\b`, 'u').exec(sentence);
  // "head of sales": the post may stand before an "of".
  const holdsPost = (phrase: string) => phrase.split(/\s+/).some((w) => POST.test(w));
  if (before && holdsPost(before[1]!)) return before[1]!.replace(/^(?:a|an)\s/i, 'the ').replace(/^The\s/, 'the ');
  const after = new RegExp(`\\b${n},\\s+(${det}\\s+${words}([\\p{Ll}-]+))(?=,|\\.|\\s+(?:at|of|for|in|who|said)\\b)`, 'u').exec(sentence);
  if (after && holdsPost(after[1]!)) return after[1]!.replace(/^(?:a|an)\s/i, 'the ').replace(/^The\s/, 'the ');
  // "council member Nadia Mbeki": lowercase words of a post right before the name.
  const bare = new RegExp(`(?:^|[\\s,(])((?:[\\p{Ll}-]+\\s+){0,2}?([\\p{Ll}-]+))\\s+${n}\\b`, 'u').exec(sentence);
  if (bare && POST.test(bare[2]!)) {
    const post = bare[1]!.split(/\s+/);
    while (post.length > 1 && !/^[\p{Ll}-]+$/u.test(post[0]!)) post.shift();
    while (post.length > 1 && /^(?:said|says|told|by|with|and|to|from|according|the|a|an)$/.test(post[0]!)) post.shift();
    return `the ${post.join(' ')}`;
  }
  return '';
}

const bareWord = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Does the article write `word` as a name: capitalized somewhere no sentence starts? A common word
 * ("Mobile", "Workers", "At") is capitalized only where it opens a sentence. A word the article does
 * not hold cannot be judged from it, and counts as a name.
 */
let lastNameText = '';
let lastNameTokens: string[] = [];

export function readsAsName(word: string, articleText: string): boolean {
  // The note's words are checked one after another against the same article: split it once.
  if (articleText !== lastNameText) {
    lastNameText = articleText;
    lastNameTokens = articleText.split(/\n+/).flatMap((line) => ['.', ...plainText(line).split(/\s+/)]); // a line's first word opens a sentence
  }
  const tokens = lastNameTokens;
  let seen = false;
  for (let i = 0; i < tokens.length; i++) {
    if (bareWord(tokens[i]!) !== word) continue;
    seen = true;
    if (i > 0 && !/[.!?:]["”’)]*$/.test(tokens[i - 1]!) && !/^["“]/.test(tokens[i]!)) return true;
  }
  return !seen;
}

/** Things named by a word and a number, whose word keeps its capital: "Highway 41", "Gate 12". */
const NUMBERED_NAME =
  /^(?:Highway|Route|Road|Interstate|Position|Ward|District|Precinct|Building|Gate|Terminal|Pier|Platform|Engine|Ladder|Flight|Proposition|Measure|Amendment|Question|Exit|Runway|Channel|Station|Unit|Lot|Hangar|Camp|Tower|Block)$/;

export function opensOnNumberedName(clause: string): boolean {
  return NUMBERED_NAME.test(/^\S+/.exec(clause)?.[0] ?? '') && /^\S+\s+\d/.test(clause);
}

/**
 * A clause lifted from the start of a sentence, to stand inside a note ("incorrectly reported that
 * …", "the status of …"): its first word keeps its capital only when it is a name. A function word
 * ("At least 13 …", "Some …") always drops it; any other word drops it when the article writes it
 * in lower case or only ever capitalizes it at a sentence's start.
 */
export function lowerOpening(clause: string, articleText = ''): string {
  const first = /^\p{Lu}\p{Ll}*(?=[\s,;:]|$)/u.exec(clause)?.[0];
  if (!first || first === 'I') return clause;
  // "Highway 41", "Ward 3", "Flight 370": a numbered thing's capital is part of its name.
  if (opensOnNumberedName(clause)) return clause;
  const lower = first.toLowerCase();
  const common =
    isSentenceStarter(first) ||
    // "Two men from Dunmore were arrested": a number word before a common noun only opened the sentence.
    ((numberWordValue(lower) !== undefined || /^(?:dozens|hundreds|thousands)$/.test(lower)) && /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(clause)) ||
    /^(?:some|most|many|several|few|all|both|each|every|no|more|less|at|by|from|with|without|about|over|nearly|almost|only|about)$/.test(
      lower,
    ) ||
    (!!articleText &&
      !readsAsName(first, articleText) &&
      // "Police Scotland held …": a capital running into another is a name's (name-run-opening.ts).
      !opensNameRun(clause) &&
      (new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(plainText(articleText)) ||
        // "Voters", "Forecasters", "Residents": a plural of people by what they do, capitalized
        // only where a sentence opens, is no name.
        /^\p{Lu}\p{Ll}{2,}(?:ers|ors|ists|ians|ents|ants)$/u.test(first) ||
        // "Poll turnout was low": a word capitalized only where sentences open, modifying a noun (opening-modifier.ts).
        opensOnModifier(clause, articleText)));
  return common ? lower + clause.slice(first.length) : clause;
}

/** Last words no person's name ends in: a state ("AEP Ohio") or a trade ("Columbia Gas"). */
const NOT_A_SURNAME =
  /^(?:Gas|Oil|Air|Water|Steel|Mining|Chemical|Chemicals|Pharma|Health|Airlines?|Rail|Transit|Ohio|Texas|Florida|Georgia|Virginia|Carolina|Dakota|Michigan|Indiana|Illinois|Kentucky|Tennessee|Alabama|Arizona|Nevada|Oregon|Maine|Iowa|Kansas|Missouri|Utah|Colorado|Idaho|Montana|Wyoming|Alaska|Hawaii|Vermont|Maryland|Delaware|Louisiana|Mississippi|Arkansas|Oklahoma|Nebraska|Minnesota|Wisconsin|Pennsylvania|Massachusetts|Connecticut|Jersey|York|Mexico|California|America|Canada|Europe|Asia|Africa)$/;

/**
 * Could a run be a person's name, so that its last word may stand for it ("Lopez")? Not when it
 * opens on an acronym ("AEP Ohio") or ends on a state or a trade ("Columbia Gas"): such a run,
 * whose last word the copy never uses alone, is printed whole.
 */
function isPersonShaped(fullName: string): boolean {
  const words = fullName.split(/\s+/);
  return !/^\p{Lu}{2,}$/u.test(words[0]!) && !NOT_A_SURNAME.test(words.at(-1)!);
}

/**
 * "Woodrum" → "Charlie Woodrum": the full name the article prints for a lone surname, never with a
 * body's abbreviation or name run on before it ("NWS Shreveport Charlie Woodrum"), and never after
 * "of", a title's tail ("Superintendent of Instruction John Davis"); '' when none reads.
 */
export function surnameInFull(surname: string, articleText: string): string {
  const words = fullName(surname, articleText).split(' ').filter(Boolean);
  // (A given name and the surname, with a middle initial: "J.T. Young", "Mary K. Lee".)
  const initial = /^\p{Lu}\.(?:\p{Lu}\.)?$/u.test(words.at(-2) ?? '') ? 1 : 0;
  const from = Math.max(words.findLastIndex((w) => (isAcronym(w) && !w.includes('.')) || isOrgWord(w)) + 1, words.length - 2 - initial);
  // (A given name printed capitalised inside a sentence: "Even Amazon" opens one.)
  if (!words.slice(from, -1).every((w) => /^\p{Lu}\./u.test(w) || readsAsName(w, articleText))) return '';
  const full = words.slice(from).join(' ');
  const plain = plainText(articleText);
  return full.includes(' ') && new RegExp(`(?<!\\bof\\s+)(?<![\\p{L}])${escapeRegExp(full)}(?![\\p{L}])`, 'u').test(plain) ? full : '';
}

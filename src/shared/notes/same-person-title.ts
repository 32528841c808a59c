/**
 * One person, named the same in both versions, whose title beside the name was put right:
 * "said Harbor Police Deputy Chief Ada Lind" → "said Harbor Police homicide detective Ada Lind",
 * "Port Counsel Ada Lind" → "acting Port Counsel Ada Lind", "Ada Lind, who is Tarn County Roads
 * Director" → "… Parks Director". The speaker did not change, so it is no quotation credited to
 * another and no person misidentified; and a qualifier put in or taken out ("acting", "interim",
 * "former", "deputy") changes the post, so it is no mere rewording. The AP form names the person
 * and both titles: "misstated Ada Lind's title. Lind is the acting port counsel, not the port counsel."
 *
 * The reader goes by structure: the changed words sit inside a run of title words that ends on a
 * name both versions print alike (title before the name), or that follows the name after "who is"
 * (title after it). Only where the other readers would tell the change wrong (a misattribution, a
 * person misidentified, mere wording) is it told here.
 */
import { familyOrLastName } from './family-first-names';
import { misattribution } from './attribution';
import { changedSpan } from './changed-span';
import { readEdit } from './edits';
import { isJurisdiction, isOrgWord, isPostWord, titleInWords } from './names';
import { isPostQualifier } from './title-qualifiers';
import { isPortfolio } from './portfolios';
import { fill } from './style';
import { heldByOne } from './sole-posts';

export interface SamePersonTitle {
  /** The person as printed: "Ada Lind". */
  name: string;
  /** The right title in running text, with its article: "the acting port counsel". */
  right: string;
  /** The wrong title, less what it shares with the right one: "the port counsel". */
  wrong: string;
}

/** Words and the marks that bound a title; a stop stays on its word ("U.S.", "Lind."). */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[,;:"“”‘()—–]/gu;
const MARK = /^[,;:"“”‘()—–]$/;
const capital = (w: string) => /^\p{Lu}/u.test(w);
const bare = (w: string) => w.replace(/\.$/, '');
/** Words that say which holder, or when: "acting", "former", "deputy". */
const TIME_QUALIFIER = /^(?:former|ex|outgoing|incoming|then|longtime|retired)$/i;
const qualifier = (w: string) => isPostQualifier(bare(w)) || TIME_QUALIFIER.test(bare(w));
/** A word that names a post or rank: "director", "Chief", "detective", "Sgt.". */
const postWord = isPostWord;
/** Words that end a title read backwards: the verb of saying, a preposition, an article. */
const BOUND = /^(?:said|says|told|tells|added|adds|by|to|from|with|and|or|but|according|as|of|for|the|a|an|that|who|when|while|said)$/i;
/** Joins inside a title: "Secretary of State", "U.S. Attorney for Massachusetts". */
const JOIN = /^(?:of|for)$/i;
/**
 * Posts one person holds at a body: told with "the" ("the county's public works director"); a rank
 * or trade many hold is told with "a" ("a homicide detective"), as is a deputy or assistant.
 */
const ONE_HOLDER =
  /^(?:director|chief|president|chair|chairman|chairwoman|chairperson|leader|head|mayor|governor|attorney|secretary|minister|commissioner|superintendent|manager|administrator|treasurer|sheriff|coroner|speaker|principal|provost|rector|warden|chancellor|ombudsman|auditor|comptroller|controller|clerk|executive|premier|editor|dean|commander|commandant|coach)$/i;
const SHARED_RANK = /^(?:deputy|assistant|associate|vice|senior|junior|staff|special)$/i;
/** Verbs after "who" that hold a title after the name: "who is", "who serves as". */
const HOLDS = /^(?:is|was|serves|served|works|worked|acts|acted)$/i;

/**
 * The title put right on a person both versions name alike, when the other readers would tell it
 * as another speaker, another person or no fact at all. Null otherwise.
 */
export function samePersonTitle(older: string, newer: string): SamePersonTitle | null {
  const [o, n, p, s] = changedSpan(older, newer, TOKEN);
  const oldSpan = o.slice(p, o.length - s);
  const newSpan = n.slice(p, n.length - s);
  if (!(oldSpan.length + newSpan.length) || oldSpan.length > 6 || newSpan.length > 6) return null;
  // A qualifier put in or taken out ("acting", "former", "Deputy") is read here whatever the
  // readers make of it: they see a word added, or a post cut short ("the correct title is acting fire").
  const lower = (span: string[]) => span.map((w) => bare(w).toLowerCase());
  const moved = [...lower(oldSpan), ...lower(newSpan)].filter((w) => lower(oldSpan).includes(w) !== lower(newSpan).includes(w));
  const qualifierOnly = moved.length > 0 && moved.every(qualifier);
  // Any other title put right is read here only where the readers would tell it wrong: as another
  // speaker, another person, or no fact at all. (They word ranks, teams and firms with care.)
  const corrected = qualifierOnly ? [] : readEdit(older, newer).filter((f) => f.type === 'corrected');
  const misread = qualifierOnly || !!misattribution(older, newer) || !corrected.length || corrected.every((f) => f.fact === 'name');
  if (!misread) return null;
  if ([...oldSpan, ...newSpan].some((w) => MARK.test(w) || BOUND.test(w))) return null;
  const found = titleBeforeName(o, n, p, s) ?? titleSetBeforeName(o, n, p, s) ?? titleAfterName(o, n, p, s);
  if (!found) return null;
  const [wrongWords, rightWords] = [found.wrong, found.right];
  if (wrongWords.join(' ').toLowerCase() === rightWords.join(' ').toLowerCase()) return null;
  if (!wrongWords.some(postWord) && !rightWords.some(postWord)) return null;
  const right = withArticle(inWords(rightWords));
  const wrong = inWords(differing(wrongWords, rightWords));
  // (One post told twice, "the minority leader, not the deputy leader", takes one article.)
  const sameHead = headOf(wrong) === headOf(inWords(rightWords)) && right.startsWith('the ');
  return { name: found.name, right, wrong: sameHead ? `the ${wrong}` : withArticle(wrong) };
}

/** "misstated Ada Lind's title. Lind is the acting port counsel, not the port counsel". */
export function samePersonTitlePhrase(found: SamePersonTitle): string {
  // (fill writes the AP possessive of a name ending in s: "Ross' title".)
  return fill("misstated {name}'s title. {surname} is {right}, not {wrong}", { ...found, surname: familyOrLastName(found.name) });
}

interface Found {
  name: string;
  right: string[];
  wrong: string[];
}

/** A word that may stand inside a title: a capital, a post or rank word, a qualifier, "of"/"for". */
const inTitle = (w: string) => !MARK.test(w) && !BOUND.test(w) && (capital(w) || postWord(w) || qualifier(w));

/**
 * "said [Harbor Police Deputy Chief] Ada Lind": the changed words, then any title words both print,
 * then the name — capitals past the title's last post word, two or three of them.
 */
function titleBeforeName(o: string[], n: string[], p: number, s: number): Found | null {
  // The capitals from the change on ("U.S. Attorney for Ohio Ada Lind"), to the sentence's stop.
  const q = n.length - s;
  let end = q;
  // ("Mayor Tom Eckert of Dunmore": once a name of two capitals follows the last post word, an "of"
  // after it names where the person is from, no part of the title.)
  const namedBefore = (at: number) => {
    const lastPost = n.slice(q, at).findLastIndex(postWord);
    return lastPost >= 0 && n.slice(q + lastPost + 1, at).filter((w) => capital(w) && !postWord(w)).length >= 2;
  };
  // (A lowercase word that modifies a post after it is the title's too: "association treasurer".)
  const modifier = (at: number) =>
    /^\p{Ll}/u.test(n[at]!) && !BOUND.test(n[at]!) && !MARK.test(n[at]!) && n.slice(at + 1, at + 3).some(postWord);
  while (
    end < n.length &&
    end - q < 10 &&
    (capital(n[end]!) || inTitle(n[end]!) || modifier(end) || (JOIN.test(n[end]!) && capital(n[end + 1] ?? '') && !namedBefore(end)))
  ) {
    end++;
    // (A stop ends the run unless it closes an abbreviation or an initial inside it: "U.S. Attorney", "Oren T. Lasko".)
    // (A post's abbreviation goes on, "Sgt. Ada Lind"; a post spelled out and stopped ends its sentence: "… officer. It is".)
    const abbreviated = (w: string) => /^\p{Lu}\p{L}{0,4}\.$/u.test(w) && postWord(w);
    if (/\.$/.test(n[end - 1]!) && !((/\p{L}\.\p{L}|^\p{Lu}\.$/u.test(n[end - 1]!) || abbreviated(n[end - 1]!)) && capital(n[end] ?? '')))
      break;
  }
  // The name: past the last post word, and past the body a "for"/"of" after it names ("for Ohio").
  const lastPost = n.slice(q, end).findLastIndex(postWord);
  let j = q + lastPost + 1;
  if (lastPost >= 0 && JOIN.test(n[j] ?? '')) j += 2;
  // (A longer run is read from its end: a first and last name, with a middle initial between.)
  if (end - j > 3) j = /^\p{Lu}\.$/u.test(n[end - 2]!) ? end - 3 : end - 2;
  if (end - j > 3 || j < q) return null;
  // (An initial keeps its point, "Oren T. Lasko"; the sentence's stop after the name does not.)
  const name = n.slice(j, end).map((w) => (/^\p{Lu}\.$/u.test(w) ? w : bare(w)));
  // (A surname alone after a post is a name too, "President Okafor", when it is no post or body word.)
  // (Only right after the post: "professor of Social Welfare" ends on its body, no surname.)
  const surname =
    name.length === 1 && postWord(n[j - 1] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(name[0]!) && !postWord(name[0]!) && !isOrgWord(name[0]!);
  if ((name.length < 2 && !surname) || name.some((w) => /['’]s$/.test(w))) return null;
  // The changed words are the title's: capitals, posts, qualifiers, or modifiers before a post word.
  const fits = (span: string[]) =>
    span.every((w, i) => inTitle(w) || (/^\p{Ll}/u.test(w) && span.slice(i + 1).some(postWord)) || (JOIN.test(w) && i > 0));
  if (!fits(o.slice(p, o.length - s)) || !fits(n.slice(p, n.length - s))) return null;
  // Back from the change over the title's words both print ("Harbor Police", "U.S.").
  let start = p;
  while (start > 0 && (inTitle(n[start - 1]!) || (JOIN.test(n[start - 1]!) && start > 1 && capital(n[start - 2]!)))) start--;
  // A title opens on a word, not on a sentence's verb or the end of a quotation.
  const right = n.slice(start, j);
  const wrong = o.slice(start, o.length - (n.length - j));
  if (!right.length || !wrong.length || !right.some(postWord) || !wrong.some(postWord)) return null;
  return { name: name.join(' '), right, wrong };
}

/**
 * "approved by the [acting port counsel], Ada Lind, on Monday": a title after an article or an
 * owner, set off from the name after it by a comma.
 */
function titleSetBeforeName(o: string[], n: string[], p: number, s: number): Found | null {
  const word = (t: string[], at: number) =>
    at < t.length && !MARK.test(t[at]!) && !BOUND.test(t[at]!) && (inTitle(t[at]!) || t.slice(at + 1, at + 3).some(postWord));
  let comma = n.length - s;
  while (comma < n.length && comma - p < 10 && word(n, comma)) comma++;
  if (n[comma] !== ',') return null;
  let end = comma + 1;
  while (end < n.length && end - comma <= 3 && capital(n[end]!) && !postWord(n[end]!)) end++;
  const name = n.slice(comma + 1, end).map((w) => (/^\p{Lu}\.$/u.test(w) ? w : bare(w)));
  if (name.length < 2 || !(end === n.length || n[end] === ',' || /^(?:said|says|told)$/i.test(n[end]!))) return null;
  let start = p;
  while (start > 0 && word(n, start - 1)) start--;
  // The title opens on an article or an owner: "the acting port counsel", "the board's treasurer".
  if (start === 0 || !/^(?:the|a|an|its|his|her|their|\p{L}+['’]s)$/iu.test(n[start - 1]!)) return null;
  const right = n.slice(start, comma);
  const wrong = o.slice(start, o.length - (n.length - comma));
  if (!right.some(postWord) || !wrong.some(postWord) || wrong.includes(',')) return null;
  return { name: name.join(' '), right, wrong };
}

/** "Ada Lind, who is [Tarn County Roads Director]": the title after "who is", to the clause's end. */
function titleAfterName(o: string[], n: string[], p: number, s: number): Found | null {
  // The "who is" before the change, with the name before it, both unchanged.
  let who = p - 1;
  while (who > 0 && who > p - 6 && !/^who$/i.test(n[who]!)) who--;
  if (who < 2 || !/^who$/i.test(n[who]!) || !HOLDS.test(n[who + 1] ?? '')) return null;
  let from = who + 2;
  if (/^as$/i.test(n[from] ?? '')) from++;
  if (/^(?:the|a|an)$/i.test(n[from] ?? '')) from++;
  let nameEnd = who;
  if (n[nameEnd - 1] === ',') nameEnd--;
  let nameStart = nameEnd;
  while (nameStart > 0 && nameEnd - nameStart < 3 && capital(n[nameStart - 1]!) && !postWord(n[nameStart - 1]!)) nameStart--;
  const name = n.slice(nameStart, nameEnd).map(bare);
  if (name.length < 2) return null;
  const endOf = (t: string[], at: number) => {
    let end = at;
    while (end < t.length && !MARK.test(t[end]!) && !/\.$/.test(t[end]!) && (inTitle(t[end]!) || /^\p{Ll}/u.test(t[end]!))) end++;
    return end < t.length && /\.$/.test(t[end]!) && inTitle(t[end]!) ? end + 1 : end;
  };
  // The change lies wholly inside the title, in both versions.
  const rightEnd = endOf(n, from);
  const wrongEnd = endOf(o, from);
  if (rightEnd < n.length - s || wrongEnd < o.length - s || from > p) return null;
  const right = n.slice(from, rightEnd).map((w, i, all) => (i === all.length - 1 ? bare(w) : w));
  const wrong = o.slice(from, wrongEnd).map((w, i, all) => (i === all.length - 1 ? bare(w) : w));
  if (right.length > 8 || wrong.length > 8) return null;
  return { name: name.join(' '), right, wrong };
}

/** The wrong title less the words it shares with the right one at its start, and a shared "for …" ending. */
function differing(wrong: string[], right: string[]): string[] {
  let head = 0;
  // (Only a body's or place's name is shared away, "LAPD", "Harbor Police": a shared rank word is the post's own,
  // "detective inspector", not "inspector".)
  while (
    head < wrong.length - 1 &&
    head < right.length &&
    wrong[head]!.toLowerCase() === right[head]!.toLowerCase() &&
    (isOrgWord(bare(wrong[head]!)) || (!postWord(wrong[head]!) && !qualifier(wrong[head]!)))
  )
    head++;
  let tail = 0;
  const rest = wrong.slice(head);
  const join = rest.findIndex((w) => JOIN.test(w));
  if (join > 0 && rest.slice(join).join(' ') === right.slice(right.length - (rest.length - join)).join(' ')) tail = rest.length - join;
  const kept = rest.slice(0, rest.length - tail);
  return kept.some(postWord) ? kept : wrong;
}

/**
 * A title as running text reads it: post, rank and qualifier words lower case (an abbreviation
 * spelled out); any other capital kept as printed, since it may name a body, a place, a team or a
 * firm ("LAPD", "U.S.", "Tarn County Roads") — lowering one would misspell a name.
 */
function inWords(title: string[]): string {
  // ("Trade Minister" → "trade minister": a field right before its post is lower case, as AP
  // writes it, when the title names no body of its own; "Kelder County Roads Director" and
  // "Health Department Director" keep the body's capitals: portfolios.ts.)
  const bodyless = title.every((w) => !capital(w) || postWord(w) || qualifier(w) || isPortfolio(bare(w)));
  const field = (w: string, k: number) =>
    bodyless && isPortfolio(bare(w)) && !!title[k + 1] && (postWord(title[k + 1]!) || isPortfolio(bare(title[k + 1]!)));
  return title.map((w, k) => (postWord(w) || qualifier(w) || field(w, k) ? titleInWords(w) : w)).join(' ');
}

/** "the acting port counsel", "an LAPD homicide detective", "a deputy chief". */
export function withArticle(title: string): string {
  const words = title.split(' ');
  const head = headOf(title);
  // (Only a rank before the post's "of" or "for": "chief of staff" is no staff rank.)
  const before = words.findIndex((w) => JOIN.test(w));
  const shared = words.slice(0, before < 0 ? words.length : before).some((w) => SHARED_RANK.test(w));
  // (A post "chief" or "head" ranks first is one holder's too: "the Dorset chief constable": sole-posts.ts.)
  // ("a county commissioner": a commissioner with no field of their own is one of a commission's
  // members; "the police commissioner", "the commissioner of revenue" is its one head.)
  const member =
    (head === 'commissioner' && before < 0 && words.slice(0, -1).every((w) => isJurisdiction(bare(w)))) ||
    // ("a cabinet minister": one of the cabinet's ministers, no ministry's one head.)
    (head === 'minister' && words.length === 2 && /^cabinet$/i.test(words[0]!));
  if ((ONE_HOLDER.test(bare(head)) || heldByOne(title)) && !shared && !member) return `the ${title}`;
  return `${indefiniteArticle(words[0]!)} ${title}`;
}

/** "a" or "an" as the word after it is read; an acronym letter by letter: "an LAPD detective", "a U.S. marshal". */
export function indefiniteArticle(first: string): 'a' | 'an' {
  const acronym = /^(?:\p{Lu}\.?){2,}$/u.test(first);
  const vowel = acronym ? /^[AEFHILMNORSX]/.test(first) : /^[aeiou]/i.test(first) && !/^(?:uni|use|eu|one)/i.test(first);
  return vowel ? 'an' : 'a';
}

/** The post a title is of, before any "for …" or "of …": "attorney" in "acting U.S. attorney for Ohio". */
function headOf(title: string): string {
  const words = title.split(' ');
  const join = words.findIndex((w) => JOIN.test(w));
  return bare((join < 0 ? words : words.slice(0, join)).findLast(postWord) ?? words.at(-1)!).toLowerCase();
}

/**
 * A member's party put right. US copy marks it with a code after the name ("Sen. Rhea Collins
 * (R-Texas)", "Rep. Lena Ortiz, D-Taos,", "state Rep. Tom Hadley (D)") or a word in apposition
 * ("Jo Park, a Republican,", "Ada Marsh, a Vermont Republican"). A letter changed in the code is
 * no misspelled name ("misspelled the name of D-Texas") and no title: the note names the member and
 * the right party, AP form: "misstated the party of Sen. Rhea Collins. Collins is a Democrat."
 */
import { changedSpan, TITLE_TOKEN } from './changed-span';
import { isAcronym, isTitleWord, titleInWords } from './names';
import { PARTY } from './person-words';
import { aRole } from './roles-beside-names';

export interface PartyPutRight {
  /** The member as the line names them, with a title abbreviated before the name: "Sen. Rhea Collins". */
  member: string;
  /** The name alone: "Rhea Collins". */
  name: string;
  /** The parties in words: "Democrat", "Republican". */
  right: string;
  wrong: string;
  /** The post a party word stood before, in running text: "MP". */
  post?: string;
  /** The words the edit changed, as printed: "R-Texas" → "D-Texas". */
  before: string;
  after: string;
}

/** A code's letters, in words. */
const CODE_PARTY: Record<string, string> = { R: 'Republican', D: 'Democrat', I: 'independent', L: 'Libertarian', G: 'Green' };
/** "R-Texas", "D", "I-Vt.": the party's letter and the state or home town after it. */
const CODE = /^([RDILG])(?:-(.+))?$/;
const capital = (w: string) => /^\p{Lu}/u.test(w);

/** The party a token names, with what else it carries (the code's state), or null. */
function partyOf(printed: string): { party: string; rest: string; code: boolean } | null {
  // (A sentence's stop is no part of the party: "a Vermont Democrat.")
  const token = printed.replace(/(?<=\p{L}{2})\.$/u, '');
  const code = CODE.exec(token);
  if (code) return { party: CODE_PARTY[code[1]!]!, rest: code[2] ?? '', code: true };
  if (PARTY.test(token)) return { party: token === 'Democratic' ? 'Democrat' : token, rest: '', code: false };
  return null;
}

export function partyPutRight(older: string, newer: string): PartyPutRight | null {
  const [o, n, p, s] = changedSpan(older, newer, TITLE_TOKEN);
  if (o.length - s - p !== 1 || n.length - s - p !== 1) return null;
  const wrong = partyOf(o[p]!);
  const right = partyOf(n[p]!);
  if (!wrong || !right || wrong.code !== right.code || wrong.rest !== right.rest || wrong.party === right.party) return null;
  // "Tory MP Sarah Jonas" → "Labour MP …": a party word before the post and the name.
  const before = right.code ? null : memberAfter(n, p + 1);
  if (before) return { ...before, right: right.party, wrong: wrong.party, before: o[p]!, after: n[p]! };
  // Back from the party to the mark that sets it after the name: "(" or "," for a code; for a word,
  // "a" and any place before it ("a Vermont Republican"), then ",".
  let k = p - 1;
  if (!right.code) {
    while (k > 0 && capital(n[k]!)) k--;
    if (!/^(?:a|an)$/.test(n[k] ?? '')) return null;
    k--;
  }
  if (!/^[(,]$/.test(n[k] ?? '')) return null;
  // A code alone in brackets after anything but a name ("the bill (R)") is no party.
  const end = k;
  while (k > 0 && capital(n[k - 1]!) && end - k < 6) k--;
  const run = n.slice(k, end);
  let titled = 0;
  while (titled < run.length && (isTitleWord(run[titled]!.replace(/\.$/, '')) || /^(?:State|U\.S\.?)$/.test(run[titled]!))) titled++;
  const name = run.slice(titled);
  if (name.length < 2 || name.length > 3 || name.some((w) => /\.$/.test(w) && w.length > 2)) return null;
  // A title kept in the note is an abbreviated one ("Sen.", "Rep."), with "state" before it in lower case.
  const title = run.slice(0, titled);
  const kept = title.some((w) => /\.$/.test(w)) ? title.map((w) => (w === 'State' ? 'state' : w)) : [];
  return {
    member: [...kept, ...name].join(' '),
    name: name.join(' '),
    right: right.party,
    wrong: wrong.party,
    before: o[p]!,
    after: n[p]!,
  };
}

/** The legislators' posts a party word stands before: "MP", "MSP", "Sen.", "Councillor". */
const MEMBER_POST =
  /^(?:MP|MPs|MSP|MEP|MLA|MPP|AM|TD|Councillor|Cllr\.?|Senator|Sen\.|Rep\.|Representative|Assemblyman|Assemblywoman|Peer)$/;

/** "MP Sarah Jonas" after a party word: the post and the member it names, or null. */
function memberAfter(tokens: string[], at: number): { member: string; name: string; post: string } | null {
  if (!MEMBER_POST.test(tokens[at] ?? '')) return null;
  let end = at + 1;
  while (end < tokens.length && capital(tokens[end]!) && end - at <= 3) end++;
  const name = tokens.slice(at + 1, end).map((w, k, all) => (k === all.length - 1 ? w.replace(/(?<=\p{Ll}{2})\.$/u, '') : w));
  if (name.length < 2 || name.length > 3) return null;
  return { member: name.join(' '), name: name.join(' '), post: isAcronym(tokens[at]!) ? tokens[at]! : titleInWords(tokens[at]!) };
}

/**
 * "misstated the party of Sen. Rhea Collins. Collins is a Democrat"; a UK member is told with the
 * post the party stood before ("Jonas is a Labour MP"), which "a Labour" alone would not say.
 */
export function partyPhrase(fix: PartyPutRight, surname: string): string {
  const american = /^(?:Republican|Democrat|independent|Independent)$/.test(fix.right);
  const told = fix.post && !american ? `${fix.right} ${fix.post}` : fix.right;
  return `misstated the party of ${fix.member}. ${surname} is ${aRole(told)}`;
}

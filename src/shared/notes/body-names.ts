/**
 * A body's name read whole. Newsroom copy names bodies with small words inside them ("the
 * Department of Ports and Harbors", "Knox and Lincoln Police", "the Playhouse on Tern Lane") or
 * after the street they stand on ("Theatre Royal Drury Lane"). Read run by run, such a name ends on
 * a word that is no body's ("Harbors", "Lane") or a second run ("Lincoln Police"), and the source
 * was cut to its last word. A street that speaks ("Downing Street said") is a seat of government,
 * or a firm named for where it sits: the source itself, never a person called "Street".
 */
import { HONORIFIC_WORD } from './person-words';
import { escapeRegExp, isAcronym, isOrgWord, isSentenceStarter, isTitleWord } from './names';

/** Places people go that are named like bodies and speak through a spokesperson: "the Playhouse". */
const VENUE =
  /^(?:playhouse|hall|gallery|cinema|inn|hotel|tavern|pavilion|cafe|café|restaurant|pub|diner|bakery|market|shelter|chapel|mission)$/i;

/** Words naming a street or a square: the end of a place's name. */
export const STREET_WORD = /^(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Boulevard|Blvd\.?|Square|Place|Row|Green|Terrace|Drive|Way)$/;

/**
 * Body words that say only whose ground a place is ("State Street", "County Road", "City Place"):
 * at a name's head they make a street, not a body.
 */
const JURISDICTION = /^(?:state|county|city|district|town|fire|port|station|church|court|school|college|bank|market)$/i;

/** Title words that are also fields a body's name covers: "Department of Foreign Affairs". */
const FIELD = /^(?:defen[cs]e|foreign|interior|finance|health|police|fire|state|district|general|justice|home)$/i;

/** Small words that join a body's name: "of", "of the", "for", "and", "&", "on", "on the". */
const JOIN = /^(?:of|for|and|&|on)$/;

const capital = (word: string) => /^\p{Lu}/u.test(word);
const bodyWord = (word: string) => isOrgWord(word.replace(/[.,]$/, '')) || VENUE.test(word);

interface Pieces {
  /** The capitalized stretches, in order ("Department" | "Ports" | "Harbors"). */
  pieces: string[][];
  /** The small word before each piece after the first ("of", "and"). */
  joins: string[];
}

/** A name cut into its capitalized stretches and the small words between them, or null when it is not one name's shape. */
function piecesOf(name: string): Pieces | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const pieces: string[][] = [[]];
  const joins: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (capital(w) && !/^(?:The)$/.test(w)) pieces.at(-1)!.push(w);
    else if (JOIN.test(w) && pieces.at(-1)!.length) {
      // "of the", "on the": the article inside a name belongs to the join.
      if (words[i + 1] === 'the') i++;
      joins.push(w);
      pieces.push([]);
    } else return null;
  }
  return pieces.every((p) => p.length) ? { pieces, joins } : null;
}

/**
 * Whether capitalized words joined by "of", "and", "on" are one body's name: "Department of Ports
 * and Harbors" (a body word heads it), "Knox and Lincoln Police" (a body word ends it, and what "and"
 * joins to it is one place, not a body or a person of its own), "Playhouse on Tern Lane" (a body or
 * a place written with "the", on a street), "Theatre Royal Drury Lane" (a body named for its street).
 * `written` is how the article writes the name's first word in place ("the Playhouse …" or not);
 * `articleText` tells a person's name ("Reed") from a place's.
 */
export function isBodyName(name: string, articleText = '', writtenWithThe = /^the\s/i.test(name.trim())): boolean {
  const parsed = piecesOf(name.replace(/^the\s+/i, ''));
  if (!parsed) return false;
  const { pieces, joins } = parsed;
  const all = pieces.flat();
  // A title opening a stretch of names ("Mayor Ron Teal", "Sheriff Ann Reed") makes a person; a
  // field a title may also name ("Foreign Affairs", "Health and Human Services") does not.
  if (pieces.some((p) => p.length >= 2 && isTitleWord(p[0]!) && !FIELD.test(p[0]!))) return false;
  if (!joins.length) {
    // "Theatre Royal Drury Lane": a body's word, then the street it is named for ("Church Street" is a street).
    const [head] = all;
    return all.length >= 3 && bodyWord(head!) && !JURISDICTION.test(head!) && STREET_WORD.test(all.at(-1)!);
  }
  const first = pieces[0]!;
  // ("Bank of Pellow", "City of Rook", "Port of Alder": with "of", a place's word heads a body too.)
  const opensOnBody = bodyWord(first.at(-1)!);
  // One "and" inside a name; a second joins another body ("… of Ports and Harbors and Knox Police").
  if (joins.filter((j) => j === 'and').length > 1) return false;
  // Nothing after "and" that stands alone as a body of its own ("… and FBI", "… and Harbor Police").
  for (let k = 0; k < joins.length; k++) {
    const after = pieces[k + 1]!;
    if (joins[k] === 'and' && after.length === 1 && isAcronym(after[0]!)) return false;
    if (joins[k] === 'and' && k + 1 < pieces.length - 1 && bodyWord(after.at(-1)!)) return false;
  }
  if (joins[0] === 'of' || joins[0] === 'for') return opensOnBody;
  if (joins[0] === 'on') return writtenWithThe && opensOnBody && joins.length === 1;
  // "Knox and Lincoln Police", "Food and Drug Administration": one word of place or field joined
  // to a body's name; never two bodies ("the Ferry Authority and Harbor Police") nor a person and a body.
  if (joins[0] === 'and')
    return (
      joins.every((j) => j === 'and') &&
      first.length === 1 &&
      !bodyWord(first[0]!) &&
      !isSentenceStarter(first[0]!) &&
      bodyWord(all.at(-1)!) &&
      !namedAsPerson(first[0]!, articleText)
    );
  return false;
}

/**
 * "Reed and Harbor Police said", where the article names Ann Reed: a person and a body, of which
 * the body is the one named whole. The body's part, or '' when the words are not that shape.
 */
export function bodyBesidePerson(name: string, articleText: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+)\s+and\s+((?:\p{Lu}[\p{L}.&'’-]*\s+)*\p{Lu}[\p{L}.&'’-]*)$/u.exec(name.trim());
  return m && bodyWord(m[2]!.split(/\s+/).at(-1)!) && namedAsPerson(m[1]!, articleText) ? m[2]! : '';
}

/**
 * A one-word name the article gives someone a first name or a title for ("Ann Reed", "Sheriff
 * Reed"): a person, who may speak beside a body but is never part of its name.
 */
function namedAsPerson(word: string, articleText: string): boolean {
  const before = [...articleText.matchAll(new RegExp(`(\\p{Lu}[\\p{L}.'’-]*)\\s+${escapeRegExp(word)}\\b(?!\\s+and\\b)`, 'gu'))];
  return before.some((m) => !isSentenceStarter(m[1]!) && !bodyWord(m[1]!));
}

/**
 * The whole body's name that ends where `upTo` ends ("…, the Department of Ports and Harbors"),
 * walking back over capitalized words and the small words that join them; '' when the words
 * before the last run are no part of one name. A possessive ("Australia's") and a sentence's
 * opening "The" stand outside the name; "the" before it is kept, as the article wrote it.
 */
export function bodyNameEndingAt(upTo: string, articleText: string): string {
  const words = upTo.trimEnd().split(/\s+/);
  let start = words.length;
  while (start > 0) {
    const w = words[start - 1]!;
    if (capital(w) && !/['’]s?$/.test(w) && !/[,;:]$/.test(w) && !/^(?:The|A|An)$/.test(w)) {
      start--;
      continue;
    }
    // A join stands between two capitalized words: "Ports and Harbors", "Playhouse on the Green".
    const joinAt = w === 'the' && JOIN.test(words[start - 2] ?? '') ? start - 2 : start - 1;
    if (JOIN.test(words[joinAt]!) && start < words.length && capital(words[joinAt - 1] ?? '') && !/[,;:'’]s?$/.test(words[joinAt - 1]!)) {
      start = joinAt;
      continue;
    }
    break;
  }
  // A sentence's opening word ("But", "Meanwhile") is no part of the name.
  while (start < words.length && start === 0 && isSentenceStarter(words[start]!) && !/^(?:The|A|An)$/.test(words[start]!)) start++;
  const name = words.slice(start).join(' ');
  if (!name || !/\s/.test(name)) return '';
  const withThe = /^the$/i.test(words[start - 1] ?? '');
  if (!isBodyName(name, articleText, withThe)) return '';
  // "the Playhouse on Tern Lane": the article is part of how a place on a street is named, and is
  // kept for the reader of the words (isBodyName); elsewhere the name stands bare, as run by run.
  return withThe && /\son\s/.test(name) ? `the ${name}` : name;
}

/**
 * "Downing Street said", "State Street said": a street's name as the speaker is the government or
 * the firm seated there. Not where the article names a person by the street word alone ("Street
 * won …", "Ms. Street"): Picabo Street is a skier.
 */
export function streetSpeaks(name: string, articleText: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length !== 2 || words[1] !== 'Street' || !capital(words[0]!)) return false;
  // "Street" alone, after a small word, a stop or an honorific ("Ms. Street"): a surname.
  const alone = [...articleText.matchAll(/(\S*)\s+Street\b/gu)].some(
    ({ 1: before }) => HONORIFIC_WORD.test(before!) || !capital(before!) || /[.!?"“”]$/.test(before!),
  );
  return !alone;
}

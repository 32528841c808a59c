/**
 * People named by the body they belong to: "ESA astronauts Ada Brix and Ole Stam", "two Coast Guard
 * pilots, Mara Venn and Tomas Reed,", "Harlow United defenders Sam Pike and Jo Reed". The capitalized
 * words before the noun of what they are say whose they are; put right ("Navy pilots",
 * "Roscosmos cosmonauts"), the people were misidentified — they are not the body's, and the note
 * says so of them: "misidentified Mara Venn and Tomas Reed as Coast Guard pilots. They are Navy
 * pilots." — never "misstated a name. It is Navy, not Coast Guard", as if a name were misspelled.
 */
import { isPostNoun, isTitleWord, looksLikeOrganization, personName } from './names';
import { changedSpan } from './changed-span';

/**
 * A plural noun of people by what they do or are: "astronauts", "pilots", "MPs", "defenders",
 * "medics". The singular is a post noun or a title word, or ends as nouns of doers do.
 */
function peopleNoun(word: string): boolean {
  if (word === 'MPs' || word === 'MEPs') return true;
  if (!/^\p{Ll}[\p{Ll}-]+s$/u.test(word)) return false;
  const one = word
    .replace(/(?:wo)?men$/, 'man')
    .replace(/ies$/, 'y')
    .replace(/s$/, '');
  return isPostNoun(one) || isTitleWord(one) || /(?:naut|ist|er|or|ian|ant|ent|man|woman|person|ic|ier|ee|ess|ive|ary|ard)$/.test(one);
}

const capital = (w: string) => /^\p{Lu}/u.test(w);
const SEPARATOR = /^(?:,|and)$/;
/** Capitals that open a sentence, not a body's name: "The", "Two", "Both". */
const OPENER =
  /^(?:The|A|An|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Both|Several|Some|Many|Few|All|Other|Fellow|Former|Their|His|Her|Its|Our)$/;

export interface AffiliationPutRight {
  /** The people so described, as the new version names them. */
  names: string[];
  /** What they are, as now printed: "Roscosmos cosmonauts". */
  right: string;
  /** What they were printed as: "ESA astronauts". */
  wrong: string;
}

/**
 * The people and both descriptions when the edit changed only the capitalized words (and perhaps
 * the noun) of a plural description set right before two or more names; null otherwise.
 */
export function affiliationPutRight(older: string, newer: string): AffiliationPutRight | null {
  const [o, n, start, s] = changedSpan(older, newer);
  let p = start;
  // Back to the start of the capitalized run the change sits in ("Coast Guard" → "Navy").
  while (p > 0 && capital(o[p - 1]!) && capital(n[p - 1]!) && o[p - 1] === n[p - 1] && !OPENER.test(n[p - 1]!)) p--;
  const description = (t: string[], end: number) => {
    // The body's capitals, then the noun of the people: up to and including it.
    let k = p;
    while (k < t.length && capital(t[k]!) && !peopleNoun(t[k]!)) k++;
    if (k === p || k - p > 4 || k >= t.length || !peopleNoun(t[k]!) || k + 1 < end) return null;
    return { words: t.slice(p, k + 1), next: k + 1 };
  };
  const now = description(n, n.length - s);
  const was = description(o, o.length - s);
  if (!now || !was) return null;
  // The body, never a person or a word that opens the sentence: "Ada's friends", "Officials".
  const body = now.words.slice(0, -1);
  if (body.some((w) => /['’]s$/.test(w) || isTitleWord(w)) || (p === 0 && body.length === 1)) return null;
  // The names right after: "Ada Brix and Ole Stam", "Mara Venn, Tomas Reed and Jo Dahl", an opening comma allowed.
  let k = now.next;
  if (n[k] === ',') k++;
  const names: string[] = [];
  let run: string[] = [];
  const close = () => {
    const name = personName(run.join(' '));
    if (name && name.split(' ').length >= 2 && !looksLikeOrganization(name)) names.push(name);
    run = [];
  };
  while (k < n.length && (capital(n[k]!) || SEPARATOR.test(n[k]!))) {
    if (SEPARATOR.test(n[k]!)) close();
    else run.push(n[k]!);
    k++;
  }
  close();
  if (names.length < 2) return null;
  return { names, right: now.words.join(' '), wrong: was.words.join(' ') };
}

/** "misidentified Ada Brix and Ole Stam as ESA astronauts. They are Roscosmos cosmonauts". */
export function affiliationPhrase(fix: AffiliationPutRight, list: (names: string[]) => string): string {
  return `misidentified ${list(fix.names)} as ${fix.wrong}. They are ${fix.right}`;
}

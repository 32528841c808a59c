/**
 * A part in making a work, credited to a person: "Producer: Hal Ostrow", "directed by Hal Ostrow",
 * "the film's producer, Hal Ostrow,". A credit put right ("producer" → "director", "written by" →
 * "edited by") misstated what the person did on the work — their role, not a title they hold — and
 * the note says both: "misstated Hal Ostrow's role. Ostrow is the director, not the producer".
 */
import { looksLikeOrganization, personName } from './names';
import { changedSpan } from './changed-span';

/** The parts credited on a film, a book, a record or a show, as a doer's noun and as the verb "… by". */
const CREDITS: Record<string, string> = {
  produced: 'producer',
  directed: 'director',
  written: 'writer',
  wrote: 'writer',
  edited: 'editor',
  composed: 'composer',
  designed: 'designer',
  photographed: 'photographer',
  narrated: 'narrator',
  illustrated: 'illustrator',
  translated: 'translator',
  choreographed: 'choreographer',
  conducted: 'conductor',
  hosted: 'host',
  presented: 'presenter',
  arranged: 'arranger',
  animated: 'animator',
  curated: 'curator',
  performed: 'performer',
  scored: 'composer',
};
const NOUNS = new Set(
  [...Object.values(CREDITS), 'screenwriter', 'cinematographer', 'executive producer', 'author', 'lyricist', 'showrunner', 'star'].map(
    (w) => w.toLowerCase(),
  ),
);

/** The doer's noun of a credit word ("Director", "directed" → "director"), or ''. */
function creditNoun(word: string): string {
  const w = word.toLowerCase();
  if (NOUNS.has(w)) return w;
  return CREDITS[w] ?? '';
}

const capital = (w: string) => /^\p{Lu}/u.test(w);

export interface CreditPutRight {
  name: string;
  right: string;
  wrong: string;
}

/** The person whose credit the edit put right, with the parts now and before; null otherwise. */
export function creditPutRight(older: string, newer: string): CreditPutRight | null {
  const [o, n, p, s] = changedSpan(older, newer);
  if (o.length - s - p !== 1 || n.length - s - p !== 1) return null;
  const [wrong, right] = [creditNoun(o[p]!), creditNoun(n[p]!)];
  if (!wrong || !right || wrong === right) return null;
  // A verb credits the name after "by"; a noun, the name after its colon or comma ("Director: …",
  // "the film's director, Hal Ostrow,").
  const verb = !!CREDITS[n[p]!.toLowerCase()] && !NOUNS.has(n[p]!.toLowerCase());
  let k = p + 1;
  if (verb ? n[k] !== 'by' : n[k] !== ':' && n[k] !== ',') return null;
  k++;
  const run: string[] = [];
  while (k < n.length && capital(n[k]!) && run.length < 4) run.push(n[k++]!);
  const name = personName(run.join(' '));
  if (!name || name.split(' ').length < 2 || looksLikeOrganization(name)) return null;
  // ("Producer: …" is a credit line: it opens the sentence or follows the work's title and year.)
  if (n[p + 1] === ':' && p > 0 && !/^[.;)\]|]$/.test(n[p - 1]!)) return null;
  return { name, right, wrong };
}

/** "misstated Hal Ostrow's role. Ostrow is the director, not the producer". */
export function creditPhrase(fix: CreditPutRight, surname: string): string {
  return `misstated ${fix.name}'s role. ${surname} is the ${fix.right}, not the ${fix.wrong}`;
}

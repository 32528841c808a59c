/**
 * A name put right together with its title: "Police Chief Ray Dunn said" → "Sheriff Carla Ortiz
 * said". Both the post and the person changed, so it is another official, not a title put right
 * ("misstated Carla Ortiz's title. The correct title is sheriff" would tell a post the story never
 * gave her). The note says who it was and who it was not, each as the story titled them:
 * "misidentified the official quoted. It was Sheriff Carla Ortiz, not Police Chief Ray Dunn."
 */
import { changedSpan, TITLE_TOKEN } from './changed-span';
import { isTitleWord, mentions } from './names';
import { speechVerbs } from './speech-verbs';

export interface OtherOfficial {
  /** "Sheriff Carla Ortiz", as the new line prints the title and name. */
  right: string;
  /** "Police Chief Ray Dunn", as the old line printed them. */
  wrong: string;
  /** Whether the line has the official speaking. */
  quoted: boolean;
}

const SAYS = new RegExp(`^(?:${speechVerbs('said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'stated', 'explained', 'warned')})$`);
const capital = (w: string) => /^\p{Lu}/u.test(w);
const bare = (w: string) => w.replace(/\.$/, '');
/** A name's last word, less a sentence's stop ("Ortiz."); an initial or "Jr." keeps its point. */
const unstopped = (run: string[]) => run.map((w, k) => (k === run.length - 1 && /\p{Ll}{2}\.$/u.test(w) ? bare(w) : w));

/** A title and a name, all capitals: the index where the name starts, or -1. */
function titledName(run: string[]): number {
  if (!run.length || !run.every(capital)) return -1;
  const last = run.findLastIndex((w) => isTitleWord(bare(w)) || isTitleWord(w));
  const name = run.length - last - 1;
  return last >= 0 && name >= 2 && name <= 3 ? last + 1 : -1;
}

export function otherOfficial(older: string, newer: string, oldArticle: string): OtherOfficial | null {
  const [o, n, p, s] = changedSpan(older, newer, TITLE_TOKEN);
  // The whole run of title and name, from its first capital to its last, in both lines.
  let start = p;
  while (start > 0 && capital(n[start - 1]!) && capital(o[start - 1]!)) start--;
  let endN = n.length - s;
  let endO = o.length - s;
  while (endN < n.length && capital(n[endN]!)) endN++;
  while (endO < o.length && capital(o[endO]!)) endO++;
  const right = unstopped(n.slice(start, endN));
  const wrong = unstopped(o.slice(start, endO));
  const [r, w] = [titledName(right), titledName(wrong)];
  if (r < 0 || w < 0) return null;
  const surname = (run: string[]) => run.at(-1)!;
  // Another person: the surname changed, and the new one is no one the old story named.
  if (surname(right) === surname(wrong) || mentions(oldArticle, surname(right))) return null;
  // And another post: a name alone put right is the name readers' (misspelled, misidentified).
  if (right.slice(0, r).join(' ') === wrong.slice(0, w).join(' ')) return null;
  const quoted = SAYS.test(n[endN] ?? '') || SAYS.test(n[start - 1] ?? '');
  return { right: right.join(' '), wrong: wrong.join(' '), quoted };
}

/** "misidentified the official quoted. It was Sheriff Carla Ortiz, not Police Chief Ray Dunn". */
export function otherOfficialPhrase(found: OtherOfficial): string {
  return `misidentified ${found.quoted ? 'the official quoted' : 'an official'}. It was ${found.right}, not ${found.wrong}`;
}

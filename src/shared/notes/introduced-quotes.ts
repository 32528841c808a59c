/**
 * A quotation set up by the line before it, with no "said" of its own:
 *
 *   Mayor Ilse Varga even claimed a higher calling for leaving the league. "Fate put our town on
 *   the river, and it was for a reason."
 *
 * Magazines and long reads print a quotation so: the line before names who spoke and how ("claimed",
 * "insisted", "wrote", "told", "put it"), and the quotation, a sentence of its own, is that person's.
 * A line that names someone doing something else ("Varga toured the port.") sets up no one's words.
 */
import { speechVerbs } from './speech-verbs';
import { fullName, looksLikeOrganization, nameRuns, personName } from './names';
import { plainText } from './sentences';

/** Words that open a sentence before its subject: "In 1990,", "Later that year,". */
const OPENER = String.raw`(?:(?:In|On|At|By|Last|Earlier|Later|After|Before|Since|Once|Then|That|This)\b[^,"]{0,40},\s+)?`;
/** "even", "also", "once", "famously", "later": a word between the speaker and the verb (after any
 * aside between commas, ", who led the council for a decade,"). */
const ASIDE = String.raw`(?:(?:even|also|once|later|then|again|still|\p{Ll}+ly)\s+)?`;
/** The verbs that set up a quotation: one says, claims, writes, tells, or "puts it". */
const SETS_UP = new RegExp(
  String.raw`^(?:${speechVerbs('said', 'says', 'claimed', 'claims', 'insisted', 'insists', 'argued', 'argues', 'wrote', 'writes', 'told', 'tells', 'explained', 'explains', 'recalled', 'warned', 'warns', 'added', 'adds', 'complained', 'conceded', 'admitted', 'maintained', 'contended', 'vowed', 'promised', 'joked')}|declared|declares|recalls|boasted|proclaimed|asserted|mused|quipped|put\s+it|puts\s+it)$`,
);

/**
 * The person the line `before` names as the speaker of the quotation after it: its subject, a
 * name (with its title, "Mayor Ilse Varga"), when its verb sets up words. '' when the line names
 * no person, or no one who speaks.
 */
export function quoteIntroducedBy(before: string, articleText: string): string {
  const line = plainText(before);
  // (A line with a quotation of its own credits that one, not the next: attribution.ts reads it.)
  if (/"/.test(line)) return '';
  const m = new RegExp(
    String.raw`^${OPENER}((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)(?:,\s+[^,"]{1,80},)?\s+${ASIDE}(\p{Ll}+)(\s+it(?=\s*[:,.]|\s+(?:this way|that way|best|simply|\p{Ll}+ly)\b))?`,
    'u',
  ).exec(line);
  if (!m || !(SETS_UP.test(m[2]!) || (m[3] && SETS_UP.test(`${m[2]} it`)))) return '';
  const run = nameRuns(m[1]!)[0];
  if (!run || run.text !== m[1]! || looksLikeOrganization(run.text)) return '';
  // A name: two words or more ("Ilse Varga"), or a surname the article gives in full ("Varga").
  const person = personName(run.text);
  if (!person || (!person.includes(' ') && !fullName(person, articleText))) return '';
  return run.text;
}

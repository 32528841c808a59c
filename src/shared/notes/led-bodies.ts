/**
 * A body's name put right where a named person leads or serves it: "Sen. Ada Lowe, who chairs
 * the Senate Appropriations Committee," → "… the Senate Budget Committee", "Tom Reyes, director of
 * the Parks Department," → "… the Recreation Department". The fallback told it as "misstated a
 * name. It is Senate Budget Committee, not …", as if a word were misspelled, and without the
 * body's article. What was wrong is the body the person leads, told with both names whole and
 * their capitals: "misstated the committee Ada Lowe chairs. It is the Senate Budget Committee, not
 * the Senate Appropriations Committee."
 */
import { isOrgWord, isTitleWord, personName } from './names';

/** A verb of leading or serving, with the verb the note tells it by. */
const LEADS: [RegExp, string][] = [
  [/^(?:chairs|chaired|chair|chairman|chairwoman|chairperson)$/i, 'chairs'],
  [/^(?:leads|led|heads|headed|runs|ran|directs|directed|head|leader|director|president|chief)$/i, 'leads'],
  [/^(?:member)$/i, 'serves on'],
];

export interface LedBody {
  /** "the committee Ada Lowe chairs". */
  what: string;
  /** "the Senate Budget Committee". */
  right: string;
  /** "the Senate Appropriations Committee". */
  wrong: string;
}

/**
 * The body a named person leads, when the run put right is a body's name (it ends on a body's word)
 * set after "who chairs the", ", head of the" or the like, right after the person's name.
 */
export function ledBody(newer: string, right: string, wrong: string): LedBody | null {
  const head = right.split(/\s+/).at(-1) ?? '';
  if (!isOrgWord(head) || !wrong || wrong === right || !isOrgWord(wrong.split(/\s+/).at(-1) ?? '')) return null;
  const at = newer.indexOf(right);
  if (at < 0) return null;
  // "<Name>, who chairs the", "<Name>, chair of the", "<Name>, the head of the".
  const lead = /((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?\p{Lu}[\p{L}'’-]+),\s+(?:who\s+(\p{Ll}+)|(?:the\s+|a\s+)?(\p{Ll}+)\s+of)\s+the\s+$/u.exec(
    newer.slice(0, at),
  );
  if (!lead) {
    // "Judge Susan Ryan of the Circuit Court": a titled person's body set right after the name is
    // the one the post is of ("the court of Judge Susan Ryan").
    const titled = /((?:\p{Lu}[\p{L}.'’-]*\s+){2,5}?\p{Lu}[\p{L}'’-]+)\s+of\s+the\s+$/u.exec(newer.slice(0, at));
    const run = titled?.[1] ?? '';
    const person = personName(run);
    if (!person || person.split(' ').length < 2 || person === run || !isTitleWord(run.split(' ')[0]!)) return null;
    return { what: `the ${head.toLowerCase()} of ${run}`, right: `the ${right}`, wrong: `the ${wrong}` };
  }
  const word = lead[2] ?? lead[3] ?? '';
  const verb = LEADS.find(([re]) => re.test(word))?.[1];
  const name = personName(lead[1]!);
  if (!verb || !name || name.split(' ').length < 2) return null;
  return { what: `the ${head.toLowerCase()} ${name} ${verb}`, right: `the ${right}`, wrong: `the ${wrong}` };
}

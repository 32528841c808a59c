/**
 * A corrections column's name run in before the item's own dated label: "For the record December 4,
 * 2005 Correction: A Page One story yesterday … incorrectly described …" (the Boston Globe, as a
 * police department quoted it). The column's name says where the item ran, the date and label after
 * it are the note's own; read without the name, the rest is a dated, labelled note. Only the
 * names papers give their corrections columns, and only before a date or a label: "For the record,
 * the mayor never voted for the toll" is a speaker's idiom in copy.
 */
import { readDateAndClock } from './note-date';

const COLUMN_NAME =
  /^(?:for the record|setting the record straight|corrections (?:and|&) (?:clarifications|amplifications)|clarifications (?:and|&) corrections)\s*[:.—–-]?\s+/i;

/**
 * The line after its column's name, when the name opens it and a date or a note's label follows
 * (`opensOnLabel`, the label reader's own test); else null.
 */
export function afterColumnHeading(line: string, opensOnLabel: (rest: string) => boolean): string | null {
  const name = COLUMN_NAME.exec(line.trim());
  if (!name) return null;
  const rest = line.trim().slice(name[0].length);
  // A printed date ("December 4, 2005", "4 Dec."), read by the one date reader, or a label.
  return readDateAndClock(rest)?.month !== undefined || opensOnLabel(rest) ? rest : null;
}

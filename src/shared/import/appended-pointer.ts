/**
 * "Correction Appended" alone on its line, with no colon and no date: the New York Times prints it
 * at the top of a story to point at the correction printed under the copy, and a blog uses it as a
 * heading of its own. Either way no note's words stand under it: joined with the paragraph after
 * it, the lead (or the essay's first paragraph) would leave the copy as a note. "Correction
 * appended: …" and "Correction appended, Oct. 5, 2024: …" keep their words and read as labels.
 */
const POINTER = /^(?:correction|clarification|editor['’]s note|update)s? appended\.?$/i;

export function pointsToAppendedNote(heading: string): boolean {
  return POINTER.test(heading.trim().replace(/^(\*{1,2}|_{1,2})(.*)\1$/, '$2'));
}

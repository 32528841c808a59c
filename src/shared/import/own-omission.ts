/**
 * The newsroom owning something it left out or got wrong about whose work it was: "we failed to
 * correctly credit Jane Roe, who reported the article …", "we neglected to disclose that …", "we did
 * not properly attribute …". Under an editor's note or a plain "Note:", that is a correction, not an
 * update: the piece as it stood was wrong about its sources or its ties.
 *
 * Only a duty of print may be failed (credit, attribute, disclose, note, mention, include, identify,
 * acknowledge): "we failed to reach the mayor for comment" names no error of ours.
 */
const OWN_OMISSION =
  /\bwe (?:failed|neglected|omitted) to (?:(?:properly|correctly|fully|clearly|adequately) )?(?:credit|attribute|disclose|note|mention|include|identify|acknowledge)\b|\bwe did not (?:properly |correctly |fully |clearly )?(?:credit|attribute|disclose)\b/i;

export function ownsOmission(text: string): boolean {
  return OWN_OMISSION.test(text);
}

/**
 * A wire budget's slug, its words in capitals joined by hyphens and a label word as its last part:
 * "USNKOREA-MISSILES-CORRECTION:LA — A newly tested missile …", "FERRY-FARES-UPDATE: The operator …".
 * The budget lists a corrected or updated story by its slug, then the desk's code and the story's
 * own summary: the words after it are the story's copy, not a note telling what changed.
 *
 * A label is set off by a space, a colon or a spaced dash ("EL PASO, Texas - UPDATE", "PORTLAND,
 * Maine — UPDATE:"); one joined by a bare hyphen to a word in capitals before it is part of a slug.
 */
const SLUG_THEN_LABEL =
  /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-(?:CORRECTION|CORRECTED|CORRECTS|UPDATE|UPDATED|UPDATES|CLARIFICATION)(?![\p{L}-])/u;

/** True when the line opens on a slug whose last part is a label word. */
export function opensOnSlugLabel(line: string): boolean {
  return SLUG_THEN_LABEL.test(line.trim());
}

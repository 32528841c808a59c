/**
 * "EDIT: resolved as of 11:30 according to WRAL." — a blogger's addition after the post ran, its
 * label in capitals. "Note:" and a running-case "Edit:" stay copy unless their words are a note's
 * own ("Edit: Save the file and restart." is a manual's step); the shouted "EDIT" is how posts mark
 * what was added after publication, and it reads as an update (or a correction when it names an
 * error), as "UPDATE:" does.
 */
export function isShoutedEdit(label: string): boolean {
  return /^EDIT(?:ED)?$/.test(label.trim());
}

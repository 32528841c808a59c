/**
 * A figure that counts the entries of a list someone drew up ("has assembled a list of 39
 * agencies", "has compiled a roster of 120 names"): the perfect tells when the list was made, not a
 * count still running, so the figure put right with nothing else new in the line is a correction,
 * not "new number of agencies". A tally or a toll ("has recorded a total of 48 cases") still runs.
 */
const LIST =
  /\b(?:an?|the|its|their|his|her)\s+(?:\p{Ll}+\s+)?(?:list|roster|register|inventory|catalog|catalogue|directory|database|index)\s+of\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|at least\s+|some\s+)?$/u;

/** True when `figure` in `clause` is the count of a list's entries. */
export function countsAList(clause: string, figure: string): boolean {
  const at = clause.indexOf(figure.trim());
  return at > 0 && LIST.test(clause.slice(0, at));
}

/**
 * "ADDED 9:16 PM: The storm has slowed its approach …" — hyperlocal blogs and live pages stamp what
 * they add to a running post with "ADDED" (or "Added at") and the clock, as stations stamp it with
 * "UPDATE". Read as the same line under "Update", so nothing is read here that the label rules
 * would not read alone. Only with a clock (with its minutes or a.m./p.m.) or a date right after
 * the word: "Added bonus: …" and "Added 2 cups of stock: …" are copy.
 */
const ADDED =
  /^(?:ADDED|Added)\s+(?:at\s+)?(?=\d{1,2}(?::\d{2}|[.:]\d{2}\s*[aApP]\.?\s?[mM]|\s*[aApP]\.?\s?[mM])(?![\p{L}\d])|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)/u;

/** The line read as the same note under "Update", or null when it does not open on "ADDED" and a clock or day. */
export function readAddedLabel<T>(line: string, undated: boolean, read: (line: string, undated: boolean) => T | null): T | null {
  const m = ADDED.exec(line.trim());
  return m ? read(`Update ${line.trim().slice(m[0].length)}`, undated) : null;
}

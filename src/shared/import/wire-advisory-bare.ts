/**
 * A wire revision line printed without its brackets: "Corrects spelling of harbor master's name in
 * paragraph 3", "Adds comment from port authority in paragraph 5", "Updates throughout with details".
 * Bracketed, the line is read as the wire's own note (note-line.ts, WIRE); bare, it is also the
 * shape of a deck that lists the news ("Expands Medicaid eligibility, adds dental coverage"), so it
 * is read only when it points into the story's own furniture — a numbered paragraph, "throughout"
 * the story, or its byline, dateline or headline closing a clause ("Corrects byline") — which a
 * deck never names ("Adds a second headline writer" names a job).
 */
const FURNITURE =
  /\b(?:(?:paragraphs?|paras?|grafs?|pars?)\s+\d+|throughout(?!\s+(?:the|a|an|this|that|its|their|his|her)\b))\b|\b(?:byline|dateline|headline|slug)\s*(?:[,;]|$)/i;

/** The line in brackets, for the wire reader, when it is a bare revision line that names the story's furniture; else null. */
export function bracketedWireAdvisory(line: string, readsAsWire: (bracketed: string) => boolean): string | null {
  const trimmed = line.trim().replace(/\.$/, '');
  if (/^[([]/.test(trimmed) || trimmed.length > 200 || !FURNITURE.test(trimmed)) return null;
  const bracketed = `(${trimmed})`;
  return readsAsWire(bracketed) ? bracketed : null;
}

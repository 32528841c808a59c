/**
 * A print item whose first words are set in capitals, as papers open a paragraph: "A HEADLINE in
 * Monday's Daily News … implied that …", "ON August 3 this year …", "YESTERDAY the paper …". The
 * capitals are type, not words: the item reads as it would in sentence case. Only a run of capital
 * words that opens the line and is followed by a word in lower or mixed case, with no colon or dash
 * after the run ("UPDATE: …", "CORRECTION — …" are labels, read as such), and with a word of two
 * letters or more in it. Datelines ("NEW YORK (AP) — …") end in a dash and are left alone.
 */
const CAPS_LEAD_IN = /^((?:[A-Z][A-Z'’]*\s+){1,4})(?=[a-z]|[A-Z][a-z])/;

/** The line with its opening capitals in sentence case, or null when it opens with none. */
export function sentenceCaseLeadIn(line: string): string | null {
  const run = CAPS_LEAD_IN.exec(line)?.[1];
  if (!run || !/[A-Z]{2}/.test(run)) return null;
  const lowered = run.toLowerCase().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return lowered + line.slice(run.length);
}

/**
 * A line that opens on a clause of time set off by a comma: "When the case came back on Tuesday,
 * the tribunal ordered …", "After the vote was counted, the mayor conceded …", "Once the water had
 * gone down, crews reopened …". The fronted clause says when; the main clause after the comma is
 * what happened, and it is the news a note tells. Read from structure: a subordinator of time, a
 * clause with its own verb, one comma, then a clause with a subject and a finite verb of its own.
 * ("As the storm moved north," may give a cause as well as a time, and is left as it is.)
 * "After the crash on Route 9, …" (a phrase, no verb) is event-openers.ts's; "When asked, she
 * said …" leaves no clause of its own before the comma and is left as it is.
 */
import { hasFiniteVerb, tagged } from './topics';

/** A time subordinator opening the line, its clause, and the comma that closes it. */
const FRONTED = /^(?:when|after|once|as soon as|shortly after|soon after|by the time|before|while)\s+([^,;"“”]{6,90}),\s+/i;

/** The main clause after a fronted clause of time, or the line as it was. */
export function withoutFrontedClause(line: string): string {
  const fronted = FRONTED.exec(line);
  if (!fronted || !hasFiniteVerb(fronted[1]!)) return line;
  const rest = line.slice(fronted[0].length);
  // The rest must open on its subject, not on a verb or another aside ("…, said the mayor", "…, however").
  const first = tagged(rest)[0];
  if (!first || !['NOUN', 'PROPN', 'DET', 'PRON', 'NUM', 'ADJ'].includes(first.pos)) return line;
  return hasFiniteVerb(rest) ? rest : line;
}

/**
 * "Refitting the dock will take about a month" → "about two months": a span put right is how long
 * the thing takes, not a count of months. The note names the thing as the sentence does — its
 * subject, or the noun a "that"/"which" clause hangs on ("a process that will last …" → "the
 * process") — and keeps the hedge with both values: "misstated how long refitting the dock will
 * take. It is about two months, not about a month."
 */
import { SPAN_HEDGES } from './hedge-words';

const SPAN = /^(?:a|an|one|[\p{L}\d-]+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/iu;
const HEDGE = `(?:${SPAN_HEDGES})`;
const MODAL = '(?:will|would|could|should|may|might|is expected to|are expected to|is likely to|is set to)';

/** The "how long" reading of a span put right, or null when the sentence tells no taking or lasting. */
export function howLongItTakes(sentence: string, before: string, after: string): { what: string; right: string; wrong: string } | null {
  // ("took three weeks" → "four weeks": the edit holds the figure alone; its unit follows it.)
  const unit = /^\s+(minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i.exec(
    sentence.slice(sentence.indexOf(after) + after.length),
  )?.[1];
  if (unit && !/\s/.test(after) && !/\s/.test(before)) [before, after] = [`${before} ${unit}`, `${after} ${unit}`];
  if (!SPAN.test(before) || !SPAN.test(after)) return null;
  const at = sentence.indexOf(after);
  if (at < 0) return null;
  const verb = new RegExp(`(?:^|\\s)((?:${MODAL}\\s+)?(?:take|takes|took|taken|last|lasts|lasted))\\s+(?:(${HEDGE})\\s+)?$`, 'i').exec(
    sentence.slice(0, at),
  );
  if (!verb) return null;
  const lead = sentence.slice(0, verb.index).trim();
  // "a process that will last …": the noun the clause hangs on, told with "the".
  const hung = /(?:^|\s)(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:that|which)$/iu.exec(lead)?.[1];
  // Else the subject opening the sentence or its last clause, short and with no verb of saying.
  const clause = lead.split(/[,;:]\s+/).at(-1)!;
  const opening = clause.split(/\s+/).length <= 7 && !/\b(?:said|says|told)\b/.test(clause) && /^\p{Lu}/u.test(clause) ? clause : '';
  const subject = hung
    ? `the ${hung}`
    : opening && clause === lead
      ? opening.replace(/^(?:The|A|An|Its|Their|\p{Lu}\p{Ll}+ing)\b/u, (w) => (w === 'A' || w === 'An' ? 'the' : w.toLowerCase()))
      : '';
  if (!subject) return null;
  const hedge = verb[2] ? `${verb[2]} ` : '';
  return { what: `how long ${subject} ${verb[1]!.toLowerCase()}`, right: `${hedge}${after}`, wrong: `${hedge}${before}` };
}

/**
 * The date a span opens or closes: "a 30-day public comment period that ends on May 8", "a
 * moratorium which expires June 1". The relative clause tells the event of the date, and the span
 * is one: "misstated the date the 30-day public comment period ends", never the main clause's
 * "the date the plan is open for a 30-day … that ends".
 */

/** A noun phrase, then "that"/"which" and a verb of a span's edge, closing where the date is printed. */
const SPAN_EDGE =
  /(?:^|\s)(?:the|a|an|its|their|this)\s+((?:(?!(?:the|a|an)\s)[\p{L}\d'’-]+\s+){0,5}[\p{L}\d'’-]+)\s+(?:that|which)\s+((?:will\s+)?(?:ends?|begins?|starts?|closes?|opens?|expires?|lapses?|concludes?|runs? out))$/iu;

/** "the 30-day public comment period ends" for the words before the date; '' when none. */
export function spanEdge(before: string): string {
  const m = SPAN_EDGE.exec(before.trim());
  if (!m) return '';
  return `the ${m[1]} ${m[2]}`;
}

/**
 * A headline set after an undated label: "Updated: AP Finally Corrects", "UPDATE: Google Says
 * Carrier Is Confused" — a post's title that calls itself updated, not a note saying what changed.
 * Headlines are set in title case and end on no stop; a note is a sentence ("Update: Power has been
 * restored to all schools.", "Update: Now with video!").
 *
 * Title case: three words or more, every word of four letters or more opening on a capital, and no
 * sentence stop at the end. A dated label keeps its heading ("Update at 12:10 p.m. ET. No New
 * Details Yet:"), so only an undated one is read here.
 */
export function readsAsHeadline(text: string): boolean {
  const t = text.trim();
  if (/[.!?:;]["”’)]?$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  return long.length >= 2 && long.every((w) => /^[“"‘'(]?\p{Lu}/u.test(w));
}

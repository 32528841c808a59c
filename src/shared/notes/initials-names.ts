/**
 * A name that ends on initials is a body's, whole: "Drive BC", "Statistics NZ", "Emergency
 * Management BC", "Transit NSW". No one is named by a run of capitals alone, so reading the last
 * word as a person ("comments from BC") names no one, and dropping the first word because it can
 * open a sentence ("Drive", "Visit", "Move") breaks the name. A numeral in Roman letters ("John
 * Hale III") or a suffix ("Jr") ends a person's name and is not read so.
 */

/** Initials: two to six capitals, not a Roman numeral nor a name's suffix. */
const INITIALS = /^\p{Lu}{2,6}$/u;
const ROMAN_OR_SUFFIX = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|JR|SR|ESQ)$/;
/** When, not who: "Today RCMP said", "Monday BC Hydro said". */
const TIME_OPENER =
  /^(?:Today|Tonight|Yesterday|Tomorrow|Now|Then|Later|Earlier|Meanwhile|Also|Still|However|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The run named whole as a body when it ends on initials ("Drive BC"), or '' when it does not. */
export function bodyNamedByInitials(words: string[]): string {
  if (words.length < 2 || words.length > 5) return '';
  const last = words.at(-1)!.replace(/[.,;:]$/, '');
  if (!INITIALS.test(last) || ROMAN_OR_SUFFIX.test(last) || TIME_OPENER.test(words[0]!)) return '';
  // Every word a capitalized word, as a name's are: "Drive BC", not "the BC".
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return '';
  return [...words.slice(0, -1), last].join(' ');
}

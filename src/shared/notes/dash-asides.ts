/**
 * A phrase set off by dashes is an aside ("include 140 characters—less than a text's worth—and",
 * "84 agencies – state, county and local – that have sent officers"): what a figure counts is told
 * by the words around the aside, never by the aside's first word ("characters-less", "agencies
 * state"). The aside is read out of the sentence, a pair of dashes or one dash to the sentence's end.
 * A dash inside a word or between figures ("1990–2000", "well-known") is no aside.
 */

/**
 * An em dash with or without spaces, or a spaced en dash or hyphen (one or two, as copy types it);
 * not between two figures, where it is a range ("4 - 5 percent").
 */
const DASH = String.raw`(?:\s*—\s*|(?<!\d)\s+[–-]{1,2}\s+(?!\d))`;

/** A pair of dashes and the few words between them (no sentence end inside), or a dash to the sentence's end. */
const ASIDE = new RegExp(String.raw`${DASH}[^—–.!?]{1,120}?${DASH}|${DASH}[^—–.!?]{1,120}?(?=[.!?]["”’]?\s*$)`, 'gu');

/** The sentence without its dash asides, the words on each side joined by one space. */
export function withoutDashAsides(sentence: string): string {
  return sentence.replace(ASIDE, (aside, at: number) => (at + aside.length >= sentence.trimEnd().length - 2 ? '' : ' '));
}

/** The sentence read without its asides when `figure` stands outside them; else the sentence as it is. */
export function figureOutsideAsides(sentence: string, figure: string): string {
  const told = withoutDashAsides(sentence);
  return figure && told.includes(figure) ? told : sentence;
}

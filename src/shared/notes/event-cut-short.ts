/**
 * A dated or placed deed told too long to pass the copying check, cut back to its core: "misstated
 * where Ana Ruiz got a heat pump installed in her new home. It was in Dunmore" copies nine words of
 * the article, so the note fell back to "a detail about the events described", which judges refuse
 * every time (round 26 found 10 such fallbacks among the refused date and place notes). The deed
 * without its last place phrase ("where Ana Ruiz got a heat pump installed") still says of what the
 * day or place was, in fewer words than the copying limit.
 *
 * Only a phrase of place ("in her new home", "at the club", "near Dunmore") is cut from the end:
 * the deed keeps its subject, verb and object, and a place phrase never carries the day or the
 * place put right ("captained the team to the title in Cameroon" → "captained the team to the
 * title", the title's date). A phrase of "of", "from", "for" or "on" is the noun's own ("the killing
 * of protesters", "on charges"), and the date may be that noun's, not the deed's: never cut. A deed
 * that names another day, month or year is dated by that one; it is never told cut.
 */

/** A head that names a day, a date, a time or a place by its deed. */
const DEED_HEAD = /^(misstated (?:the (?:date|day|year|month|time)|when|where) )(.+)$/;
/**
 * The phrases of place that may be cut from a deed's end: the preposition before a noun phrase that
 * opens on a determiner, a possessive, a name or a figure ("in her new home", "at the club", "near
 * Dunmore"; "at its" where the corrected value that followed was taken out of the head), never an
 * idiom's ("put in charge of", "arrested at least 12", "came in second").
 */
const PLACE_PHRASE = /\s(?:in|at|near|inside|outside)\s(?=(?:the|a|an|his|her|its|their|our|this|that|these|those)(?:\s|$)|\p{Lu}|\d)/gu;
/** A cut deed may not end on a word that wants more. */
const OPEN_END =
  /^(?:a|an|the|of|to|in|at|on|for|from|by|with|and|or|but|as|his|her|its|their|our|is|are|was|were|be|been|has|have|had|will|would|who|which|that)$/i;
/** Another day, month or year in the deed dates it by that one. */
const OTHER_DATE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|(?:1[89]|20)\d\d)\b/;

/**
 * The correction `phrase` with its deed cut before each phrase of place at its end, the longest
 * first; [] when its head names no deed or no cut reads.
 */
export function eventCutShort(phrase: string): string[] {
  const end = phrase.search(/\.\s+\p{Lu}/u);
  const head = end >= 0 ? phrase.slice(0, end) : phrase.replace(/\.$/, '');
  const rest = end >= 0 ? phrase.slice(end) : '';
  const m = DEED_HEAD.exec(head);
  if (!m || OTHER_DATE.test(m[2]!)) return [];
  const deed = m[2]!;
  const cuts = [...deed.matchAll(PLACE_PHRASE)].map((p) => p.index).reverse();
  const told: string[] = [];
  for (const at of cuts) {
    const short = deed.slice(0, at).trim();
    const words = short.split(/\s+/);
    // Its subject and verb at least, and no word left wanting more.
    if (words.length < 3 || OPEN_END.test(words.at(-1)!)) continue;
    told.push(`${m[1]}${short}${rest}`);
  }
  return told;
}

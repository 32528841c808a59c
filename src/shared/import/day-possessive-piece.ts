/**
 * A corrections item that names its piece by the day it ran, in the possessive: "Monday's article on
 * the harbor toll misstated …", "Yesterday's story about … should have said …", "In Monday's
 * editions, a story about … misstated …". American papers open an item so as often as with "A story
 * Monday …"; the day's own piece, in the newsroom's kinds only (story, article, editorial, column,
 * obituary, headline, caption, graphic, chart, map, item — not a report or a review, which anyone
 * issues), is the paper's. Only the opening is read here: the column's error words, and its guards
 * against another outlet's piece ("… in the Herald said …"), are note-line.ts's, as for any item.
 */
const DAY = String.raw`(?:(?:[Ll]ast\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]oday)['’]s`;
const PIECE = String.raw`(?:story|article|editorial|column|obituary|headline|photo caption|caption|graphic|chart|map|item)`;
const DAY_POSSESSIVE_PIECE = new RegExp(
  String.raw`^(?:[Ii]n ${DAY} (?:(?:early|late|some|all)\s+)?editions?,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?${PIECE}\b|${DAY}\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}${PIECE}\b)`,
  'u',
);
/** "… in the Herald", "… by The Associated Press" between the piece and its verb: someone else's piece. */
const SOMEONE_ELSES = /\b(?:in|by|from)\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*/u;

/** True when the item's first sentence opens on its own piece named by the day it ran, in the possessive. */
export function opensOnDayPossessivePiece(firstSentence: string): boolean {
  const m = DAY_POSSESSIVE_PIECE.exec(firstSentence);
  if (!m) return false;
  const beforeVerb = firstSentence.slice(m[0].length).split(/\b(?:mis\w+|incorrectly|erroneously|wrongly|mistakenly|should have)\b/)[0]!;
  return !SOMEONE_ELSES.test(beforeVerb);
}

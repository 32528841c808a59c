/**
 * The error told in the passive, inside the newsroom's own piece named as "this": "The harbor
 * master's name was misspelled in this story.", "In this story, the toll was incorrectly given as
 * $5.", "A quote in this story was misattributed to …", "Information in an earlier version of this
 * story was incorrect." "This story" is the piece the note stands in, so the sentence is the
 * newsroom's own, above the copy or under it — unless it is quoted or told on someone's word
 * ("…, the mayor said"), where it is a speaker's complaint about the story.
 */
const THIS_PIECE = String.raw`(?:an? (?:earlier|previous|prior|original) version of )?this (?:story|article|report|post|piece|column|item|video|graphic|episode|newsletter)`;
const PASSIVE_ERROR = String.raw`(?:was|were|had been|has been|have been) (?:mis(?:spell|spel|stat|identif|attribut|quot|nam|label|dat|caption|report|transcri)\p{L}*|(?:incorrectly|wrongly|mistakenly|erroneously|inaccurately) \p{L}+|incorrect|wrong|inaccurate|in error)\b`;
/** "… was misspelled in this story", "A quote in this story was misattributed …", "In this story, … was misspelled". */
const ERROR_IN_THIS_PIECE = new RegExp(
  String.raw`^(?:In ${THIS_PIECE},\s+[^.]{3,120}?\s${PASSIVE_ERROR}|[^.]{3,120}?\s(?:in|of) ${THIS_PIECE}\s${PASSIVE_ERROR}|[^.]{3,120}?\s${PASSIVE_ERROR}[^.]{0,80}?\sin ${THIS_PIECE}\b)`,
  'iu',
);
const SPOKEN = /["“”]|,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{L}+\s+(?:said|says|told|added|wrote)\b|\baccording to\b/u;

/** True when the line's first sentence tells an error made in this very piece, in the passive. */
export function tellsErrorInThisPiece(line: string): boolean {
  const first = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
  return ERROR_IN_THIS_PIECE.test(first) && !SPOKEN.test(first);
}

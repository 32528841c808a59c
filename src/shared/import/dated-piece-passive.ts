/**
 * "In a Dec. 18 story about the harbour, the pier's length was noted incorrectly.": a piece named by
 * the day it ran, and the error told in the passive, with no one named who erred — the piece's own
 * error, as a sports site's corrections page tells it. Copy tells another outlet's error with the
 * outlet as the one who erred ("In a May 8 story, the AP erroneously reported …", read as copy by
 * `othersErrorReported`), and a passive after a name or an outlet ("… was reported incorrectly by
 * the Gazette") says whose it was.
 */
const MONTH = String.raw`(?:(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December)`;
const PASSIVE_ERROR = String.raw`(?:was|were) (?:(?:incorrectly|wrongly|mistakenly|erroneously|inaccurately) (?:noted|reported|stated|listed|given|described|identified|named|spelled|spelt|attributed|shown|labell?ed|captioned)|(?:noted|reported|stated|listed|given|described|identified|named|spelled|spelt|attributed|shown|labell?ed|captioned) (?:incorrectly|wrongly|mistakenly|erroneously|inaccurately))`;
const DATED_PIECE_PASSIVE = new RegExp(
  String.raw`^In an? ${MONTH} \d{1,2} (?:story|article|report|column|item|feature|profile|review|obituary|editorial)\b[^.]{0,160}?,\s+(?:the|an?|his|her|its|their)\s+[^.]{0,120}?\b${PASSIVE_ERROR}(?![^.]{0,40}\bby\s+(?:the\s+)?\p{Lu})`,
  'u',
);

export function tellsDatedPieceErredPassive(item: string): boolean {
  return DATED_PIECE_PASSIVE.test(item.trim());
}

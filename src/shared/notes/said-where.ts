/**
 * Where or at what a source spoke, set between its speech verb and "that": "said in Tarvik,
 * Norway, on Monday that the ferry would sail again", "said after the hearing that …". The place
 * or the occasion is the frame of the saying, not part of what was said: the note tells what came
 * after "that" ("… that the ferry would sail again"). Only with that "that": without it, "said in
 * Tarvik the ferry …" cannot be told from a sentence whose news starts at the place.
 */
import { SAID_WHEN_BEFORE_NEWS } from './said-when';

/** A capitalized place of up to three words, with its region after a comma: "Tarvik", "Port Ellis, Norway,". */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?`;
/** An occasion told by a noun of two words at most: "after the hearing", "during a town hall". */
const OCCASION = String.raw`(?:after|before|during|following)\s+(?:the|a|an|his|her|their|its)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?`;

/** The frame after the speech verb: a place or an occasion, then perhaps a time, then "that". Case kept: a place has its capital. */
const SAID_WHERE = new RegExp(
  String.raw`\b(said|says|told reporters)\s+(?:(?:in|at)\s+${PLACE}|${OCCASION}),?(?=(?:${SAID_WHEN_BEFORE_NEWS})?\s+that\s)`,
  'u',
);

/** The line with the saying's place or occasion taken out: "said in Tarvik on Monday that …" → "said on Monday that …". */
export function withoutSaidWhere(line: string): string {
  return line.replace(SAID_WHERE, '$1');
}

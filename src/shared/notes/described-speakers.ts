/**
 * A quotation credited to a speaker the story describes rather than names — "…,” said the port's
 * chief engineer." → "…,” said one of the divers who found the wreck." The words quoted stayed;
 * who said them changed. That is a misattributed quotation, told as one: "It was said by one of the
 * divers who found the wreck, not the port's chief engineer" — never the quotation copied back as
 * a claim "incorrectly reported". (A named speaker is read by misattribution in attribution.ts.)
 */
import { speechVerbs } from './speech-verbs';
import { quotations } from './attribution';
import { isStopword } from './edits';
import { looksLikeOrganization, personName } from './names';
import { SPELLED_CARDINAL } from '../text/numbers';

/** The words that open a description of a person: an article, a count, an owner. */
const OPENS = String.raw`(?:the|a|an|${SPELLED_CARDINAL}|several|some|its|his|her|their|our|\p{Ll}[\p{L}-]*['’]s)`;
/** A description: its opener, then words up to a stop, a comma, a quotation mark or the sentence end. */
const DESCRIPTION = String.raw`(${OPENS}\s[^.,;:“”"!?]{2,80}?)`;
const SAYING = `(?:${speechVerbs('said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'recalled', 'noted')})`;
/** "…,” said the port's chief engineer." — the credit after the quotation. */
const AFTER = new RegExp(String.raw`[”"],?\s+${SAYING}\s+${DESCRIPTION}\s*(?:[.,;!?]|[“"]|$)`, 'u');
/** "The port's chief engineer said, “…”" — the credit opening the sentence (read with its capital lowered). */
const BEFORE = new RegExp(String.raw`^${DESCRIPTION}\s+${SAYING}[,:]?\s+[“"]`, 'u');

/** Who a quotation is credited to, as a description: "the port's chief engineer"; '' when none. */
export function describedSpeaker(sentence: string): string {
  const after = AFTER.exec(sentence);
  const before = after ? null : BEFORE.exec(sentence.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  const found = (after ?? before)?.[1]?.trim() ?? '';
  // "one of the divers who surveyed the pier": the note names the speaker by the head; the clause
  // after it is the story's own telling, copied whole it would be the article's words, not the note's.
  const head = found.split(/\s+(?:who|whom|whose|that|which)\s/)[0]!;
  return head.split(/\s+/).length >= 2 ? head : found;
}

/**
 * The same quotation credited to another described speaker: who said it, and who it was credited
 * to. Null when the words quoted changed, a side names no described speaker (a pronoun, a name), or
 * the description was only reworded (the same words in another order).
 */
export function describedSpeakerCredit(older: string, newer: string): { right: string; wrong: string } | null {
  if (!quotations(newer).some((q) => quotations(older).includes(q))) return null;
  const right = describedSpeaker(newer);
  const wrong = describedSpeaker(older);
  if (!right || !wrong || right === wrong) return null;
  const content = (d: string) =>
    d
      .toLowerCase()
      .split(/[^\p{L}\p{N}'’-]+/u)
      .filter((w) => w && !isStopword(w))
      .sort()
      .join(' ');
  if (content(right) === content(wrong)) return null;
  // ("the agency's chief seismologist Ana Ruiz" → "the agency's science officer Ana Ruiz": both end on one
  // name, so one speaker said it, and her post was put right, told by the title readers.)
  // (A person's name only: "a spokesman for the Harwick Police Department" and "a dispatcher with the
  // Harwick Police Department" end on one body's name, two speakers, names.ts' looksLikeOrganization.)
  const named = (d: string) => /(?:\s\p{Lu}[\p{L}'’-]+){2,}$/u.exec(d)?.[0].trim() ?? '';
  const person = named(right) && !looksLikeOrganization(named(right)) ? personName(named(right)) : '';
  if (person && named(right) === named(wrong)) return null;
  return { right, wrong };
}

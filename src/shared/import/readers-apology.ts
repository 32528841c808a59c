import { sentencesOf } from './outlet-owns-error';

/**
 * The newsroom closing a note on its own formula, to its readers: "We are happy to set the record
 * straight and apologise for any embarrassment …" (UK and Irish papers), "For this, we sincerely
 * apologize to … and to our readers for this error." The item may tell what it corrects in words
 * no rule knows ("… contacted us to say that her daughter was not 'envious'."); the closing says
 * whose error it was. A speaker quoted in copy says "we" too, so a sentence in quotes or followed
 * by who said it is copy, and the record set straight closes an item of two sentences or more.
 */

/** "We are happy to set the record straight …" as the item's last sentence. */
const RECORD_STRAIGHT = /^We are (?:happy|pleased|glad) to set the record straight\b/;
/** "… we apologize to … our readers for this error", a sentence of the item's own. */
const TO_OUR_READERS =
  /\bwe (?:\p{L}+ly )?apologi[sz]e\b[^;"“”]{0,80}?\bto our readers\b[^.;"“”]{0,40}?\bfor (?:this|the|our) (?:errors?|mistakes?)\b[^"“”]*$/iu;
/** A speaker's words: quoted, or with who said them after. */
const SPOKEN = /^["“‘]|["”’]\s*$|,["”’]?\s+(?!we\b)(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{L}+\s+(?:said|says|added|wrote)\b/u;

export function closesOnReadersApology(item: string): boolean {
  const sentences = sentencesOf(item);
  const last = sentences.at(-1)!;
  if (SPOKEN.test(last)) return false;
  // (Tested on the whole item: "to Sen. Cruz and to our readers" holds a stop the sentences split at.)
  return (sentences.length > 1 && RECORD_STRAIGHT.test(last)) || TO_OUR_READERS.test(item);
}

/**
 * The newsroom opening its item on what it apologises for having printed: "We apologize for
 * referring to Sgt Brown as …", "We apologise for describing the hall as …". The apology names a
 * thing the piece did with words (referring, calling, misspelling …); "We apologize for the delay"
 * and "We apologise for any inconvenience" are a company's, and a speaker's words are copy.
 */
const APOLOGY_FOR_WORDING =
  /^We (?:\p{L}+ly )?apologi[sz]e (?:to [^.;]{1,60}? )?for (?:(?:wrongly|incorrectly|mistakenly) )?(?:referring to|calling|describing|identifying|misidentifying|naming|misnaming|stating|saying|reporting|suggesting|implying|misspelling|misquoting|misattributing|attributing|labell?ing|captioning|confusing|mixing up)\b/u;

export function opensOnApologyForWording(item: string): boolean {
  const first = sentencesOf(item)[0]!;
  return APOLOGY_FOR_WORDING.test(first) && !SPOKEN.test(first);
}

/**
 * "Kade also faces state charges. That trial is scheduled to begin Feb. 11.": a proceeding named
 * by "That" or "This" points back to the sentence before, which a note quoting one sentence does
 * not carry. The note names it from that sentence — whose it is and what it is on: "misstated the
 * date Kade's trial on state charges is scheduled to begin" — or, when the sentence before does
 * not say, as "the trial", never as "that trial".
 */
import { plainText, splitSentences } from './sentences';

/** A proceeding that is held "on" something: charges, a bill, a plan. */
const PROCEEDING = 'trial|hearing|vote|debate|appeal|inquiry|referendum|sentencing|retrial';
const POINTED = new RegExp(`^(?:That|This|that|this)\\s+(${PROCEEDING})\\b`);
/** "Kade also faces state charges", "Roof is facing separate murder charges brought by …": who, and what the proceeding is on. */
const FACES =
  /^((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(?:also\s+)?(?:faces|is facing|faced|was facing|face|awaits|is awaiting)\s+((?:[\p{Ll}-]+\s+){0,3}?(?:charges?|counts?|indictments?|allegations?|bills?|measures?|proposals?|plans?))\b/u;

/** The clause with its opening "That trial" named; the clause as it was when it opens no such way. */
export function proceedingNamed(clause: string, sentence: string, articleText: string): string {
  const pointed = POINTED.exec(clause);
  if (!pointed) return clause;
  const noun = pointed[1]!;
  const rest = clause.slice(pointed[0].length);
  const before = sentenceBefore(sentence, articleText);
  const faced = FACES.exec(before);
  // ("It faces a vote", "This Town faces …": a pronoun or a pointer is no owner to print as "It's".)
  if (!faced || /^(?:It|He|She|They|We|This|That|These|Those|The|A|An)\b/.test(faced[1]!)) return `the ${noun}${rest}`;
  const owner = faced[1]!.split(/\s+/).at(-1)!;
  return `${owner}'s ${noun} on ${faced[2]}${rest}`;
}

/** The sentence printed just before `sentence` in the article; '' when it opens it or is not found. */
function sentenceBefore(sentence: string, articleText: string): string {
  const text = plainText(articleText).replace(/\s+/g, ' ');
  // (Case aside: the caller may pass the sentence with its opening lowered.)
  const at = text.toLowerCase().indexOf(plainText(sentence).replace(/\s+/g, ' ').trim().toLowerCase());
  if (at <= 0) return '';
  const last = splitSentences(text.slice(0, at)).at(-1) ?? '';
  // (A quotation closing before it may be read as one sentence with it: `… brain.' " Roof is facing …`.)
  return last
    .split(/[.!?]['"”’\s]*\s(?=\p{Lu})/u)
    .at(-1)!
    .trim();
}

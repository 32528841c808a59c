/**
 * A journal's erratum in the words its publishers print over every one: "After the publication of
 * this work [1] it was brought to the authors’ attention that there was an error in the equation
 * (1).", "After publication of the original article [1], the authors reported an error in …". The
 * piece is named as "this work" or "the original article" with its reference mark or "this", and the
 * error is told in the same sentence — copy telling what followed a report's publication names whose
 * it was ("After publication of the agency's report, …") and no error of its own.
 */
const AFTER_PUBLICATION =
  /^(?:After|Following|Since) (?:the )?publication of (?:this|the original|our) (?:work|article|paper|study|report|story|piece)(?:\s*\[\d+\])?,?\s+/i;
const FOUND =
  /^(?:it (?:was|has been) (?:brought to|drawn to) (?:our|the authors?['’]|the authors['’]?|the editors?['’]|the editors['’]?) attention that|the authors? (?:reported|noticed|found|identified|discovered|realized|realised|became aware)|we (?:noticed|found|discovered|identified|became aware|were made aware)|(?:an|the following) errors? (?:was|were|has been|have been) (?:identified|found|noticed|reported))\b/i;
const ERROR = /\b(?:errors?|mistakes?|incorrect(?:ly)?|inaccurac\w+|typo\w*|misspel\w*|omitted|omission|wrong(?:ly)?)\b/i;

export function tellsErratumAfterPublication(item: string): boolean {
  const after = AFTER_PUBLICATION.exec(item);
  if (!after) return false;
  const rest = item.slice(after[0].length);
  const firstSentence = rest.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
  return FOUND.test(rest) && ERROR.test(firstSentence);
}

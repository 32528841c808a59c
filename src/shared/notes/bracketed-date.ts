/**
 * A weekday's date set in brackets after it, as some desks print it ("met Monday (March 12) to
 * hire", "was Tuesday (17 September) fined"), read as AP sets it off, with commas ("met Monday,
 * March 12, to hire"): the clause reader stops at a bracket, so a date put right inside one was
 * told by no clause. A leaf over the sentence's text; nothing else in it moves.
 */
import { WEEKDAY } from './weekdays';

const BRACKETED = new RegExp(String.raw`\b(${WEEKDAY}) \(([^()]{3,24})\)(?=(\s|[.,;]|$))`, 'g');

export function bracketedDate(sentence: string): string {
  return sentence.replace(BRACKETED, (_, day: string, date: string, after: string) => `${day}, ${date}${/\s/.test(after) ? ',' : ''}`);
}

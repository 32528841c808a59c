/**
 * "… two weeks before the city's May 9 runoff", "Norland's March 17 election": a date set between a
 * possessive and its noun dates that noun, the owner's event — "misstated the date of the city's
 * runoff" — never the clause around it ("the date of the visit", which is another event; review
 * 13a found it on real copy). The noun is one or two lowercase words, a name's own capitals kept
 * in the owner ("Port Ellery's"); "the mayor's May 9" with no noun after it is left to the caller.
 */
import { tagged } from './topics';

/** "the city's runoff" from the words before and after the date, or ''. */
export function ownersDatedEvent(before: string, tail: string): string {
  const owner = /(?:^|\s)((?:the\s+(?:\p{Ll}+\s+)?\p{Ll}+|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)['’]s?)$/u.exec(before)?.[1];
  if (!owner) return '';
  const words = tail.trim().split(/\s+/).slice(0, 2);
  const tags = tagged(words.join(' '));
  // One noun, or an adjective or noun and its noun: "runoff", "general election", "home opener".
  let n = 0;
  while (n < tags.length && ['NOUN', 'ADJ'].includes(tags[n]!.pos) && /^\p{Ll}/u.test(tags[n]!.text)) n++;
  while (n > 0 && tags[n - 1]!.pos !== 'NOUN') n--;
  if (!n) return '';
  const noun = words
    .slice(0, n)
    .join(' ')
    .replace(/[,.;:]$/, '');
  return `${owner.replace(/^The\s/, 'the ')} ${noun}`;
}

/**
 * "A harbor spokesman, Ned Farrow, said Wednesday that the pier would reopen": after the comma the
 * verb is followed by when it was said, then the news. That is no inverted attribution ('…," said
 * Mayor Ellen Okafor'): the day is when, never who, and the speaker is the subject before the verb.
 */
import { SAID_WHEN_BEFORE_NEWS } from './said-when';

const WHEN_THEN_NEWS = new RegExp(String.raw`^${SAID_WHEN_BEFORE_NEWS}(?:,?\s+that\b|\s+\p{Ll})`, 'iu');

/** Whether the words after a speech verb open on the time it was said and go on to the news. */
export function opensOnWhenSaid(after: string): boolean {
  return WHEN_THEN_NEWS.test(after);
}

/**
 * A deed's head keeps its right fact. "misstated where President Ama Osei spoke. It was in Kumasi,
 * not Tamale" names the place by the deed it belongs to (nearest-clause.ts); when the note check
 * refuses the phrase whole, the next fallback was its head alone, and round 27 saw a place note print
 * as "misstated where president Ama Osei spoke." — the right place, the one thing a reader of a
 * correction must be told, was gone. Before a head is told without its fact, the fact is told with
 * the plain kind of its deed's head ("misstated the location. It was in Kumasi, not Tamale.", as the
 * writer printed such a note before round 26): a shorter head that keeps the value says less, but
 * nothing that is wrong.
 */

/** A head that names a day, a date, a time or a place by its deed, and the kind each one is. */
const DEED_HEAD = /^misstated (where|when|the (?:date|day|year|month|time)) .+$/;
const KIND: Record<string, string> = {
  where: 'the location',
  when: 'the date',
  'the date': 'the date',
  'the day': 'the day',
  'the year': 'the year',
  'the month': 'the month',
  'the time': 'the time',
};

/** `phrase` ("misstated <deed>. It was <value>") with its deed told by its kind; '' for any other phrase. */
export function kindWithRightFact(phrase: string): string {
  const m = /^(.+?)\. (It (?:is|was) .+)$/.exec(phrase);
  const head = m ? DEED_HEAD.exec(m[1]!) : null;
  if (!head || !m) return '';
  // ("when the lorry crashed. It was 3:52 a.m.": a clock's value is a time, not a date.)
  const kind = head[1] === 'when' && CLOCK.test(m[2]!) ? 'the time' : KIND[head[1]!];
  return `misstated ${kind}. ${m[2]}`;
}

/** A clock time as the right fact gives it ("It was 3:52 a.m.", "It is 7.30pm", "It was noon"). */
const CLOCK = /^It (?:is|was) (?:about |around |at )?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)/i;

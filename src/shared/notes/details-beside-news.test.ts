/**
 * Round 25 (fix25d): beside a clause that tells the news, a side topic ("details on …") is no part
 * of an update note; where no part tells news, the topic is all the note can say and stays.
 * Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { withoutDetailsBesideNews } from './details-beside-news';
import { rankedParts } from './ranked-news';
import { DEFAULT_HOUSE_STYLE } from './style';

const t = DEFAULT_HOUSE_STYLE.templates;

describe('a side topic beside the news (details-beside-news.ts)', () => {
  it('drops "details on …" beside "the news that …"', () => {
    expect(
      withoutDetailsBesideNews(['the news that the Marrow council approved a $4 million harbor budget', 'details on the north pier'], t),
    ).toEqual(['the news that the Marrow council approved a $4 million harbor budget']);
  });

  it('keeps a topic told with its complement, which says what about it', () => {
    const parts = ['the news that the ferry terminal reopened', 'details on the alert for an evacuation of Gull Rock'];
    expect(withoutDetailsBesideNews(parts, t)).toEqual(parts);
  });

  it('keeps a credit beside the news, and a topic where nothing tells news', () => {
    const credited = ['the news that the ferry terminal reopened', 'additional comments from Hal Brinkworth'];
    expect(withoutDetailsBesideNews(credited, t)).toEqual(credited);
    const alone = ['additional comments from Hal Brinkworth', 'details on the north pier'];
    expect(withoutDetailsBesideNews(alone, t)).toEqual(alone);
  });

  it('is applied to the ranked update parts, also where the news is a report told as said', () => {
    expect(rankedParts(['the news that the ferry terminal reopened on Monday', 'details on Gull Rock and the harbor'], [], t)).toEqual([
      'the news that the ferry terminal reopened on Monday',
    ]);
    const article =
      'Port director Hal Brinkworth said crews worked all night. Brinkworth said the storm was the worst to hit the bay in 30 years.';
    expect(
      rankedParts(["Brinkworth's report that the storm was the worst to hit the bay in 30 years", 'details on crews'], [], t, '', article),
    ).toEqual(['the news that the storm was the worst to hit the bay in 30 years, Hal Brinkworth said']);
  });
});

/**
 * Words that limit or reverse what comes before them: "restored to all but 2,000 customers",
 * "open except the north ramp", "partially reopened". One list for every reader of a clause
 * (news-clause.ts when it cuts a clause short, developments.ts when it tells a settled state): a
 * clause is never cut past one, or the note says the opposite of the article.
 */
import { hedges } from './hedge-words';
import { SPELLED_CARDINAL } from '../text/numbers';
export const QUALIFIER =
  /\b(?:all but|except|excluding|only|not|never|no longer|partially|partly|some of|none of|fewer than|less than|at most|apart from|other than)\b/i;

/**
 * A hedge on a figure: "at least a month", "more than 2,000", "up to six inches". The hedge is part
 * of the fact ("closed for at least a month" is not "closed"): a clause is not cut between a verb
 * and the hedged figure that measures it, nor inside the hedge.
 */
export const HEDGED_FIGURE = new RegExp(
  String.raw`\b(?:${hedges('at least', 'at most', 'more than', 'fewer than', 'less than', 'no more than', 'up to', 'nearly', 'almost', 'as many as', 'as much as')})\b`,
  'i',
);

/**
 * A share of a group opening a noun phrase: "the majority of the", "some of its", "one of the". The
 * phrase is about the group after "of" ("the majority of the justices" is about the justices;
 * "dozens of commuters", with no group named before, is a count and stays):
 * a topic or a speaker is named by that head, never by the share.
 */
export const SHARE_OF = new RegExp(
  String.raw`^(?:(?:the|a)\s+)?(?:(?:vast|slim|narrow|large|small)\s+)?(?:majority|minority|bulk|rest|remainder|most|many|much|some|few|all|none|each|several|both|half|part|${SPELLED_CARDINAL}|any|either|neither|dozens|hundreds|thousands|number|handful|couple)\s+of\s+(?=(?:the|its|their|his|her|these|those|our)\s)`,
  'i',
);

/**
 * A rounding said in words before a figure: "in the region of $12m", "in the neighborhood of 400",
 * "upwards of", "in excess of". It says how near the figure is, not what it measures: "the region"
 * is no thing the sum is the amount of.
 */
export const ROUNDED_FIGURE =
  /\b(?:in the (?:region|neighbo(?:u)?rhood|vicinity) of|on the order of|upwards of|in excess of|somewhere around)\s*$/i;

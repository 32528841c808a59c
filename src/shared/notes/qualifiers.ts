/**
 * Words that limit or reverse what comes before them: "restored to all but 2,000 customers",
 * "open except the north ramp", "partially reopened". One list for every reader of a clause
 * (news-clause.ts when it cuts a clause short, developments.ts when it tells a settled state): a
 * clause is never cut past one, or the note says the opposite of the article.
 */
export const QUALIFIER =
  /\b(?:all but|except|excluding|only|not|never|no longer|partially|partly|some of|none of|fewer than|less than|at most|apart from|other than)\b/i;

/**
 * A hedge on a figure: "at least a month", "more than 2,000", "up to six inches". The hedge is part
 * of the fact ("closed for at least a month" is not "closed"): a clause is not cut between a verb
 * and the hedged figure that measures it, nor inside the hedge.
 */
export const HEDGED_FIGURE =
  /\b(?:at least|at most|more than|fewer than|less than|no more than|up to|nearly|almost|as many as|as much as)\b/i;

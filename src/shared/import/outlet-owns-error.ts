/**
 * The paper naming itself as the one that erred, under its own copy: "The Daily Ledger incorrectly
 * reported Tuesday that …", "In a Nov. 16 story in the Daily Ledger, it was reported in error that
 * …", "The Daily Ledger reported that … . This information … has proven to be false." Copy reports
 * another outlet's error in the same words ("The Harbor Times incorrectly reported …"), so the
 * outlet must be the page's own — its masthead, byline or copyright line prints the name
 * (readOwnCorrective) — or the paper's name for itself: "This newspaper incorrectly reported …".
 */

const OUTLET = String.raw`((?:[Tt]he\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:and|&|of|on|\p{Lu}[\p{L}.'’&-]*)){0,5})`;
const ERRED = String.raw`(?:(?:erroneously|incorrectly|mistakenly|wrongly|inaccurately)\s+(?:reported|stated|said|identified|described|named|wrote|published|listed|printed|attributed|referred|quoted|gave|called|labell?ed)|mis(?:stat|identif|spel|quot|attribut|report|nam|label|caption|dat)\p{L}*|reported (?:in error|erroneously|incorrectly))\b`;
/** "The Daily Ledger incorrectly reported …": the outlet as the subject that erred, opening the item. */
const OUTLET_ERRED_FIRST = new RegExp(String.raw`^${OUTLET}\s+(?:(?:on|in) \p{Lu}\p{L}+ )?${ERRED}`, 'u');
/** "In a Nov. 16, 2010, news story in the Daily Ledger, it was reported in error that …": the outlet named with its piece, the error in the passive. */
const PIECE_IN_OUTLET = new RegExp(
  String.raw`^In (?:an?|the|its|our) [^,]{0,40}?(?:,\s*\d{4},)?\s*(?:[\p{Ll}-]+\s+){0,2}(?:story|article|report|column|editorial|edition|issue) (?:in|of) ${OUTLET},\s+it was (?:reported|stated|said|written) (?:in error|erroneously|incorrectly|wrongly|mistakenly)\b`,
  'u',
);
/** "… the Daily Ledger reported that …" then "This information … has proven to be false.": the outlet's report undone. */
const OUTLET_REPORTED = new RegExp(String.raw`(?:^|,\s+)${OUTLET}\s+reported that\b`, 'u');
const REPORT_PROVEN_FALSE =
  /^(?:This|That|The) (?:information|report|reporting|claim|account)\b[^.]{0,120}?\b(?:has|have|had)? ?(?:since )?(?:proven|proved|turned out|been shown|been found) to be (?:false|untrue|incorrect|wrong|inaccurate)\b/;
/**
 * "Recently, this paper mistakenly identified …", "Last week, this newspaper …": a time the error
 * came, set before the paper's own name for itself.
 */
const WHEN_FIRST = String.raw`(?:(?:Recently|Earlier|Yesterday|Last (?:week|month|\p{Lu}\p{L}+)|Earlier this (?:week|month)|On \p{Lu}\p{L}+(?: \d{1,2})?),\s+)?`;
/** "This newspaper incorrectly reported …": the paper's own name for itself. */
const SELF_NAMED_ERRED = new RegExp(String.raw`^${WHEN_FIRST}[Tt]his (?:news)?paper\s+(?:(?:on|in) \p{Lu}\p{L}+ )?${ERRED}`, 'u');
/** A speaker's words: quoted, or with who said them after (", the mayor said", ", Ana Ruiz wrote"). */
export const SPOKEN =
  /^["“‘]|["”’]\s*$|,["”’]?\s+(?!we\b)(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}.'’-]+\s+){0,4}?(?:said|says|added|wrote|told)\b/u;

/** An item cut into its sentences (a stop, then a capital or an opening quote). */
export const sentencesOf = (item: string) => item.trim().split(/(?<=[.!?][”"’]?)\s+(?=[\p{Lu}“"‘])/u);

/** The outlet an item names as the one that erred, or null: the page's masthead decides whose it is. */
export function outletOwningError(item: string): string | null {
  const sentences = sentencesOf(item);
  if (sentences.some((s) => SPOKEN.test(s))) return null;
  const first = sentences[0]!;
  const named = OUTLET_ERRED_FIRST.exec(first) ?? PIECE_IN_OUTLET.exec(first);
  // "a story in the Ventura County Star": the lower-case "the" is the sentence's, not the masthead's.
  if (named) return named[1]!.replace(/^the\s+/, '');
  const reported = OUTLET_REPORTED.exec(first);
  return reported && sentences.slice(1).some((s) => REPORT_PROVEN_FALSE.test(s)) ? reported[1]! : null;
}

/** "This newspaper incorrectly reported …": the paper's own error, whatever its masthead. */
export function selfNamedError(item: string): boolean {
  const sentences = sentencesOf(item);
  return !sentences.some((s) => SPOKEN.test(s)) && SELF_NAMED_ERRED.test(sentences[0]!);
}

/**
 * A community paper telling, under the copy, what it learned after the story went to print: "A
 * portion of this story … appeared in the March 19 print edition. After press time, we were made
 * aware the vote was under a legal review that ultimately reversed the initial decision." The
 * newsroom's own deadline words ("after press time", "after our deadline") and its "we" learning,
 * with this story or our print edition named in the item; copy has officials learning things after
 * a deadline, but never "after press time, we". An update (what developed since it ran) unless
 * the item names an error, which the caller's error words decide.
 */
const AFTER_DEADLINE =
  /(?:^|[.!?]\s+)After (?:press time|(?:our|the) (?:print )?deadline|(?:this|the) (?:story|article|edition) went to (?:press|print)),\s+we (?:were made aware|became aware|learned|learnt|were told|were informed|discovered|found out)\b/;
const OWN_PIECE = /\b(?:this (?:story|article|report|piece)|(?:our|the) (?:[\p{L}.,\d ]{0,20} )?print edition)\b/iu;

export function tellsLearnedAfterPressTime(item: string): boolean {
  return AFTER_DEADLINE.test(item) && OWN_PIECE.test(item) && !/^["“‘]/.test(item.trim());
}

/**
 * The newsroom withdrawing its own piece in its own words, as the item's opening sentence: "We have
 * unequivocally retracted our story.", "We are retracting this article.", "We have withdrawn the
 * report and apologise …" (a magazine's or a paper's retraction under the copy).
 *
 * Only a piece of the newsroom's kind may be withdrawn ("We have withdrawn our offer" is a
 * company's, in copy), and not in quotes or with who said it after: a spokesman says "we retracted
 * our statement" in copy too.
 */
const OWN_RETRACTION =
  /^[Ww]e (?:have |had |are |were )?(?:(?:now|since|today|fully|unequivocally|formally|immediately|decided to|chosen to) )*(?:retract(?:ed|ing)?|withdr(?:awn|ew|aw|awing))\b[^.]{0,40}?\b(?:our|this|the) (?:(?:original|earlier|online|print) )?(?:story|article|report|column|piece|post|editorial|headline|broadcast|segment|video|podcast|episode)\b/;
const SAID_AFTER = /,["”’]?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{L}+\s+(?:said|says|added|wrote|told)\b/u;

export function retractsOwnPiece(item: string): boolean {
  const first = item.trim().split(/(?<=[.!?][”"’]?)\s+(?=[\p{Lu}“"‘])/u)[0]!;
  return OWN_RETRACTION.test(first) && !SAID_AFTER.test(first);
}

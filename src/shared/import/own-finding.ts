/**
 * A retraction or column item in which the newsroom tells what it later found about its own report:
 * "We have since found out that the information that formed the basis of the story was totally
 * wrong.", "We have since discovered that a wrong photo was attached to the publication, …"
 * (Nigerian papers' retractions), or, after "In yesterday's editorial, …, we said …", the UK
 * papers' "We fully accept that …". A company or an official says "we have since discovered" or
 * "we accept" in copy too, so the finding counts only with our own piece named in the item and an
 * error word in the finding, the acceptance only after the item opened on our piece and what we
 * said in it; neither in quotes or with who said it after.
 */

/** "We have since found out / discovered / learned that …" with the error in the same sentence. */
const SINCE_FOUND =
  /^(?:Upon investigation,? |On investigation,? )?[Ww]e have since (?:found out|discovered|learned|learnt|established|confirmed) that\b.*\b(?:wrong|incorrect|inaccurate|false|untrue|not true|misleading|erroneous)\b/u;
/** Our own report by its kind: "the story", "the publication", "our article". */
const OUR_REPORT = /\b(?:the|this|our) (?:story|article|report|publication|headline|caption|photo|photograph|picture|piece|post)\b/i;
/**
 * "Recently, a story on Page 1 claimed … . We later determined that there is no …": a finding that
 * only denies ("there is no", "were not") counts after our piece named by its page in our paper.
 */
const LATER_DENIED =
  /^[Ww]e (?:later|subsequently) (?:determined|established|found|learned|discovered) that\b.*\b(?:there (?:is|was|were|are) no|(?:is|was|were|are) not|nor)\b/u;
const ON_OUR_PAGE = /\b(?:an?|the|our) (?:story|article|report|photo|photograph|headline) on page [A-Z]?\d+\b/iu;
/** "In yesterday's editorial, ‘…’, we said …": the item opening on our piece and what we said in it. */
const OPENS_ON_WHAT_WE_SAID =
  /^In (?:yesterday['’]s|last \p{L}+['’]s|our|an?|the) (?:[\p{L}'’-]+\s+){0,3}?(?:editorial|article|story|report|column|leader|feature|review|headline|edition)\b[^.]{0,160}?\bwe (?:said|stated|reported|wrote|suggested|claimed|published)\b/u;
/** The newsroom accepting the error, as a sentence of its own: "We fully accept that …". */
const WE_ACCEPT = /^We (?:now |fully |also |entirely )?(?:accept|acknowledge) that\b/;
const SPOKEN = /^["“‘]|,["”’]?\s+(?!we\b)(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{L}+\s+(?:said|says|added|wrote)\b/u;

export function tellsOwnFinding(item: string): boolean {
  const sentences = item.trim().split(/(?<=[.!?][”"’]?)\s+(?=[\p{Lu}“"‘])/u);
  if (sentences.some((s) => SPOKEN.test(s))) return false;
  const found =
    (sentences.some((s) => SINCE_FOUND.test(s)) && OUR_REPORT.test(item)) ||
    (sentences.some((s) => LATER_DENIED.test(s)) && ON_OUR_PAGE.test(sentences[0]!));
  const accepted = OPENS_ON_WHAT_WE_SAID.test(sentences[0]!) && sentences.slice(1).some((s) => WE_ACCEPT.test(s));
  return found || accepted;
}

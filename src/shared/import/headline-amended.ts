/**
 * The Guardian's corrections column names an online piece by its headline, as the subject of the
 * sentence, and says why it was changed: "Wandsworth jail criticised over prisoner death was amended
 * because the original subheading said incorrectly that …", "MPs attack HMRC chief over Border Agency
 * failures was amended to clarify that …". Copy says "<something> was amended to clarify that …" of
 * a law, a bill or a contract, so the subject must read as a headline — four words or more, opening
 * on a capital with no article or pronoun before it, no speaker's verb, none of the documents copy
 * amends — and "because the original … said" or the newsroom's purpose must follow. Under the copy
 * only, where a corrections column stands.
 */
const HEADLINE = String.raw`(\p{Lu}[^.!?;:"“”]{15,160}?)`;
const CHANGED = String.raw`\s+was (?:amended|corrected|changed|updated)`;
/** "… was amended because the original subheading said …": what the first version said, owned as ours. */
const BECAUSE_ORIGINAL = new RegExp(
  String.raw`^${HEADLINE}${CHANGED} because the original(?:\s+[\p{L}-]+){0,2}?\s+(?:said|stated|suggested|referred|described|named|gave|reported|called|misstated|misspelled|misnamed|included|contained|quoted|attributed)\b`,
  'u',
);
/** "… was amended to clarify that …": the newsroom's purpose. */
const AMENDED_TO = new RegExp(
  String.raw`^${HEADLINE}${CHANGED} (?:on \d{1,2} \p{L}+(?: \d{4})? )?to (?:clarify|make (?:it )?clear|correct|remove|reflect|note|give the correct)\b`,
  'u',
);
/** A sentence's subject rather than a headline: an article, a pronoun or a part of a document first. */
const NO_HEADLINE_OPENING =
  /^(?:The|A|An|This|That|These|Those|It|Its|Our|Their|His|Her|Your|My|We|They|He|She|Section|Article|Clause|Rule|Paragraph|Part|Schedule)\b/;
const SPEAKER = /\b(?:said|says|told|announced|confirmed|added)\b/;
/**
 * What copy amends: a law, a contract, a plan — in lower case as a headline sets it ("Bill Koch" is
 * a name), or a law's own title closing the subject ("Online Safety Bill").
 */
const DOCUMENT =
  /\b(?:laws?|acts?|bills?|codes?|rules?|polic(?:y|ies)|ordinances?|statutes?|regulations?|constitutions?|contracts?|agreements?|treat(?:y|ies)|motions?|resolutions?|proposals?|legislation|measures?|amendments?|clauses?|guidance|orders?|permits?|licen[cs]es?|charters?|bylaws?|budgets?|manifestos?|filings?|complaints?|indictments?|warrants?|applications?|directives?|plans?|forecasts?|guidelines?)\b/;
const LAW_TITLE = /\b(?:Act|Bill|Code|Constitution|Charter|Treaty|Regulations?|Directive|Amendment|Order|Rules)$/;

export function namesHeadlineAmended(item: string): boolean {
  const found = BECAUSE_ORIGINAL.exec(item) ?? AMENDED_TO.exec(item);
  if (!found) return false;
  const headline = found[1]!;
  return (
    headline.split(/\s+/).length >= 4 &&
    !NO_HEADLINE_OPENING.test(headline) &&
    !SPEAKER.test(headline) &&
    !DOCUMENT.test(headline) &&
    !LAW_TITLE.test(headline)
  );
}

/**
 * A corrections-column item owning material its piece used without credit: "An article in the Aug. 8
 * Back to School section about … used material from The Associated Press and the Boca Raton News
 * without attribution.", "A column Tuesday included quotes from a radio interview without credit."
 * Papers correct plagiarism in these words; no error word of the usual kind ("misstated") is in them.
 *
 * The piece must open the item by its kind and the day, page or section of the paper it ran in
 * ("The story used material from the city's website without attribution" may be copy about anyone's
 * story); and no one may be telling it: "An article in the journal Nature used the
 * images without attribution, the panel found" is copy about someone else's article.
 */
const MONTH = String.raw`(?:(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December)`;
const DAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
/** Where or when it ran, as the paper says it of its own piece: "in the Aug. 8 Back to School section", "Tuesday", "on Page 3". */
const OWN_PLACE = String.raw`(?: in (?:the |yesterday['’]s |last \p{L}+['’]s |${DAY}['’]s )?(?:${MONTH} \d{1,2} )?(?:(?:\p{Lu}[\p{L}'’-]*|to|of|and|the|&)\s+){1,5}(?:section|edition|pages?|magazine)\b|,? (?:on |last )?${DAY}\b|,? (?:on )?${MONTH} \d{1,2}\b| on [Pp]age [A-Z]?\d+[A-Z]?\b)`;
const UNATTRIBUTED = new RegExp(
  String.raw`^(?:An?|The|Two|Several) (?:[\p{Ll}-]+\s+){0,2}(?:articles?|stories|story|columns?|editorials?|reviews?|features?|profiles?)\b${OWN_PLACE}[^.]{0,160}?\b(?:used|included|contained|drew on|reproduced|copied|quoted)\b[^.]{0,160}?\bwithout (?:proper |full )?(?:attribution|credit)\b`,
  'u',
);
const SOMEONE_TELLS = /\b(?:said|says|told|according to|found|concluded|alleged|claimed)\b/i;
const ANOTHER_OUTLET = /\bin (?:the )?(?:journal|magazine|newspaper|paper|website|blog)\b/i;

export function tellsUnattributedMaterial(item: string): boolean {
  const first = item.trim().split(/(?<=[.!?][”"’]?)\s+(?=[\p{Lu}“"‘])/u)[0]!;
  return UNATTRIBUTED.test(first) && !SOMEONE_TELLS.test(first) && !ANOTHER_OUTLET.test(first);
}

/**
 * The UK regulator's form of a correction: "An article headlined ‘…’, published on 12 March 2021
 * reported that … when, in fact, …" — our piece named by its headline, what it said, and the fact
 * that undoes it inside the same sentence (the two-sentence form, "… . In fact, …", is read by the
 * column rules). Another outlet's piece names its owner before the verb ("An article headlined ‘…’
 * in the Gazette reported …", "… by the Gazette"), which copy does.
 */
const HEADLINED =
  /^(?:An?|The|Our) (?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:article|story|report|piece|column|feature|editorial|leader|review|interview|profile|headline)(?:,?\s+published\s+(?:on\s+)?[^,]{3,30},?)?\s+(?:headlined|titled|entitled)\b/u;
const SAID = /\b(?:reported|stated|said|claimed|suggested|implied|wrote|described)\b/;
const WHEN_IN_FACT = /,?\s+when,?\s+in fact,?\s/i;
/** Whose the piece was, outside its quoted headline: "in the Gazette", "by Reuters". */
const OWNER_NAMED = /\b(?:in|by|from|on) (?:the )?\p{Lu}[\p{L}&'’-]+/u;

export function readsAsHeadlinedInFact(item: string): boolean {
  const trimmed = item.trim();
  if (!HEADLINED.test(trimmed) || !WHEN_IN_FACT.test(trimmed)) return false;
  const beforeFact = trimmed.split(WHEN_IN_FACT)[0]!;
  const said = SAID.exec(beforeFact);
  if (!said) return false;
  // The headline in quotes is the piece's own words; whose piece it is is told outside them.
  const unquoted = beforeFact.slice(0, said.index).replace(/[‘“"'][^’”"']{1,200}[’”"']/gu, '');
  return !OWNER_NAMED.test(unquoted);
}

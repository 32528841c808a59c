/**
 * "the fire at the Blue Heron Diner in Marlow": a name led by "the" just before the place is a
 * venue, a body or a landmark the place locates (people's names take no "the"), so the note says
 * "misstated the location of the Blue Heron Diner", not "a place in Ohio". The name may hold
 * "&", "of" or "and" between its capitals ("the Bank of Tarrow", "the Fox & Hound"); it is told
 * whole, with its "the". A name that is a country or a people ("the Netherlands", "the Smiths")
 * ends on a plural and is left to the place logic.
 */

/** A capitalized word of a name, or "&", "of", "and", "on", "upon" between two of them. */
const NAME_RUN = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:&|of|and|on|upon)\\s+)?\\p{Lu}[\\p{L}'’.-]*)*";

/** "the Blue Heron Diner" when `lead` (the sentence up to the place's preposition) ends on such a name; '' otherwise. */
export function venueBefore(lead: string): string {
  const m = new RegExp(`(?:^|[\\s(])([Tt]he)\\s+(${NAME_RUN})\\s*$`, 'u').exec(lead);
  if (!m) return '';
  const name = m[2]!;
  // ("the Netherlands", "the Hendersons", "the Giants": a plural is a land, a family or a team, no venue.)
  if (/s$/.test(name.split(/\s+/).at(-1)!)) return '';
  return `the ${name}`;
}

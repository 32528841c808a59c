/**
 * "Authorities are trying to free the driver and have closed the highway": the note tells a perfect
 * after the fact, in the past ("closed the highway", news-clause.ts pastTense), and a present
 * progressive joined to it in the same clause then reads against it ("are trying … and closed").
 * Told together, both are the past: "authorities were trying to free the driver and closed the
 * highway". Only a progressive ("is"/"are" and an -ing verb) in a clause whose perfect was moved;
 * a clause with no perfect keeps its present ("crews are working to restore power"), and so does a
 * state still going on ("has been arrested and is being held at the county jail": he is held still).
 */

/** The clause with its progressive told in the past, when `moved` (a perfect in it was told in the past). */
export function progressiveWithPast(clause: string, moved: boolean): string {
  if (!moved) return clause;
  return clause.replace(/\b(is|are)\s+(?=(?:still\s+)?(?!being\b)\p{Ll}+ing\b)/giu, (_, aux: string) =>
    aux.toLowerCase() === 'is' ? 'was ' : 'were ',
  );
}

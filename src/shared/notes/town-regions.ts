/**
 * A town told with the region it is in: "in Fenwick, Manitoba", "near Alder Falls, British
 * Columbia", "from Tarrow, Cork". Beyond the US states datelines.ts knows, the frame says it: a
 * town after "in", "near", "outside" or "from", a comma, and one to three capitalized words that
 * close the clause. The region tells two towns of one name apart, so a region put right is a place
 * put right (the town with each region), never "a name" nor a person.
 */

/** A town's name: up to three capitalized words. */
const TOWN = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}";

/** Whether `region` stands after `town` and a comma as the region the town is in, in `sentence`. */
export function regionOfTown(sentence: string, town: string, region: string): boolean {
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(region)) return false;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The town opens after a place's preposition; the region closes the clause (or the sentence).
  return new RegExp(
    `\\b(?:in|near|outside|from|at)\\s+(?:${TOWN}\\s+)?${escape(town)},\\s+${escape(region)}(?=\\s*[,.;:!?)]|\\s*$|\\s+(?:on|in|at|and|where|when|after|before|last|this|early|late)\\b)`,
    'u',
  ).test(sentence);
}

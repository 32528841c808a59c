/**
 * "17 county Democrats", "a group of 40 House Republicans", "300 Kenyan Olympians": the members of
 * a party, a body or a nation are counted by a capitalized plural, which the tagger reads as a
 * proper noun, not a common one. The count's noun runs to that plural, so the note says "the
 * number of county Democrats", never "the number of county" (review 13a found the cut word on
 * real copy). A singular capital ("17 county Board") is no such head.
 */
import type { tagged } from './topics';

type Tag = ReturnType<typeof tagged>[number];

/** Whether the last tagged word is a capitalized plural that heads a counted phrase. */
export function membersHead(tags: readonly Tag[]): boolean {
  const last = tags.at(-1);
  if (!last || last.pos !== 'PROPN') return false;
  // A plural of people or members: "Democrats", "Republicans", "Canadians" — not "Texas", "Mass".
  return /^\p{Lu}\p{Ll}{2,}(?:[^s]s)$/u.test(last.text) && !/(?:ss|us|is|as)$/.test(last.text);
}

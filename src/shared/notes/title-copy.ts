/**
 * A title told whole in a note copies the article's words by need: "Felde is the chairman of the
 * board of directors of the port authority, not its managing director" gives the post as printed,
 * which is the fact put right, not copy lifted from the story. The copying check (grammar.ts) reads
 * such a post as one quoted word; any other run of the article's words is still counted.
 */

/** The most words a post told whole may run to: "chairman of the board of directors of the …". */
const POST_WORDS = 14;

/** The note with the post after "misstated …'s title. Surname is" and before ", not" read as quoted. */
export function withTitleLicensed(noteText: string): string {
  return noteText.replace(
    /(\btitle\.\s+\p{Lu}[\p{L}'’-]*\s+(?:is|was)\s+)([^.;:"“”]+?)(?=,\s+not\s)/gu,
    (whole, lead: string, post: string) => (post.split(/\s+/).length <= POST_WORDS ? `${lead}"post"` : whole),
  );
}

/**
 * An update that adds several sources, each with a fact of its own, tells the facts: "additional
 * comments from the fire department that the state fire marshal will visit on Wednesday, and from
 * Marlow Elementary School that classes will start late on Tuesday". A bare list of names ("from the
 * fire department and Marlow Elementary School") tells readers only who spoke, when each said
 * something the note can tell. A source with nothing to tell short (a quotation only) is named
 * before those with a fact ("from Marlow Elementary School and from the fire department that …");
 * with no fact at all the list stays bare.
 */

/** A source as the note prints it, and what it said told short ('' when nothing can be). */
export interface HeardSource {
  printed: string;
  said: string;
}

/** At most this many sources are told with their facts; more read as a list of names. */
const MOST_TOLD = 3;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The credit for several sources with what each said ("{credit} that A, and from Y that B"), as
 * wordings to try in turn, each within `budget` words; none when no source has a fact. `credit` is
 * the template's phrase for the first source ("additional comments from the fire department").
 * A bare name leads ("from the club and from Y that …"): after a fact it would read as tied to
 * the note's next part ("…, and from Rutte and description of …"), and a fact that runs on into the
 * next name may read as the article's own run ("was a mistake and …" where the article goes on "and
 * that …"). Those with a fact follow in reading order, the last fact ending the credit.
 */
export function severalSourcesTold(credit: (first: string) => string, heard: HeardSource[], budget: number): string[] {
  if (heard.length < 2 || heard.length > MOST_TOLD) return [];
  const telling = heard.filter((h) => h.said);
  const bare = heard.filter((h) => !h.said);
  if (!telling.length) return [];
  const orders = bare.length
    ? [
        [...bare, ...telling],
        [...telling, ...bare],
      ]
    : [telling];
  return orders.map((order) => worded(credit, order)).filter((text) => words(text) <= budget);
}

/** One order of sources told: the first after the credit, the rest "from …", the last after ", and". */
function worded(credit: (first: string) => string, order: HeardSource[]): string {
  const pieces = order.map((h, k) => `${k === 0 ? credit(h.printed) : `from ${h.printed}`}${h.said ? ` that ${h.said}` : ''}`);
  // A comma after a fact keeps it apart from the next source; after a bare name a plain "and" reads as a list.
  return `${pieces.slice(0, -1).join(', ')}${order.at(-2)!.said ? ',' : ''} and ${pieces.at(-1)!}`;
}

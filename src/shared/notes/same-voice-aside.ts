/**
 * "At least 11 people have died, state officials said." → "At least 19 people have died, state
 * officials said on Monday, up from 11 a day earlier.": the line was edited to carry a development
 * (the new death toll), and the words put in beside it — a day, "up from 11" — are no clause of their
 * own. The source is the one the old line already credited (or none, both times), so crediting it again ("New death toll
 * and additional comments from state officials that …") tells the same news twice and names an
 * earlier, unchanged source as if it had spoken anew. Such words are the development's, and give
 * no addition; words with a verb of their own ("…, and the ministry said rescue teams were
 * sent") are still news of their own.
 */
import { hasFiniteVerb } from './topics';

/** Do the words `added` to an edited line, credited as the old line was, only go with its development? */
export function asideOfSameVoice(added: string, oldSource: string | undefined, newSource: string | undefined): boolean {
  // (A line credited to no one before or after is credited as before too.)
  return oldSource === newSource && !hasFiniteVerb(added);
}

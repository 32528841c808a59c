/**
 * A body named by what it is, not by its name: "the island council", "the state health
 * department", "Valencia's regional government". Such a source says whose body it is, so the
 * reader knows who spoke, and the news it gives is credited to it ("a report from the island
 * council that 14 families were moved …"), as a name would be. A bare "the council" or "the
 * company" says no more than the story around it, and a note does not credit it.
 */
import type { Source } from './attribution';

/** Heads of a body's description: the kind of body that speaks for itself. */
const BODY_HEAD =
  /\b(?:council|government|administration|ministry|department|agency|authority|board|commission|committee|office|court|legislature|parliament|assembly|cabinet|military|army|navy|coast guard|service|district|trust|utility)$/i;

/** "Commission", "council", "board": a word that names a body by its kind alone, no name of its own. */
export function isBodyKind(word: string): boolean {
  return /^[\p{L} ]+$/u.test(word) && BODY_HEAD.test(word) && !/\s/.test(word);
}

/** "the island council", "the town's fire department", "Valencia's regional government": whose, then the body. */
const WHOSE_BODY = /^(?:the\s+(?:\p{L}+['’]s\s+)?|\p{Lu}[\p{L}-]*['’]s\s+)(?:[\p{L}-]+\s+){1,3}?[\p{L}-]+$/u;

/** Whether a source read as a description is a body described with whose it is (see above). */
export function describedBody(source: Source | null | undefined): boolean {
  if (!source || source.kind !== 'description') return false;
  const name = source.name.trim();
  if (!BODY_HEAD.test(name) || !WHOSE_BODY.test(name)) return false;
  // Something between the article and the head says whose: "the island council", not "the council".
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  return words.length >= 2;
}

/**
 * A player's position or a fighter's class put right where the story names the player only by it,
 * on second reference: "Ann Roe signed with the Tarn Hawks. The club re-signed the third baseman for
 * one more season." → "… the first baseman …". No name stands beside the post, so the apposition
 * readers (held-posts.ts) found no holder, and the change was read as a rank ("misstated where the
 * baseman ranked") or as rewording (no note at all). The holder is the one person the sentence right
 * before names — "Ann Roe", or a surname the article names in full ("Roe, who is 25, …") — when the
 * changed line names no one itself. Told as AP corrects a position: "misstated Ann Roe's position.
 * Roe is a first baseman, not a third baseman"; "the former linebacker" is held no longer: "was".
 */
import nlp from 'compromise';
import { changedSpan, TITLE_TOKEN } from './changed-span';
import { looksLikeOrganization, nameRuns, personName, surnameInFull } from './names';
import { isKnownWord } from './known-words';
import { isPlayingPosition } from './playing-positions';
import { indefiniteArticle } from './same-person-title';
import { isWeightClass } from './weight-classes';

interface SecondReferencePost {
  /** The holder, named in full: "Ann Roe". */
  name: string;
  /** Both posts as the line prints them, "former" left off: "first baseman", "third baseman". */
  right: string;
  wrong: string;
  /** "the former linebacker": the post is held no longer. */
  former: boolean;
}

/** Words between "the" and the post that say it was held before. */
const FORMER = /^(?:former|ex|onetime|one-time)$/i;

/** A post a player or fighter holds, told as a position or class: "first baseman", "bantamweight". */
const isPlayersPost = (words: string[]) => isPlayingPosition(words.join(' ')) || isWeightClass(words.at(-1) ?? '');

/** The people a sentence names, each in full: a run of two words or more, or a surname the article names in full. */
function peopleNamed(sentence: string, article: string): string[] {
  // ("Austin Dean": a given name compromise knows makes a person, though "Dean" is a title's word;
  // otherwise a name of words no lexicon knows, "Ngozi Okobi", never "South Korean", "LG Twins" or "Tarn Hawks".)
  const unknown = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && !isKnownWord(w.toLowerCase());
  const person = (name: string) =>
    name.includes(' ') &&
    !looksLikeOrganization(name) &&
    (nlp(name).has('#Person') || (!!personName(name) && name.split(' ').every(unknown)));
  const people = nameRuns(sentence)
    .map((r) => (r.words.length > 1 ? r.text : surnameInFull(r.text, article)))
    .filter(person);
  return [...new Set(people)];
}

/** The position put right in `newer` on second reference, with its holder from `nearest`, the sentence before; null when not plain. */
export function secondReferencePost(older: string, newer: string, nearest: string, article: string): SecondReferencePost | null {
  const [o, n, p, s] = changedSpan(older, newer, TITLE_TOKEN);
  const [oldEnd, newEnd] = [o.length - s, n.length - s];
  if (newEnd - p > 3 || oldEnd - p > 3 || newEnd <= p || oldEnd <= p) return null;
  // Back from the change to the definite article that opens the reference, over lowercase words only.
  let k = p - 1;
  while (k >= 0 && p - k <= 4 && /^\p{Ll}/u.test(n[k]!) && !/^the$/i.test(n[k]!)) k--;
  if (k < 0 || !/^the$/i.test(n[k]!)) return null;
  // Forward to where both versions end on a player's post ("third baseman": the shared "baseman" is the post's).
  for (let e = newEnd; e <= Math.min(n.length, newEnd + 1); e++) {
    const shift = newEnd - oldEnd;
    const [now, was] = [n.slice(k + 1, e), o.slice(k + 1, e - shift)];
    if (![...now, ...was].every((w) => /^\p{Ll}/u.test(w))) return null;
    if (!isPlayersPost(now) || !isPlayersPost(was)) continue;
    // (A name set beside the post is the apposition readers': "the first baseman Ann Roe".)
    if (/^\p{Lu}/u.test(n[e] ?? '')) return null;
    // The line names no one; the sentence before, one person.
    if (peopleNamed(newer, article).length) return null;
    const people = peopleNamed(nearest, article);
    if (people.length !== 1) return null;
    const former = now.some((w) => FORMER.test(w));
    const post = (words: string[]) => words.filter((w) => !FORMER.test(w)).join(' ');
    const [right, wrong] = [post(now), post(was)];
    if (!right || !wrong || right === wrong) return null;
    return { name: people[0]!, right, wrong, former };
  }
  return null;
}

/** "misstated Ann Roe's position. Roe is a first baseman, not a third baseman" ("class" for a fighter's). */
export function secondReferencePostPhrase(found: SecondReferencePost, again: string): string {
  const own = /s$/.test(found.name) ? `${found.name}'` : `${found.name}'s`;
  const what = isWeightClass(found.right) && isWeightClass(found.wrong) ? 'weight class' : 'position';
  const a = (post: string) => `${indefiniteArticle(post)} ${post}`;
  return `misstated ${own} ${what}. ${again} ${found.former ? 'was' : 'is'} ${a(found.right)}, not ${a(found.wrong)}`;
}

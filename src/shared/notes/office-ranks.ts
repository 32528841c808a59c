/**
 * A rank printed after the office it serves in: "Highlands County Sheriff Deputy Maverick",
 * "Sheriff Sergeant Ana Ruiz". The office ("County Sheriff", the sheriff's office) says where the
 * rank is held, not what it is; when only the rank was put right, the post told is the rank alone —
 * "Maverick is a deputy, not a sergeant" — never "a county sheriff deputy". A rank that is its
 * office's own prefix ("Chief Deputy", "Head Coach") is one post and stays whole (sole-posts.ts).
 */
import { isPostWord } from './names';
import { isOneHoldersPost } from './one-word-titles';
import { isFirstOfPost } from './sole-posts';

const bare = (w: string) => w.replace(/\.$/, '');
/**
 * The offices a rank is held in: a sheriff's, a police force, a fire service, a marshal's. Only these
 * print a rank after the office ("Sheriff Sergeant"); "Union Secretary Treasurer" is one post.
 */
const RANKED_OFFICE = /^(?:sheriff|sheriff['’]s|police|fire|marshal|marshal['’]s|constabulary|patrol|corrections)$/i;
/** The ranks of those offices, closed: a "Secretary General" ends on "general" but is no general. */
const RANK =
  /^(?:deputy|sergeant|sgt|lieutenant|lt|corporal|cpl|detective|det|captain|capt|officer|trooper|investigator|inspector|commander|major|colonel|col|chief|constable|firefighter|paramedic|marshal|agent|private|specialist|cadet)$/i;
const rankWord = (w: string) => isPostWord(w) && RANK.test(bare(w));

/**
 * How many words of the right post name the office before its rank, both posts printing them alike
 * ("county sheriff deputy" / "county sheriff sergeant" → 2); 0 when the post is no rank after an office.
 */
export function officeBeforeRank(right: string[], wrong: string[]): number {
  const k = right.findLastIndex((w, i) => i < right.length - 1 && isOneHoldersPost(bare(w)) && !isFirstOfPost(bare(w)));
  if (k < 0 || k >= wrong.length - 1 || !RANKED_OFFICE.test(bare(right[k]!))) return 0;
  // The office is printed alike in both, and what follows it in each is a rank of its own.
  const same = right.slice(0, k + 1).every((w, i) => w.toLowerCase() === wrong[i]!.toLowerCase());
  // (A field after the post's "of" is no rank: "Secretary of State" → "of Defense" stays whole.)
  const rank = (t: string[]) => t.slice(k + 1).every((w) => !/^(?:of|for|and)$/i.test(w)) && rankWord(t.at(-1)!);
  return same && rank(right) && rank(wrong) ? k + 1 : 0;
}

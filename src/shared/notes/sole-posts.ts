/**
 * A post that one person holds at a body because "chief" or "head" ranks it first: "chief
 * constable", "chief executive", "head coach", "chief of staff", "managing editor".
 * Told with "the" ("Brandt is the Dorset chief constable"), never "a", which would make the
 * body's one chief one of many. A rank many hold that only carries "chief" in its name ("chief
 * inspector", "chief petty officer", "chief superintendent") keeps "a".
 */

/** The words that make a post the body's first and only one when they stand before it. */
const FIRST = /^(?:chief|head|lead|presiding|managing|executive)$/i;
/** Ranks many officers hold though "chief" opens their names. */
const RANK_MANY_HOLD = /^(?:inspector|superintendent|petty|warrant|master|sergeant|mate|technician|steward|nurse|engineer)$/i;

/** "chief", "head": a word that makes the post after it the body's first, never a post of its own here. */
export function isFirstOfPost(word: string): boolean {
  return FIRST.test(word);
}

/** True when a title's words ("Dorset chief constable", "head of research") name a post only one holds. */
export function heldByOne(title: string): boolean {
  const words = title.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);
  // ("meteorologist in charge", "editor in chief": the one in charge of the body.)
  if (words.some((w, k) => w === 'in' && /^(?:charge|chief)$/.test(words[k + 1] ?? ''))) return true;
  // ("attorney general", "solicitor general", "surgeon general": a government's one officer of the kind.)
  if (/^(?:attorney|solicitor|surgeon|inspector|auditor|postmaster|adjutant)$/.test(words.at(-2) ?? '') && words.at(-1) === 'general')
    return !words.slice(0, -2).some((w) => /^(?:deputy|assistant|associate|vice|special)$/.test(w));
  const at = words.findIndex((w) => FIRST.test(w));
  if (at < 0 || at === words.length - 1) return false;
  const next = words[at + 1]!;
  // "chief of staff", "head of research": the post is the first of what it is of.
  if (next === 'of') return true;
  return !RANK_MANY_HOLD.test(next);
}

/**
 * A post put right that the general edit reader misreads because of the post's own words. A
 * portfolio after "Minister of" is capitalized like a place ("Minister of Petroleum Resources" →
 * "Minister of Mines and Steel Development" read as a place put right, told "one of the two places
 * listed. It is Mines, not Petroleum Resources Olamilekan Adegbite"), and one noun for a person's work
 * swapped for another ("a research director" → "a research scientist") reads as mere rewording, no
 * note at all; a field after its post's "of" read as the role itself ("Secretary of State" →
 * "… of Defense" told "a defense, not a state"). When the title reader has found the same person with the old post and the new, and
 * what the edit reader saw lies wholly inside those posts, the post is the fact put right.
 */
import type { EditFinding } from './edits';
import { isPostNoun, isPostWord } from './names';
import { namesAField } from './posts-told';
import { isPortfolio } from './portfolios';

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
const within = (part: string, whole: string) => ` ${words(whole).join(' ')} `.includes(` ${words(part).join(' ')} `);

/**
 * A "role" the edit reader cut from inside a longer post: the field after the post's "of"
 * ("Secretary of State" → "Secretary of Defense"), never a rank ("Brigadier" → "Major").
 */
const fieldOnly = (f: { before: string; after: string }, found: { wrong: string; right: string }) =>
  ![...words(f.before), ...words(f.after)].some(isPostNoun) &&
  within(`of ${f.before}`, found.wrong) &&
  within(`of ${f.after}`, found.right);

/** The changed words right after the post's "of" in both posts, each naming a field (posts-told.ts). */
const fieldAfterOf = (f: { before: string; after: string }, found: { wrong: string; right: string }) =>
  within(`of ${f.before}`, found.wrong) &&
  within(`of ${f.after}`, found.right) &&
  // ("Student Services" is a field; a firm, a place or a body is not: "of Acme Corp", "of the Parks Department".)
  [f.before, f.after].every((part) => namesAField(part.split(/\s+/)));

/** True when the edit reader's findings are the found post put right, misread as another fact or as wording. */
export function postMisread(findings: EditFinding[], found: { wrong: string; right: string }): boolean {
  if (!findings.length) return false;
  // A capitalized portfolio read as a place, a name or a description, both ends inside the posts.
  if (
    findings.every(
      (f) =>
        f.type === 'corrected' &&
        (f.fact === 'place' || f.fact === 'description' || f.fact === 'name' || (f.fact === 'role' && fieldOnly(f, found))) &&
        within(f.before, found.wrong) &&
        within(f.after, found.right) &&
        // (A field, not an employer or a college after "at"/"of": "Petroleum Resources", "Trade and Industry";
        // or any words right after the post's "of", both ways, that name no body: "Assistant Superintendent of
        // Human Resources" → "… of Curriculum and Instruction".)
        ([...words(f.before), ...words(f.after)].some(isPortfolio) || fieldAfterOf(f, found)),
    )
  )
    return true;
  // One noun for a person's work put for another, everything else alike, read as rewording.
  // (Not "a lawyer" → "an attorney", the same role in other words, which the edit reader knows: edits.ts.)
  if (!findings.every((f) => f.type === 'cosmetic' && !/same role/.test(f.reason))) return false;
  const before = words(found.wrong);
  const after = words(found.right);
  if (before.length !== after.length) return false;
  const changed = before.map((w, k) => [w, after[k]!] as const).filter(([a, b]) => a !== b);
  return changed.length === 1 && changed.every(([a, b]) => isPostWord(a) && isPostWord(b));
}

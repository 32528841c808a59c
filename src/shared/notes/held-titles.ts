/**
 * A title someone holds, with capitals of its own: "the BBC's North America editor Jon Sopel",
 * "Senator Ada Marsh, a Vermont Democrat", "Ada Marsh, the Labour MP for Leeds North". A word of
 * it put right ("Washington correspondent" → "North America editor", "Republican" → "Democrat",
 * "Leeds East" → "Leeds North") is the person's title corrected — the person stays the same —
 * never "a person named in it, who is North America".
 */
import { plainText } from './sentences';
import { personName } from './names';
import { HONORIFIC, PARTY } from './person-words';

/** Two or more capitalized words: a person's name as a title sits beside it. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+)+`;
/** "Ada Marsh, a Vermont Democrat": the title after the name's comma, to the next comma or stop. */
/** "Mr. Reeves", "Dr Ames": a surname on second reference. */
const HONORED = String.raw`${HONORIFIC}\.?\s+\p{Lu}[\p{L}'’-]+`;
const AFTER_NAME = new RegExp(String.raw`(${NAME}|${HONORED}),\s+((?:(?:the|a|an)\s+)?[^,.;"“”]{2,120}?)(?=\s*(?:[,.;]|$))`, 'gu');
/** "the BBC's North America editor Jon Sopel": capitals, then the post's noun, then the name. */
const BEFORE_NAME = new RegExp(
  String.raw`(?:\bthe\s+|[\p{L}.]+['’]s?\s+)((?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:\p{Ll}+\s+){0,2}\p{Ll}{4,})\s+(${NAME})`,
  'gu',
);
/** Not a title: a relative clause or a verb phrase after the name ("Ada Marsh, who lives …"). */
const NOT_TITLE = /^(?:who|whom|whose|which|that|where|when|said|says|\p{Ll}+ed|\p{Ll}+ing)\b/u;
/** The noun a post ends on: "editor", "correspondent", "chief", "spokeswoman". */
const POST_NOUN = /(?:or|er|ist|ent|ant|ian|man|woman|person|chief|head|secretary|envoy|member|MP)$/;

/** The person and the title holding `word` in `sentence`, or null when `word` is no part of a title held. */
export function titleHeld(sentence: string, word: string): { name: string; right: string } | null {
  // ("of Harwick College" names a college, not a post: below.)
  const s = plainText(sentence);
  const inside = (phrase: string) =>
    new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(phrase);
  for (const m of s.matchAll(AFTER_NAME)) {
    const name = personName(m[1]!);
    const title = m[2]!;
    // The title ends on a post or a party ("a Vermont Democrat", "the Labour MP for Leeds North").
    const words = title.split(/\s+/);
    const holds = words.some((w) => PARTY.test(w) || (POST_NOUN.test(w) && /^\p{Ll}|^MP$/u.test(w)));
    const institution = new RegExp(
      `\\b(?:of|at)\\s+(?:the\\s+)?(?:\\p{Lu}\\S*\\s+)*${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      'u',
    ).test(title);
    const named = name.split(' ').length >= 2 || new RegExp(`^${HONORED}$`, 'u').test(m[1]!);
    if (name && named && !inside(m[1]!) && inside(title) && !NOT_TITLE.test(title) && holds && !institution) {
      // "research director at the foundation and a co-author of the study": the title stops at the
      // title; a second description after "and a" is no part of it (review 11a).
      const first = title.split(/\s+and\s+(?=(?:a|an|the)\s)/)[0]!;
      return { name, right: (inside(first) ? first : title).replace(/^(?:the|a|an)\s+/, '') };
    }
  }
  for (const m of s.matchAll(BEFORE_NAME)) {
    const name = personName(m[2]!);
    const title = m[1]!;
    if (name && name.split(' ').length >= 2 && inside(title) && !inside(m[2]!) && POST_NOUN.test(title)) return { name, right: title };
  }
  return null;
}

/**
 * A title joined by "of" before a person's name: "Secretary of State Lena Moss", "Minister of
 * Finance Ola Brandt", "Chief of Staff Bo Kim". The words after "of" are the post's, not a place the
 * speaker stood in nor the person's name: the speaker is the person whose first and last names end
 * the run. Only after a title word ("Bank of Avon Hill" is a body, never a person).
 */
import { escapeRegExp, isTitleWord } from './names';

const CAP = String.raw`\p{Lu}[\p{L}.'’-]*`;
const TITLE_OF_NAME = new RegExp(String.raw`^(?:the\s+)?(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?(?:${CAP}\s+){1,3}?(${CAP}\s+${CAP})$`, 'u');

/** The person's name a titled run ends on ("Lena Moss"); '' when the run is no title with "of" before a name. */
export function nameAfterTitleOf(raw: string): string {
  const m = TITLE_OF_NAME.exec(raw.trim());
  return m && isTitleWord(m[1]!) ? m[2]! : '';
}

/**
 * A person's introduction read back from their surname stops at "of" ("State Lena Moss" from
 * "Secretary of State Lena Moss"): the title word before "of" is part of it, and the note
 * introduces them whole. The introduction itself when no title stands before it.
 */
export function withTitleOf(introduced: string, articleText: string): string {
  if (!introduced) return introduced;
  const before = new RegExp(String.raw`\b(\p{Lu}\p{Ll}+)\s+of\s+${escapeRegExp(introduced)}\b`, 'u').exec(articleText);
  return before && isTitleWord(before[1]!) ? `${before[1]} of ${introduced}` : introduced;
}

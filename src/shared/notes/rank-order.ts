/**
 * A rank printed after the body a post serves: "Fire Deputy Chief Lena Moritz", "Police Asst. Chief
 * Omar Hale". Capitalized before a name, departments print the title their own way; spelled out in
 * running text, AP puts the rank first — "deputy fire chief", "assistant police chief", "acting
 * county administrator" — and so does the note.
 */

/** Words that rank a post without being one: the deputy, the assistant, the stand-in. */
const RANK = /^(?:deputy|assistant|associate|acting|interim)$/;

/** Words for the body a post serves, which stand right before the post's noun in running text. */
const BODY = /^(?:fire|police|city|county|state|town|school|village)$/;

/** Posts a body's deputy holds: "deputy fire chief", "assistant city attorney". */
const POST = /^(?:chief|commissioner|director|manager|administrator|superintendent|attorney|clerk|engineer|marshal|treasurer|auditor)$/;

/** "fire deputy chief" → "deputy fire chief"; any other title as it was. */
export function rankFirst(title: string): string {
  const words = title.split(' ');
  // Only body, rank and the post's noun that ends the title: "fire assistant chief".
  const at = words.length - 3;
  if (at < 0 || !BODY.test(words[at]!) || !RANK.test(words[at + 1]!) || !POST.test(words[at + 2]!)) return title;
  return [...words.slice(0, at), words[at + 1]!, words[at]!, words[at + 2]!].join(' ');
}

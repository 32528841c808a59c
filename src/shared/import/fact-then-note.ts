/**
 * A correction that states the right fact first and then, in its last sentence, the note about the
 * earlier version: "The U.S. government approved billions of dollars in aid for U.S. farmers in 2019.
 * A previous version of the graphic said millions." (NPR), "X is a senior in high school. A page-one
 * article … incorrectly identified her as a college freshman." The closing sentence would be a note
 * on its own; the sentences before it are the fact it puts right, told in the newsroom's own voice —
 * no quotation and no speaker ("…, officials said" makes the paragraph a report with a note run on,
 * not a correction item). At most two such sentences, and only under the copy, where a corrections
 * item stands.
 */
const QUOTED = /["“”‘’]\s|\s["“‘]|^["“‘]/u;
const ATTRIBUTED = /\b(?:said|says|told|according to|reported|announced|added|stated)\b/i;

/** The paragraph's sentences, the last of them a note by itself (`closingNote`), the others plain fact. */
export function closesOnNoteAfterFact(sentences: string[], closingNote: (sentence: string) => boolean): boolean {
  if (sentences.length < 2 || sentences.length > 3) return false;
  const facts = sentences.slice(0, -1);
  if (facts.some((s) => QUOTED.test(s) || ATTRIBUTED.test(s) || s.endsWith('?'))) return false;
  return closingNote(sentences.at(-1)!);
}

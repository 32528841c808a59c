/**
 * An editor's note that points the reader elsewhere: "Editor's note: Find the latest COVID-19 news
 * and guidance in Medscape's Coronavirus Resource Center.", "Editor's note: Read our full coverage
 * of the trial here." It opens on what the reader should do (find, read, see, visit, sign up …)
 * and names no change to this piece: page furniture, not a note. ("Editor's note: See the
 * correction below" names one, and stays a note by the caller's error words.)
 */
const POINTER = /^(?:find|read|see|visit|follow|sign up|subscribe|click|tap|listen|watch|go to|head to|check out|learn more|get)\b/i;

export function pointsReaderElsewhere(text: string): boolean {
  return POINTER.test(text.trim());
}

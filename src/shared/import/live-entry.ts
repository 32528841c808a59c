/**
 * A live page's entry under the copy: its clock, a colon and what happened then — "7:02 p.m.:
 * Highway 5 remains closed …", "8.00PM: Crews have …", "Wednesday, Nov. 24 at 8:49 p.m.: …". Local
 * stations and papers post a running story's developments so, newest last or newest first, and
 * the entry under the copy is the story's update at that clock.
 *
 * Read only as the last paragraph under the copy (assemble.ts), never above it, only when the copy
 * holds no other such entry (a live blog's entries are its copy), and only with an AP clock
 * before the colon and a whole sentence after it: a schedule's "7 p.m.: Doors open." is too
 * short to be a development.
 */
import { readDateAndClock } from './note-date';
import { readNoteLine, type NoteLine } from './note-line';

const ENTRY = /^(.{2,60}?)\s*:\s+(\S.*)$/s;
/**
 * The same entry with no colon, its clock run in before the sentence ("3:16 p.m. All power seems to
 * be restored …"), or printed on a line of its own above it ("11 a.m." over "Authorities say …",
 * which the importer joins into one paragraph), its zone or a dash after it ("3:16 p.m. ET — …",
 * "(3:16 p.m.) …", "[3:16 p.m.] …"): an AP clock alone, then a capital. A clock that
 * opens a sentence about a day or a time ("10 a.m. Saturday is the deadline …", "7 p.m. Friday at
 * the library") is copy: the word after the clock must not be a day, a month or a time word.
 */
const RUN_IN =
  /^([([]?(?:\d{1,2}(?::\d{2})?\s*[aApP]\.[mM]\.|noon|midnight)(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST))?[)\]]?)\s*(?:[—–-]\s*)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:Today|Tonight|Tomorrow|Yesterday|Noon|Midnight|[ECMP][SD]?T|GMT|UTC|BST)\b)(\p{Lu}.*)$/su;
// A clock in the AP's style ("7:02 p.m.", "noon"), as the local newsrooms that post entries under
// a story print it: the Guardian's live blogs print "9.33am:" on every entry of their copy, and a
// live page's "October 11, 2016 at 10:25 AM:" entry is copy too, so "am"/"pm" is no sign of a note.
const AP_CLOCK = /\d\s*[ap]\.m\.|\b(?:noon|midnight)\b/i;
/** At least six words, opening with a capital or a figure, closing like a sentence. */
const SENTENCE = /^[\p{Lu}\p{N}"“'‘][^]*[.!?"”'’)]$/u;

export function readLiveEntry(line: string): NoteLine | null {
  const m = ENTRY.exec(line.trim()) ?? RUN_IN.exec(line.trim());
  if (!m) return null;
  const [, stamp, text] = m as unknown as [string, string, string];
  const dated = readDateAndClock(stamp.replace(/^[([](.*)[)\]]$/, '$1'));
  if (!dated || dated.rest.trim() !== '' || dated.hour === undefined) return null;
  if (!AP_CLOCK.test(stamp)) return null;
  if (!SENTENCE.test(text) || text.split(/\s+/).length < 6) return null;
  // Another clock and colon inside is a schedule run together, not one entry.
  if (/\d\s*(?:[ap]\.?\s?m\.?|[AP]M)\s*:/i.test(text)) return null;
  const own = readNoteLine(text, true);
  const note: NoteLine = { kind: own?.kind ?? 'update', text: own?.text ?? text, hour: dated.hour, minute: dated.minute };
  if (dated.month !== undefined) Object.assign(note, { month: dated.month, day: dated.day });
  if (dated.year !== undefined) note.year = dated.year;
  return note;
}

/**
 * The masthead's change stamps: "Published: 06 Nov. 2024, 11:43", "Updated Nov. 6, 2025 3:02 p.m.".
 * A stamp says when the page changed, never what changed: it fills firstPublishedAt / updatedAt,
 * and is never an update note.
 */
import { isoFromWallClock, parseStamp } from '../text/dates';
import { readDateAndClock } from './note-date';

export type StampKind = 'published' | 'updated';

const STAMP = /^(published|first published|posted|updated|last updated|modified|last modified)\s*(?:on|at)?\s*:?\s+(.{6,200})$/i;

/**
 * A headline's small words, capitalised in title case ("Power Restored To Most Homes", "Union
 * Rejects Offer From Staff"): a person's name never holds one, so a run that does is a note's text.
 */
const TITLE_CASE_SMALL_WORD = String.raw`(?:To|From|Of|In|On|At|For|With|Into|Over|After|Before|Amid|As|Is|Are|Was|Were|Has|Have|Will|Be)(?![\p{L}.'’-])`;
/** A name in a byline: a capitalised word, or a particle inside a name ("Ana de la Cruz"). */
const NAME_WORD = String.raw`(?!${TITLE_CASE_SMALL_WORD})\p{Lu}[\p{L}.'’-]*`;
// A surname may be a small word of title case ("George Will", "Ana To"), but only as the name's last word.
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:de|da|del|la|le|van|von|der|bin|al)\s+)*${NAME_WORD})*(?:\s+${TITLE_CASE_SMALL_WORD}(?=\s*(?:,|and\b|&|$)))?`;
/** A writer's title after the names: "…, Staff Writer", "…, Senior Correspondent". */
const JOB_TITLE = String.raw`,\s+(?:(?:Staff|Senior|Chief|Contributing|Freelance|Special|Political|Business)\s+)?(?:Writer|Reporter|Correspondent|Editor|Columnist)s?`;
/** "— By Monday Evening" is a time, not a writer: a day, a month or a part of the day opens no byline. */
const NOT_A_NAME = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Noon|Midnight|Midday|Dawn|Dusk|Nightfall|Daybreak|Sunrise|Sunset|Tonight|Morning|Evening|Afternoon|Tomorrow|Today|Then|Now|Late|Early|Last)\b`;
/** A news agency credited alone after the stamp: "— The Associated Press", "- Reuters". */
const AGENCY = String.raw`(?:[Tt]he\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse|Bloomberg(?:\s+News)?|(?:The\s+)?Canadian\s+Press|PA\s+Media|Press\s+Association|UPI|dpa)`;
/**
 * A byline printed after the stamp on the same line: "— By Jane Roe and Tom Hale", " by Jane Roe,
 * Staff Writer", "- Dayton Daily News staff", "— Staff and wire reports". No "i" flag: the names
 * are told by their capitals, so "— Police said …" and "- by noon the road …" stay a note's text.
 */
const CREDIT = new RegExp(
  String.raw`^(.*?)(?:\s*[—–-]\s*|\s+(?=[Bb]y\s))((?:[Bb]y|BY)\s+(?!(?:${NOT_A_NAME})(?:\s*(?:,|$)|\s+(?:${NOT_A_NAME}|\p{Ll})))${NAME}(?:\s*(?:,|and|&)\s*${NAME})*?(?:${JOB_TITLE})?|(?:[Ff]rom\s+)?(?:${NAME}\s+)?(?:[Ss]taff|STAFF)(?:\s+and\s+[Ww]ire)?(?:\s+[Rr]eports?|\s+[Ww]riters?)?|[Ww]ire\s+[Rr]eports|${AGENCY})\s*$`,
  'u',
);
const JOB_TITLE_AT_END = new RegExp(`${JOB_TITLE}$`, 'u');

/** A separator, then words of a sentence: "…: The operator confirmed …", "… — Police said …". */
const TEXT_AFTER = /(?::|\s[—–-])\s+\p{L}[\p{L}'’-]*\s+\p{L}+/u;

export interface StampLine {
  kind: StampKind;
  iso: string;
  /**
   * The byline printed after the stamp ("By Jane Roe and Tom Hale", "Dayton Daily News staff"),
   * its writer's title set aside: read as the byline, never as a note's text.
   */
  credit?: string;
}

/** "Published: 06 Nov. 2024, 11:43" → the ISO wall-clock time, keeping the clock. */
export function readStampLine(line: string): StampLine | null {
  const m = STAMP.exec(line.trim());
  if (!m) return null;
  // "Updated Nov. 6, 2025 — By Jane Roe and Tom Hale": the stamp, then its byline.
  const credited = CREDIT.exec(m[2]!);
  if (credited) {
    const stamp = readStampLine(`${m[1]} ${credited[1]}`);
    if (stamp) return { ...stamp, credit: credited[2]!.replace(JOB_TITLE_AT_END, '') };
  }
  if (m[2]!.length > 60) return null;
  // "Updated Nov. 6, 2025 3:40 p.m. ET: The operator confirmed the fares." is a dated note, not a
  // stamp: words after a separator would be lost with the stamp.
  if (TEXT_AFTER.test(m[2]!)) return null;
  // "Updated at 3:40 p.m. ET Nov. 6, 2025 with comment from …": words after the date are a note's.
  const dated = readDateAndClock(m[2]!);
  if (dated && dated.rest !== m[2] && /\p{L}{2,}\s+\p{L}/u.test(dated.rest)) return null;
  const iso = parseStamp(m[2]!) ?? numericStamp(dated);
  if (!iso) return null;
  const word = m[1]!.toLowerCase();
  return { kind: /updated|modified/.test(word) ? 'updated' : 'published', iso };
}

/**
 * "UPDATED: 11/6/2025 at 3:40 p.m.": a numeric date, read as note lines read theirs (month first
 * unless the first number cannot be one). Unread, the line passed for a note's label over the
 * paragraph under it, and at the top that paragraph is the lead, taken out of the copy.
 */
function numericStamp(dated: ReturnType<typeof readDateAndClock>): string | null {
  if (!dated || dated.rest.trim() !== '' || !dated.month || !dated.day || !dated.year) return null;
  if (dated.month > 12 || dated.day > 31 || (dated.hour ?? 0) > 23 || (dated.minute ?? 0) > 59) return null;
  return isoFromWallClock({
    year: dated.year,
    month: dated.month,
    day: dated.day,
    hour: dated.hour ?? 0,
    minute: dated.minute ?? 0,
    offset: '',
  });
}

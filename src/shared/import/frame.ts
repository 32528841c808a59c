/**
 * The frame around an article's copy: the masthead (stamps, bylines) and the tail (update and
 * correction notes, sign-offs, furniture). Importers feed it lines; it turns them into fields,
 * resolving "Update, Nov. 6" to a full date with the year the article itself gives.
 */
import type { ArticleContent, ArticleNote, Byline } from '../article/article';
import { isoFromWallClock, nowIso, wallClock, type WallClock } from '../text/dates';
import {
  isFurnitureLine,
  isTailFurnitureLine,
  readBylineLine,
  readNoteLine,
  readOwnCorrective,
  readStampLine,
  type NoteLine,
} from './frame-lines';
import { isSelfLabelled } from '../notes/format';

export type FrameFields = Pick<
  Partial<ArticleContent>,
  'bylines' | 'firstPublishedAt' | 'updatedAt' | 'notes' | 'status' | 'section' | 'deck' | 'dateline'
>;

/** "Section: World", as the text export writes an article's section in its masthead. */
export const SECTION_LINE = /^Section:\s*(\S.{0,199})$/;

type TailLine = { kind: 'note'; note: NoteLine } | { kind: 'signoff'; names: string[]; email?: string } | { kind: 'furniture' };

// A label after the mark ("* Update 9/20: …") is read by the note reader itself, which weighs the
// mark: a calendar's starred items are copy.
const FOOTNOTE_MARK = /^[*•†]\s+(?!(?:updated?|correction|corrected|clarification|editor'?’?s?\s+note)\b)(?=\S)/i;

/** What a line after the copy is, or null when it is copy. */
export function readTailLine(line: string): TailLine | null {
  const text = line.trim();
  if (!text) return null;
  // A footnote's star or bullet before a note's own sentence ("* An earlier version of this
  // column …", the Guardian's "• This article was amended …") marks it off from the copy.
  const note = readNoteLine(text, true) ?? (FOOTNOTE_MARK.test(text) ? readNoteLine(text.replace(FOOTNOTE_MARK, ''), true) : null);
  if (note) return { kind: 'note', note };
  // "Updated Nov. 6, 2025 — By Jane Roe" under the copy: the stamp's byline signs the story off.
  const credit = creditOf(text);
  if (credit) return { kind: 'signoff', names: credit.names, email: credit.email };
  if (isFurnitureLine(text) || isTailFurnitureLine(text)) return { kind: 'furniture' };
  const byline = readBylineLine(text);
  if (byline && !byline.emailOnly && /^(?:written\s+)?by\s/i.test(text))
    return { kind: 'signoff', names: byline.names, email: byline.email };
  return null;
}

/**
 * Where the page printed the note's date (ArticleNote.printedDate): nowhere when the line gave no
 * date or clock ("Correction: An earlier version …"), so an export never prints the day we filled
 * in; in the label when the label gave it and the words after it name their own kind without a
 * date ("Update 08/26/26 4:45pm ET: This story has been updated …"), so an export prints the label
 * again rather than the sentence alone; otherwise the house label or the sentence prints it.
 */
function printedDateOf(note: NoteLine): ArticleNote['printedDate'] {
  if (note.month === undefined && note.hour === undefined) return 'none';
  if (!isSelfLabelled(note.text)) return undefined;
  const own = readNoteLine(note.text);
  return own && (own.month !== undefined || own.hour !== undefined) ? undefined : 'label';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The byline a stamp line prints after its date ("Updated Nov. 6, 2025 — By Jane Roe"), read as bylines are. */
function creditOf(line: string): ReturnType<typeof readBylineLine> {
  const credit = readStampLine(line)?.credit;
  if (!credit) return null;
  const byline = readBylineLine(credit) ?? readBylineLine(`- ${credit}`, true) ?? readBylineLine(`By ${credit}`);
  return byline && !byline.emailOnly && byline.names.length > 0 ? byline : null;
}

/** True when the line is masthead (a stamp, a byline, furniture or a dated note), copy otherwise. */
export function isMastheadLine(line: string): boolean {
  const text = line.trim();
  return (
    !!text && (!!readStampLine(text) || isFurnitureLine(text) || SECTION_LINE.test(text) || !!readBylineLine(text) || !!readNoteLine(text))
  );
}

/** "EL PASO, Texas" and "EL PASO, Texas (AP)" name one place. */
function samePlace(a: string, b: string): boolean {
  const place = (s: string) =>
    s
      .replace(/\([^()]*\)/g, '')
      .replace(/[^\p{L}]+/gu, ' ')
      .trim()
      .toLowerCase();
  return place(a) === place(b);
}

/** The note with the place printed before its label put back before its text ("LAS CRUCES, N.M. — Police say …"). */
function placeInText(note: NoteLine): NoteLine {
  return { ...note, text: `${note.dateline} — ${note.text}`, dateline: undefined };
}

export class ArticleFrame {
  firstPublishedAt: string | undefined;
  updatedAt: string | undefined;
  section: string | undefined;
  /** The place printed before a note's label at the top, when the article gives no other. */
  dateline: string | undefined;
  /** The line under the headline the text importer found to be the deck. */
  deck: string | undefined;
  readonly bylines: Byline[] = [];
  private readonly notes: NoteLine[] = [];
  /** The day the copy's wire dateline prints ("LONDON, March 3 (Reuters) - …"), for notes when the page prints no stamp. */
  private copyDay: { month: number; day: number } | undefined;
  /**
   * The masthead's and the tail's own lines as printed (bylines, stamps, source and copyright
   * lines): where the page names its publication, so a correction naming it is the paper's own.
   */
  private readonly furniture: string[] = [];

  /** Keeps a line of the page's own furniture, to know the publication's name by (ownsName). */
  seeFurniture(line: string): void {
    if (this.furniture.length < 100) this.furniture.push(line.trim());
  }

  /**
   * True when the page's masthead or tail prints `name` ("The Globe and Mail" in "By Jane Roe, The
   * Globe and Mail" or "© 2025 The Globe and Mail Inc."), its "The" included, as whole words.
   */
  ownsName(name: string): boolean {
    const norm = (s: string) =>
      s
        .toLowerCase()
        .replace(/\s*&\s*/g, ' and ')
        .replace(/\s+/g, ' ')
        .trim();
    const wanted = norm(name);
    if (wanted.replace(/^the /, '').length < 3) return false;
    return this.furniture.some((line) =>
      ` ${norm(line)
        .replace(/[^\p{L}\d'’ ]+/gu, ' ')
        .replace(/\s+/g, ' ')} `.includes(` ${wanted} `),
    );
  }

  /** Under the copy, a correction naming the page's own publication (readOwnCorrective). */
  ownCorrective(line: string): NoteLine | null {
    return readOwnCorrective(line, (name) => this.ownsName(name));
  }

  /** Reads a masthead line; true when it was masthead and is used up. */
  takeMastheadLine(line: string, bylinesToo = true): boolean {
    const text = line.trim();
    if (!text) return false;
    const taken = this.readMastheadLine(text, bylinesToo);
    if (taken) this.seeFurniture(text);
    return taken;
  }

  private readMastheadLine(text: string, bylinesToo: boolean): boolean {
    const stamp = readStampLine(text);
    if (stamp) {
      if (stamp.kind === 'published') this.firstPublishedAt ??= stamp.iso;
      else this.updatedAt ??= stamp.iso;
      // "Updated Nov. 6, 2025 — By Jane Roe": the byline after the stamp, read as bylines are.
      const credit = creditOf(text);
      if (credit) this.addBylines(credit.names, credit.email);
      return true;
    }
    if (isFurnitureLine(text)) return true;
    const section = SECTION_LINE.exec(text);
    if (section) {
      this.section ??= section[1]!.trim();
      return true;
    }
    // Some sites print corrections above the copy.
    const note = readNoteLine(text);
    if (note) {
      this.addNote(note);
      return true;
    }
    if (!bylinesToo) return false;
    const byline = readBylineLine(text, true);
    if (!byline) return false;
    if (byline.emailOnly) {
      // "- email" belongs to the name above it.
      const last = this.bylines[this.bylines.length - 1];
      if (last && !last.email) last.email = byline.email ?? '';
      return true;
    }
    this.addBylines(byline.names, byline.email);
    return true;
  }

  /** Reads a line after the copy; true when it was tail and is used up. */
  takeTailLine(line: string): boolean {
    const own = readTailLine(line) ? null : this.ownCorrective(line);
    if (own) {
      this.addNote(own);
      return true;
    }
    const tail = readTailLine(line);
    if (!tail) return false;
    if (tail.kind !== 'note') this.seeFurniture(line);
    if (tail.kind === 'note') this.addNote(tail.note);
    // A sign-off repeats the byline; when the masthead had none, it is the byline.
    if (tail.kind === 'signoff') this.addBylines(tail.names, tail.email);
    return true;
  }

  /**
   * A note printed after a dateline ("EL PASO, Texas - UPDATE #3 …") gives the story its dateline;
   * a second place, or one the article prints otherwise (keepDateline), goes back before the note's
   * text, so no word of the line is lost.
   */
  addNote(note: NoteLine): void {
    if (note.dateline && this.dateline === undefined) this.dateline = note.dateline;
    // A second note's place ("LAS CRUCES, N.M. - UPDATE #4 …" under an El Paso note) is not the
    // story's dateline: it goes back before its own text at once, so no place is dropped.
    else if (note.dateline && !samePlace(note.dateline, this.dateline!)) note = placeInText(note);
    this.notes.push(note);
  }

  /** The day the copy's dateline prints: the story's day when no stamp gives one. */
  seeCopyDay(day: { month: number; day: number } | null): void {
    if (day) this.copyDay = day;
  }

  /**
   * The copy's day as a date: the latest such day not after `now` (a wire story dated Dec. 30 and
   * read on Jan. 2 ran last year), at the start of the day.
   */
  private copyDayIso(now: Date): string | undefined {
    if (!this.copyDay) return undefined;
    const today = wallClock(nowIso(now));
    if (!today) return undefined;
    const { month, day } = this.copyDay;
    const year = month > today.month || (month === today.month && day > today.day) ? today.year - 1 : today.year;
    if (day > daysInMonth(year, month)) return undefined;
    return isoFromWallClock({ year, month, day, hour: 0, minute: 0, offset: '' });
  }

  /** The dateline the notes gave, unless the article has its own: then each note keeps its place in its text. */
  keepDateline(articleDateline: string | undefined): void {
    if (articleDateline === undefined || this.dateline === undefined) return;
    this.dateline = undefined;
    for (const [i, note] of this.notes.entries()) {
      if (note.dateline && !samePlace(note.dateline, articleDateline)) this.notes[i] = placeInText(note);
    }
  }

  private addBylines(names: string[], email: string | undefined): void {
    for (const [i, name] of names.entries()) {
      const known = this.bylines.find((b) => b.name.toLowerCase() === name.toLowerCase());
      // One address printed after several names belongs to the last of them.
      const address = i === names.length - 1 ? (email ?? '') : '';
      if (known) {
        if (!known.email && address) known.email = address;
      } else if (this.bylines.length < 50) {
        this.bylines.push({ name, email: address });
      }
    }
  }

  /** The fields this frame gives the article; `now` only dates notes when the article has no date. */
  fields(now: Date = new Date()): FrameFields {
    const out: FrameFields = {};
    if (this.bylines.length) out.bylines = this.bylines.map((b) => ({ ...b }));
    if (this.firstPublishedAt) {
      out.firstPublishedAt = this.firstPublishedAt;
      out.status = 'published';
    }
    if (this.updatedAt) out.updatedAt = this.updatedAt;
    if (this.section) out.section = this.section;
    if (this.deck) out.deck = this.deck;
    if (this.dateline) out.dateline = this.dateline;
    if (this.notes.length) {
      const bound = this.updatedAt ? wallClock(this.updatedAt) : null;
      const notes = this.notes.map((n) => this.resolveNote(n, now, bound));
      out.notes = notes;
      // A page with no update stamp whose notes print their year ("Update, Nov. 6, 2023: …") was last
      // updated by its latest note, as the app stamps an article when a note is added; the stamp
      // carries that year through an export whose AP labels print none.
      // Only notes that print their year and month count: an undated "UPDATE: …" was dated with the
      // import time, which no page printed (and would move the dated notes' year on the way back).
      const printed = notes.filter((_, i) => this.notes[i]!.year !== undefined && this.notes[i]!.month !== undefined);
      const latest = printed.map((n) => n.date).reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
      if (!this.updatedAt && latest !== undefined && (!this.firstPublishedAt || latest > this.firstPublishedAt)) out.updatedAt = latest;
    }
    return out;
  }

  private resolveNote(note: NoteLine, now: Date, bound: WallClock | null): ArticleNote {
    const printedDate = printedDateOf(note);
    // "UPDATE #3 (11:34 p.m.) -- …": the clock the page printed, which an export prints back.
    const printedClock = note.hour !== undefined;
    return { ...this.resolveDate(note, now, bound), ...(printedDate ? { printedDate } : {}), ...(printedClock ? { printedClock } : {}) };
  }

  private resolveDate(note: NoteLine, now: Date, bound: WallClock | null): ArticleNote {
    const published = this.firstPublishedAt ? wallClock(this.firstPublishedAt) : null;
    const updated = this.updatedAt ? wallClock(this.updatedAt) : null;
    const fallback = this.updatedAt ?? this.firstPublishedAt ?? this.copyDayIso(now) ?? nowIso(now).slice(0, 19);
    if (note.month === undefined || note.day === undefined) {
      // "Updated at 3:40 p.m.": the clock printed, on the day the article's stamps give.
      const day = note.hour !== undefined ? wallClock(fallback) : null;
      // "Update (2025): …": the year alone is the note's date — the stamp's day when the stamp falls
      // in that year, else the year's first day (printed nowhere: the export prints no date).
      const inYear = note.year !== undefined && wallClock(fallback)?.year !== note.year;
      const date = inYear
        ? isoFromWallClock({ year: note.year!, month: 1, day: 1, hour: 0, minute: 0, offset: '' })
        : day
          ? isoFromWallClock({ ...day, hour: note.hour!, minute: note.minute ?? 0 })
          : fallback;
      return { kind: note.kind, date, text: note.text };
    }
    const month = note.month;
    let year = note.year;
    if (year === undefined) {
      const explicit = this.notes.filter((n) => n.year !== undefined).map((n) => n.year!);
      // The latest such day not after the article's last update — the way a
      // reader dates "Update, Nov. 6:" on a page updated Feb. 10, 2025 — unless that falls before
      // the article was published.
      const latest = bound ? bound.year - (month > bound.month || (month === bound.month && note.day > bound.day) ? 1 : 0) : undefined;
      const beforePublished =
        latest !== undefined &&
        !!published &&
        (latest < published.year ||
          (latest === published.year && (month < published.month || (month === published.month && note.day < published.day))));
      if (latest !== undefined && !beforePublished) {
        year = latest;
      } else if (published) {
        // A note dated before the publishing day belongs to the next year (Dec. 30 → Jan. 2).
        const before = month < published.month || (month === published.month && note.day < published.day);
        year = published.year + (before ? 1 : 0);
      } else if (explicit.length) {
        year = Math.max(...explicit);
      } else {
        year = now.getFullYear();
      }
    }
    const day = Math.min(note.day, daysInMonth(year, month));
    // The clock of the stamp printed for the same day, so "Update, Nov. 6" under
    // "Updated: 06 Nov. 2024, 17:36" is the update of 17:36.
    const sameDay = [updated, published].find((w) => w && w.year === year && w.month === month && w.day === day);
    // A clock printed with the note ("UPDATE, Sept. 3, 4:05 p.m. ET") is the note's own.
    const hour = note.hour ?? sameDay?.hour ?? 0;
    const minute = note.hour !== undefined ? (note.minute ?? 0) : (sameDay?.minute ?? 0);
    const date = isoFromWallClock({ year, month, day, hour, minute, offset: sameDay?.offset ?? '' });
    return { kind: note.kind, date, text: note.text };
  }
}

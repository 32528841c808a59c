/**
 * Reading the lines news sites print around an article: the masthead under the headline
 * (Published / Updated stamps, bylines) and the tail after the last paragraph (update and
 * correction notes, a sign-off repeating the byline, comment prompts). Each function reads
 * one line and says what it is, or null when the line is copy.
 */
import { monthFromWord, parseStamp } from '../text/dates';
import type { NoteKind } from '../article/article';

export type StampKind = 'published' | 'updated';

const STAMP = /^(published|first published|posted|updated|last updated|modified|last modified)\s*(?:on|at)?\s*:?\s+(.{6,60})$/i;

/** "Published: 06 Nov. 2024, 11:43" → the ISO wall-clock time, keeping the clock. */
export function readStampLine(line: string): { kind: StampKind; iso: string } | null {
  const m = STAMP.exec(line.trim());
  if (!m) return null;
  const iso = parseStamp(m[2]!);
  if (!iso) return null;
  const word = m[1]!.toLowerCase();
  return { kind: /updated|modified/.test(word) ? 'updated' : 'published', iso };
}

// ---------------------------------------------------------------- bylines

const EMAIL = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/;
/** Some sites hide addresses behind this placeholder; it is an email line with no address. */
const HIDDEN_EMAIL = /^\[?\s*email(?:&#160;|\s)protected\s*\]?$/i;
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'binti', 'al', 'el', 'y', 'ten', 'ter']);

export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** A person's name as bylines print it: capitalised words ("MICHAEL LEE", "Ana de la Cruz"). */
export function isNameLike(text: string): boolean {
  const name = text.trim();
  if (name.length < 2 || name.length > 80) return false;
  if (!/^[\p{L}][\p{L}\p{M}.'’\- ]*$/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((w) => PARTICLES.has(w.toLowerCase()) || /^[\p{Lu}\p{Lo}]/u.test(w));
}

/** Any short run of words that does not read as a sentence. */
function isLooseName(text: string): boolean {
  return text.length <= 100 && text.split(/\s+/).length <= 8 && /^\p{L}/u.test(text) && !/[.!?:;]$/.test(text.replace(/\b\p{Lu}\.$/u, ''));
}

export interface BylineLine {
  names: string[];
  /** The address printed with the name; "" when hidden or absent. */
  email?: string;
  /** True for a line that is only an address ("- desk@example.org"). */
  emailOnly?: boolean;
}

function splitNames(text: string): string[] | null {
  const parts = text.split(/\s*(?:,|;|&|\band\b)\s*/i).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return null;
  return parts.every(isNameLike) ? parts : null;
}

function emailOf(text: string): string | null {
  const t = text.trim().replace(/^mailto:/i, '');
  if (HIDDEN_EMAIL.test(t)) return '';
  return isEmail(t) ? t : null;
}

/**
 * Byline lines: "- MICHAEL LEE", "- desk@example.org", "By Ana Ruiz", "By Ana Ruiz and Ben Ode",
 * "BY MICHAEL LEE [desk@example.org]", "By Ana Ruiz, ana@example.org".
 */
export function readBylineLine(line: string, lenientDash = false): BylineLine | null {
  const text = line.trim();
  // Bylines are short; the patterns below must never meet a paragraph-sized line.
  if (text.length > 300) return null;
  const dash = /^[-–—•*·]\s+(.+)$/.exec(text);
  const by = /^(?:written\s+)?by\s+(.+)$/i.exec(text);
  const rest = (dash ?? by)?.[1]?.trim();
  if (!rest) return null;
  if (dash) {
    const email = emailOf(rest);
    if (email !== null) return { names: [], email, emailOnly: true };
  }
  // An address in brackets or after a comma: "NAME [email]", "NAME (email)", "NAME, email".
  const withEmail = /^(.+?)\s*(?:\[\s*(.+?)\s*\]|\(\s*(.+?)\s*\)|,\s*(\S+@\S+|\[?email protected\]?))$/i.exec(rest);
  if (withEmail) {
    const email = emailOf(withEmail[2] ?? withEmail[3] ?? withEmail[4] ?? '');
    const names = splitNames(withEmail[1]!);
    if (email !== null && names) return { names, email };
  }
  const names = splitNames(rest);
  if (names) {
    // "- Ukraine" alone could be a list of one; a dash byline needs two words or capitals.
    if (dash && names.length === 1 && !/\s/.test(names[0]!) && names[0] !== names[0]!.toUpperCase()) return null;
    return { names };
  }
  // Under a headline, "- name" lines are bylines however the desk spells them ("- staff").
  if (dash && lenientDash && isLooseName(rest)) return { names: [rest] };
  return null;
}

// ---------------------------------------------------------------- notes

export interface NoteLine {
  kind: NoteKind;
  /** Month and day as printed; year when printed. Absent for "Correction: …". */
  month?: number;
  day?: number;
  year?: number;
  text: string;
}

const NOTE = /^(update|updated|correction|corrected)\b\s*(?:,|\(|\s)?\s*(.*)$/i;
const MONTH_DAY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*\)?\s*[:—–-]\s*(.+)$/;
const DAY_MONTH = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?\s*\)?\s*[:—–-]\s*(.+)$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})\s*\)?\s*[:—–-]\s*(.+)$/;

/**
 * "Update, Nov. 6: …", "Correction, Sept. 12, 2024: …", "Correction (2024-11-06): …"; and, with
 * `undated`, "Correction: …". The note text must be a sentence, not a word.
 */
export function readNoteLine(line: string, undated = false): NoteLine | null {
  if (line.length > 6000) return null;
  const m = NOTE.exec(line.trim());
  if (!m) return null;
  const kind: NoteKind = /^correct/i.test(m[1]!) ? 'correction' : 'update';
  const rest = m[2]!;
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  let text: string | undefined;
  const md = MONTH_DAY.exec(rest);
  const dm = DAY_MONTH.exec(rest);
  const iso = ISO_DAY.exec(rest);
  if (md && monthFromWord(md[1]!)) {
    month = monthFromWord(md[1]!);
    day = Number(md[2]);
    year = md[3] ? Number(md[3]) : undefined;
    text = md[4];
  } else if (dm && monthFromWord(dm[2]!)) {
    month = monthFromWord(dm[2]!);
    day = Number(dm[1]);
    year = dm[3] ? Number(dm[3]) : undefined;
    text = dm[4];
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
    text = iso[4];
  } else if (undated) {
    const plain = /^[:—–-]\s*(.+)$/.exec(rest.trim());
    text = plain?.[1];
  }
  if (month !== undefined && (month < 1 || month > 12 || !day || day > 31)) return null;
  text = text?.trim();
  if (!text || text.split(/\s+/).length < 3) return null;
  return { kind, month, day, year, text };
}

// ---------------------------------------------------------------- furniture

/** Site furniture that is never copy, wherever it stands. */
const FURNITURE: RegExp[] = [
  /^audio report\b/i,
  /^listen to (?:this|the) (?:article|story)\b/i,
  /^to (?:write|post|leave|add|read|view) (?:a |your )?comments?\b/i,
  /^(?:please )?log ?in to (?:comment|write|post)\b/i,
  /^comments? (?:are|is) closed\b/i,
  /^\(\s*\d+\s*\/\s*\d+\s*(?:자|字|characters?|chars?)?\s*\)$/i,
  /\(\s*\d+\s*\/\s*\d+\s*(?:자|字|characters?|chars?)\s*\)$/i,
  /^advertisement$/i,
  /^(?:share|share this (?:article|story)|print|tweet|font size)$/i,
];

/** Furniture found only after the copy: credits and the like. */
const TAIL_FURNITURE: RegExp[] = [
  /^(?:copyright|©|\(c\))\s*(?:\d{4}|©)?.{0,120}$/i,
  /^all rights reserved\.?$/i,
  /^(?:with|for) the [\p{Lu}][\p{L}\p{N} .&'’-]{1,60}$/u,
  /^(?:reporting|additional reporting|editing) by [\p{Lu}].{0,120}$/u,
];

export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 200 && FURNITURE.some((re) => re.test(text));
}

export function isTailFurnitureLine(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 200 && TAIL_FURNITURE.some((re) => re.test(text));
}

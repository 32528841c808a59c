/**
 * Reading the lines news sites print around an article: the masthead under the headline
 * (Published / Updated stamps, bylines) and the tail after the last paragraph (update and
 * correction notes, a sign-off repeating the byline, comment prompts). Each function reads
 * one line and says what it is, or null when the line is copy. The stamps live in stamp-line.ts
 * and the notes in note-line.ts (re-exported here, where the importers look for them).
 */
export { readStampLine, type StampKind } from './stamp-line';
export {
  isNoteHeading,
  isSlugUnderHeadline,
  isWireSlug,
  joinNoteHeadings,
  labelOverLead,
  readNoteLine,
  readOwnCorrective,
  type NoteLine,
} from './note-line';

// ---------------------------------------------------------------- bylines

const EMAIL = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/;
/** Some sites hide addresses behind this placeholder; it is an email line with no address. */
const HIDDEN_EMAIL = /^\[?\s*email(?:&#160;|\s)protected\s*\]?$/i;
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'y',
  'ten',
  'ter',
]);

export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/**
 * A headline's small words, capitalised in title case ("Power Restored To Most Homes"): a name never
 * holds one after its first word, so "- Power Restored To Most Homes" under a stamp is a note's text
 * set on its own line, not a byline.
 */
const TITLE_CASE_SMALL_WORD = /^(?:To|From|Of|In|On|At|For|With|Into|Over|After|Before|Amid|As|Is|Are|Was|Were|Has|Have|Will|Be)$/;
function holdsTitleCaseSmallWord(words: string[]): boolean {
  // Inside the run only: a surname may be one ("George Will", "Ana To"), a headline holds it mid-line.
  return words.slice(1, -1).some((w) => TITLE_CASE_SMALL_WORD.test(w));
}

/** A person's name as bylines print it: capitalised words ("MICHAEL LEE", "Ana de la Cruz"). */
export function isNameLike(text: string): boolean {
  const name = text.trim();
  if (name.length < 2 || name.length > 80) return false;
  if (!/^[\p{L}][\p{L}\p{M}.'’\- ]*$/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 6 || holdsTitleCaseSmallWord(words)) return false;
  return words.every((w) => PARTICLES.has(w.toLowerCase()) || /^[\p{Lu}\p{Lo}]/u.test(w));
}

/** Any short run of words that does not read as a sentence (nor as a headline in title case). */
function isLooseName(text: string): boolean {
  return (
    text.length <= 100 &&
    text.split(/\s+/).length <= 8 &&
    !holdsTitleCaseSmallWord(text.split(/\s+/)) &&
    /^\p{L}/u.test(text) &&
    !/[.!?:;]$/.test(text.replace(/\b\p{Lu}\.$/u, ''))
  );
}

export interface BylineLine {
  names: string[];
  /** The address printed with the name; "" when hidden or absent. */
  email?: string;
  /** True for a line that is only an address ("- desk@example.org"). */
  emailOnly?: boolean;
}

/** An outlet's name after a byline's comma: "The Globe and Mail", "The Times of India". */
const OUTLET_NAME = /^The(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|and|of|on|&)){1,6}$/u;

function splitNames(text: string): string[] | null {
  // "By Jane Roe, The Globe and Mail": after a comma, a name opened by "The" is the outlet the
  // writer works for, whole — its "and" joins no two people.
  const parts = text
    .split(/\s*[,;]\s*/)
    .flatMap((part, k) => (k > 0 && /^The\s+\p{Lu}/u.test(part) ? [part] : part.split(/\s*(?:&|\band\b)\s*/i)))
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return null;
  return parts.every((part, k) => isNameLike(part) || (k > 0 && OUTLET_NAME.test(part))) ? parts : null;
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
  // "- By Jane Roe": the dash and the "By" both mark the byline.
  const rest = (dash ?? by)?.[1]?.trim().replace(dash ? /^(?:written\s+)?by\s+(?=\p{Lu})/iu : /^$/, '');
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
  // The page's own change stamp when it gives no date to keep ("Last updated 3:15 p.m.", "Updated 11
  // minutes ago", a lone "Updated"): it says when the page changed, not what changed, so no note.
  /^(?:posted\s+)?updated$/i,
  /^(?:last\s+)?(?:updated|modified)\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i,
  /^last\s+(?:updated|modified)\s*:?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\.?$/i,
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

/**
 * The one printer of a note as readers see it. The publish dialog's preview, the article view,
 * every export (text, Markdown, HTML, NITF, NewsML-G2, ninjs, PDF, DOCX) and the CLI call
 * `formatNote`, so a house style set in Settings reads the same everywhere.
 *
 * Three house forms:
 * - `ap`   "Update, Nov. 6: Additional comments from …" — the label comes from the style's labels,
 *          date style and label template;
 * - `wire` "(Updates with additional comments from …)" — the wire services' bracketed line;
 * - `uk`   "This article was amended on 6 November 2024 to add comments from …".
 *
 * A note that already carries its own label — imported from a site that prints "This story has
 * been corrected to show …", "(Adds analyst comment)" or "Editor's note: …" — is printed as it
 * stands, so importing and exporting it again gives back the same line; when the site printed its
 * date in a label before such words (`printedDate: 'label'`), the house label is printed before
 * them, so the date is not lost. A note imported from a line that printed no date
 * (`printedDate: 'none'`) gets a label without one ("Correction: …"): an export never invents it.
 */
import type { ArticleNote } from '../article/article';
import { FULL_MONTHS, wallClock } from '../text/dates';
import { splitSentences } from './sentences';
import { lowerOpening } from './names';
import { newsAsSentence, newsFromSentence } from './news-sentence';
import { formatNoteLabel, resolveStyle, type HouseStyleOverrides } from './style';

export interface FormattedNote {
  /** "Update, Nov. 6:" — empty for forms whose label is part of the sentence. */
  label: string;
  /** The words after the label. */
  text: string;
  /** The whole line as printed. */
  line: string;
}

/** Lines that name their own kind in their first words: never given a second label. */
const SELF_LABELLED = [
  /^this (?:article|story|report|piece|post) (?:was|has been|had been|is being) (?:amended|corrected|updated|changed|edited|clarified)\b/i,
  /^\((?:updates?|adds?|corrects?|recasts?|rewrites?|refiles?|changes?|fixes?|removes?|clarifies?|moves?|edits?|writes through)\b[^)]*\)\.?$/i,
  /^(?:editor['’]s note|editors['’] note|clarification)\s*(?:[,(\s][^:]{0,60})?:\s*\S/i,
  // An undated "Correction:" before words that name another kind, kept by the importer (note-line.ts).
  /^correction:\s+this (?:article|story|report|piece|post) (?:was|has been|had been|is being) (?:amended|corrected|updated|changed|edited|clarified)\b/i,
  /^an earlier version of this (?:article|story|report)\b.*\bcorrected\b/i,
  /^(?:last )?updated\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?/i,
];

/** True when the note's text already carries its label ("This article was amended on …"). */
export function isSelfLabelled(text: string): boolean {
  const t = oneLine(text);
  return SELF_LABELLED.some((re) => re.test(t));
}

/** A note's own line breaks folded into spaces: a note is one paragraph. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** "6 November 2024", the UK papers' date. */
export function ukDate(iso: string): string {
  const w = wallClock(iso);
  if (!w) return iso;
  return `${w.day} ${FULL_MONTHS[w.month - 1]} ${w.year}`;
}

function lowerFirst(text: string): string {
  // The one rule for a clause set inside a sentence (names.ts lowerOpening): "A statement from …"
  // and "The news that …" read "a statement", "the news" after "(Updates with" or "to add".
  const opened = lowerOpening(text);
  if (opened !== text) return opened;
  // Keep a name or an acronym as written ("NATO", "Rutte"); "The" before a name is prose's "the"
  // ("the State Highway Patrol's report").
  if (/^The\s+\p{Lu}/u.test(text)) return `t${text.slice(1)}`;
  // "Berg's report that …": a possessive opening the note is a name's (a body that is no name is
  // "a report from police"), and keeps its capital.
  if (/^\p{Lu}[\p{L}-]*['’]s?\s/u.test(text)) return text;
  // ("Department of Environmental Protection's report": a name joined by "of" keeps its capital too.)
  return /^\p{Lu}\p{Ll}/u.test(text) &&
    !/^(?:I\b|[\p{Lu}][\p{Ll}]+\s+[\p{Lu}]|[\p{Lu}][\p{Ll}]+\s+(?:of|for|de|del|della|la|du|von|van)\s+(?:the\s+)?[\p{Lu}])/u.test(text)
    ? text[0]!.toLowerCase() + text.slice(1)
    : text;
}

/** "Pike defeated Haddad" after a claim that names Pike mid-sentence: a name keeps its capital. */
function lowerUnlessNamed(text: string, note: string): string {
  const first = /^\p{Lu}[\p{L}'’-]*/u.exec(text)?.[0];
  return first && new RegExp(`[\\p{Ll},]\\s+${first}\\b`, 'u').test(note) ? text : lowerFirst(text);
}

/** The sentence's stop taken off, but not an abbreviation's ("4 p.m." keeps its point). */
function withoutStop(text: string): string {
  const t = text.replace(/\s+$/, '');
  return /\b(?:[ap]\.m|a\.d|b\.c|[A-Z]|Jr|Sr|Inc|Co|Corp|Ltd|St)\.$/.test(t) ? t : t.replace(/[.\s]+$/, '');
}

const CORRECTION_VERBS =
  /^an earlier version of this (?:article|story|report) (misstated|misspelled|misidentified|misquoted|misattributed|incorrectly (?:reported|stated|said)|included|omitted|gave|said)\s+/i;

/** Wire form of a note written in AP words: "(Updates with …)" / "(Corrects …)". */
function wireText(kind: ArticleNote['kind'], text: string): string {
  const t = withoutStop(text);
  if (/^(?:updates?|adds?|corrects?|recasts?|rewrites?|refiles?|clarifies?)\b/i.test(t)) return t;
  if (kind === 'correction') {
    // "referred to state aid when federal aid was meant" → "(Corrects to say federal aid, not state aid)".
    const swap = /^an earlier version of this (?:article|story|report) referred to (.+?) when (.+?) (?:was|were) meant$/i.exec(t);
    if (swap) return `Corrects to say ${swap[2]}, not ${swap[1]}`;
    const m = CORRECTION_VERBS.exec(t);
    if (m) {
      // Sentences as the notes read them, so "Sen." or "St." does not end one.
      const [what = '', right] = splitSentences(t.slice(m[0].length));
      // A wrong claim is never printed bare, as if it were so: the wire says it was a report, and
      // gives the right fact beside it when the note has one.
      // "(Corrects quote from Dana Reyes)": the wire says what it corrects — a quote, and whose —
      // never a bare name; a word or two put right is given as the right one and the wrong.
      if (/^misquoted$/i.test(m[1]!)) {
        const words = /\bsaid\s+"([^"]{1,40}),"\s+not\s+"([^"]{1,40})\."?"?$/.exec((right ?? '').trim());
        return `Corrects quote from ${withoutStop(what)}${words ? ` to "${words[1]}" from "${words[2]}"` : ''}`;
      }
      if (/^(?:incorrectly|included)/i.test(m[1]!))
        return `Corrects report that ${withoutStop(what.replace(/^(?:a claim )?that\s+/i, ''))}${right ? `; ${lowerUnlessNamed(withoutStop(right), t)}` : ''}`;
      // "It is May, not March" → "(Corrects the date of the launch to May from March)": the wire
      // gives the right value and the wrong one, as its correctives do; an update told with the
      // fix follows it ("; updates with …").
      const [fix = '', ...also] = (right ?? '').split(/;\s*(?=it has also been updated with\b)/i);
      const values = /^(?:it|he|she|they|the correct [\p{L}\s]+?)\s+(?:is|was|are|were)\s+(.+?),\s+not\s+(.+?)\.?$/iu.exec(fix.trim());
      const since = withoutStop(also.join(' ') || (/^it has also been updated with\b/i.test(fix) ? fix : ''));
      const updated = since
        ? `; updates with ${lowerFirst(
            since
              .replace(/^it has also been updated with\s+/i, '')
              .replace(/^additional\s+/i, '')
              .replace(/^the news that\b/i, 'news that'),
          )}`
        : '';
      // Only values that read after "to" and "from": a figure, a name, a short noun phrase — not a
      // phrase of its own ("in North Carolina") or a clause.
      const fits = (v: string) =>
        v.split(/\s+/).length <= 5 && !/^(?:in|on|at|to|from|with|by|for|of|over|under|near|into|early|late)\b/i.test(v);
      // "It is in North Bend, not South Bend": the place's own words, its preposition left to "to" and "from".
      // ("where the senator was born to Orange" would not read: a where-clause keeps its words.)
      if (values && !/^where\b/i.test(what)) {
        const lead = /^(?:in|at|on|into|near)\s+(?=\p{Lu})/u.exec(values[1]!)?.[0];
        if (lead) [values[1], values[2]] = [values[1]!.slice(lead.length), values[2]!.replace(new RegExp(`^${lead}`), '')];
      }
      const both = values && fits(values[1]!) && fits(withoutStop(values[2]!));
      return `Corrects ${withoutStop(what)}${both ? ` to ${values[1]} from ${withoutStop(values[2]!)}` : ''}${updated}`;
    }
    return `Corrects: ${lowerFirst(t)}`;
  }
  // "(Updates with news that …)": the wire drops the article before its own nouns.
  return `Updates with ${lowerFirst(t.replace(/^additional\s+/i, '')).replace(/^the news that\b/, 'news that')}`;
}

/** UK form: "This article was amended on 6 November 2024 to add …" / "… . An earlier version …". */
function ukText(kind: ArticleNote['kind'], date: string, text: string): string {
  const t = oneLine(text);
  const opening = `This article was amended on ${ukDate(date)}`;
  if (/^to\s/i.test(t)) return `${opening} ${t}`;
  if (kind === 'correction') return `${opening}. ${t}`;
  // "to add the new death toll": prose takes the article the wire's shorthand drops.
  return `${opening} to add ${lowerFirst(t.replace(/^additional\s+/i, '')).replace(/^new\s/, 'the new ')}`;
}

/** The note as readers see it, in the house's form. Never throws on a date it cannot read. */
export function formatNote(
  note: Pick<ArticleNote, 'kind' | 'date' | 'text' | 'printedDate' | 'printedClock'>,
  style: HouseStyleOverrides = {},
): FormattedNote {
  const written = oneLine(note.text);
  // A note written here in the AP news sentence is told from its description, like any other; the
  // AP line prints the desk's sentence as typed.
  const text = note.printedDate === undefined ? newsFromSentence(written) : written;
  const form = resolveStyle(style).form;
  // Words that label themselves print as they stand — before them only the date their page printed
  // in a label, and never in the wire's bracket, which carries no date.
  if (isSelfLabelled(text) && (note.printedDate !== 'label' || form === 'wire')) return { label: '', text, line: text };
  if (note.printedDate === 'none' && form !== 'wire') {
    // No date was printed: the house's label word alone, in every form that labels a note.
    const label = `${resolveStyle(style).labels[note.kind]}:`;
    return { label, text, line: text ? `${label} ${text}` : label };
  }
  if (form === 'wire') {
    const line = `(${wireText(note.kind, text)})`;
    return { label: '', text: line, line };
  }
  if (form === 'uk' && note.printedDate !== 'label') {
    const line = ukText(note.kind, note.date, text);
    return { label: '', text: line, line: /[.!?]["”’]?$/.test(line) ? line : `${line}.` };
  }
  let label: string;
  try {
    // "Update, Nov. 6, 11:34 p.m.:" when the page printed the note's clock, so it comes back on import.
    label = formatNoteLabel(note.kind, note.date, resolveStyle(style), note.printedClock === true);
  } catch {
    // A date nobody can read is printed as stored rather than hiding the note.
    const house = resolveStyle(style);
    label = `${house.labels[note.kind]}, ${note.date}:`;
  }
  // "The news that …" has no verb: the AP line says what was done to the copy.
  const told =
    note.printedDate !== undefined
      ? text
      : text !== written
        ? written
        : newsAsSentence(note.kind, text, resolveStyle(style).templates.correctionLead);
  return { label, text: told, line: told ? `${label} ${told}` : label };
}

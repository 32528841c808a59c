/**
 * One reader of a note line by its structure, where the per-form readers (note-line.ts and the small
 * files it calls) each wait for one wording. A note sentence is a clause about the article itself —
 * its subject or object is this newsroom's own piece or its own act of reporting or editing ("this
 * article", "an earlier version", "our announcement", "an article yesterday", "we reported", "an
 * editing mistake") — whose verb tells what went wrong or what changed, in the past ("misidentified",
 * "was incorrect", "contained errors", "has been removed"). Copy that only looks like a note fails on
 * the structure, not on a word list: its first clause is someone else's (told on a speaker's word, a
 * quotation, another outlet's piece), or it speaks of the piece in the present ("This story contains
 * … wrong statements" is a reader's complaint; a note is printed on the fixed piece and tells of what
 * was). A line whose first sentence is plain fact may close on such a sentence only under the copy,
 * where a corrections item stands ("Vladimir Putin is president of Russia. An editing mistake
 * misidentified Mr. Putin in an earlier version of this article.").
 *
 * It also reads what every labelled note shares: a date printed in brackets at the very end ("…
 * from a rock. (March 28)") is the note's, and a label over a body that is no sentence ("Editor's
 * Note: On soul searching", a column's headline) is no note.
 */
import type { NoteKind } from '../article/article';
import { readDateAndClock } from './note-date';
import { closesOnNoteAfterFact } from './fact-then-note';
import { toldByOthers } from './note-line';
import { SPOKEN } from './outlet-owns-error';
import { MAX_NOTE_CHARS } from '../article/schema';

/** The newsroom's own piece, by a determiner that makes it this one or an earlier state of it. */
const PIECE = String.raw`(?:article|story|stories|post|report|piece|paper|interview|podcast|episode|column|item|headline|caption|graphic|chart|photo(?:graph)?|video|announcement|review|feature|editorial|obituary|recipe|listing|segment|broadcast|newsletter|profile|answer|notice)`;
const OWN_PIECE = new RegExp(
  String.raw`\b(?:this|our)\s+(?:(?:earlier|previous|original|online|print|web|published)\s+)?(?:version\b|${PIECE}\b)|` +
    // "An earlier version of this article", "an earlier version" alone — not "an earlier version of Windows".
    String.raw`\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+(?:[\p{L}-]+\s+)?version\b(?!\s+of\s+(?!(?:this|the|our)\s+${PIECE}\b))|` +
    // "The stories suggested …", "The article also originally said …": the piece as the sentence's opening subject.
    String.raw`^(?:the)\s+(?:${PIECE})\s+(?:also\s+)?(?:originally\s+)?(?:suggested|stated|said|reported|claimed|implied|described)\b`,
  'iu',
);
/** The newsroom's own editing or reporting as the agent of the error. */
const OWN_ACT =
  /^(?:an?|the)\s+(?:editing|editorial|production|reporting|typing|copy-?editing)\s+(?:error|mistake|glitch)s?\b|\bduring editing\b|\bwe\s+(?:also\s+|mistakenly\s+|incorrectly\s+|erroneously\s+|wrongly\s+)?(?:reported|said|stated|wrote|published|misstated|misidentified|misspelled|referred|described|identified|had it)\b/i;
/** A piece named by when it ran, with no "this": "An article yesterday about …", "an article on Friday about …". */
const DATED_PIECE = new RegExp(
  String.raw`^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?${PIECE}\s+(?:(?:published|printed|that ran)\s+)?(?:yesterday|today|last\s+\p{L}+|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b`,
  'iu',
);
/** What went wrong, told in the past or the perfect (a note tells of what was; a verb of change alone is no error). */
const PAST_ERROR =
  /\b(?:mis(?:stated|identified|spelled|spelt|quoted|attributed|reported|named|described|captioned|labeled|labelled|dated|represented|characterized)|(?:was|were|had been|has been|have been)\s+(?:\p{L}+ly\s+)?(?:incorrect|inaccurate|wrong|mistaken|in error|erroneous|misleading|unfounded|untrue|retracted|misstated|misidentified|misspelled)|(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately|inadvertently)\s+\p{L}+|contained\s+(?:an?\s+|a number of\s+|several\s+|some\s+)?(?:\p{L}+\s+)?(?:errors?|mistakes?|inaccurac\p{L}*)|there (?:was|were) (?:an?\s+)?(?:\p{L}+\s+)?errors?|should have (?:said|read|stated|been|made clear|noted|included)|(?:have|has|had)\s+(?:\p{L}+ly\s+)?(?:retracted|withdrawn|unpublished)|(?:allegations|claims|suggestions|statements?) (?:was|were) (?:entirely\s+)?(?:unfounded|untrue|false|wrong))\b/iu;
/**
 * The newsroom accepting, after a sentence naming the piece, that what it said was wrong: "We now accept
 * that these allegations were completely untrue.", "We accept those allegations were unfounded.", "We
 * also acknowledge that Ms Miller was not responsible …", "We acknowledge our wrongdoing". (A company
 * or a council "accepts that" a claim was false in copy too, but opens with it, or is quoted, or has
 * who said it after.)
 */
const NEWSROOM_ACCEPTS =
  /^We (?:now |also |fully |unreservedly |readily )?(?:accept|acknowledge|recognise|recognize)\b[^.]{0,200}?\b(?:untrue|not|false|incorrect|inaccurate|wrong\p{L}*|unfounded|without (?:any )?foundation|baseless|should not have)\b/u;
/** A piece of the newsroom's kinds named anywhere in the sentence, by any determiner. */
const PIECE_NAMED = new RegExp(String.raw`\b${PIECE}s?\b`, 'i');
/** A later sentence that undoes what the piece said: someone tells the newsroom otherwise, or the fact "in fact". */
const UNDOING = /\b(?:inform(?:s|ed)? us|(?:has|have) asked us to|asks? us to|points? out|we now understand|in fact)\b/i;
/** The note's own noun as the sentence's head: "A clarification tonight on something … we reported …". */
const NOTE_NOUN_HEAD = /^(?:an?|one)\s+(?:clarification|correction)\b/i;
/** A revision log's subjectless verb on an error of print: "Corrected typos in Equations (62) and (64)." */
const FIXED_ERRORS =
  /^(?:Corrected|Fixed)\s+(?:(?:an?|the|several|some|two|three|minor|a few)\s+)?(?:typos?|typographical errors?|errors?|mistakes?|misspellings?|spelling)\b/;
/** A piece spoken of in the present as wrong: a reader's complaint, not the note on the fixed piece. */
const PRESENT_FAULT =
  /\b(?:this|the) (?:article|story|post|piece|report) (?:contains|is|has) [^.]{0,60}\b(?:wrong|incorrect|errors?|mistakes?|outdated|misleading)\b/i;
/** "This article", "an earlier version of this story": the piece itself, as a lead above the copy never names it. */
const THIS_PIECE = new RegExp(
  String.raw`\bthis\s+(?:${PIECE})\b|\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+${PIECE}\b`,
  'iu',
);
/** Someone other than the newsroom saying, before the error is told: "the company said it was untrue". */
const OTHERS_SAYING = /\b(?!we\b)\p{L}+\s+(?:said|says|told|claimed|insisted|argued|denied)\b/iu;

/** The sentences of a line, split where a stop is followed by a capital. */
function sentencesOf(line: string): string[] {
  // Not after an initial or a title's abbreviation ("Leslie F. Wiggins", "Mr. Putin", "p. 502").
  return line
    .split(/(?<=[.!?]["”’)]?)(?<!(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Lt|Gen|Col|Sgt|Jr|Sr|No|p|pp|vs)\.)\s+(?=["“‘(]?\p{Lu})/u)
    .filter(Boolean);
}

/** The sentence with what stands in double quotation marks set aside (a title, someone's words). */
const withoutQuotations = (sentence: string) => sentence.trim().replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g, '…');

/** A sentence that is about the article itself and tells what went wrong in it. */
export function tellsOwnPieceErred(sentence: string, overCopy = false): boolean {
  // What stands in double quotation marks is someone's words, another outlet's correction among them
  // ("Spec posted the correction, “A previous version of this story erroneously …”"): set it aside.
  const s = withoutQuotations(sentence);
  if (SPOKEN.test(s) || PRESENT_FAULT.test(s) || toldByOthers(s)) return false;
  // Over the copy, where a lead stands, only "this" piece or an earlier version of it; under it, a
  // corrections item may name the piece as "ours", by its day, or by what "we reported".
  const own = overCopy ? THIS_PIECE.test(s) : OWN_PIECE.test(s) || OWN_ACT.test(s) || DATED_PIECE.test(s);
  const error = PAST_ERROR.exec(s);
  // "After we published the story, the company said it was untrue": the error is told on someone else's word.
  return own && !!error && !OTHERS_SAYING.test(s.slice(0, error.index));
}

/**
 * A line read as a correction by its structure alone, or false: its first sentence about the article
 * and erring; or, under the copy, plain fact first and a closing such sentence; or a piece's claim
 * and the newsroom accepting it was wrong ("The stories suggested … . We accept those allegations
 * were unfounded.").
 */
export function readsAsOwnCorrection(line: string, undated: boolean): boolean {
  const sentences = sentencesOf(line.trim());
  if (!sentences.length || sentences[0]!.split(/\s+/).length < 5) return false;
  if (/^["“‘]/.test(sentences[0]!) || SPOKEN.test(withoutQuotations(sentences[0]!))) return false;
  // A list mark or markup before the words ("* …", "_**Correction:** …_") is read by the paths that set it aside.
  if (line.length > MAX_NOTE_CHARS || !/^\p{L}/u.test(line.trim())) return false;
  if (tellsOwnPieceErred(sentences[0]!, !undated) || FIXED_ERRORS.test(sentences[0]!)) return true;
  if (NOTE_NOUN_HEAD.test(sentences[0]!) && (OWN_ACT.test(sentences[0]!) || OWN_PIECE.test(sentences[0]!))) return true;
  if (!undated) return false;
  const later = sentences.slice(1);
  if (PIECE_NAMED.test(sentences[0]!) && later.some((s) => NEWSROOM_ACCEPTS.test(s) && !SPOKEN.test(s))) return true;
  if ((OWN_PIECE.test(sentences[0]!) || DATED_PIECE.test(sentences[0]!)) && later.some((s) => UNDOING.test(s) && !SPOKEN.test(s)))
    return true;
  // Plain fact first, in the newsroom's own voice (no quotation, no speaker: fact-then-note.ts), then the note.
  return closesOnNoteAfterFact(sentences, tellsOwnPieceErred);
}

/** The kind a note's body tells by its structure: a sentence about the piece erring makes it a correction. */
export function kindByStructure(body: string, fallback: NoteKind): NoteKind {
  const admits = /\b(?:I|we) apologi[sz]e\b|\bwe regret\b/i.test(body) && OWN_PIECE.test(body);
  return sentencesOf(body).some((s) => tellsOwnPieceErred(s)) || admits ? 'correction' : fallback;
}

/** A date alone in brackets closing the line, "(March 28)": the day the note was printed. */
export function trailingNoteDate(line: string): { month: number; day: number; year?: number } | null {
  // After the note's last stop: "(October 14)." inside the last sentence is the news's day.
  const m = /[.!?]["”’]?\s+\(\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*\)$/.exec(line.trim());
  const dated = m ? readDateAndClock(m[1]!) : null;
  return dated && dated.month !== undefined && dated.day !== undefined && !dated.rest.trim()
    ? { month: dated.month, day: dated.day, ...(dated.year !== undefined ? { year: dated.year } : {}) }
    : null;
}

/**
 * A label's body that is no sentence: a few words with no closing stop and no finite verb, opening on
 * a preposition or an article ("On soul searching", "The problem of scale") — a column's headline
 * under its standing name, not a note.
 */
export function isTitleNotSentence(body: string): boolean {
  const text = body.trim();
  const words = text.split(/\s+/);
  if (words.length > 6 || /[.!?]["”’)]?$/.test(text)) return false;
  if (!/^(?:On|In|Of|For|About|The|A|An|Why|How|When|What)\b/.test(text)) return false;
  return !words.slice(1).some((w) => /^(?:is|are|was|were|has|have|had|will|can|did|does|do)$/i.test(w) || /^\p{Ll}+(?:ed|s)$/u.test(w));
}

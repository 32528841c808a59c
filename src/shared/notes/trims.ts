/**
 * Cuts that withdraw nothing. Real copy carries lines that are not claims — a related-story link
 * ("[Read: …]"), a newsletter plug, a related headline set in the body, a caption or photo credit,
 * a byline — and desks trim copy for length all the time. A cut of either is no correction: a note
 * saying "incorrectly reported that …" of a true sentence prints something false, which is worse
 * than no note.
 *
 * (news-clause.ts `withoutFurniture` strips furniture from the edges of a line that stays news — a
 * dateline, a wire credit; it has no test for a whole paragraph that is furniture, so that lives here.
 * The importer's site furniture, import/frame-lines.ts, is asked first.)
 */
import { speechVerbs } from './speech-verbs';
import { isFurnitureLine, readBylineLine } from '../import/frame-lines';
import { plainText, type Sentence } from './sentences';

/** A line that opens as an editor's pointer elsewhere: "Read more:", "Related:", "See also". */
const POINTER =
  /^(?:read|read more|read next|more|related|related stories|see also|also read|recommended|watch|listen|more on this story)\b\s*[:—–-]/i;
/** A plug for a newsletter, app or subscription: "Get New York Today in your inbox." */
const PLUG = /\b(?:in your inbox|sign up (?:for|to)|subscribe (?:to|for|now)|download (?:the|our) app|follow us on)\b/i;
/** A photo credit closing a line: "(Ana Ruiz/AFP/Getty Images)", "Credit Ana Ruiz/Reuters", "(Reuters)". */
const CREDIT =
  /(?:\(\s*[\p{Lu}][^()]{0,60}\/[^()]{1,60}\)|\(\s*(?:AP|AFP|Reuters|Getty Images|EPA|PA)(?: Photo)?\s*\)|\b(?:Credit|Photo(?:graph)?|Image|Picture)\s*[:]?\s+[\p{Lu}][^.]{0,60}\/[^.]{1,60})\.?\s*$/u;
/** A line ending as sentences end: a stop, maybe inside a closing quote or bracket. */
const CLOSED = /[.!?…]["'’”)\]]*\s*$/;

/**
 * A paragraph of the body that is furniture, never a claim: a bracketed pointer or plug, a
 * "Read more" line, a caption closed by its photo credit, a byline, or a short line with no stop
 * at its end — a headline of a related story, a crosshead, a caption — which copy never is.
 */
export function isInBodyFurniture(paragraph: string): boolean {
  const text = paragraph.trim();
  if (!text) return false;
  if (isFurnitureLine(text) || readBylineLine(text)) return true;
  if (/^\[[^\]]+\]$/.test(text) && text.length <= 300) return true;
  if (POINTER.test(text) || (PLUG.test(text) && text.split(/\s+/).length <= 25)) return true;
  if (CREDIT.test(text)) return true;
  return !CLOSED.test(text) && text.split(/\s+/).length <= 20;
}

/** A pronoun subject, or a word that ties a line to the one before it ("Then,", "In retaliation,", "It also"). */
const LEANS_BACK =
  /^(?:(?:he|she|it|they|this|that|these|those|his|her|its|their)\b|(?:then|later|afterwards|thereafter|instead|also|still|yet|but|and|so|however|moreover|meanwhile|in (?:retaliation|response|turn|return|addition|particular|short)|as a result|even so|for (?:example|instance|its part|their part))\b\s*,?)/i;
/** A line that carries its own teller: "…, police said.", "according to …". */
const OWN_TELLER = new RegExp(
  String.raw`\b(?:according to|(?:${speechVerbs('said', 'says', 'told', 'reported', 'reports', 'confirmed', 'announced', 'stated')})\s*[.,]?\s*$)|,\s*(?:[\p{Lu}\p{Ll}][\p{L}.'’-]*\s+){1,5}(?:${speechVerbs('said', 'says', 'told', 'reported', 'confirmed')})\b`,
  'iu',
);

/**
 * A sentence cut for length: it leans on the line before it, which stays (a pronoun subject, "Then,",
 * "In retaliation,", "It also …"), and it is no one's report of a fact. Such a line elaborates
 * what the kept line told; nothing in the copy says it was wrong, so its cut is a trim. A line
 * that stands on its own, or carries its own teller ("Vance had been arrested twice before,
 * police said"), still reads as a claim withdrawn.
 */
export function trimmedElaboration(cut: string, previousKept: boolean): boolean {
  if (!previousKept) return false;
  const text = cut.trim().replace(/^["“‘']/, '');
  if (!LEANS_BACK.test(text)) return false;
  // A line that names someone in full of its own is a claim, however it opens ("She will replace
  // Chief Dana Wolk, who retired …", review 10s).
  if (/(?<!^)\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(text)) return false;
  return !OWN_TELLER.test(text.replace(/[.!?"”’]+\s*$/, ''));
}

/**
 * Why a sentence cut whole withdraws no claim, or '' when it may: its paragraph, cut whole, is
 * furniture; or it is an elaboration trimmed from after a line that stays.
 */
export function cutWithoutClaim(cut: Sentence, oldSentences: Sentence[], newKeys: Set<string>): string {
  const paragraph = oldSentences.filter((s) => s.block === cut.block);
  if (paragraph.every((s) => !newKeys.has(s.key)) && isInBodyFurniture(paragraph.map((s) => s.text).join(' ')))
    return 'furniture removed (a link, plug, headline, caption or credit)';
  const previous = oldSentences[cut.index - 1];
  if (trimmedElaboration(plainText(cut.text), !!previous && newKeys.has(previous.key))) return 'a sentence trimmed';
  return '';
}

/**
 * A question a running story leaves open, then answers: "no group claimed responsibility" →
 * "the Islamic State claimed responsibility", "no arrests have been made" → "police arrested two
 * men", "the cause has not been determined" → "investigators determined the cause". The old line
 * was true when printed — nobody had claimed it yet — so the edit is an update, never a correction
 * saying the old line "incorrectly reported" anything.
 */
import { plainText } from './sentences';

/**
 * What is not known yet: "no <one/group/arrests…> (has) <claimed/been made/…>", "<…> has not (yet)
 * been <named/identified/…>", or "was not immediately identified". Group 1 (or 2) is the verb whose
 * doing would settle it.
 */
const UNSETTLED =
  /\bno\s+(?:group|one|organi[sz]ation|party|faction|suspects?|arrests?|charges?|cause|motive|names?)\s+(?:(?:has|have|had)\s+)?(?:yet\s+|immediately\s+)?(?:been\s+)?(claimed|made|filed|named|identified|charged|arrested|determined|released|announced)\b|\b(?:(?:has|have|had)\s+not\s+(?:yet\s+|immediately\s+)?|(?:did|were|was)\s+not\s+(?:yet|immediately)\s+)(?:been\s+)?(claim|claimed|identif(?:y|ied)|name[ds]?|charged?|arrest(?:ed)?|determined?|release[ds]?|announced?)\b/i;
/** A line that is itself still unsettled or denies: it answers nothing. */
const STILL_OPEN = /\b(?:no|not|never|yet to|unclear|unknown)\b/i;

/** The stem a settling verb shares with its forms: "claimed" → "claim", "identified" → "identif". */
function stem(verb: string): string {
  return verb
    .toLowerCase()
    .replace(/(?:ied|y)$/, '')
    .replace(/(?:ed|es|s|e)$/, '');
}

/**
 * The new line that answers what the old line left open — one of `candidates` (the edited line and
 * the lines added beside it) that does the old line's settling verb without a "no" or "not" — or ''
 * when the old line left nothing open, the edited line still leaves it open, or nothing answers it.
 * The answer must share the open line's object too ("responsibility", "the victim") when it has one.
 */
export function settledSince(older: string, newer: string, candidates: string[]): string {
  const was = plainText(older);
  const open = UNSETTLED.exec(was);
  // "Whitcomb was not charged in the 2019 inquiry": a finding of a dated past, no open question
  // (a plain past "was not" needs "yet" or "immediately" to be one, UNSETTLED; a year closes it).
  if (!open || UNSETTLED.test(plainText(newer)) || /\b(?:19|20)\d{2}\b/.test(was)) return '';
  const verb = stem(open[1] ?? open[2] ?? '');
  if (verb.length < 3) return '';
  const object = /^\s+(?:for\s+)?(?:the\s+)?(\p{Ll}{4,})/u.exec(was.slice(open.index + open[0].length))?.[1]?.toLowerCase() ?? '';
  const settles = (line: string) => {
    const text = plainText(line);
    if (STILL_OPEN.test(text)) return false;
    const words = text.toLowerCase().split(/[^\p{L}]+/u);
    const acts = words.some((w) => w.startsWith(verb) && /(?:ed|ied)$/.test(w));
    // "asserted responsibility" answers "claimed responsibility": the object named with a past verb.
    const objectDone = !!object && words.includes(object) && words.some((w) => /\p{L}{3,}ed$/u.test(w));
    return acts || objectDone;
  };
  return candidates.find(settles) ?? '';
}

/**
 * A figure put right in its unit alone: "0.4%" → "0.4 percentage points", "0.28%" → "0.28",
 * "3.1" → "3.1%". The digits stand; what they count changed — a percent is not a percentage point,
 * and a rate of 0.28 is not 0.28 percent. Such a fix names the unit, never "the number of" some
 * word that happens to follow the figure. (One unit written two ways, "12%" / "12 percent", is
 * typography, read as cosmetic before a correction is ever described.)
 */
import { fill } from './style';

/** The sign a paper prints on a figure, as a correction names it ("a percentage sign on the figure 0.28"). */
const SIGN_NAMES: Record<string, string> = { '%': 'percentage sign', $: 'dollar sign', '£': 'pound sign', '€': 'euro sign' };

/** A figure with its sign and unit: "$45", "0.4%", "2.5 points", "0.25 percentage points". */
const FIGURE = /^([$€£])?(\d[\d,]*(?:\.\d+)?)(%)?(?:\s+(percent|per cent|percentage points?|points?|basis points?))?$/i;

interface Read {
  digits: string;
  currency: string;
  /** The unit, one spelling for each: "percent", "percentage point", "point", "basis point" or "". */
  unit: string;
}

function readFigure(text: string): Read | null {
  const m = FIGURE.exec(text.trim());
  if (!m) return null;
  const word = (m[4] ?? '').toLowerCase().replace(/s$/, '');
  const unit = m[3] || word === 'percent' || word === 'per cent' ? 'percent' : word;
  return { digits: m[2]!, currency: m[1] ?? '', unit };
}

export interface UnitFix {
  digits: string;
  /** The sign the old figure carried and the new one dropped, with no unit in its place ('%', '$'); else ''. */
  droppedSign: string;
}

/** The same digits before and after, their unit or sign changed; null when the figure itself changed. */
export function unitAlone(before: string, after: string): UnitFix | null {
  const was = readFigure(before);
  const now = readFigure(after);
  if (!was || !now || was.digits !== now.digits) return null;
  if (was.currency === now.currency && was.unit === now.unit) return null;
  // "0.28%" → "0.28": a sign taken off with nothing in its place.
  const printed = /%/.test(before) ? '%' : was.currency;
  const droppedSign = !now.currency && !now.unit && printed && SIGN_NAMES[printed] ? printed : '';
  return { digits: was.digits, droppedSign };
}

/**
 * The correction for a unit put right: "incorrectly included a percentage sign on the figure 0.28"
 * when the sign alone went; else what the figure measures with its right unit ("misstated how much
 * unemployment rose. It was 0.4 percentage points"), or the figure's unit when the sentence does
 * not say what it measures. `what` is the describer's own reading of what the figure measures.
 */
export function describeUnitFix(fix: UnitFix, after: string, what: string, misstatedAmount: string): string {
  if (fix.droppedSign) return `incorrectly included a ${SIGN_NAMES[fix.droppedSign]} on the figure ${fix.digits}`;
  // "the number of percentage points": the unit is no thing counted.
  const measured = what && !/^the number of\b/.test(what) ? what : '';
  if (!measured) return `misstated the unit of the figure ${fix.digits}. It is ${after}`;
  // "how much unemployment rose": a move that happened "was" its figure.
  const past = /^how much .*\b(?:\p{Ll}+ed|fell|rose|grew|sank|shrank|slid|slipped)\b/u.test(measured);
  return fill(misstatedAmount, { what: measured, right: after }).replace(/It is (?!.*It is )/, past ? 'It was ' : 'It is ');
}

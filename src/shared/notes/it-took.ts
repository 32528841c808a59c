/**
 * "It took nearly an hour to round up the goats": a span told with "it" standing for the deed
 * after it. The note names the deed, not "it" or "the events described" (review 13a found that
 * vague object on real copy): "misstated how long it took to round up the goats. It took nearly
 * an hour, not nearly three hours." A "them" in the deed is the one plural the sentence before
 * names ("the goats"); with none or two, no reading. Only a span of time after "it took/takes/will
 * take", with its hedge, and an infinitive after the span; "It took three votes to pass" counts no
 * time, and stays.
 */
import { SPAN_HEDGES } from './hedge-words';
import { sentencesInReach } from './referents';
import { isPluralNoun } from './plurals';

const UNIT = '(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)';
const HEDGE = `(?:${SPAN_HEDGES})`;
const AMOUNT = '(?:a|an|one|half an?|[\\p{L}\\d-]+)';

/** The deed and both spans, or null when the sentence is no "it took <span> to <deed>". */
export function howLongItTook(
  sentence: string,
  before: string,
  after: string,
  articleText = '',
): { what: string; right: string; wrong: string; verb: string } | null {
  const shape = new RegExp(
    `(?:^|[,;:]\\s+|\\bthat\\s+)[Ii]t\\s+((?:will\\s+|would\\s+|could\\s+|may\\s+)?(?:took|takes|take|has taken|had taken))\\s+((?:${HEDGE}\\s+)?)(${AMOUNT}(?:\\s+and\\s+a\\s+half)?\\s+${UNIT})\\s+(to\\s+[^,;.]+)`,
    'u',
  ).exec(sentence);
  if (!shape) return null;
  const span = shape[3]!;
  // The edit must lie in the span: its right words stand in it, and the wrong span is rebuilt.
  if (!after.split(/\s+/).every((w) => span.split(/\s+/).includes(w) || shape[2]!.includes(w))) return null;
  const wrong = span.replace(new RegExp(`(^|\\s)${after.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`), `$1${before}`);
  if (wrong === span) return null;
  // ("… to round them up, the county said": the deed runs to the clause's end.)
  let deed = shape[4]!.trim().split(/\s+/).slice(0, 10).join(' ');
  // ("to catch them": "them" is the one plural the sentence right before names, or the deed is vague.)
  if (/\bthem\b/.test(deed)) {
    const at = articleText.indexOf(sentence.slice(0, 40));
    const many = at > 0 ? theManyBefore(articleText.slice(0, at)) : '';
    if (!many) return null;
    deed = deed.replace(/\bthem\b/, many);
  }
  const verb = shape[1]!.toLowerCase();
  return {
    what: `how long it ${verb} ${deed}`,
    right: `${shape[2]}${span}`,
    wrong: `${shape[2]}${wrong.replace(/\s+(\S+)$/, (_m, unit: string) => ` ${pluralFor(wrong, unit)}`)}`,
    verb,
  };
}

/** "three hour" → "three hours", "an hours" → "an hour": the unit agrees with its amount. */
function pluralFor(span: string, unit: string): string {
  const one = /^(?:a|an|one|half an?)\s/i.test(span);
  const stem = unit.replace(/s$/, '');
  return one ? stem : `${stem}s`;
}

/** "the llamas" when the sentence right before names one plural thing with "the", else ''. */
function theManyBefore(before: string): string {
  const last = sentencesInReach(before)[0] ?? '';
  const found = new Set([...last.matchAll(/\bthe\s+(\p{Ll}+)\b/gu)].map((m) => m[1]!).filter(isPluralNoun));
  return found.size === 1 ? `the ${[...found][0]}` : '';
}

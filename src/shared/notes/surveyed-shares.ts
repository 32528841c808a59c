/**
 * "75 percent of residents surveyed last month said the bus was too slow": a poll's share is of the
 * people asked, and what they said is the measure. The participle ("surveyed", "polled") belongs to
 * the group — it is no verb of theirs — and the share reads "the share of residents surveyed last
 * month who said the bus was too slow". A claim so long that the note would copy the article's
 * words (grammar.ts) is left off: "the share of residents surveyed last month".
 */
import { COPIED_RUN } from './grammar';

/** Verbs of a poll, whose participle after a group says who was asked. */
const POLLED = 'surveyed|polled|questioned|interviewed|asked|sampled';

/** The words after "percent" ("of residents surveyed … said …") read as a poll's share, or ''. */
export function surveyedShare(afterPercent: string): string {
  const m = new RegExp(
    `^of\\s+((?:those|the\\s+[\\p{Ll}-]+|[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?))\\s+(${POLLED})((?:\\s+(?:last|this|earlier|in)\\s+(?:\\p{Lu}\\p{Ll}+|\\p{Ll}+|\\d{4}))?)\\s+(said|say|says)\\s+(?:that\\s+)?([^,;:]+?)\\.?$`,
    'u',
  ).exec(afterPercent.split(/[,;:](?=\s)/)[0]!.trim());
  if (!m) return '';
  // ("those" stands for the people: "the share of those surveyed".)
  const group = `${m[1]} ${m[2]}${m[3]}`;
  const claim = m[5]!.trim();
  // ("who" breaks the copied run; "said" and the claim after it must stay shorter than one.)
  return claim.split(/\s+/).length < COPIED_RUN - 1 ? `the share of ${group} who ${m[4]} ${claim}` : `the share of ${group}`;
}

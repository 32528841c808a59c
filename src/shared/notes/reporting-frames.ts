/**
 * "Reyes notes that the survey ran in 2019", "The report argues that the plant closed in 1998": a
 * verb of saying or thinking with "that" frames the clause a date belongs to. A date put right is
 * the time of what the clause tells, so the note asks "the year the survey ran", never "the year
 * Reyes notes that the survey ran" (review 15). claims.ts's stripAttribution reads "said", "says"
 * and "told"; this reads the wider set of reporting verbs a writer uses to credit a finding, and
 * only with "that", which marks the reported clause's start for certain.
 */

/** Verbs that frame a reported clause, present and past, and their "points out" kind. */
const REPORTING_VERB =
  '(?:notes|noted|says|said|writes|wrote|argues|argued|believes|believed|finds|found|estimates|estimated|explains|explained|adds|added|acknowledges|acknowledged|concedes|conceded|reports|reported|claims|claimed|states|stated|insists|insisted|maintains|maintained|recalls|recalled|suggests|suggested|confirms|confirmed|concludes|concluded|contends|contended|observes|observed|points out|pointed out|told [\\p{L} ]{1,30}?)';

/** The most words the one who reports may have: "The report by the county auditor". */
const MOST_FRAME_WORDS = 7;

/** The reported clause of `sentence` when it opens on a short reporting frame with "that"; `sentence` otherwise. */
export function withoutReportingFrame(sentence: string): string {
  const m = new RegExp(`^([^,;:"“]{1,80}?)\\s+${REPORTING_VERB}\\s+that\\s+(.+)$`, 'u').exec(sentence.trim());
  if (!m || m[1]!.split(/\s+/).length > MOST_FRAME_WORDS) return sentence;
  return m[2]!;
}

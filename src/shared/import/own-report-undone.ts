/**
 * The newsroom, in its own first person, telling that its own piece was wrong — in words the
 * column rules did not know, under the copy:
 *  - "Contrary to our recent cover story (…), the atomic weight … is 56 — not 66" (the piece named
 *    as ours, then the fact that stands against it);
 *  - "But moments after we published the story, it came to our attention that the story was
 *    untrue …" (what it found once the piece ran);
 *  - "… I regret both and have corrected them in the web edition." (the columnist's own fix);
 *  - "Last week, we described X as ‘…’. She feels this description is ambiguous and needs to be
 *    clarified." (what we said, then that the wording was wrong).
 * A speaker says "we" in copy too ("“We have corrected it in the online version,” the ministry
 * said"), so no sentence may be in quotes or have who said it after; and each form needs our own
 * piece or our own words, never another's ("Contrary to the council's report, …").
 */

const PIECE = String.raw`(?:story|article|report|column|editorial|review|feature|headline|caption|piece|post|broadcast|series)`;
/** "Contrary to our (recent) (cover) story": our piece as what the fact goes against. */
const CONTRARY_TO_OURS = new RegExp(
  String.raw`^Contrary to (?:our|this newspaper['’]s|this paper['’]s) (?:[\p{L}-]+\s+){0,3}?${PIECE}\b`,
  'u',
);
/** "after we published the story, … untrue": the error found once the piece ran, in one sentence. */
const AFTER_WE_RAN = new RegExp(
  String.raw`\b(?:after|since|when|once) we (?:had )?(?:published|ran|posted|aired|broadcast|printed) (?:the|this|our|that) ${PIECE}\b[^.]*\b(?:untrue|false|incorrect|inaccurate|wrong|erroneous|not true|in error)\b`,
  'iu',
);
/** Someone else's verdict on our piece: "the company said it was untrue" is their claim, not our finding. */
const OTHERS_VERDICT = /\b(?:said|says|claimed|claims|insisted|argued|alleged|denied|complained)\b/i;
/** "I regret both and have corrected them in the web edition": our own fix, in our online copy. */
const CORRECTED_ONLINE =
  /\b(?:I|we)(?: \p{Ll}+){0,4}? (?:have |had )?(?:since |now )?corrected (?:it|them|both|the (?:errors?|mistakes?))\b[^.]{0,40}\b(?:in|on) (?:the|our) (?:web|online|digital|internet) (?:edition|version|copy)\b/u;
/** "Last week, we described … as …": what we said, by when we said it. */
const WE_SAID_WHEN =
  /^(?:Last (?:week|month|issue|\p{Lu}\p{Ll}+day)|Yesterday|Earlier this week|In (?:our|last week['’]s|yesterday['’]s) (?:[\p{L}-]+\s+){0,2}?(?:issue|edition)),? we (?:described|said|reported|stated|wrote|called|referred to|identified)\b/u;
/** "… this description is ambiguous and needs to be clarified": our wording judged wrong. */
const WORDING_WRONG =
  /\b(?:this|that|the|our) (?:description|statement|wording|characteri[sz]ation|reference|figure|claim|report)\b[^.]{0,60}?\b(?:is|was|were|are|has been|proved|proven)\s+(?:\p{L}+\s+)?(?:ambiguous|wrong|incorrect|inaccurate|misleading|mistaken|untrue|in error)\b|\bneeds? to be (?:clarified|corrected)\b/iu;
/** A speaker's words: quoted, or with who said them after (", the mayor said", ", Ana Ruiz wrote"). */
const SPOKEN =
  /^["“‘]|["”’]\s*$|,["”’]?\s+(?!we\b)(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}.'’-]+\s+){0,4}?(?:said|says|added|wrote|told)\b/u;

export function tellsOwnReportUndone(item: string): boolean {
  const sentences = item.trim().split(/(?<=[.!?][”"’]?)\s+(?=[\p{Lu}“"‘])/u);
  if (sentences.some((s) => SPOKEN.test(s))) return false;
  return (
    CONTRARY_TO_OURS.test(sentences[0]!) ||
    sentences.some((s) => AFTER_WE_RAN.test(s) && !OTHERS_VERDICT.test(s)) ||
    sentences.some((s) => CORRECTED_ONLINE.test(s)) ||
    (WE_SAID_WHEN.test(sentences[0]!) && sentences.slice(1).some((s) => WORDING_WRONG.test(s)))
  );
}

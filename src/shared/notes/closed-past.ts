/**
 * A finding that is over: "A 2019 inquiry found several officers had falsified reports", "In
 * 2019, the audit found …". What a closed, dated past event found does not move as a running
 * story's count does: a count there made exact or put right corrects what the earlier version
 * said of it ("misstated the number of officers …"), where the same count in a story still
 * running ("Investigators have found 11 officers") is an update.
 */
import { plainText } from './sentences';

/** Verbs and auxiliaries that keep a story running or look ahead: "has found", "is reviewing", "will report". */
const RUNNING = /\b(?:is|are|has|have|will|would|remains?|continues?|expects?|expected|plans?|now|so far|still|ongoing|to date)\b/i;

/** Past verbs of a finding or a count told once and done. */
const TOLD_ONCE = /\b(?:found|concluded|determined|identified|counted|reported|showed|tallied|listed|named|cited|recorded|documented)\b/i;

/** "A 2019 inquiry", "the 2021 audit": a body's finding dated by its year. */
const FINDER_YEAR =
  /\b(?:a|an|the|its|their)\s+(1[89]\d\d|20\d\d)\s+(?:[\p{Ll}-]+\s+)?(?:inquiry|investigation|report|audit|study|review|survey|census|analysis|probe|inspection|count|tally)\b/iu;
/** "In 2019, …", "In March 2019, …": the sentence opens on its year. */
const OPENING_YEAR = /^(?:In|During|By)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?(1[89]\d\d|20\d\d)\b/u;

/**
 * True when `sentence` tells what a past event dated to a year before the note's found or
 * counted — a year before `noteDate`'s, a past verb of finding, and nothing that keeps it running.
 */
export function closedPastFinding(sentence: string, noteDate: string): boolean {
  const noteYear = Number(/^(\d{4})/.exec(noteDate)?.[1]);
  if (!Number.isFinite(noteYear)) return false;
  const text = plainText(sentence);
  // The year that dates the finding itself — "A 2019 inquiry", "In 2019, …" opening the sentence —
  // never a year a figure is only compared with ("up from 12 in 2019").
  const dated = FINDER_YEAR.exec(text) ?? OPENING_YEAR.exec(text);
  if (!dated || Number(dated[1]) >= noteYear) return false;
  const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  if (years.some((y) => y >= noteYear)) return false;
  return TOLD_ONCE.test(text) && !RUNNING.test(text);
}

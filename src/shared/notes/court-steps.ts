/**
 * Court and police copy tells a running story's step in words no event verb of the arrest kind
 * covers: "The minor faces charges of armed burglary", "He entered a not guilty plea", "Roberts is
 * in the county jail on a bond of $27,000", "The fire is being treated as deliberate", "He remains
 * in custody". Each is a development as an arrest or a charge is (news-clause.ts reportsEvent),
 * and the word that tells it is the event an old line must share for the line to be background.
 * Only the court's and police's own phrases: "faces a tough choice", "faces years of rebuilding",
 * "pleaded with residents", "a plea for help", "decide on a bond measure", "in jail" without a
 * person's state before it, "was in the prison choir", "treated as a guest" are no step of a case.
 */
import { NEAR_DAY, WEEKDAY } from './weekdays';
import { SPELLED_PLURAL_CARDINAL } from '../text/numbers';

/** What one faces in court: charges, counts, trial, a sentence, years in prison. */
const FACES = String.raw`\b(?:faces?|faced|facing)\s+(?:(?:up\s+to|a|an|the|possible|multiple|several|${SPELLED_PLURAL_CARDINAL}|\d+|new|additional|felony|federal|criminal|murder|misdemeanor|\p{Ll}+-degree)\s+){0,3}(?:charges?|counts?|trial|prosecution|(?:a\s+)?(?:life\s+)?sentence|years?\s+(?:in\s+(?:(?:state|federal)\s+)?prison|behind\s+bars))\b`;
/** A plea entered or made: "pleaded not guilty", "entered a not guilty plea", "pleads guilty". */
const PLEA = String.raw`\b(?:(?:pleaded|pleads|pled|pleading)\s+(?:not\s+guilty|guilty|no\s+contest|innocent)|(?:entered|enters|entering|lodged)\s+(?:a\s+|an\s+)?(?:(?:not\s+)?guilty\s+)?pleas?|(?:not\s+)?guilty\s+pleas?)\b`;
/** Held on a bond or bail: "on a bond of $27,000", "on $5,000 bail", "held on bail", "bail was set at"; not "decide on a bond measure". */
const BOND = String.raw`\b(?:held|released|freed?|jailed)\s+on\s+(?:a\s+)?(?:\$[\d,.]+(?:\s+(?:million|cash|secured))?\s+)?(?:bond|bail)\b|\bon\s+(?:a\s+)?\$[\d,.]+(?:\s+(?:million|cash|secured))?\s+(?:bond|bail)\b|\bon\s+(?:a\s+)?(?:bond|bail)\s+of\s+\$|\b(?:bond|bail)\s+(?:was|is|has been|had been)\s+set\b`;
/** A person's state in a holding: "is in the Highlands County Jail", "remains in custody". */
const HELD = String.raw`\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?in\s+(?:(?:the|a)\s+)?(?:[\p{L}-]+\s+){0,4}(?:jail|prison|custody|detention(?:\s+(?:center|centre))?)\b(?=\s*(?:$|[,.;:)])|\s+(?:on|in|at|for|after|since|without|with|until|pending|awaiting|and|but|while|as|where|following|under|${NEAR_DAY}|${WEEKDAY})\b)`;
/** How the police read an act: "treated as deliberate", "investigated as a homicide". */
const TREATED = String.raw`\b(?:treated|investigated|regarded)\s+as\s+(?:(?:a|an)\s+)?(?:deliberate|suspicious|arson|homicide|murder|criminal|unexplained|a\s+hate\s+crime|terrorism|terror)\b`;

const STEP = new RegExp(`${FACES}|${PLEA}|${BOND}|${HELD}|${TREATED}`, 'iu');
/** The word a step is known by, which an old line must share to have told it. */
const STEP_WORD =
  /\b(?:faces?|faced|facing|plea|pleas|pleaded|pleads|pled|bond|bail|jail|prison|custody|detention|treated|investigated|regarded)\b/i;

/** The word of the court or police step the clause tells ("plea", "bond", "custody"); '' when none. */
export function courtStepWord(clause: string): string {
  const step = STEP.exec(clause);
  return step ? (STEP_WORD.exec(step[0])?.[0] ?? '') : '';
}

/** Does the clause tell a step of a case: a charge faced, a plea, a bond, a person held, an act's reading? */
export function tellsCourtStep(clause: string): boolean {
  return STEP.test(clause);
}

/** "faces", "face": a verb of the court the tagger reads as a noun before what is faced ("faces charges"). */
export const FACED_IN_COURT = /^(?:charges?|counts?|trial|prosecution|up|possible|multiple|several|felony|federal|criminal|murder)$/i;

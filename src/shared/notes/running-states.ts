/**
 * A state that moves on as the day goes, told in one sentence: "Highway 41 is closed" → "Highway
 * 41 is open again", "The search is under way" → "The search is over", a warning "in effect" →
 * "has expired", a lockdown "in place" → "was lifted", "the storm is moving east" → "the storm has
 * turned north". The old line was true when it was printed: the story moved on, which is an
 * update ("the news that Highway 41 is open again"), never a correction.
 *
 * What decides it is what marks progress in the new line: a word that says time has passed
 * ("again", "no longer", "is over", "has expired", "was lifted", "has turned"). Without one, the
 * same edit ("Highway 41 is closed" → "Highway 41 is open") says only that the old line was wrong,
 * and stays a correction; so does a line that names what was wrong (", not …").
 */
import { plainText } from './sentences';
import { printedTokens, tagged } from './topics';
import { copiedFragment } from './grammar';
import { lowerOpening } from './names';

/** A condition that lasts until something ends it: what the old line must say is so. */
const LASTING_STATE =
  /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:closed|shut|open|under way|underway|in effect|in place|ongoing|active|blocked|suspended|halted|on lockdown|missing|out|down|moving|heading|headed|tracking|drifting|flowing|blowing)\b/i;

/**
 * Words that say time has passed since the old line, each closing the clause that tells the news:
 * the state is back ("again"), has ended ("is over", "has expired", "was lifted", "no longer …"),
 * or a course turned ("has turned north").
 */
const PROGRESS =
  /\b(?:(?:is|are|was|were|has|have)\s+(?:now\s+)?(?:\p{Ll}+\s+){0,2}?again|(?:is|are|was|were)\s+(?:now\s+)?no longer\s+\p{Ll}+(?:\s+way)?|(?:is|are)\s+(?:now\s+)?over|(?:has|have|had)\s+(?:now\s+)?(?:been\s+)?(?:lifted|expired|ended|called off|cancell?ed|suspended|resumed|reopened)|(?:was|were)\s+(?:later\s+)?(?:lifted|called off|ended)|(?<!\b(?:not|never|be|been)\s+)\b(?:reopened|resumed)|(?:has|have|had)\s+(?:now\s+)?(?:turned|shifted|veered|swung)\s+(?:to\s+the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|inland|offshore|away))\b/iu;

/** The nouns of a line (wink-nlp's tags), lowercased: what the state is of. */
function nounsOf(text: string): Set<string> {
  return new Set(
    tagged(text)
      .filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')
      .map((t) => t.lower),
  );
}

/**
 * The clause that tells a lasting state moved on, from the start of the new line through the word
 * that marks the progress ("Highway 41 is open again"), or '' when the edit is no such development:
 * the old line states no lasting condition, the new one marks no progress the old did not, the two
 * are not about the same thing (a noun of the old line's subject stands in the new), or the new one
 * says what was wrong.
 */
export function stateMovedOn(older: string, newer: string): string {
  const was = plainText(older);
  const now = plainText(newer);
  if (!LASTING_STATE.test(was) || PROGRESS.test(was) || /,\s+not\s/i.test(now)) return '';
  const progress = PROGRESS.exec(now);
  if (!progress) return '';
  // The subject of the old state stands in the new line: "the search", "Highway 41", "the storm".
  const subject = was.slice(0, LASTING_STATE.exec(was)!.index);
  const own = nounsOf(subject);
  const shared = [...nounsOf(now.slice(0, progress.index))].some((n) => own.has(n));
  if (!shared) return '';
  // The thing already named takes "the" ("a flood warning" → "the flood warning").
  let subjectNow = now
    .slice(0, progress.index)
    .trim()
    .replace(/^(?:The|A|An)\s/, 'the ');
  // A note tells the news in its own words, not a run of eight copied (grammar.ts): a long subject
  // keeps its head, cut before the phrase that says which ("the search | for the missing hiker").
  const words = tagged(subjectNow);
  const complement = words.findIndex((t, i) => i > 0 && t.pos === 'ADP');
  if (copiedFragment(`${subjectNow} ${progress[0]}`, now) && complement > 0) subjectNow = printedTokens(words.slice(0, complement));
  const clause = lowerOpening(`${subjectNow} ${progress[0]}`, now);
  return clause.split(/\s+/).length <= 14 ? clause : '';
}

/**
 * What was pending when the old line was printed — votes still being counted, a jury
 * deliberating, a measure "headed for approval", a lead at halftime, a patient in critical
 * condition, a plan to close — and what the new line reports as its outcome.
 */
const PENDING =
  /\b(?:(?:still|were|was|are|is)\s+being\s+(?:counted|tallied)|(?:is|are|was|were)\s+(?:still\s+)?(?:counting|tallying|deliberating)|began\s+deliberating|(?:appeared|appears|seemed|seems|was|is)\s+(?:headed|poised|on track|set)\s+(?:for|to)|too close to call|\d{1,2}(?:\.\d+)?\s*(?:%|percent)\s+of\s+(?:the\s+)?(?:precincts|votes?|ballots|returns)\s+(?:reporting|counted|in)|at halftime|at the half|(?:is|was|are|were|remains?|remained)\s+in\s+(?:critical|serious|grave)\s+condition|awaiting\s+(?:a\s+|the\s+)?(?:verdict|ruling|decision|results?))\b/i;
/** A plan or a thing to come, as developments.ts's FUTURE reads it: "will be debated", "plans to sign", "is expected to rule". */
const PLANNED = /\b(?:will|(?:is|are|was|were)\s+(?:expected|scheduled|set|due)\s+to|plans?\s+to|planned\s+to)\s+(?:be\s+)?\p{Ll}{3,}/iu;
/** An outcome told in the past: a result, a verdict, a ruling, a death, a plan turned round (never "won't"). */
const OUTCOME =
  /\b(?:defeated|won|lost|approved|rejected|passed|convicted|acquitted|sentenced|found\s+(?:not\s+)?guilty|died|ruled|conceded|beat|declared|elected|re-elected|delayed|postponed|called off|scrapped|signed|vetoed|adopted|enacted)\b(?!['’])/i;

/**
 * "Votes were still being counted in the race between A and B" → "A defeated B"; "Jurors began
 * deliberating Monday in the trial of Gordon Pike" → "A jury convicted Gordon Pike": what was
 * pending came to an end, an update told by the new line's clause ("the news that A defeated B"),
 * never a correction of the old one. The two lines must share a name or a noun (the race, the
 * trial, the measure); a line that says what was wrong (", not …") or is still pending is no such
 * end. Returns the new line, or '' when the edit is no such development.
 */
export function outcomeReached(older: string, newer: string): string {
  const was = plainText(older);
  const now = plainText(newer);
  if (actDone(was, now)) return now;
  // A plan ("will be debated this week", "plans to sign") is pending as much as a count under way.
  const pending = (line: string) => PENDING.test(line) || PLANNED.test(line);
  if (!pending(was) || pending(now) || !OUTCOME.test(now) || OUTCOME.test(was) || /,\s+not\s/i.test(now)) return '';
  const own = nounsOf(was);
  return [...nounsOf(now)].some((n) => own.has(n) && n.length > 2) ? now : '';
}

/**
 * An act someone was pressed, expected or set to do, in the old line ("Pressure mounted on Chief
 * Ana Ruiz to resign", "calls for the dean to step down", "plans to close the plant"), and the new
 * line tells it done ("Ruiz resigned on Friday"): the verb after "to", now in the past, and a noun
 * of the old line with it. A line still pending ("is expected to resign") or that says what was
 * wrong (", not …") is no such end.
 */
const PENDING_ACT =
  /\b(?:pressure|calls?|demands?|push(?:ed)?|bid|plans?|planned|threat(?:en(?:ed|s)?)?|vow(?:ed|s)?|promis(?:ed|es)|expected|urged|asked|set|poised|scheduled)\b[^.;"“”]{0,50}?\bto\s+(\p{Ll}{3,})\b/iu;
/**
 * Who or what was sought ("asking for help finding Maya Cole", "searching for two hikers") and the
 * new line has found ("Maya Cole … was found safe"): a noun of what was sought stands before the
 * finding. ("No trace was found" names none of them, and is no end.)
 */
const SOUGHT =
  /\b(?:search(?:ing|es)?\s+for|look(?:ing)?\s+for|hunt(?:ing)?\s+for|trying\s+to\s+(?:find|locate)|help\s+(?:finding|locating|to\s+find|to\s+locate))\s+([^,.;]+)/i;
const FOUND = /\b(?:was|were|has been|have been)\s+(?:\p{Ll}+\s+)?(?:found|located|rescued|recovered)\b/iu;
function soughtFound(was: string, now: string): boolean {
  const sought = SOUGHT.exec(was);
  const found = FOUND.exec(now);
  if (!sought || !found || SOUGHT.test(now) || /\b(?:not|never|no)\b/i.test(now.slice(0, found.index + found[0].length))) return false;
  const own = nounsOf(sought[1]!);
  return [...nounsOf(now.slice(0, found.index))].some((n) => own.has(n) && n.length > 2);
}

function actDone(was: string, now: string): boolean {
  if (soughtFound(was, now)) return true;
  // "in talks to buy Vance" → "agreed to buy Vance": a deal under talks, struck.
  const talks = /\b(?:in talks|negotiating|in negotiations|considering|weighing|exploring)\b[^.;]{0,30}?\bto\s+(\p{Ll}{3,})\b/iu.exec(was);
  if (
    talks &&
    new RegExp(`\\b(?:agreed|signed a deal|reached a deal|struck a deal)\\s+to\\s+${talks[1]}\\b`, 'i').test(now) &&
    !/\b(?:not|never)\b/i.test(now)
  )
    return true;
  const pending = PENDING_ACT.exec(was);
  if (!pending || PENDING_ACT.test(now) || /,\s+not\s/i.test(now) || /\b(?:not|never|refused|declined)\b/i.test(now)) return false;
  const verb = pending[1]!.toLowerCase();
  const stem = verb.replace(/e$/, '');
  const past = new RegExp(`\\b(?:${verb}d|${stem}ed|${verb}ed)\\b`, 'i');
  if (!past.test(now) || past.test(was)) return false;
  const own = nounsOf(was);
  return [...nounsOf(now)].some((n) => own.has(n) && n.length > 2);
}

/**
 * Developments: in a running story a count rises ("at least 12 killed" → "at least 15 killed") or
 * a state changes ("power remains out" → "power was restored"). The old figure was not wrong when
 * it was printed, so this is an update, and the note says what developed ("new death toll",
 * "the news that power was restored to most customers") rather than "misstated" or "additional
 * comments". Lines that add nothing ("no further details were released") are not material.
 */
import { plainText } from './sentences';
import { isIrregularPast } from './past-forms';
import { isPluralNoun } from './plurals';
import { lowerOpening } from './names';
import { CHARGES, isNumberToken } from './edits';
import { numberWordValue } from '../text/numbers';
import { fill, type NoteTemplates } from './style';
import { nounPhrases, printedTokens, tagged } from './topics';
import { clockTimes } from './clocks';
import { ageOf } from './figures';
import { isStampOnly, returnsCounted, stampMovedForward } from './stamps';
import { opposite } from './opposites';
import { QUALIFIER } from './qualifiers';
import { GROUP_NOUN } from './attribution';
import { outcomeReached, stateMovedOn } from './running-states';
import { compressClause } from './news-clause';
import { keptNews } from './news-word-kept';
import { speechVerbs } from './speech-verbs';
import { splitsMeasure } from './clause-ends';
import { yearPutRight } from './fixed-years';
import { NEAR_DAY, WEEK, WEEKDAY } from './weekdays';
import { ordinalClimbed } from './ordinal-count';
import { numberOfWhat } from './count-with-day';
import { riskRaised } from './risk-levels';
import { COLLECTIVE, REPORTED_COUNT, countedDeed } from './reported-counts';
import { figureClause, timeAgo } from './figure-clause';
import { digitsSwapped } from './swapped-digits';
import { valueSwappedInPlace } from './value-swapped';

/** A charge named alone ("robbery", "a felony"). */
const CHARGE = new RegExp(`^(?:an?\\s+)?(?:felony|misdemeanor|homicide|${CHARGES.split(' ').join('|')})$`, 'i');
/** What moves a charge on: a death, an indictment, a plea, a prosecutor's amendment. */
const CHARGE_MOVED = /\b(?:died|upgraded|amended|reduced|downgraded|indicted|grand jury|pleaded|plea deal|refiled)\b/i;

/** A source that put its own figure right, as the new line says: "after revising an earlier count of 12", "had initially put the toll at". */
const SOURCE_REVISED =
  /\b(?:revis(?:ed|ing)|lower(?:ed|ing)|adjust(?:ed|ing)|correct(?:ed|ing))\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:earlier\s+|initial\s+|previous\s+|own\s+)?(?:count|toll|figure|estimate|number|tally)\b|\b(?:had\s+)?(?:earlier|initially|previously)\s+(?:put|reported|said|estimated|given|counted)\b/i;

/** A line that only says the source revised its own count ("Officials revised an earlier count of 12."): no new fact of its own. */
export function revisesCount(sentence: string): boolean {
  const line = plainText(sentence);
  return SOURCE_REVISED.test(line) && line.split(/\s+/).length <= 10;
}

/** Words that say the figure is a running count, not a settled fact. */
const RUNNING_COUNT = /\b(?:at least|so far|as of|rose|risen|climbed|has grown|grew|toll|now|more than|still|updated|latest)\b/i;
/** A plan or an expectation, and its verb: "will meet", "is expected to announce". */
const FUTURE =
  /\b(?:will|is expected to|are expected to|is scheduled to|are scheduled to|is set to|are set to|plans to|plan to|is due to|are due to)\s+(?:be\s+)?(\p{Ll}{3,})/iu;
/**
 * An effort in progress whose outcome is the news: "were searching", "was trying to", "were
 * negotiating". Only such verbs: "was living in Tampa" → "lived in Orlando" or "was carrying 120"
 * → "carried 132" is a fact put right, not a story that moved on.
 */
const ONGOING_VERB =
  /\b(?:was|were|is|are)\s+(?:still\s+)?(?:searching|looking|hunting|seeking|trying|working|fighting|battling|negotiating|investigating|considering|weighing|reviewing|waiting|hoping|attempting|planning|preparing|deliberating|debating|racing|scrambling|combing|digging|probing)\b/u;
const SPOKE = `${speechVerbs('said', 'says', 'announced', 'confirmed', 'reported', 'told', 'added', 'warned', 'wrote', 'posted', 'stated')}|disclosed|revealed`;
/** A figure stamped with the time it was counted. */
const AS_OF = /\b(?:as of|as at)\b/i;
/** A wire's clock stamp: "by 0930 GMT", "at 1430 GMT", "by 10:15 a.m. ET" (read lowercased). */
const WIRE_CLOCK = /\b(?:(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}:[0-5]\d(?:\s?[ap]\.?m\.?)?)\s+(?:gmt|utc|bst|cet|cest|e[sd]?t)\b/g;
/** Words that say when in the day or the trading session a figure was read, or the clock it was read at. */
const MOMENT =
  /\b(?:(?:[01]\d|2[0-3])[0-5]\d\s+(?:gmt|utc|bst|cet|cest|e[sd]?t)|\d{1,2}:[0-5]\d(?:\s?[ap]\.?m\.?)?\s+(?:gmt|utc|bst|cet|cest|e[sd]?t)|morning|afternoon|evening|midday|noon|tonight|overnight|(?:early|late|midday|afternoon) trading|(?:closed|opened|finished|ended) (?:up|down|at|higher|lower|flat)|at the (?:close|open)|closing price|intraday)\b/g;
const CASUALTIES =
  /\b(?:killed|dead|deaths?|died|injured|wounded|hurt|missing|evacuated|displaced|without power|outages?|customers|cases|hospitalized|homes destroyed|arrested)\b/i;
/** What an event still unfolding is counted by: a fire's acres and containment, a count of votes. */
const UNFOLDING =
  /\b(?:contained|containment|acres|hectares|burn(?:ed|ing|t)|spread|stranded|sheltering|in shelters|flights? (?:canceled|cancelled|delayed)|infections?|infected|cases|precincts reporting|votes counted|ballots counted|fundrais\w*|fund (?:now )?(?:stands|totals|has (?:raised|grown|reached))|donations?|raised|pledges|signatures|jackpot|visitors|viewers|downloads|subscribers)\b/i;
/** The line without a clause set off by commas that tells another event (", which started Monday,"). */
const withoutOtherEvent = (line: string) => line.replace(/,\s+(?:which|who|that|when|after|before|while|since)\b[^,]*(?:,|$)/gi, ',');
/** A count given roughly, and the least it means: "dozens" is 24 or more. */
const ROUGH_COUNT = /^(?:several\s+)?(dozens|hundreds|thousands|scores)(?:\s+of)?$/i;
const ROUGH_FLOOR: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000 };
/** A moment inside a trading session: the figure was read before the close. */
const SESSION_MOMENT = /\b(?:(?:early|midday|morning|afternoon|late|mid-?morning|mid-?afternoon)\s+trading|intraday|before the close)\b/i;
/** Words that count the dead of an event: "killing four", "kills 6", "the death toll". */
const TOLL = /\b(?:kill(?:ed|ing|s)|dead|deaths?|died|death toll)\b/i;
/** An event told by its day this week, as breaking copy dates it. */
const THIS_WEEK = new RegExp(String.raw`\b(?:${WEEKDAY}|${NEAR_DAY}|overnight)\b`, 'i');
/** A month or a year dates an event on the calendar, as history is told. */
const DATED =
  /\b(?:Jan(?:uary|\.)|Feb(?:ruary|\.)|March|April|May|June|July|Aug(?:ust|\.)|Sept?(?:ember|\.)|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.)|(?:1[6-9]|20)\d\d)(?!\w)/;
const DEATHS = /\b(?:killed|dead|deaths?|died|death toll|toll)\b/i;
/** A count with no figure: "several", "dozens of", "a handful of". */
const VAGUE_COUNT =
  /^(?:several|some|a few|few|many|numerous|multiple|a number of|a handful of|a couple of|dozens(?: of)?|scores(?: of)?|hundreds(?: of)?|thousands(?: of)?)$/i;
/** The perfect aspect: "has burned", "have now arrested", "has been evacuated". */
const PERFECT =
  /\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:been\s+)?(?:\p{L}+ed|burned|burnt|taken|grown|risen|seen|made|found|lost|hit|left|driven|caught|shut|spent|sold|built|brought|held)\b/iu;
/** Verbs that report a situation resolved or moved on. */
const RESOLVED =
  /\b(?:restored|resolved|reopened|lifted|ended|extinguished|contained|found|located|rescued|released|arrested|charged|returned|resumed|recovered|reached|cleared|fixed|back online|back up)\b/i;
/**
 * A verb that only says: what a subject did when it only spoke. (Not "found", "released" or "called",
 * which the list also reads as saying, but which are deeds of their own: "Rescuers found two men".)
 */
const SAYING_WORD = new RegExp(
  `^(?:${speechVerbs('said', 'says', 'told', 'tells', 'announced', 'confirmed', 'reported', 'stated', 'added', 'wrote', 'noted', 'explained')})$`,
  'i',
);
/** Sentences that add nothing a reader needs told: no new material (a newsroom asking for comment is how it gathered the news, not news). */
const NOTHING_NEW =
  /\b(?:no (?:new|further|other) (?:details|information|updates?)|(?:were|was|are|is) not (?:immediately )?(?:released|available|known|clear)|did not (?:immediately )?(?:respond|return|reply)|could not (?:immediately )?be reached|declined to comment|(?:reached out to|contacted|asked|e-?mailed|called)\s+(?!for\b)[^.;]{1,80}?\bfor (?:comment|a response|a statement)\b(?!\s+from))/i;

/** The digits of the first figure in `text` ("86,680" → "86680"), or ''. */
function digitsOf(text: string): string {
  return /\d[\d,.]*/.exec(text)?.[0].replace(/[,.]/g, '') ?? '';
}

/** Whether two figures are one figure mistyped: a digit more or fewer, or two neighbours swapped. */
export function mistypedFigure(before: string, after: string): boolean {
  const [a, b] = [digitsOf(before), digitsOf(after)];
  if (a.length < 3 || b.length < 3 || a === b) return false;
  if (Math.abs(a.length - b.length) === 1) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    for (let k = 0; k < long.length; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
    return false;
  }
  if (a.length !== b.length) return false;
  const at = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
  return at.length === 2 && at[1] === at[0]! + 1 && a[at[0]!] === b[at[1]!] && a[at[1]!] === b[at[0]!];
}

function valueOf(text: string): number | null {
  for (const word of text.split(/\s+/)) {
    if (!isNumberToken(word)) continue;
    const lower = word.toLowerCase();
    const spelled = numberWordValue(lower);
    if (spelled !== undefined) return spelled;
    const n = Number(word.replace(/[$,%]/g, ''));
    if (Number.isFinite(n)) return n;
  }
  return null;
}

/** True when the sentence only says nothing new is known: not material for a note. */
export function saysNothingNew(sentence: string): boolean {
  return NOTHING_NEW.test(plainText(sentence));
}

/** The figures of a sentence other than its clock times, in order: what a running count changes. */
function countsIn(sentence: string): string {
  const clocks = new Set(clockTimes(sentence).flatMap((c) => c.parts));
  return (sentence.match(/\d[\d.,]*\d|\d/g) ?? []).filter((n) => !clocks.has(n)).join(' ');
}

/**
 * The rest of the edited line's paragraph, in each version (and the line after it in the new one):
 * a returns clock or a source's revision told there belongs to the figure too.
 */
export interface Around {
  older: string;
  newer: string;
}

export type Development = { kind: 'count'; phrase: string } | { kind: 'resolved'; phrase: string };

/**
 * Reads an edit of one sentence as a development, or null when it is a correction or rewording.
 * `counted` is what the figure counts ("people injured"), from the correction's own reading.
 */
/**
 * "new number of people who died": only a plural counts ("a magnitude 5.4 earthquake" gives no
 * "new number of earthquake"); else the figures are new.
 */
function countPhrase(counted: string, t: NoteTemplates): string {
  const what = counted.replace(/^new /, '');
  // ("the number of injured": an adjective standing for the people it describes names many too.)
  const many = (w: string) => (/^\p{Ll}/u.test(w) && isPluralNoun(w)) || (COLLECTIVE.test(w) && what === w);
  return what && what.split(/\s+/).some(many) ? fill(t.newCount, { what }) : t.newFigures;
}

export function readDevelopment(
  before: string,
  after: string,
  older: string,
  newer: string,
  counted: string,
  otherMaterial: boolean,
  t: NoteTemplates,
  around: Around = { older: '', newer: '' },
): Development | null {
  const was = valueOf(before);
  const now = valueOf(after);
  const sentence = plainText(newer);
  // A year put right is a past fact corrected, not a count that ran on (fixed-years.ts).
  if (yearPutRight(before, after, sentence)) return null;
  // "the number of injured rose to 5": the count names what it counts (count-with-day.ts).
  counted = numberOfWhat(sentence, after) || counted;
  // "a Level 3 out of 5 risk of severe weather" → "Level 4": the forecast raised (risk-levels.ts).
  const raised = riskRaised(older, newer);
  if (raised) return { kind: 'resolved', phrase: fill(t.resolved, { what: raised }) };
  // "the sixth person to be hurt" → "the seventh": a growing set's ordinal climbed (ordinal-count.ts).
  const climbed = ordinalClimbed(before, after, older, newer);
  if (climbed) return { kind: 'count', phrase: climbed === 'death toll' ? t.newDeathToll : fill(t.newCount, { what: climbed }) };
  // One value swapped in its own line, nothing added, no word of a count moving on: put right (value-swapped.ts);
  // read after a raised risk level and a growing set's ordinal, which are developments by their own structure.
  if (valueSwappedInPlace(before, after, plainText(older), sentence, otherMaterial, around)) return null;
  // "86,680 fires" → "8,668 fires": the same digits with one more or one fewer, or two swapped, is a
  // figure mistyped and put right — no count moves so — when nothing else of the line moved, its
  // clock included (review 10t).
  if (
    (mistypedFigure(before, after) || digitsSwapped(before, after, sentence)) &&
    plainText(older).replace(before, '') === sentence.replace(after, '')
  )
    return null;
  // "injuring several others" → "injuring nine others": a count the old line left vague, made
  // exact as more is known — a running story told more fully; "several" was never wrong. ("Dozens"
  // has a floor: a figure below it is read below, as a count put right.)
  if (VAGUE_COUNT.test(before.trim()) && !ROUGH_COUNT.test(before.trim()) && now !== null && !/,\s+not\s/i.test(sentence))
    return { kind: 'count', phrase: counted ? fill(t.newCount, { what: counted.replace(/^new /, '') }) : '' };
  // A share of the vote read under a returns clock the paragraph gives in another sentence ("With
  // 90% of precincts reporting, the race was close. Quill had 54% …"): the clock is the figure's
  // stamp as much as one in its own sentence.
  const returnsClock =
    returnsCounted(sentence) === null && returnsCounted(plainText(older)) === null && returnsCounted(around.newer) !== null;
  // What was to happen has happened ("will meet on Friday" → "met on Friday", "is expected to
  // announce" → "announced"): the story moved on.
  const planned = FUTURE.exec(plainText(older));
  const plannedVerb = planned?.[1]!.toLowerCase() ?? '';
  const done =
    planned &&
    !FUTURE.test(sentence) &&
    sentence
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some(
        (w) =>
          w !== plannedVerb &&
          ((w.slice(0, 2) === plannedVerb.slice(0, 2) && w.endsWith('ed')) || (w[0] === plannedVerb[0] && isIrregularPast(w))),
      );
  // Told whole where it reads as a clause ("voted 6-1 to raise parking fees"), not cut at seven words.
  if (done) {
    const told = compressClause(sentence, `${plainText(older)}\n${sentence}`);
    return { kind: 'resolved', phrase: fill(t.resolved, { what: told?.clause ?? shortClause(sentence) }) };
  }
  const ongoingDone = movedOn(older, sentence, t);
  if (ongoingDone) return ongoingDone;
  // A lasting state moved on ("is closed" → "is open again"): running-states.ts.
  const state = stateMovedOn(older, sentence);
  if (state) return { kind: 'resolved', phrase: fill(t.resolved, { what: state }) };
  // What was pending came to an end ("votes were being counted" → "Haddad defeated Pike"): the new
  // line tells it, as any added development is told (news-clause.ts).
  if (outcomeReached(older, sentence)) {
    const told = compressClause(sentence, `${plainText(older)}\n${sentence}`);
    return { kind: 'resolved', phrase: told ? fill(t.resolved, { what: told.clause }) : '' };
  }
  // "Forecasters expect …" → "Forecasters now expect …": a "now" put in says the story moved on
  // (a revised forecast, a new total), not that the old line was wrong.
  // Only a forecast or a plan revised ("expect", "project", "scheduled") moves on so, and only when
  // more than the "now" changed; any other fact put right with a "now" is still a fact put right.
  const withoutNow = sentence.replace(/\bnow\s+/i, '');
  if (
    /\bnow\b/i.test(sentence) &&
    !/\bnow\b/i.test(plainText(older)) &&
    was === now &&
    withoutNow !== plainText(older) &&
    /\b(?:expect(?:s|ed)?|forecasts?|predicts?|projects?|projected|estimates?|estimated|scheduled|plans?|planned)\b/i.test(sentence) &&
    !/\p{Lu}/u.test(`${before} ${after}`)
  )
    return { kind: 'resolved', phrase: fill(t.resolved, { what: lowerOpening(shortClause(sentence, 14), plainText(older)) }) };
  // A running figure read again later ("200 acres by evening" → "1,400 acres by Saturday morning",
  // "120 cases on Monday" → "145 cases on Tuesday"): its stamp moved forward with it, so neither
  // the figure nor its stamp was wrong when printed.
  const stampMoved =
    stampMovedForward(plainText(older), sentence) ||
    // "2,000 acres and 10% contained Monday" → "4,500 acres and 25% contained Tuesday": an unfolding
    // event's count read on a later day, the day set bare after it as AP sets it.
    // (A day inside a clause of another event, "which started Monday", dates that event, not the count.)
    (UNFOLDING.test(sentence) &&
      UNFOLDING.test(plainText(older)) &&
      stampMovedForward(withoutOtherEvent(plainText(older)), withoutOtherEvent(sentence), true)) ||
    (returnsClock && stampMovedForward(`${around.older} ${plainText(older)}`, `${around.newer} ${sentence}`));
  if (stampMoved && countsIn(plainText(older)) !== countsIn(sentence)) {
    if (isStampOnly(before) && isStampOnly(after)) return { kind: 'count', phrase: '' };
    if (was !== null && now !== null && was !== now) return { kind: 'count', phrase: countPhrase(counted, t) };
  }
  // "charged Holt with robbery" → "charged Holt with murder after the victim died Monday": a charge
  // raised or cut as the case moved on — the new line says what moved it — is news, not a fix.
  if (CHARGE.test(before.trim()) && CHARGE.test(after.trim()) && CHARGE_MOVED.test(sentence) && !CHARGE_MOVED.test(plainText(older))) {
    const told = compressClause(sentence, `${plainText(older)}\n${sentence}`);
    return { kind: 'resolved', phrase: told ? fill(t.resolved, { what: told.clause }) : '' };
  }
  // "dozens of flights" → "more than 120 flights, according to FlightAware": a count the old line
  // gave only roughly, now given as a figure within it, is a new figure, not one put right.
  const rough = ROUGH_COUNT.exec(before.trim());
  if (rough && now !== null && now >= ROUGH_FLOOR[rough[1]!.toLowerCase()]!) return { kind: 'count', phrase: countPhrase(counted, t) };
  // "At least 9 were killed, officials said, after revising an earlier count of 12": the source put
  // its own figure right, and the old line reported it right when it was printed — a new count.
  // So when the revision is told in a line of its own beside it ("9 people died. Officials revised
  // an earlier count of 12."): a line new to the paragraph that names no figure but these two.
  const revisedBeside =
    SOURCE_REVISED.test(around.newer) &&
    !SOURCE_REVISED.test(around.older) &&
    around.newer
      .split(/(?<=[.!?])\s+/)
      .filter((line) => SOURCE_REVISED.test(line))
      .every((line) => (line.match(/\d[\d.,]*\d|\d/g) ?? []).every((n) => [was, now].includes(Number(n.replace(/,/g, '')))));
  if (
    was !== null &&
    now !== null &&
    was !== now &&
    (revisedBeside || (SOURCE_REVISED.test(sentence) && !SOURCE_REVISED.test(plainText(older))))
  )
    return { kind: 'count', phrase: countPhrase(counted, t) };
  // A wire story told on a later day ("said on Monday" → "said on Tuesday") beside new material:
  // the day moved with the news, it was not wrong.
  const day = (w: string) => WEEK.indexOf(w.toLowerCase().replace(/[.,]$/, ''));
  // Only the day someone spoke or reported moves so; the day an event happened stays a fact.
  const later = otherMaterial && day(before) >= 0 && day(after) > day(before);
  if (later && new RegExp(`\\b(?:${SPOKE})\\s+(?:on\\s+)?${WEEK[day(after)]}\\b`, 'i').test(sentence)) return { kind: 'count', phrase: '' };
  if (RESOLVED.test(after) && !RESOLVED.test(before) && !RESOLVED.test(plainText(older))) {
    // (Cut short inside a long subject, the news word lost: told by the main clause, news-word-kept.ts.)
    const short = keptNews(shortClause(sentence), sentence, RESOLVED, `${plainText(older)}\n${sentence}`);
    return { kind: 'resolved', phrase: fill(t.resolved, { what: qualified(sentence, short) }) };
  }
  // "As of Monday morning, 13 …" → "As of Monday evening, 12 …": a figure stamped with the time it
  // was counted is replaced by a later count, whichever way it moved.
  // So is a figure whose moment moved with it ("up 2% in early trading" → "closed up 3%", "on
  // Monday morning" → "on Monday evening"): the later reading of a running figure.
  // "by 0930 GMT" → "by 1400 GMT": the stamp moved with the figure. The figure is read without the
  // clock, so a time put right on its own ("left at 0930 GMT" → "1030 GMT") stays a fact.
  const moment = (text: string) => (text.toLowerCase().match(MOMENT) ?? []).sort().join(' ');
  const momentMoved = moment(sentence) !== moment(plainText(older)) && moment(sentence) !== '';
  const clockDigits = new Set(
    [...`${plainText(older)} ${sentence}`.toLowerCase().matchAll(WIRE_CLOCK)].flatMap((m) => m[0].match(/\d+(?::\d+)?/g) ?? []),
  );
  const unclocked = (text: string) =>
    text
      .split(/\s+/)
      .filter((w) => !clockDigits.has(w.replace(/[.,;]$/, '')))
      .join(' ');
  const figureOf = (words: string) => valueOf(unclocked(words));
  // "Shares rose in morning trading" → "Shares fell in afternoon trading": a direction that turned
  // as its moment moved on is the later reading of a running story, not a claim put right.
  const turned = () => before.split(/\s+/).some((b) => after.split(/\s+/).some((a) => opposite(b, a)));
  if ((momentMoved || stampMovedForward(plainText(older), sentence, true)) && before.length < 40 && turned())
    return { kind: 'resolved', phrase: fill(t.resolved, { what: shortClause(sentence) }) };
  const stamped = momentMoved && figureOf(before) !== null && figureOf(after) !== null && figureOf(before) !== figureOf(after);
  // The stamp itself, moved beside a figure that moved too, is part of the same later reading.
  const figuresIn = (text: string) =>
    unclocked(text.toLowerCase())
      .match(/\d[\d.,]*/g)
      ?.join(' ') ?? '';
  if (momentMoved && figureOf(before) === null && figureOf(after) === null && was !== null && now !== null) {
    if (figuresIn(plainText(older)) !== figuresIn(sentence)) return { kind: 'count', phrase: '' };
  }
  // "fell 4% in early trading" → "fell 9% on Thursday": a market figure read while the session ran,
  // read again without its moment, is the later reading (the close), not a figure put right.
  const sessionEnded = SESSION_MOMENT.test(plainText(older)) && !SESSION_MOMENT.test(sentence) && !/,\s+not\s/i.test(sentence);
  if (was !== null && now !== null && was !== now && ((AS_OF.test(sentence) && AS_OF.test(plainText(older))) || stamped || sessionEnded))
    return { kind: 'count', phrase: countPhrase(counted, t) };
  if (was === null || now === null || now <= was) return null;
  // An age ("Baker, 63,") is a fact of a person, never a running count.
  if (ageOf(sentence, after.trim()) || new RegExp(`(?<![\\d,.])${was}-years?-old\\b`).test(plainText(older))) return null;
  // ("a sexual assault from nearly 30 years ago" → "40 years ago": how long ago is a past fact, figure-clause.ts.)
  if (timeAgo(sentence, after) && timeAgo(plainText(older), before)) return null;
  // A count in the perfect ("has burned 1,200 acres", "have arrested 4") is a count so far; kept in
  // both versions, the frame says the story moved on, not that the figure was wrong.
  // Read in the figure's own clause: "has resulted in faster growth — the economy expanded at 2.4
  // percent" counts nothing so far; the perfect belongs to the clause before the dash.
  // (And by compromise's clauses: "…, with 60% of sales from breads" is not counted by the "have
  // migrated" of another clause, figure-clause.ts.)
  const [ownNow, ownWas] = [figureClause(sentence, after), figureClause(plainText(older), before)];
  const running =
    (RUNNING_COUNT.test(ownNow) && RUNNING_COUNT.test(ownWas)) ||
    (PERFECT.test(ownNow) && PERFECT.test(ownWas)) ||
    // "have reportedly been hurt", "have been reported": a count passed on as it came in (reported-counts.ts).
    (REPORTED_COUNT.test(ownNow) && REPORTED_COUNT.test(ownWas));
  // "overturned on Friday, killing four people" → "killing six people": the dead of an event this
  // week are counted as they are found, so a toll that rises is the count so far. An event dated by
  // a month or a year ("Sixteen hikers died on the pass in March") is history: its count is a fact.
  const tollRose =
    TOLL.test(sentence) &&
    TOLL.test(plainText(older)) &&
    THIS_WEEK.test(sentence) &&
    !DATED.test(sentence) &&
    !/\binjur|wound|hurt/i.test(counted);
  if (!running && !tollRose && !(otherMaterial && CASUALTIES.test(sentence))) return null;
  // "The county now owes $4.3 billion" alone: a standing quantity (a debt, a population, a height)
  // put right, with no stamp moved and nothing new beside it, was wrong when printed. Only a count
  // of an event ("at least 15 dead", "has burned 1,400 acres") runs on by itself.
  // A count in the perfect alone ("More than 1,500 have been built since 1984", "has assembled a list
  // of 39 agencies") is a total so far only beside other news: with no new sentence around it, the
  // figure was put right (this replaces listed-counts.ts's reading here).
  const eventCount = CASUALTIES.test(sentence) || UNFOLDING.test(sentence);
  if (!otherMaterial && !tollRose && !eventCount) return null;
  if ((DEATHS.test(sentence) || tollRose) && !/\binjur|wound|hurt/i.test(counted)) return { kind: 'count', phrase: t.newDeathToll };
  // "has burned 3,400 acres" → "acres burned": the verb that counts says what the figure is.
  const verb =
    counted && !/\s/.test(counted)
      ? new RegExp(`\\b(?:has|have)\\s+(?:now\\s+)?(\\p{L}+)\\s+[^\\s]+\\s+${counted}\\b`, 'u').exec(sentence)
      : null;
  // ("workers have reportedly been hurt" → "workers hurt": the passive's participle says it too.)
  const what = verb && !/^(?:been|had|got)$/.test(verb[1]!) ? `${counted} ${verb[1]}` : countedDeed(sentence, counted);
  return { kind: 'count', phrase: countPhrase(what, t) };
}

const SETTLED =
  /\b((?:the|its|their|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:issues?|outages?|problems?|disruptions?|fires?|blaze|strike|standoff|search|closures?|leak|errors?|bug))\s+(?:[^.;]{0,40}?\s)?(?:has|have|had|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?(?:fully\s+|largely\s+|mostly\s+)?(resolved|restored|fixed|contained|extinguished|lifted|ended|reopened|mitigated)\b/iu;

/**
 * A new sentence that reports the situation settled ("the issue has been resolved"): the development
 * the note should name first, or null.
 */
/** "… said that iMessage and all iCloud services were working again", "all AWS services returned to normal". */
const BACK_TO_WORK =
  /(?:^"?|\bthat\s+|,\s+)((?:[\p{L}\p{N}'-]+\s+){1,6}?(?:(?:were|was|are|is|have been|has been)\s+(?:now\s+|again\s+|fully\s+)?(?:working again|working normally|back online|back up and running|back to normal|operating normally|up and running)|returned to normal(?:\s+operations)?))\b/iu;

/** "… that it resolved the increased error rates", "crews have restored power to the valley": the doer settled a thing. */
const SETTLED_BY =
  /\b(?:it|they|crews|engineers|officials|firefighters|(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|since\s+|fully\s+|finally\s+)?(resolved|fixed|restored|mitigated|contained|lifted|reopened|extinguished)\s+(?=the\s|an?\s|its\s|their\s|["“])/u;

export function settledNews(sentence: string, t: NoteTemplates): string | null {
  // A source's words quoted ('… that the "underlying issue was mitigated"') say the same news.
  const plain = plainText(sentence).replace(/["“”]/g, '');
  const m = SETTLED.exec(plain);
  if (m) return fill(t.resolved, { what: shortClause(plain.slice(m.index)) });
  // Active voice: what was settled is the verb's object, named by its noun phrase.
  const by = SETTLED_BY.exec(plain);
  if (by) {
    const [object] = nounPhrases(plain.slice(by.index + by[0].length));
    if (object && object.from === 0) {
      const head = object.tokens[object.head]!;
      const plural = (/[^s]s$/.test(head.lower) && head.pos === 'NOUN') || / and /.test(object.text);
      // Said short, in the note's words: a long object is cut before its complement ("… for X").
      let what = object.text.replace(/^(?:an?|its|their)\s/i, 'the ').replace(/^The\s/, 'the ');
      if (what.split(/\s+/).length > 6) what = what.replace(/\s+(?:of|for|from|on|about|like|in|at|over)\s.*$/, '');
      return fill(t.resolved, { what: `${what} ${plural ? 'were' : 'was'} ${by[1]}` });
    }
  }
  const back = BACK_TO_WORK.exec(plain);
  // Who or what is working again must be named: "it" or "things" says nothing.
  if (!back || /^(?:it|they|things|everything|this|that)\s/i.test(back[1]!)) return null;
  const what = back[1]!;
  return fill(t.resolved, { what: /^(?:The|All|Most|Some)\s/.test(what) ? what[0]!.toLowerCase() + what.slice(1) : what });
}

/**
 * A clause cut short before a qualifier ("power has been restored | to all but 2,000 customers")
 * says the opposite of its sentence: it runs on through the qualifier and the figure or noun it
 * limits. The clause as it was when no qualifier follows it.
 */
export function qualified(sentence: string, clause: string): string {
  const at = sentence.toLowerCase().indexOf(clause.toLowerCase());
  if (at < 0) return clause;
  const rest = sentence.slice(at + clause.length).split(/[,;.](?!\d)/)[0]!;
  const limit = QUALIFIER.exec(rest);
  if (!limit || rest.slice(0, limit.index).trim().split(/\s+/).filter(Boolean).length > 2) return clause;
  // Through the figure the qualifier limits and the noun it counts ("all but 2,000 customers").
  const words = tagged(rest.slice(limit.index + limit[0].length).trim());
  const end = words.findIndex(
    (w, k) => k < 5 && (w.pos === 'NOUN' || w.pos === 'PROPN' || (w.pos === 'NUM' && words[k + 1]?.pos !== 'NOUN')),
  );
  if (end < 0) return clause;
  const tail = printedTokens(words.slice(0, end + 1));
  const through = `${rest.slice(0, limit.index + limit[0].length)} ${tail}`.replace(/\s+/g, ' ').trimEnd();
  return through.split(/\s+/).length <= 8 ? `${clause}${through}` : clause;
}

const PREPOSITION = /^(?:for|in|on|at|to|from|with|by|after|before|during|since|across|near|over|under|of)$/i;
const CUT = new Set('the a an of on in and or to as from with by for at that which who after before during since'.split(' '));

/**
 * Where a cut after `n` words may fall so it does not split a moving figure from its verb: past
 * the figure and its unit ("rose | 2.1 percent" → "rose 2.1 percent"), else at `n`.
 */
function throughMeasure(words: string[], n: number): number {
  if (n >= words.length) return n;
  for (let k = n; k > Math.max(0, n - 2); k--) {
    if (!splitsMeasure(words, k)) continue;
    const figure = words.findIndex((w, j) => j >= k && (/\d|^(?:half|third|quarter)$/i.test(w) || numberWordValue(w) !== undefined));
    if (figure < 0 || figure > k + 3) return n;
    const unit = words[figure + 1] ?? '';
    // The unit after the figure: "percent", "points", "cents" (a word of its own, no preposition).
    const end = /^\p{Ll}+[,.;]?$/u.test(unit) && !CUT.has(unit.replace(/[,.;]$/, '')) ? figure + 2 : figure + 1;
    return Math.max(n, end);
  }
  return n;
}

/** "Power was restored to most customers Tuesday night, the utility said" → "power was restored to most customers". */
export function shortClause(sentence: string, most = 7): string {
  let s = sentence.replace(/[.!?]+$/, '');
  s = s.replace(
    new RegExp(String.raw`,\s*(?:according to [^,]+|[^,]{1,60}\s+(?:${speechVerbs('said', 'says', 'reported', 'announced')}))$`, 'i'),
    '',
  );
  s = s.replace(/^(?:on \w+|by \w+|as of [^,]+|meanwhile|later|by late \w+),\s*/i, '');
  // A comma inside a figure ("3,000 customers") does not end the clause.
  s = s.split(/,(?!\d{3})|;|\s+-\s+/)[0]!;
  const all = s.split(/\s+/);
  // Seven words at most: the note tells the news in a clause, it does not copy the sentence.
  // A figure that moved is told with its verb and its unit ("rose 2.1 percent"), never "rose".
  const end = throughMeasure(all, most);
  let words = all.slice(0, end);
  // Cut short, a clause ends before a phrase it cannot finish ("back up for most" → "back up").
  if (words.length < all.length && end === most) {
    const at = words.findLastIndex((w, k) => k >= 3 && PREPOSITION.test(w));
    if (at > 0) words = words.slice(0, at);
  }
  while (words.length > 2 && CUT.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const first = words[0] ?? '';
  if (/^(?:The|A|An|Power|Service|Officials|Police)$/.test(first)) words[0] = first.toLowerCase();
  return words.join(' ');
}

/**
 * What was going on has come to pass ("Rescuers were searching the rubble" → "Rescuers pulled two
 * survivors from the rubble Tuesday"): the same subject, its ongoing verb now a done one. The old
 * line was true when printed; the story moved on. The phrase is empty when the clause would be cut
 * before a qualifier ("restored to all but 1,500"), which would say the opposite.
 */
export function movedOn(older: string, newer: string, t: NoteTemplates): Development | null {
  const was = plainText(older);
  const sentence = plainText(newer);
  const ongoing = ONGOING_VERB.exec(was);
  // "…, not City Hall": a sentence that says what was wrong is a correction.
  if (!ongoing || ONGOING_VERB.test(sentence) || FUTURE.test(sentence) || /\bnot\b/i.test(sentence)) return null;
  // The subject is the words before the verb, the same in both: "Rescuers" were searching, "Rescuers" pulled.
  const words = sentence.split(/\s+/);
  const verbAt = words.findIndex(
    (w, k) => k > 0 && k < 6 && ((/\p{Ll}{3,}ed$/u.test(w) && !/^(?:need|speed|seed|feed)$/.test(w)) || isIrregularPast(w)),
  );
  const subject = was.slice(0, ongoing.index).trim().toLowerCase();
  if (verbAt < 1 || !subject || words.slice(0, verbAt).join(' ').toLowerCase() !== subject) return null;
  // "Police said the boy was found": the subject only spoke; what it said is the news, told as an
  // outcome reached (running-states.ts), not cut after its verb of saying.
  if (SAYING_WORD.test(words[verbAt]!.replace(/[,.;:]$/, ''))) return null;
  // "Rescuers pulled …": a group the sentence's start capitalized is a common noun ("Jones" is a name).
  const told = shortClause(sentence).replace(/^\p{Lu}\p{Ll}+/u, (w) => (GROUP_NOUN.test(w) ? w.toLowerCase() : w));
  const last = told.split(' ').at(-1)!;
  const rest = sentence.slice(sentence.indexOf(last) + last.length);
  return { kind: 'resolved', phrase: QUALIFIER.test(rest.split(/[,.;]/)[0] ?? '') ? '' : fill(t.resolved, { what: told }) };
}

/**
 * A plan reported with its time set: "the ministry said talks would resume next month", "the family
 * said a funeral would be held in Alder on Saturday", "the club said Ruiz would miss the opener".
 * Someone who arranges a thing and says when it happens is telling news, not guessing: the "would"
 * is only reported speech's "will" moved back a tense. Told in a note it is "will" again ("the
 * ministry's statement that talks will resume next month").
 *
 * Read from structure: a "will"/"would" (or "is to", "is set to", "is scheduled to", "plans to")
 * before an act, and a time the act is set for — a day, a date, "next week", "within two weeks", or
 * a fixture it is tied to ("the opener", "the summit"). Not a plan: a modal of doubt ("could",
 * "may"), a quantity's movement ("prices would rise next year"), a wish or a weighing ("would like
 * to", "would consider"), a state ("would be difficult"), or no time at all ("a deal would help").
 * And the subject must be someone who arranges (a name, a person, a body) or an event arranged
 * (talks, a hearing, a funeral): "the road would reopen on Thursday" is a thing whose state an
 * engineer estimates, and stays the engineer's comment.
 */
import { WEEKDAY } from './weekdays';
import { tagged } from './topics';
import { SPELLED_CARDINAL } from '../text/numbers';

/** When an arranged act is set for: a day, a date ("on 4 May", "Feb. 1"), a coming period, a deadline. */
export const TIME_SET = new RegExp(
  String.raw`\b(?:(?:on\s+|this\s+|next\s+|by\s+|until\s+|from\s+)?(?:${WEEKDAY})|today|tonight|tomorrow|(?:next|this|later this|early next|later next|the coming|the following)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter|season|term|session)|in\s+(?:the\s+)?coming\s+(?:days|weeks|months)|within\s+(?:a|an|${SPELLED_CARDINAL}|a few|several|\d+)\s+(?:hours?|days?|weeks?|months?)|(?:(?:on|by|from|until)\s+)?\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:in|by|from|on|until)\s+(?:early\s+|mid-|late\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{1,2})?|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}(?!\d|,\d)|the\s+(?:\p{L}+\s+){0,2}?(?:opener|final|finals|match|fixture|race|summit|hearing|trial|ceremony|funeral|memorial|vigil|vote|ballot|election|conference|session|meeting|talks|visit|tour|launch|premiere|game|semifinal|quarterfinal|playoffs?))\b`,
  'iu',
);

/** The modal or plan before the act: "will", "would", "is to", "are set to", "is scheduled to", "plans to". */
const PLANNED =
  /\b(?:will|would|(?:is|are|was|were)\s+(?:now\s+)?(?:set\s+|scheduled\s+|due\s+|slated\s+)?to|(?:plans?|planned|intends?|intended|aims?|aimed)\s+to)\s/iu;

/**
 * Verbs that tell no arranged act: a quantity moving, a wish, a weighing, a guess, a state. A broad
 * list of the language's kinds, not of any story's words.
 */
const NOT_AN_ACT = new Set(
  // quantities and conditions that move by themselves
  (
    'rise rises fall grow drop increase decrease climb decline slow improve worsen ease remain stay continue peak double triple ' +
    'top exceed cost need surge soar plunge shrink expand recover deteriorate last come happen ' +
    // wishes, weighing, feelings and thought
    'like love prefer want wish hope try consider weigh think believe expect seem appear look feel welcome support oppose ' +
    'struggle benefit help hurt mean have make become depend probably likely'
  ).split(' '),
);

/**
 * An act set for someone else, with its deadline: "the court asked the ministry to file its reply
 * within two weeks", "regulators told the airline to ground the jets by Friday", "gave the firm until
 * March to comply". The one who sets it has the power to; the deadline makes it a step in the story.
 */
const DIRECTED = /\b(?:asked|told|directed|instructed|ordered|required|gave|granted|allowed)\s+(?:[^,;"“”]{1,50}?\s+)?(?:to|until)\s+/iu;

/** Who arranges and does things: people, their groups, their bodies. A broad newsroom list. */
const AGENT =
  /^(?:people|person|man|woman|men|women|family|families|relatives|delegation|delegates|envoys?|negotiators|team|squad|side|club|players?|coach|manager|captain|crew|crews|officials?|minister|ministers|president|leader|leaders|director|chief|secretary|spokes(?:man|woman|person)|mayor|governor|premier|chancellor|king|queen|prince|princess|pope|bishop|council|committee|board|court|judge|jury|panel|bench|tribunal|commission|police|troops|soldiers|army|navy|forces|government|ministry|department|agency|authority|authorities|company|firm|group|union|workers|staff|members|lawmakers|legislators|parliament|senate|congress|assembly|party|organi[sz]ers|hosts|investigators|prosecutors|lawyers?|attorneys?|rescuers|volunteers|band|singer|artist|candidate|candidates|author|astronauts?|pilots?|patients?|survivors|hostages|detainees|prisoners|students|teachers|doctors|surgeons|nurses|he|she|they|we|i|you)$/i;
/** What is arranged to happen: meetings, hearings, rites, contests. A broad newsroom list. */
const EVENT_NOUN =
  /^(?:talks|negotiations|meeting|meetings|summit|hearing|hearings|trial|retrial|inquest|inquiry|vote|election|referendum|ballot|debate|session|conference|funeral|memorial|vigil|ceremony|wedding|burial|game|match|race|final|tournament|concert|festival|parade|march|protest|rally|strike|walkout|launch|visit|tour|show|auction|premiere|celebration|exhibition|briefing|sentencing|arraignment|deliberations|rehearsal|commemoration|screening)$/i;
/** A service that is a rite, not a bus or a ferry running. */
const RITE = /\b(?:memorial|funeral|church|prayer|remembrance|thanksgiving|religious|wake|private|public)\s+service$/i;

/**
 * Whether what the clause's subject names can arrange or be arranged: a name, a person or body, or
 * an event. "The road would reopen on Thursday" is a thing whose state someone estimates, not a plan.
 */
function arrangedSubject(subject: string): boolean {
  const tokens = tagged(subject);
  // The head is the last noun before any preposition: "talks on the accord" is talks.
  const cut = tokens.findIndex((t) => t.pos === 'ADP');
  const head = (cut > 0 ? tokens.slice(0, cut) : tokens).filter((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos)).at(-1);
  if (!head) return false;
  if (head.pos === 'PROPN' || AGENT.test(head.lower) || EVENT_NOUN.test(head.lower)) return true;
  return head.lower === 'service' && RITE.test(subject.slice(0, subject.toLowerCase().lastIndexOf('service') + 7));
}

/** Does the clause tell an act someone arranged, with the time it is set for? */
export function plannedWithTime(clause: string): boolean {
  const directed = DIRECTED.exec(clause);
  if (directed && TIME_SET.test(clause.slice(directed.index + directed[0].length))) return true;
  const plan = PLANNED.exec(clause);
  if (!plan) return false;
  if (!arrangedSubject(clause.slice(0, plan.index).trim())) return false;
  // The act is the first word after the modal that is not an auxiliary, "to" or an adverb: a verb
  // ("would resume", "would be held"); an adjective or a noun there is a state ("would be difficult").
  const after = tagged(clause.slice(plan.index)).slice(1);
  const at = after.findIndex(
    (t) =>
      !['AUX', 'PART', 'ADV'].includes(t.pos) &&
      !/^(?:to|set|scheduled|due|slated|plans?|planned|intends?|intended|aims?|aimed)$/i.test(t.lower),
  );
  const act = after[at];
  // ("will open": straight after a modal a word read as an adjective is the verb; after "be" it is a state.)
  const verb = act?.pos === 'VERB' || (act?.pos === 'ADJ' && !after.slice(0, at).some((t) => /^(?:be|been)$/.test(t.lower)));
  if (!act || !verb || NOT_AN_ACT.has(act.lower)) return false;
  // "would not resume": a plan called off is told by the negation rules, not as a plan.
  if (/^\S+\s+(?:\S+\s+)?(?:not|never)\b/i.test(clause.slice(plan.index))) return false;
  return TIME_SET.test(clause.slice(plan.index));
}

/**
 * Reported speech's "would" told as the "will" it stood for, when the clause is a plan with its
 * time set: "talks would resume in Orvik next month" → "talks will resume in Orvik next month".
 * Any other "would" (a condition, a guess) is left as it was.
 */
export function planAsWill(clause: string): string {
  if (!plannedWithTime(clause)) return clause;
  return clause.replace(/\bwould\b(?=\s+(?:(?:also|now|then|soon|again)\s+)?(?:be\s+)?\p{Ll}+)/u, 'will');
}

/** "the tribunal asked the ministry to file …": setter, verb, the one the act is set for, and the act. */
const SET_FOR =
  /^((?:the|a|an|its|their)\s+[^,;"“”]{1,40}?|\p{Ll}[\p{L}-]*s|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(asked|told|directed|instructed|ordered|required)\s+((?:the|its|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(to\s+\p{Ll}+\b.*)$/u;

/**
 * An act set for someone with its deadline, told from the side of the one it is set for: "the
 * tribunal asked the ministry to file its reply within two weeks" → "the ministry was asked by the
 * tribunal to file its reply within two weeks". Said the other way round, the note tells the same
 * news without copying the article's run of words. '' when the clause is no such act.
 */
export function directedPassive(clause: string): string {
  const m = SET_FOR.exec(clause);
  if (!m || !plannedWithTime(clause)) return '';
  const [, setter, verb, receiver, act] = m;
  const head = receiver!.split(/\s+/).at(-1)!;
  const plural = /^(?:the|their)\s/i.test(receiver!) && /[^s]s$/.test(head);
  return `${receiver} ${plural ? 'were' : 'was'} ${verb} by ${setter!.replace(/^(?:The|A|An|Its|Their)\b/, (w) => w.toLowerCase())} ${act}`;
}

/**
 * What follows "told …" is an act set for someone, not words reported, when its first verb is an
 * infinitive: "told the operator to suspend crossings", "told residents to leave by noon".
 */
export function setsAnAct(afterTold: string): boolean {
  const tokens = tagged(afterTold);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb === 0 ? tokens[0]!.lower === 'to' : verb > 0 && tokens[verb - 1]!.lower === 'to';
}

/** Verbs of intent the tagger may read as nouns before "to": "Moss plans to visit …", "the union vows to strike …". */
export const INTENT = /^(?:plans|intends|aims|vows|pledges|promises|threatens|agrees|hopes|expects|wants|seeks|offers)$/;

/**
 * Whether the infinitive at `verb` hangs on a verb of intent read as a noun ("plans/NOUN to/PART
 * visit/VERB"): the clause's finite verb is the intent, not missing. A noun of intent after a
 * determiner ("the plans to visit") stays a noun.
 */
export function intentBeforeInfinitive(tokens: readonly { lower: string; pos: string }[], verb: number): boolean {
  const intent = tokens[verb - 2];
  const before = tokens[verb - 3];
  return (
    verb >= 3 &&
    tokens[verb - 1]!.lower === 'to' &&
    !!intent &&
    INTENT.test(intent.lower) &&
    !!before &&
    ['PROPN', 'NOUN', 'PRON'].includes(before.pos)
  );
}

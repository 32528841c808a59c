/**
 * A status is news whatever its length: "I-25 reopened", "Power has been restored to Alder Park",
 * "The evacuation order was lifted", "The pass is back open". The clause compressor wants three
 * words and reads many openers by their words; a status line opening on its cause ("Due to high
 * winds, the bridge is closed to trailers") or closed by a second status ("…, though the east lane
 * remains closed") fell through it to a topic ("Details on the bridge"). Read by structure instead:
 * a subject (a noun phrase, no verb of its own), the status verb, and what completes it.
 *
 * A second status joined by "but", "though", "although" or "while" is part of the same news ("the
 * bridge reopened, though the east lane remains closed") and is kept with the first while the
 * clause stays short enough for a note.
 */
import { plainText } from './sentences';
import { tagged } from './topics';
import { speechVerbs } from './speech-verbs';

/** A thing's state word after its verb: open or closed, restored or lifted, contained or downgraded. */
const STATE_WORD = String.raw`(?:re-?opened|re-?open|opened|open|closed|shut|blocked|restored|lifted|contained|downgraded|upgraded|resumed|cancell?ed|suspended|cleared|evacuated|rescinded|reinstated|back\s+(?:open|on|up|online|in\s+service)|out|down|offline|online|in\s+effect|in\s+place|under\s+control)`;
/** The verb before it: "has reopened", "has been restored", "is now open", "remains closed", "was lifted". */
const ADVERBS = String.raw`(?:(?:now|again|still|also|fully|partially|partly|once\s+again|completely|largely|mostly)\s+)*`;
const STATUS_VERB = new RegExp(
  String.raw`\s+((?:(?:has|have|had)\s+(?:been\s+)?|(?:is|are|was|were|remains?|remained|stays?|stayed)\s+|(?:will|would)\s+(?:be\s+|remain\s+)?)${ADVERBS}${STATE_WORD}|${ADVERBS}(?:re-?opened|closed|restored|lifted|resumed|contained|downgraded|upgraded))\b`,
  'iu',
);
/** Openers that only say why or when: "Due to gusting winds,", "As of 11 a.m.,", "At this time,". */
const OPENER =
  /^(?:due to|because of|owing to|as of|at this time|at about|at around|at|by|after|shortly after|since|following|for now|currently|now)\b[^,;]{0,60},\s+/iu;
/** A credit closing the line: ", officials said", ", according to the agency". */
const CREDIT_TAIL = new RegExp(
  String.raw`,\s+(?:(?:the\s+)?[^,;"“”]{1,50}?\s+(?:${speechVerbs('said', 'says', 'reported', 'confirmed', 'announced')})|according to\s+[^,;"“”]{1,60})$`,
  'iu',
);
/** A second status joined to the first. */
const SECOND = /^(,?\s+(?:but|though|although|while)\s+)(.+)$/iu;
/** The most words of a subject: a road with its stretch, a service with its area. */
const SUBJECT_WORDS = 12;
/** The most words a status clause told whole may have, two statuses together. */
export const STATUS_CLAUSE_WORDS = 30;
/** The most words of what completes a status: "to light, high-profile vehicles between A and B". */
const COMPLEMENT_WORDS = 12;

interface Status {
  /** The clause from its subject to the end of its complement. */
  clause: string;
  /** Where the clause ends in the line it was read from. */
  end: number;
}

/** A verb of the words' own, in lower case ("the so-called" and "Applied" in a name are none). */
function hasOwnVerb(words: string): boolean {
  const tokens = tagged(words);
  return tokens.some((t, k) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text) && tokens[k - 1]?.text !== '-');
}

/** One status clause at the start of `line`: subject, verb and complement; null when the line is no status. */
function statusAt(line: string): Status | null {
  const verb = STATUS_VERB.exec(line);
  if (!verb) return null;
  const subject = line.slice(0, verb.index).trim();
  const words = subject.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > SUBJECT_WORDS) return null;
  // A subject opens on a name, an article or a figure, and has no verb of its own (lower-case).
  if (!/^(?:the|a|an|all|both|most|some|power|\p{Lu}|\d)/iu.test(subject)) return null;
  if (/^(?:it|he|she|they|this|that|there|we|i|you)$/i.test(words[0]!)) return null;
  if (hasOwnVerb(subject)) return null;
  if (!tagged(subject).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) return null;
  // What completes it runs to the next comma, semicolon or join, at most COMPLEMENT_WORDS words.
  const from = verb.index + verb[0].length;
  const rest = line.slice(from);
  const stop = /[;:]|,\s+(?:but|though|although|while|and|officials|police|according)\b|\s+(?:but|though|although|while)\s+/iu.exec(rest);
  const complement = (stop ? rest.slice(0, stop.index) : rest).replace(/[,\s]+$/, '');
  if (complement.split(/\s+/).filter(Boolean).length > COMPLEMENT_WORDS) return null;
  // Told after the fact, as the note's news is: "has reopened" → "reopened", "have been lifted" → "were lifted".
  const told = verb[0]
    .replace(/^(\s+)(has|have)\s+been\b/i, (_, sp: string, aux: string) => `${sp}${/^has$/i.test(aux) ? 'was' : 'were'}`)
    .replace(/^(\s+)(?:has|have)\s+(?!been\b)/i, '$1');
  return { clause: `${subject} ${told.trim()}${complement ? ` ${complement.trim()}` : ''}`.trim(), end: from + complement.length };
}

/** "Open until 9 p.m.", "closed on weekends": hours and uses, not a development. */
const STANDING_HOURS =
  /\b(?:open|closed)\b[^,.;]{0,30}?\b(?:from\s+\d|until\s+\d|daily|on\s+(?:weekends|weekdays|sundays|holidays)|every\b|year-round|seasonally)/i;
/** A cause closing the clause ("… due to gusting winds"): the note may tell the state without it. */
const CAUSE_TAIL = /\s+(?:due to|because of|owing to|after)\s+[^,;]+$/i;

/**
 * The status a line tells, as the note prints it ("Interstate 80 reopened, though a stretch remains
 * closed to light vehicles"), or '' when the line tells none. `second` keeps a second status joined
 * by "but", "though", "although" or "while".
 */
export function statusNews(sentence: string, second = true): string {
  return statusTellings(sentence, second)[0] ?? '';
}

/** The tellings of a status line, longest first: both statuses, both without their cause, the first alone. */
export function statusTellings(sentence: string, second = true): string[] {
  let line = plainText(sentence)
    .trim()
    .replace(/(?<!\b[ap]\.m)[.!]["”’]?$/, '');
  if (!line || /["“”?]/.test(line) || STANDING_HOURS.test(line)) return [];
  line = line
    .replace(/^(?:but|and|however|meanwhile),?\s+/i, '')
    .replace(OPENER, '')
    .replace(CREDIT_TAIL, '');
  const first = statusAt(line);
  if (!first) return [];
  const opening = (clause: string) => clause.replace(/^(?:The|A|An|All|Both|Most|Some|Power)\b/, (w) => w.toLowerCase());
  const after = SECOND.exec(line.slice(first.end));
  const next = second && after ? statusAt(after[2]!) : null;
  const join = after ? after[1]!.replace(/^,?\s+/, '').trim() : '';
  const out = next
    ? [
        `${first.clause}, ${join} ${opening(next.clause)}`,
        `${first.clause.replace(CAUSE_TAIL, '')}, ${join} ${opening(next.clause.replace(CAUSE_TAIL, ''))}`,
      ]
    : [];
  out.push(first.clause, first.clause.replace(CAUSE_TAIL, ''));
  return [...new Set(out)].filter((c) => c.split(/\s+/).length <= STATUS_CLAUSE_WORDS).map(opening);
}

/** The subject of a status clause, as word keys; empty when the clause tells no status. */
export function statusSubject(clause: string): { subject: string[]; state: string } | null {
  const line = plainText(clause).replace(OPENER, '');
  const verb = STATUS_VERB.exec(line);
  if (!verb) return null;
  const state = verb[1]!.split(/\s+/).at(-1)!.toLowerCase();
  // ("A washout has both lanes closed": a subject with a verb of its own is no status's subject.)
  if (hasOwnVerb(line.slice(0, verb.index))) return null;
  // The stretch a state holds on is part of what it is said of, before the verb or after it:
  // "Interstate 80 has reopened between A and B" is said of less than "Interstate 80 has reopened".
  const stretch = STRETCH.exec(line.slice(verb.index + verb[0].length).split(/[,;]/)[0]!)?.[0] ?? '';
  const subject = `${line.slice(0, verb.index)} ${stretch}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !/^(?:the|a|an|of|and|to|in|on|at)$/.test(w));
  return subject.length ? { subject, state } : null;
}

/** A stretch named by its ends: "between Alder and Brill", "from Rock Springs to Rawlins". */
const STRETCH =
  /\b(?:between\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*|from\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+to\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u;

/** Open and closed, said in any of their forms, are one state each. */
const stateFamily = (word: string) =>
  /^(?:re-?opened|re-?open|opened|open|online|on|up|service|cleared|resumed|restored|lifted)$/.test(word)
    ? 'open'
    : /^(?:closed|shut|blocked|out|down|offline|suspended|cancell?ed|evacuated)$/.test(word)
      ? 'closed'
      : word;

/**
 * Does the clause move a status to another stretch of its thing than the old article gave it? "The
 * stretch between A and B remains closed" after "the stretch remains closed", or "Interstate 80 is
 * open" after "Interstate 80 between A and B is open": the same state, said of more or less of the
 * same thing, is news though its words are old. Only when one subject holds the other: two
 * subjects that share nothing are left to the overlap reading (isBackground).
 */
export function statusMoved(clause: string, olderText: string): boolean {
  return clause.split(/,?\s+(?:but|though|although|while)\s+/i).some((part) => partMoved(part, olderText));
}

function partMoved(clause: string, olderText: string): boolean {
  const now = statusSubject(clause);
  if (!now) return false;
  const family = stateFamily(now.state);
  let sameSeen = false;
  let movedSeen = false;
  // (Each paragraph read apart: the headline runs into no sentence.)
  const lines = olderText.split(/\n+/).flatMap((p) => plainText(p).split(/(?<=[.!?])\s+|,\s+(?:but|though|although|while|and)\s+/u));
  for (const line of lines) {
    const was = statusSubject(line);
    if (!was || stateFamily(was.state) !== family) continue;
    const inOld = now.subject.every((w) => was.subject.includes(w));
    const inNew = was.subject.every((w) => now.subject.includes(w));
    if (inOld && inNew) sameSeen = true;
    else if (inOld || inNew) movedSeen = true;
  }
  return movedSeen && !sameSeen;
}

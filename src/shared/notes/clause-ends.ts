/**
 * Where a news clause may NOT be cut. Real copy puts the fact at the end of its sentence: the
 * ruling after "ruled that …", the charges after "charged five people … with …", the second object
 * of "gave the party | 30 seats", the tie of "in connection | with the attack", the end of "remain
 * closed | until next week". A cut at those seams keeps the frame and drops the news ("District
 * Judge X ruled."), so the cut must go before the verb or not be made (the caller then tells the
 * update another way).
 */
import { tagged } from './topics';
import { NEAR_DAY, PART_OF_DAY, WEEKDAY } from './weekdays';
import { GROUP_NOUN } from './attribution';
import { leavesInfinitiveBare } from './infinitive-object';
import { leavesSpentTimeBare } from './spent-time';
import { SPELLED_CARDINAL } from '../text/numbers';

/** Verbs that hand something to someone: their first object is only whom, the second is what. */
const GIVING =
  /^(?:gave|give|gives|handed|hands|awarded|awards|granted|grants|offered|offers|owed|owes|promised|denied|cost|costs|earned|allotted|allocated|assigned)$/i;

/** Verbs whose own preposition carries what was done: "charged X with arson", "accused X of fraud". */
const VERB_PREPOSITION: Record<string, string> = {
  charged: 'with',
  accused: 'of',
  convicted: 'of',
  acquitted: 'of',
  cleared: 'of',
  suspected: 'of',
  sentenced: 'to',
  blamed: 'for',
  cited: 'for',
  barred: 'from',
  banned: 'from',
};

/** A fixed tie of two prepositions round a bare noun: "in connection with", "in response to", "on behalf of". */
const FIXED_OPENING = /^(?:in|on|by|as)$/i;
const FIXED_CLOSING = /^(?:with|to|of|for|from)$/i;

/** A span of time that only measures from a point: "about three hours | after the break", "382 seconds | into the flight". */
/** A unit of time ("minutes", "years"); fact-owner.ts reads a span of time by it too. */
export const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;
const FROM_A_POINT = /^(?:after|before|into|later|earlier|ago|since|from)$/i;

/** Verbs that only link a subject to its state: "remain closed", "stayed open". */
const LINKING =
  /^(?:remain|remains|remained|stay|stays|stayed|become|becomes|became|seem|seems|seemed|appear|appears|appeared|look|looks|looked)$/;

/**
 * Verbs of a figure that moves: "rose | 2.1 percent", "fell | by 12 percent", "climbed | to 6.4
 * percent". The figure is the point of the line; a cut between the verb and it tells only that
 * something moved, which every story of a figure already says.
 */
const MOVED =
  /^(?:rose|risen|rises?|fell|fallen|falls?|climbed|climbs?|dropped|drops?|grew|grown|grows?|jumped|jumps?|slipped|slips?|increased|increases?|decreased|decreases?|declined|declines?|soared|soars?|plunged|plunges?|surged|surges?|gained|gains?|lost|shrank|expanded|contracted|slid|tumbled|edged|stood|stands|totaled|totalled|reached|hit|up|down)$/i;
/** A figure's first word: "2.1", "$3.41", "14,000", "half", "a third", a figure spelled ("two"). */
const FIGURE_WORD = new RegExp(String.raw`^(?:[$€£¥]?\d[\d,.]*%?|${SPELLED_CARDINAL}|half|a|an)$`, 'i');

/** Does cutting `words` after `n` words split a moving figure from its verb ("rose | 2.1 percent")? */
export function splitsMeasure(words: string[], n: number): boolean {
  const last = bare(words[n - 1] ?? '');
  if (!MOVED.test(last) && !(/^(?:by|to|from)$/i.test(last) && MOVED.test(bare(words[n - 2] ?? '')))) return false;
  const next = words.slice(n, n + 3).map(bare);
  const at = /^(?:by|to|from|about|nearly|almost|some|roughly|around|more|than|as|much|higher|lower|up|down)$/i.test(next[0] ?? '')
    ? next.findIndex((w) => !/^(?:by|to|from|about|nearly|almost|some|roughly|around|more|than|as|much)$/i.test(w))
    : 0;
  const figure = next[at] ?? '';
  // ("a" or "an" only before a share: "fell a third", never "rose a notch over the weekend".)
  return FIGURE_WORD.test(figure) && (!/^an?$/i.test(figure) || /^(?:third|quarter|half|fifth|tenth)$/i.test(next[at + 1] ?? ''));
}

/** Is the participle followed, within three words, by "by" (its agent)? */
function byAgent(words: string[], participle: string): boolean {
  const at = words.findIndex((w) => bare(w) === participle);
  return at >= 0 && words.slice(at + 1, at + 4).some((w) => /^by$/i.test(w));
}

const bare = (word: string) => word.replace(/[^\p{L}\p{N}'’-]+$/u, '');

/**
 * Does cutting `words` after `n` words leave the news behind: a verb's "that"-clause, a second
 * object, a verb's own preposition, a fixed phrase, a span measured from a point, or an "until"?
 * A comma at the cut closes the phrase, and nothing after it is the verb's.
 */
/** Words of a day or its part: "Tuesday", "on Monday night", "late Friday". */
const DAY_PART = new RegExp(String.raw`^(?:on|late|early|last|this|${WEEKDAY}|${NEAR_DAY}|${PART_OF_DAY}|overnight)$`, 'i');
/** A question word opening the object of a verb of saying or knowing. */
const WH_WORD = /^(?:when|whether|how|why|where|what|who|which|if)$/i;
/** Verbs (and words) that take such a question: "could not say when …", "is unclear how …". */
const KNOWING =
  /^(?:say|said|know|knew|known|tell|told|determine|determined|confirm|confirmed|predict|explain|explained|decide|decided|ask|asked|clear|unclear|sure|estimate)$/i;
/** Verbs whose object is told what to do: "urged people to …". */
const URGING =
  /^(?:urged|urging|urges|asked|asks|ordered|orders|told|advised|warned|encouraged|allowed|required|forced|directed|instructed)$/i;

/** Does the kept clause end on a verb and then only a day ("ruled Tuesday", "said on Monday night")? */
function verbBeforeTime(kept: string[]): boolean {
  let k = kept.length - 1;
  while (k >= 0 && DAY_PART.test(bare(kept[k]!))) k--;
  if (k === kept.length - 1 || k < 0) return false;
  return tagged(kept.slice(0, k + 1).join(' ')).at(-1)?.pos === 'VERB';
}

export function cutsAwayTheNews(words: string[], n: number): boolean {
  const kept = words.slice(0, n);
  const last = kept.at(-1);
  const next = bare(words[n] ?? '');
  if (!last || !next || /[,;:]$/.test(last)) return false;
  const lastWord = bare(last);
  if (splitsMeasure(words, n)) return true;
  // "to redraw | the ferry routes": an infinitive keeps its object (infinitive-object.ts).
  if (leavesInfinitiveBare(kept, next)) return true;
  // "will spend the coming weeks | in rehabilitation": time spent keeps what fills it (spent-time.ts).
  if (leavesSpentTimeBare(kept, next)) return true;
  // "will remain closed | until next week": the end of a state is part of it.
  if (/^(?:until|till|pending)$/i.test(next)) return true;
  if (TIME_UNIT.test(lastWord) && FROM_A_POINT.test(next)) return true;
  // "closed between Carilla Road | and Glenn Road": a "between" needs both ends.
  if (/^and$/i.test(next) && kept.slice(-5).some((w) => /^between$/i.test(w))) return true;
  if (FIXED_OPENING.test(kept.at(-2) ?? '') && /^\p{Ll}+$/u.test(lastWord) && FIXED_CLOSING.test(next)) return true;
  const tokens = tagged(`${kept.join(' ')} ${next}`);
  const after = tokens.at(-1)!;
  const before = tokens.at(-2);
  // "ruled | that the hearing would resume", "found | whether …": the verb's clause is what it says.
  if (before?.pos === 'VERB' && after.pos === 'SCONJ') return true;
  // "could not say | when the road would reopen", "did not know | how many were hurt": a verb of
  // saying or knowing keeps the question it takes; without it the line says nothing.
  if (WH_WORD.test(next) && KNOWING.test(lastWord)) return true;
  // "the crash happened | when a truck crossed the line": a bare "happened" says nothing without how.
  if (/^(?:happened|occurred)$/i.test(lastWord) && /^(?:when|after|as|while|because)$/i.test(next)) return true;
  // "ruled Tuesday | that …", "said on Monday night | that …": the day stands between the verb and
  // its clause, which is still what the verb says (review 11b).
  if (/^(?:that|whether)$/i.test(next) && verbBeforeTime(kept)) return true;
  let past = n;
  while (past < words.length && DAY_PART.test(bare(words[past]!))) past++;
  if (past > n && /^(?:that|whether)$/i.test(bare(words[past] ?? '')) && tagged(kept.join(' ')).at(-1)?.pos === 'VERB') return true;
  // "urged people | to stay away", "ordered residents | to leave": what they were urged to do is the news.
  if (/^to$/i.test(next) && URGING.test(bare(kept.at(-2) ?? '')) && /^\p{Ll}+$/u.test(lastWord)) return true;
  // "the museum will remain | closed": a linking verb without what it links.
  if (before?.pos === 'VERB' && LINKING.test(before.lower)) return true;
  // "final results released Thursday by the committee | gave …": the subject cut from its own verb.
  if (
    after.pos === 'VERB' &&
    !/(?:ed|en|ing)$/.test(after.lower) &&
    ['NOUN', 'PROPN'].includes(before?.pos ?? '') &&
    !tokens.some((t) => t.pos === 'AUX')
  )
    return true;
  // "final results released Thursday by the committee | gave …": a participle with its agent only
  // describes the subject; with no other verb kept, the main verb is in what the cut drops.
  const keptTokens = tokens.slice(0, -1);
  const verbs = keptTokens.map((t, k) => ({ t, k })).filter(({ t }) => t.pos === 'VERB' || t.pos === 'AUX');
  if (
    verbs.length === 1 &&
    verbs[0]!.t.pos === 'VERB' &&
    /ed$/.test(verbs[0]!.t.lower) &&
    ['NOUN', 'PROPN'].includes(keptTokens[verbs[0]!.k - 1]?.pos ?? '') &&
    byAgent(words, keptTokens[verbs[0]!.k]!.text)
  )
    return true;
  const verbAt = keptTokens.findLastIndex((t) => t.pos === 'VERB');
  if (verbAt < 0) return false;
  const verb = tokens[verbAt]!.lower;
  // "charged five of the nine people arrested | with belonging to …": the verb's preposition still to come.
  const own = VERB_PREPOSITION[verb];
  if (own && !tokens.slice(verbAt + 1, -1).some((t) => t.lower === own)) {
    const rest = words.slice(n, n + 6);
    const stop = rest.findIndex((w) => /[,;:.]$/.test(w));
    if (
      rest
        .slice(0, stop < 0 ? rest.length : stop + 1)
        .map((w) => bare(w).toLowerCase())
        .includes(own)
    )
      return true;
  }
  // "gave the Harbor Party | 14 of the 25 seats": a second object after the first.
  const object = tokens.slice(verbAt + 1, -1);
  return (
    GIVING.test(verb) &&
    object.length > 0 &&
    object.every((t) => ['DET', 'NOUN', 'PROPN', 'ADJ', 'PART', 'PRON'].includes(t.pos)) &&
    ['NUM', 'DET', 'NOUN', 'ADJ'].includes(after.pos)
  );
}

/**
 * "Harbrook Foods said that its revenue tripled": the speaker's "its"/"their" opening what was said
 * is the speaker, named ("Harbrook Foods' revenue tripled"), so the clause reads on its own in the
 * note. Only a speaker named by capitals, of at most five words; anything else is left as it is.
 */
export function ownPossessive(said: string, speaker: string): string {
  const who = speaker.trim();
  if (!/^(?:its|their)\s/i.test(said) || !/^\p{Lu}/u.test(who) || who.split(/\s+/).length > 5) return said;
  if (!who.split(/\s+/).every((w) => /^(?:\p{Lu}|of$|and$|&$)/u.test(w))) return said;
  // "Police said their …", "Officials said their …": a body that is no name stays "their".
  if (GROUP_NOUN.test(who.split(/\s+/).at(-1)!)) return said;
  return said.replace(/^\S+/, who.endsWith('s') ? `${who}'` : `${who}'s`);
}

/** The speaker's own possessive opening the clause ("Harbrook Foods' revenue …", as ownPossessive writes it), or null. */
export function ownerOpening(name: string, clause: string): RegExpExecArray | null {
  const n = name.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:the\\s+)?${n}['’]s?\\s`, 'i').exec(clause);
}

/** Does the clause open on the speaker's own possessive? */
export const opensOnOwner = (name: string, clause: string): boolean => !!ownerOpening(name, clause);

/** Words of a guess, never of a decision: "could", "may", "might", "should", "hopes to". */
export const GUESS = /\b(?:could|may|might|should|hopes? to)\b/i;

/**
 * "Harbor Market said it would extend the price to all its stores": a speaker saying what it
 * would do itself announces a decision, which is news; "would" there is no forecast. Only the
 * speaker as the subject, "would" and an active verb ("would not", "would be" are left as guesses).
 */
export function pledgedBy(clause: string, speaker: string): boolean {
  const who = speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${who}\\s+would\\s+(?!not\\b|be\\b|have\\b|never\\b)\\p{Ll}+`, 'u').test(clause);
}

/**
 * "ruled that the retrial would begin in October", "voted that the levy would rise", "ruled Friday
 * that the closures could go ahead": a decision reported with "would", or a permission a court gave
 * with "could", is what was decided, not a guess.
 */
export function decidedThat(clause: string): boolean {
  return /\b(?:ruled|decided|ordered|agreed|voted|determined)\s+(?:(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s+)?that\s+[^,;]*\b(?:would|could|can|must)\b/i.test(
    clause,
  );
}

/** Words that open a clause inside a clause ("that", "which", "whether" …). */
const EMBEDDING = /^(?:that|which|who|whom|whose|how|where|whether|what|when|why|if)$/i;

/** Does the last clause opened inside this one reach a verb of its own (an auxiliary alone is not enough)? */
export function embeddedVerbReached(tokens: { lower: string; pos: string }[]): boolean {
  // Every clause opened must reach its verb before the next opens: "confirmed that the victim
  // who | died" leaves the "that"-clause without its own.
  const opened = tokens.map((t, k) => (EMBEDDING.test(t.lower) ? k : -1)).filter((k) => k >= 0);
  return opened.length > 0 && opened.every((at, n) => tokens.slice(at + 1, opened[n + 1] ?? tokens.length).some((t) => t.pos === 'VERB'));
}

const COUNT = String.raw`(?:\d[\d,]*|${SPELLED_CARDINAL}|dozens|hundreds)`;
/** "five of the nine people arrested": a share of a group the article counted before. */
const SHARE_OF_GROUP = new RegExp(
  String.raw`\b(${COUNT})\s+of\s+the\s+${COUNT}\s+(people|men|women|children|\p{Ll}+s)(?:\s+(?:arrested|detained|held|charged|injured|wounded|hurt|killed|named|questioned|rescued|evacuated))?\b`,
  'iu',
);

/**
 * "a prosecutor charged five of the nine people arrested with …" → "… charged five people with …":
 * the group the share was taken from is the article's, and the note is read without it; told so,
 * the clause keeps its verb's own preposition (the charges) within a note's length.
 */
export function shareOfGroup(clause: string): string {
  return clause.replace(SHARE_OF_GROUP, '$1 $2');
}

/**
 * "Final results released Thursday by the Central Elections Committee gave the party 30 seats" →
 * "final results gave the party 30 seats": a subject described by who released it (a participle and
 * its agent, a name) is told without the description when the clause is too long to carry both,
 * so the main verb and its objects stay. Unchanged unless a finite verb follows the agent's name.
 */
const AGENT_AFTER_PASSIVE = new RegExp(
  String.raw`^((?:[Tt]he\s+|[Aa]n?\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+\p{Ll}+ed\s+(?:(?:on\s+|late\s+|early\s+)?(?:${WEEKDAY}|today|yesterday)\s+)?by\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){1,6}(?=\p{Ll})`,
  'u',
);
export function withoutSubjectAgent(clause: string): string {
  const m = AGENT_AFTER_PASSIVE.exec(clause);
  if (!m) return clause;
  const rest = clause.slice(m[0].length);
  const [verb] = tagged(rest);
  if (verb?.pos !== 'VERB' || /ing$/.test(verb.lower)) return clause;
  return `${m[1]} ${rest}`;
}

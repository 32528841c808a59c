/**
 * A date that closes a named event: "… during a student protest in Garrow district on July 25",
 * "… of a 5-2 win over the Herons on Sept. 4". The date is the event's, so the note says
 * "misstated the date of the student protest in Garrow district", not "a detail about the events
 * described". Only an event noun (a game's result, a gathering, a vote, an attack, a disaster) led
 * by "a", "an" or "the", itself after a preposition that sets it as a circumstance ("during", "of",
 * "after" …), so "The mayor criticized the vote on Sept. 4" (the date may be the criticism's) is
 * left alone, as is a noun phrase with a verb in it.
 */
import { tagged } from './topics';

const EVENT_NOUN =
  'win|victory|loss|defeat|game|match|meeting|draw|tie|protest|rally|march|vote|election|referendum|hearing|attack|strike|raid|crash|fire|explosion|blast|summit|concert|ceremony|parade|debate|shooting|storm|earthquake|flood|riot|clash|bombing|ambush|collision|derailment';

/** Prepositions that set the event as the circumstance of the clause before. */
const CIRCUMSTANCE = 'during|of|in|at|after|before|since|from|for|following';

/** "the student protest in Garrow district" when `value` closes such an event in `sentence`; '' otherwise. */
export function eventNounDated(sentence: string, value: string): string {
  const at = sentence.indexOf(` on ${value}`);
  if (at < 0) return '';
  const head = sentence.slice(0, at);
  const m = new RegExp(
    `\\b(?:${CIRCUMSTANCE})\\s+(?:a|an|the)\\s+((?:[\\p{Ll}\\d][\\p{L}\\d'’-]*\\s+){0,3}?(?:${EVENT_NOUN}))((?:\\s+(?:over|against|in|at|near|outside|with|between)\\s+[^,;:()"“”]{1,50})?)$`,
    'u',
  ).exec(head);
  if (!m) return '';
  // ("the game in Dunmore was moved": a verb in the phrase makes it a clause, not an event's name.)
  const tail = m[2]!.trim();
  if (tail && tagged(tail).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return '';
  return `the ${m[1]}${m[2]}`.replace(/\s+/g, ' ').trim();
}

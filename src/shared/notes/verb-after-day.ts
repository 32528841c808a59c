/**
 * A day set between a subject and its verb ("Defense Secretary Ana Roe on Wednesday accused China
 * of …", "The council on Monday approved the budget"): the event the day dates is the subject with
 * the verb and its object after the day, cut before a preposition, a comma or "that" so the note
 * names the act, not the whole sentence.
 */
import { tagged } from './topics';

/** Words after the verb that end its short object: the rest says how, why or to whom. */
const OBJECT_END = /^(?:of|for|to|in|on|at|by|with|from|into|after|before|over|about|against|that|which|who|as|and|but|while|because)$/i;
/** At most this many words of the object: enough for "accused China", "approved the budget". */
const MAX_OBJECT = 4;

/**
 * `subject` is the clause before the day (no verb of its own); `rest` the text from the day on.
 * Returns the subject with the verb and short object after the day, or the subject unchanged.
 */
export function withVerbAfterDay(subject: string, rest: string): string {
  const after = /^\s*(?:on\s+|late\s+|early\s+)?\S+(?:\s+(?:morning|afternoon|evening|night))?\s+(.*)$/su.exec(rest)?.[1] ?? '';
  const words = after.split(/\s+/).filter(Boolean);
  const verb = words[0] ?? '';
  if (!/^\p{Ll}+$/u.test(verb) || tagged(`${subject} ${verb}`).at(-1)?.pos !== 'VERB') return subject;
  const object: string[] = [];
  for (const word of words.slice(1)) {
    const bare = word.replace(/[,;:.!?”"’]+$/u, '');
    if (OBJECT_END.test(bare) || object.length === MAX_OBJECT) break;
    object.push(bare);
    if (bare !== word) break;
  }
  // A verb whose object was cut to nothing but a determiner ("accused the") names no act.
  if (object.length && /^(?:the|a|an|its|his|her|their)$/i.test(object.at(-1)!)) return subject;
  return [subject, verb, ...object].join(' ');
}

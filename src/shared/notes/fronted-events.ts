/**
 * A date that closes a phrase set before the main clause, where the phrase names the event:
 * - "After Jamshedpur FC's 1-0 loss against FC Goa at the stadium in Margao on Monday, the coach
 *   said …" → "the day of Jamshedpur FC's 1-0 loss against FC Goa" (the venue after "at"/"in" cut);
 * - "In making the announcement on Wednesday, Premier Ada Roe described …" → "the day Premier Ada
 *   Roe made the announcement" (the gerund told as the subject's deed, in the past).
 * - "Between Sept. 29, 2022 and Feb. 7, 2023, fire alarms were activated within …" → "the start of
 *   the period in which fire alarms were activated" (the clause to its verb and object).
 * The date is the phrase's event's, never the main clause's: the note had said "a day" or "when in
 * making the announcement" (review 19). Null for any other shape.
 */
import { tagged } from './topics';
import { escapeRegExp } from './names';

const isVerb = (pos: string | undefined) => pos === 'VERB' || pos === 'AUX';
const PRONOUN = /^(?:it|they|he|she|we|i|you|this|that|there)$/i;

export interface FrontedEvent {
  /** "the day of Jamshedpur FC's 1-0 loss against FC Goa", "the day Premier Ada Roe made the announcement". */
  what: string;
  /** The clause whose verb gives the tense. */
  clause: string;
}

/** The event of `value` (as printed) closing the sentence's fronted phrase, told with `lead` ("the day"), or null. */
export function frontedEvent(sentence: string, value: string, lead: string, pastOf: (ing: string) => string): FrontedEvent | null {
  const at = sentence.indexOf(value);
  if (at < 0) return null;
  // ("Between Sept. 29, 2022 and Feb. 7, 2023, fire alarms were activated within …": the start of that span.)
  const span = /^\s*and\s+[^,]+(?:,\s+\d{4})?,\s+(.+)$/.exec(sentence.slice(at + value.length));
  if (/^Between\s*$/i.test(sentence.slice(0, at)) && span) {
    const tags = tagged(span[1]!);
    const verb = tags.findIndex((t) => isVerb(t.pos));
    // The clause to its verb group and the words before the next preposition.
    let end = verb;
    while (end + 1 < tags.length && !['ADP', 'PUNCT', 'SCONJ', 'CCONJ'].includes(tags[end + 1]!.pos)) end++;
    const clause = tags
      .slice(0, end + 1)
      .map((t) => t.text)
      .join(' ')
      .replace(/\s+(['’]s)/g, '$1');
    if (verb < 1 || verb > 5 || PRONOUN.test(tags[0]!.text) || clause.split(/\s+/).length > 8) return null;
    const told = tags[0]!.pos === 'PROPN' ? clause : clause.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    return { what: `the start of the period in which ${told}`, clause: 'was' };
  }
  if (!/^\s*,\s+\S/.test(sentence.slice(at + value.length))) return null;
  const phrase = sentence
    .slice(0, at)
    .replace(/\s+(?:on|in|this|last|late|early)\s*$/i, '')
    .trim();
  const rest = sentence.slice(at + value.length).replace(/^\s*,\s+/, '');
  const gerund = /^(?:In|While|When|After|Before|By|Upon|On)\s+(\p{Ll}+ing)\s+((?:the|a|an|his|her|their|its)\s+[\p{L}\s'’-]+)$/u.exec(
    phrase,
  );
  if (gerund) {
    const object = gerund[2]!.trim();
    if (object.split(/\s+/).length > 5 || tagged(object).some((t) => isVerb(t.pos))) return null;
    // The subject of the main clause: its words up to its first verb, a name or a noun phrase.
    const tags = tagged(rest);
    const verb = tags.findIndex((t) => isVerb(t.pos));
    if (verb < 1 || verb > 6) return null;
    const subject = tags
      .slice(0, verb)
      .map((t) => t.text)
      .join(' ')
      .replace(/\s+(['’]s)/g, '$1');
    if (PRONOUN.test(subject) || !new RegExp(`^${escapeRegExp(subject.split(' ')[0]!)}`).test(rest)) return null;
    const named = tags[0]!.pos === 'PROPN' ? subject : subject.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    return { what: `${lead} ${named} ${pastOf(gerund[1]!)} ${object}`, clause: `${named} ${pastOf(gerund[1]!)} ${object}` };
  }
  const event = /^(?:After|Before|Following|Ahead of|During|Since)\s+(.+)$/.exec(phrase);
  if (!event) return null;
  // The event without its venue: "at Pandit Jawaharlal Nehru Stadium in Margao".
  const noun = event[1]!.split(/\s+(?:at|in)\s+(?=\p{Lu}|the\s)/u)[0]!.trim();
  const tags = tagged(noun);
  if (tags.length < 2 || tags.length > 10 || tags.some((t) => isVerb(t.pos)) || !['NOUN', 'PROPN'].includes(tags.at(-1)!.pos)) return null;
  if (!tags.some((t) => t.pos === 'NOUN')) return null;
  const told = /^(?:the|a|an)\s/i.test(noun) ? noun.replace(/^(?:a|an|The)\s/i, 'the ') : noun;
  // (An event the main clause comes "after" or "since" is past; "before" or "ahead of" one goes by the main clause.)
  return { what: `${lead} of ${told}`, clause: /^(?:After|Following|Since)\s/.test(phrase) ? 'was' : rest };
}

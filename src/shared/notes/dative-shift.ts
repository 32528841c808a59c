/**
 * "it sent the court a letter opposing the rule": told whole, the clause copies the article, and a
 * cut for that drops "opposing the rule", the point of the letter. Told with the receiver after
 * "to" ("it sent a letter opposing the rule to the court"), it says the same in the note's own
 * order. Only verbs that hand a thing to someone, a receiver of at most three words, and a thing
 * opening on an article and ending the clause.
 */
const HANDED = new RegExp(
  String.raw`^(.*?\b(?:sent|gave|handed|mailed|delivered|offered|showed|paid|wrote)\s+)((?:the\s+|its\s+|their\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+((?:a|an|the)\s+[^,;]+)$`,
  'u',
);

/** A receiver: "the court", "its members", a pronoun or a name ("Kelby Council"). */
const RECEIVER = /^(?:(?:the|its|their)\s+\p{Ll}[\p{L}'’-]*|him|her|them|us|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u;

/** The clause with its receiver told after "to", or '' when it holds no such pair of objects. */
export function receiverAfterTo(clause: string): string {
  const m = HANDED.exec(clause);
  if (!m) return '';
  const receiver = m[2]!;
  const thing = m[3]!;
  if (!RECEIVER.test(receiver)) return '';
  if (thing.split(/\s+/).length > 8) return '';
  return `${m[1]}${thing} to ${receiver}`;
}

/**
 * Two deeds of one subject set apart by a comma: "The fire was contained in under an hour, but
 * displaced four tenants." The second is news of its own ("the fire displaced four tenants") and
 * is told with the subject it shares. Only a verb in the past with its object right after it: "was
 * arrested, and charged with theft" shares the passive's "was" (its "charged" takes no object), and
 * is left as one clause.
 */
import { tagged } from './topics';

const OBJECT_START = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ']);
const SUBJECT_PART = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** The second deed told with the subject it shares, and where the join begins; null when the sentence has none. */
export function sharedSubjectDeed(sentence: string): { before: string; clause: string } | null {
  const m = /,\s+(?:and|but)\s+(\p{Ll}+ed)\s+(.+)$/u.exec(sentence.trim());
  if (!m) return null;
  const before = sentence.trim().slice(0, m.index);
  const tokens = tagged(before);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // The subject: a noun phrase opening the line and going straight to its verb ("The fire was").
  if (verb < 2 || !tokens.slice(0, verb).every((t) => SUBJECT_PART.has(t.pos) || t.lower === 'of')) return null;
  if (!['NOUN', 'PROPN'].includes(tokens[verb - 1]!.pos) || tokens[0]!.pos !== 'DET') return null;
  const rest = tagged(`${m[1]} ${m[2]}`);
  if (rest[0]?.pos !== 'VERB' || !OBJECT_START.has(rest[1]?.pos ?? '')) return null;
  const subject = before
    .split(/\s+/)
    .slice(0, verb)
    .join(' ')
    .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  return { before, clause: `${subject} ${m[1]} ${m[2]}`.replace(/[.!?]+$/, '') };
}

/**
 * News told in a trailing "with" phrase: "Fire officials told residents to stay alert, with the
 * warning level downgraded to 'advice'." The phrase has a subject and a participle of its own (an
 * absolute), and it is often the line's news while the clause before it only sets the scene. Read
 * as a clause of its own: "the warning level was downgraded to 'advice'". Only a participle right
 * after a short noun phrase: "with the help of neighbors" and "with a knife" tell no event.
 */
import { isPluralNoun } from './plurals';
import { tagged } from './topics';

const WITH_PHRASE = /,\s+with\s+((?:the|a|an|its|their|all|most|some|\d[\d,]*)\s+(?:[\p{L}'’-]+\s+){0,4}?)(\p{Ll}+(?:ed|en))\b([^,;]*)$/u;

/** The sentence's trailing "with" phrase as a clause, and where the phrase begins; null when it has none. */
export function withPhraseNews(sentence: string): { before: string; clause: string } | null {
  const s = sentence.trim().replace(/[.!?]+$/, '');
  const m = WITH_PHRASE.exec(s);
  if (!m) return null;
  const subject = m[1]!.trim();
  const words = subject.split(/\s+/);
  if (words.length < 2) return null;
  // The word before the participle must be the subject's noun, the participle read as a verb.
  const tokens = tagged(`${subject} ${m[2]}`);
  const head = tokens.at(-2);
  if (!head || !['NOUN', 'PROPN'].includes(head.pos) || tokens.at(-1)?.pos !== 'VERB') return null;
  const be = isPluralNoun(head.text) ? 'were' : 'was';
  return { before: s.slice(0, m.index), clause: `${subject} ${be} ${m[2]}${m[3]}`.trim() };
}

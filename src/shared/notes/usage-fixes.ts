/**
 * An edit of usage that changes no fact: a verb made to agree with its subject ("The combination …
 * mark" → "… marks", "the crew are" → "the crew is"). Grammar put right; a note would tell readers
 * a fact was wrong when none was. (A contraction made or undone is read in edits.ts,
 * sameUncontracted: one home.)
 */
import { tagged } from './topics';

/** A verb and its other number: "mark" / "marks", "go" / "goes", "is" / "are", "has" / "have". */
const PAIRS = new Set(['is are', 'was were', 'has have', 'does do']);
function numberPair(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (PAIRS.has(`${x} ${y}`) || PAIRS.has(`${y} ${x}`)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return (
    short.length >= 3 && (long === `${short}s` || long === `${short}es` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`))
  );
}

/** Whether one verb changed only in number, its subject left as it was: agreement put right. */
export function agreementOnly(removed: string[], added: string[], older: string, newer: string): boolean {
  if (removed.length !== 1 || added.length !== 1 || !numberPair(removed[0]!, added[0]!)) return false;
  // Read as a verb in either version (the tagger may take "marks" for a plural noun).
  // A word with a determiner straight after it ("mark | a journey") heads a verb phrase, not a noun.
  const verb = (sentence: string, word: string) => {
    const tokens = tagged(sentence);
    return tokens.some((t, i) => t.lower === word.toLowerCase() && (t.pos === 'VERB' || t.pos === 'AUX' || tokens[i + 1]?.pos === 'DET'));
  };
  return verb(newer, added[0]!) || verb(older, removed[0]!);
}

/**
 * Edits of usage that change no fact: a contraction made or undone ("We are" → "We're", "do not"
 * → "don't") and a verb made to agree with its subject ("The combination … mark" → "… marks",
 * "the crew are" → "the crew is"). Both are style or grammar put right; a note for either would
 * tell readers a fact was wrong when none was.
 */
import { tagged } from './topics';

/** Contractions and what they stand for (the ambiguous "'s" and "'d" only after a pronoun). */
const CONTRACTED: [RegExp, string][] = [
  [/^won['’]t$/i, 'will not'],
  [/^can['’]t$/i, 'can not'],
  [/^shan['’]t$/i, 'shall not'],
  [/^(\p{L}+)n['’]t$/iu, '$1 not'],
  [/^(\p{L}+)['’]re$/iu, '$1 are'],
  [/^(\p{L}+)['’]ve$/iu, '$1 have'],
  [/^(\p{L}+)['’]ll$/iu, '$1 will'],
  [/^(i)['’]m$/iu, '$1 am'],
  [/^(it|he|she|that|there|what|who|here|where)['’]s$/iu, '$1 is'],
  [/^(i|you|we|they|he|she|it|who)['’]d$/iu, '$1 would'],
];

function expanded(tokens: string[]): string {
  return tokens
    .map((t) => {
      for (const [re, full] of CONTRACTED) if (re.test(t)) return t.replace(re, full);
      return t;
    })
    .join(' ')
    .toLowerCase()
    .replace(/\bcannot\b/g, 'can not');
}

/** Whether the words removed and added say the same, one side contracted ("We are" / "We're"). */
export function contractionOnly(removed: string[], added: string[]): boolean {
  const contracted = (ts: string[]) => ts.some((t) => /['’]/.test(t));
  if (contracted(removed) === contracted(added)) return false;
  return expanded(removed) === expanded(added) || expanded(removed).replace(/ is$/, ' has') === expanded(added);
}

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

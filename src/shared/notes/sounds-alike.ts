/**
 * Names that sound the same: "McHew" and "McHugh", "Hix" and "Hicks". A surname re-spelled to one
 * that sounds alike is the same person's name spelled right — a misspelled name, not someone else
 * named — however many letters the spelling moved (sounds keyed as Soundex keys them, below).
 */

const CODES: Record<string, string> = {};
for (const [letters, code] of [
  ['bfpv', '1'],
  ['cgjkqsxz', '2'],
  ['dt', '3'],
  ['l', '4'],
  ['mn', '5'],
  ['r', '6'],
] as const)
  for (const ch of letters) CODES[ch] = code;

/**
 * The sound key of a word: its first letter and the Soundex classes of its consonants, a class
 * said twice in a row counted once even across a vowel ("McHugh" and "McHew" are both M2, "Hicks"
 * and "Hix" both H2). Looser than census Soundex, which keeps "McHugh" apart.
 */
export function soundKey(word: string): string {
  const letters = word
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase()
    // "Leigh" and "Lee": a closing "gh" after a vowel is silent.
    .replace(/(?<=[aeiouy])gh$/, '');
  if (!letters) return '';
  let key = letters[0]!.toUpperCase();
  let last = CODES[letters[0]!] ?? '';
  for (const ch of letters.slice(1)) {
    const code = CODES[ch];
    if (!code || code === last) continue;
    key += code;
    last = code;
  }
  return key;
}

/** Whether two one-word names sound the same: same first letter, same sound key. */
export function soundsAlike(a: string, b: string): boolean {
  if (/\s/.test(a) || /\s/.test(b) || a.length < 3 || b.length < 3) return false;
  return soundKey(a) === soundKey(b);
}

/**
 * "Data portability and resilience solutions provider Veeam Software announced plans to acquire data
 * security posture management (DSPM) company Securiti AI for $1.725 billion": trade copy sets a run
 * of common nouns before a name to say what the named thing is. A clause over the note's length was
 * cut from its end and lost its object ("… Veeam Software announced plans."), while the
 * descriptions, which a reader of a note does not need, stayed. Read by structure: before a
 * capitalized name, a run of at least two words tagged noun, adjective or "and" (a bracketed
 * acronym among them), ending on a common noun (its head: "provider", "company"), with the
 * determiner before it, is a description of the name; the name stands for it ("Veeam Software
 * announced plans to acquire Securiti AI for $1.725 billion"). A name set after one noun
 * ("wicketkeeper Ben Foakes") keeps it. So does a person's post ("Sterling Sports Group chief
 * executive and majority owner Dana Whitfield"): what the person is, not a trade's description, and
 * dropped it glued the body's name to the person's ("Sterling Sports Group Dana Whitfield").
 */
import { DAY_OR_MONTH } from './name-run-opening';
import { isPostWord } from './names';
import { wordTags } from './ruling-head';

const DESCRIBING = new Set(['NOUN', 'ADJ', 'CCONJ']);

/** The clause with each description of two words or more before a name left out; unchanged when none. */
export function withoutNameDescriptions(clause: string): string {
  const words = clause.split(' ');
  const tags = wordTags(clause, words);
  if (!tags) return clause;
  const drop = new Set<number>();
  for (let k = 1; k < words.length; k++) {
    // A name opens here: a capital after a common noun in lower case, its description's head.
    // ("a bomb threat Thursday": a day or a month is when, no name described.)
    if (!/^\p{Lu}/u.test(words[k]!) || tags[k] !== 'PROPN' || DAY_OR_MONTH.test(words[k]!)) continue;
    if (tags[k - 1] !== 'NOUN' || !/^\p{Ll}+$/u.test(words[k - 1]!)) continue;
    let start = k - 1;
    while (start > 0) {
      const word = words[start - 1]!;
      const describing =
        /^\(\p{Lu}{2,}\)$/u.test(word) ||
        (DESCRIBING.has(tags[start - 1]!) && /^\p{Ll}[\p{Ll}-]*$/u.test(word)) ||
        // ("Data portability …": the clause's first word, capitalized only as its opening, before a lower-case word.)
        (start - 1 === 0 && /^\p{Lu}\p{Ll}+$/u.test(word) && /^\p{Ll}/u.test(words[1]!));
      if (!describing) break;
      start--;
    }
    // ("and" opens no description: "hospitals and clinic Vale Health" joins two things.)
    while (start < k - 1 && tags[start] === 'CCONJ') start++;
    if (k - start < 2) continue;
    // (A post among the words, "chief executive", "chairwoman", "architect": a person's title, kept.)
    if (words.slice(start, k).some((w) => isPostWord(w))) continue;
    if (start > 0 && /^(?:the|a|an)$/i.test(words[start - 1]!)) start--;
    for (let j = start; j < k; j++) drop.add(j);
  }
  return drop.size ? words.filter((_, j) => !drop.has(j)).join(' ') : clause;
}

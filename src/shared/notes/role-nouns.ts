/**
 * A noun for what a person is or does, read in its sentence rather than from a list: the title
 * lists know "director" and "spokesman", not every role copy gives ("researcher", "volunteer",
 * "wicketkeeper"), so a post put right for one of those read as rewording and got no note. A word is
 * a role here when compromise, reading the whole sentence, tags it a noun for a person (#Actor:
 * "researcher", "lawyer"), or a noun set between an owner's capitals and a person's name ("Just Voices
 * volunteer Lora Froracci"), the place AP gives a title.
 */
import nlp from 'compromise';

interface Term {
  text: string;
  tags: string[];
}

/** True when `word` stands in `sentence` as a noun for a person's role (see above). */
export function isRoleNounIn(sentence: string, word: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word)) return false;
  const terms = (nlp(sentence).json() as { terms: Term[] }[]).flatMap((s) => s.terms);
  return terms.some((t, k) => {
    if (t.text.toLowerCase() !== word) return false;
    if (t.tags.includes('Noun') && t.tags.includes('Actor')) return true;
    // Between an owner's capitals and a person's name, a noun (or a bare verb the tagger took for one,
    // "Just Voices volunteer Lora Froracci") is the title before the name.
    const [before, next, after] = [terms[k - 1], terms[k + 1], terms[k + 2]];
    const nounish = t.tags.includes('Noun') || t.tags.includes('Infinitive');
    return (
      nounish &&
      !!before?.tags.includes('ProperNoun') &&
      !!next &&
      !!after &&
      /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
      /^\p{Lu}\p{Ll}+$/u.test(after.text) &&
      next.tags.includes('Person')
    );
  });
}

/**
 * True when compromise, reading the whole sentence, takes `word` (a hyphened word by its parts) for a
 * noun: "the newly appointed skipper Temba Bavuma", where wink-nlp, reading the word alone or in the
 * sentence, takes "skipper" for a verb. The role readers ask it of a word already set before a name.
 */
export function isNounIn(sentence: string, word: string): boolean {
  const parts = word.toLowerCase().split('-');
  const terms = (nlp(sentence).json() as { terms: Term[] }[]).flatMap((s) => s.terms);
  return terms.some(
    (t, k) => parts.every((p, j) => terms[k + j]?.text.toLowerCase() === p) && terms[k + parts.length - 1]!.tags.includes('Noun'),
  );
}

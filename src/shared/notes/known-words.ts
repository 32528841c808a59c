/**
 * Whether a word is an ordinary word of English: one in the lexicon of wink-nlp's lite English model
 * ("committee", "national", "jail"), not a coinage, a surname the lexicon lacks or a slip of the keys
 * ("comittee", "natonal", "jial"). A misspelled word put right inside a body's name ("the Senate
 * Approprations Committee") is then told apart from a name respelled ("Colemen" → "Coleman").
 */
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let reader: ReturnType<typeof winkNLP> | null = null;
/** The lexicon's size: a word the model has never seen is numbered past it. */
let lexiconSize = 0;

function idOf(word: string): number {
  reader ??= winkNLP(model, []);
  const its = reader.its;
  let id = -1;
  reader
    .readDoc(word)
    .tokens()
    .each((t: ItemToken) => {
      if (id < 0) id = t.out(its.uniqueId) as unknown as number;
    });
  return id;
}

/** True when the word (in any case) is in the model's lexicon. */
export function isKnownWord(word: string): boolean {
  // Measured once, on a string no lexicon holds, before any other unseen word is numbered.
  if (!lexiconSize) lexiconSize = idOf('zqxjvkwq');
  const id = idOf(word.toLowerCase());
  return id >= 0 && id < lexiconSize;
}

/**
 * "A gunman in a car shot Mr Vale four times": the tagger reads a bare past form that is also a
 * noun ("shot", "hit", "set") as a noun, so a clause that plainly holds its deed looked verbless
 * and the count lost it ("the number of times", which names nothing; review 13a). A past form of
 * a common verb standing right after a noun and right before its object — a name, a title or a
 * determiner — is the clause's verb. "a shot of the bridge", "the hit song" stay nouns: nothing
 * of the kind follows them.
 */
import { isIrregularPast } from './past-forms';
import type { tagged } from './topics';

type Tag = ReturnType<typeof tagged>[number];

/** Whether the tagged clause holds a past deed the tagger took for a noun. */
export function pastDeedTaggedAsNoun(tags: readonly Tag[]): boolean {
  return tags.some(
    (t, i) =>
      i > 0 &&
      t.pos === 'NOUN' &&
      isIrregularPast(t.lower) &&
      tags[i - 1]!.pos === 'NOUN' &&
      ['PROPN', 'DET', 'PRON'].includes(tags[i + 1]?.pos ?? ''),
  );
}

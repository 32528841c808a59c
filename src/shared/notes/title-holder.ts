/**
 * Whose title was put right: the person whose own title holds the changed words. A sentence may
 * name two titled people ("Mayor Ada Voss spoke while Budget Director Ole Lind said …"); the first
 * titled name is not the one corrected when the new title stands before the second.
 */
import type { nameRuns } from './names';

type Run = ReturnType<typeof nameRuns>[number];

/**
 * The titled run (from `runs`, each already known to hold a title and a person) whose words hold
 * the capitalized words of `after`; null when none does or when more than one does, so the caller
 * keeps its own choice.
 */
export function runHoldingTitle(runs: Run[], after: string): Run | null {
  const changed = after.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  if (!changed.length) return null;
  const holding = runs.filter((r) => changed.every((w) => r.words.includes(w)));
  return holding.length === 1 ? holding[0]! : null;
}

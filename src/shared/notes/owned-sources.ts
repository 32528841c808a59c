/**
 * A source described by whose it is — "Carter's family", "Ruiz's lawyer", "the mayor's office" with
 * a name before it ("Mendez's office") — names someone as surely as a name does: the possessive is
 * the name. What it said is credited to it, told as its statement ("a statement from Ruiz's family
 * that …"), since "Ruiz's family's report" stacks two possessives.
 */
import type { Source } from './attribution';
import { opensOnPossessive } from './possessive-names';

/** Whether the source is a description owned by a named person or body ("Carter's family"). */
export function namedOwner(source: Source | null | undefined): boolean {
  return !!source && source.kind === 'description' && opensOnPossessive(source.name) && source.name.split(/\s+/).length <= 4;
}

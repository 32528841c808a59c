/**
 * "… to testify before the panel on April 22", "… stood as a candidate in May": "before", "after",
 * "as" and "since" lead a clause only when a verb follows in it; before a bare noun phrase they are
 * prepositions, and the date belongs to the main clause ("the date the group called on … to
 * testify"), not to "the panel" (review 13a found the note cut to "the date also called on …").
 */
import { tagged } from './topics';

/** Whether the words after a subordinator hold a verb of their own (so it leads a clause). */
export function leadsAClause(after: string): boolean {
  return tagged(after).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

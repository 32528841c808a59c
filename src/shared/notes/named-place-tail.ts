/**
 * A source's clause cut before a place named by its name alone, to the line's end: "will begin
 * physical therapy | at Front Range Medical Center", "restored power to the hospital | in Dunmore".
 * The clause already ends on the object its verb took; the place only says where, and nothing
 * follows it that the verb still needs (as "made clearing brush | along the ridge roads a
 * priority" does, where a lower-case phrase and more words go on). So the clause says what the
 * source said, told short.
 */
import { tagged } from './topics';

/** " at Front Range Medical Center", " in Port Elwin, Ont." — a preposition of place and a name, then the end. */
const NAMED_PLACE_TO_END =
  /^\s+(?:at|in|near|outside|inside)\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}'’.&-]*)*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s*[.!?]?\s*$/u;

/** Does the clause end on its object, before only a named place that closes the line (`after`)? */
export function endsBeforeNamedPlace(clause: string, after: string): boolean {
  if (!NAMED_PLACE_TO_END.test(after)) return false;
  const tokens = tagged(clause);
  // The object is there: a noun closes the clause, and a verb comes before it.
  return tokens.at(-1)?.pos === 'NOUN' && tokens.slice(0, -1).some((t) => t.pos === 'VERB');
}

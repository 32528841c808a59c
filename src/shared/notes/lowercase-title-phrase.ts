/**
 * A post printed in lower case before a name, put right ("bench coach Ned Vale" → "manager Ned
 * Vale", "Union law minister Omar Dalt" → "Union minister of state for housing Omar Dalt"): both
 * posts are printed as running text prints them, so the note can tell both in the AP form —
 * "Vale is the manager, not the bench coach" — rather than the bare "The correct title is manager".
 * Nothing is lowered or reordered: the words are the article's own, in its order.
 */
import { familyOrLastName } from './family-first-names';
import { changedSpan, TITLE_TOKEN } from './changed-span';
import { lowercaseTitleBeforeName } from './lowercase-title';
import { withArticle } from './same-person-title';
import { fill } from './style';

/** Words that open a clause or a phrase, never a post's: "and", "said", "by", "the". */
const CLAUSE =
  /^(?:and|or|but|nor|so|yet|said|says|told|tells|added|by|of|for|to|from|with|at|in|on|as|that|who|which|when|while|the|a|an|its|his|her|their|our|is|was|are|were|be|been|has|had|have)$/;

/** "misstated Ned Vale's title. Vale is the manager, not the bench coach", or '' when the edit is no lower-case post before a name. */
export function lowercaseTitlePhrase(older: string, newer: string): string {
  const [o, n, p, s] = changedSpan(older, newer, TITLE_TOKEN);
  const found = lowercaseTitleBeforeName(o, n, p, s);
  if (!found) return '';
  // The lower-case words both print before the change are the post's too: "union [executive director]".
  let from = p;
  while (from > 0 && p - from < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(n[from - 1]!) && !CLAUSE.test(n[from - 1]!)) from--;
  const shared = n.slice(from, p).join(' ');
  const whole = (post: string) => (shared ? `${shared} ${post}` : post);
  // (fill writes the AP possessive of a name ending in s: "Ross' title".)
  return fill("misstated {name}'s title. {surname} is {right}, not {wrong}", {
    name: found.name,
    surname: familyOrLastName(found.name),
    right: withArticle(whole(found.right)),
    wrong: withArticle(whole(found.wrong)),
  });
}

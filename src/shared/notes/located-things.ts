/**
 * A place set right after a thing named by a noun phrase, with no deed of its own to tell ("the
 * relocation of an existing Atlanta Gas line in Standifer Gap Road", "repairs to a water main on
 * Elm Street"), is where that thing is: "misstated the location of the Atlanta Gas line. It is in
 * Standifer Gap Road", not "misstated the street" (review 19). The noun phrase is read by the tagger
 * (its last word a noun, no verb in it, at most five words after its article); a plain adjective
 * after the article ("an existing …") is left out. '' when no such phrase stands before the place.
 */
import { escapeRegExp } from './names';
import { modifies, tagged } from './topics';

export function locatedThing(sentence: string, place: string): string {
  const m = new RegExp(
    String.raw`\b(?:a|an|the|its|their)\s+((?:[\p{L}&'’-]+\s+){0,4}[\p{L}-]+)\s+(?:in|on|at|along|under|beside|near)\s+(?:the\s+)?${escapeRegExp(place)}\b`,
    'u',
  ).exec(sentence);
  if (!m) return '';
  // ("the morning's flag-raising ceremony": a hyphened compound before the noun is one modifier.)
  const tags = hyphenedAsOne(tagged(m[1]!));
  const verb = (k: number) => tags[k]!.pos === 'AUX' || (tags[k]!.pos === 'VERB' && !modifies(tags, k));
  if (tags.at(-1)?.pos !== 'NOUN' || tags.some((t, k) => verb(k) || ['ADP', 'PUNCT', 'CCONJ'].includes(t.pos))) return '';
  // ("an existing Atlanta Gas line": a plain modifier after the article goes.)
  const kept = tags.filter((t, k) => !(k === 0 && ['ADJ', 'VERB'].includes(t.pos) && /^\p{Ll}/u.test(t.text)));
  return `the location of the ${kept
    .map((t) => t.text)
    .join(' ')
    .replace(/\s+(['’]s)/g, '$1')}`;
}

type Token = ReturnType<typeof tagged>[number];

/** "flag - raising" as the tagger splits it: one describing word, or the noun when it ends the phrase. */
function hyphenedAsOne(tags: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k]!;
    const next = tags[k + 1];
    if (t.text === '-' && out.length && next && /^\p{L}/u.test(next.text) && /^\p{L}/u.test(out.at(-1)!.text)) {
      const first = out.pop()!;
      const last = k + 1 === tags.length - 1;
      out.push({ ...next, text: `${first.text}-${next.text}`, lower: `${first.lower}-${next.lower}`, pos: last ? 'NOUN' : 'ADJ' });
      k++;
    } else out.push(t);
  }
  return out;
}

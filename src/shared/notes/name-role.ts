/**
 * What a swapped proper name is, read from its place in the sentence, when no preposition set it
 * as a place and no reader knew its kind. The fallback said "misstated a name", which tells a reader
 * a spelling was wrong: on unseen copy "It is Rockford, not Deer Park" (an area), "Abuja, not Lagos"
 * (a court's seat), "Frayser, not Whitehaven" (a neighborhood), "Draco, not Cygnus" (a constellation).
 * The sentence names the kind itself: a common noun set straight before the name ("the constellation
 * Draco") or after it ("the hard-hit Frayser neighborhood"), a plural before "like" or "such as"
 * ("Southern areas like Rockford"), or a body's name the place follows between commas ("The Federal
 * High Court, Abuja,"). Null when the sentence says none of these.
 */
import { isTitleWord } from './names';
import { tagged } from './topics';

/** "areas" → "area", "cities" → "city", "communities" → "community". */
function oneOf(plural: string): string {
  if (/ies$/.test(plural)) return `${plural.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(plural)) return plural.slice(0, -2);
  return plural.replace(/s$/, '');
}

/** The head naming what `name` is in `sentence` ("the constellation", "an area", "the location of the Federal High Court"), or null. */
export function nameRole(sentence: string, name: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  const beforeText = sentence.slice(0, at);
  const afterText = sentence.slice(at + name.length);
  // "Southern areas like Rockford": one of the plural's kind.
  const like = /\b(\p{Ll}{3,}s)\s+(?:like|such as|including)\s+$/u.exec(beforeText);
  if (like && tagged(like[1]!)[0]?.pos === 'NOUN') {
    // ("areas like Rockford had 5 inches of snow": told by what the one named did, "the area that had …".)
    const deed =
      /^\s+((?:had|has|have|saw|sees|got|gets|received|receives|reported|recorded)\s[^,.;]+?)(?=\s+(?:as of|by|at|on)\s|[,.;]|$)/.exec(
        afterText,
      )?.[1];
    if (deed && deed.split(/\s+/).length <= 8) return `the ${oneOf(like[1]!)} that ${deed}`;
    return `one of the ${like[1]!}`;
  }
  // "The Federal High Court, Abuja,": the seat of the body the commas follow.
  const seat =
    /((?:The\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:Court|Hospital|University|College|Tribunal|Assembly|Council|Commission|Police Command|Command)),\s+$/u.exec(
      beforeText,
    );
  if (seat && /^,/.test(afterText)) return `the location of ${seat[1]!.replace(/^The\s/, 'the ').replace(/^(?!the\s)/, 'the ')}`;
  // "the constellation Draco": the common noun that stands before the name says its kind.
  const lead = /\bthe\s+(\p{Ll}{4,})\s+$/u.exec(beforeText);
  if (lead && !isTitleWord(lead[1]!) && tagged(`the ${lead[1]!} ${name}`)[1]?.pos === 'NOUN') return `the ${lead[1]!}`;
  // "the hard-hit Frayser neighborhood": the noun after it, in a phrase the article opens.
  const tail = new RegExp(`^\\s+(\\p{Ll}{4,})\\b`, 'u').exec(afterText);
  if (tail && /\b(?:the|a|an)\s+(?:[\p{L}-]+\s+)?$/u.test(beforeText)) {
    const tags = tagged(`the ${name} ${tail[1]!}`);
    if (tags.at(-1)?.pos === 'NOUN' && !/s$/.test(tail[1]!)) return `the ${tail[1]!}`;
  }
  return null;
}

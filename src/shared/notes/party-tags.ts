/**
 * A member's party put right: the party named beside a person ("a Democrat" → "a Republican"),
 * or the tag after a lawmaker's name ("R-Texas" → "D-Texas") when it reaches here as a title. The
 * note names the member and both parties: "Sterling is a Republican, not a Democrat", never the
 * bare "It is Republican".
 */
import { PARTY } from './person-words';
import { nameRuns, personName } from './names';
import { fill } from './style';

/** "R-Texas" → { party: "R", state: "Texas" }: a party letter joined to a state or its abbreviation. */
const TAG = /^([RDIL])-(\p{Lu}[\p{L}.]*)$/u;
const PARTY_OF: Record<string, string> = { R: 'Republican', D: 'Democrat', I: 'independent', L: 'Libertarian' };

/** "Republican" for "R-Texas" or "Republican"; '' for a word that names no party. */
function partyOf(word: string): string {
  const tag = TAG.exec(word);
  if (tag) return PARTY_OF[tag[1]!]!;
  if (!PARTY.test(word)) return '';
  return word === 'Democratic' ? 'Democrat' : word === 'Independent' ? 'independent' : word;
}

const a = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

/**
 * "misstated Tanya Ruiz's party. Ruiz is a Democrat, not a Republican", or '' when the words put
 * right are no parties or no person is named before them.
 */
export function partyPhrase(sentence: string, before: string, after: string): string {
  const [was, now] = [partyOf(before.trim()), partyOf(after.trim())];
  if (!was || !now || was === now) return '';
  const at = sentence.indexOf(after.trim());
  // The member: the last full name printed before the party.
  const run = nameRuns(sentence)
    .filter((r) => r.end <= at && personName(r.text).split(' ').length >= 2)
    .at(-1);
  const name = run ? personName(run.text) : '';
  if (!name) return '';
  return fill("misstated {name}'s party. {surname} is {right}, not {wrong}", {
    name,
    surname: name.split(' ').at(-1)!,
    right: a(now),
    wrong: a(was),
  });
}

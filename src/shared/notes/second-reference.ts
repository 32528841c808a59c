/**
 * A speaker named on second reference with an honorific ("…," said Mr. Brandt. / Mr Mugabe said),
 * as the NYT, the BBC and the Telegraph print it. The person is the one the article named in full
 * earlier ("Ilse Brandt"), else the surname alone.
 */
import { speechVerbs } from './speech-verbs';
import { escapeRegExp, isSentenceStarter, isTitleWord } from './names';
import { HONORIFIC } from './person-words';
import { plainText } from './sentences';

const HONORIFIC_NAME = String.raw`${HONORIFIC}\.?\s+(\p{Lu}[\p{L}'’-]+)`;
const SAID = `(?:${speechVerbs('said', 'says', 'added', 'told', 'asked', 'wrote', 'argued', 'noted')})`;
/** "said Mr. Brandt" or "Mr. Brandt said": the honorific speaker of a line. */
const CREDIT = new RegExp(String.raw`\b${SAID}\s+${HONORIFIC_NAME}|${HONORIFIC_NAME}\s+${SAID}\b`, 'u');

/** The speaker a line credits by honorific and surname, named as the article named them first; '' when none. */
export function honorificSpeaker(line: string, articleText: string): string {
  const m = CREDIT.exec(plainText(line));
  const surname = m?.[1] ?? m?.[2];
  if (!surname) return '';
  // Every full name the article gives that surname: one is the speaker; two ("Ruth Kessler" and her
  // son "Paul Kessler") leave "Mr. Kessler" as the surname alone, never the first one met.
  const firsts = new Set(
    [...plainText(articleText).matchAll(new RegExp(String.raw`\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?)\s+${escapeRegExp(surname)}\b`, 'gu'))]
      .map((m) => m[1]!)
      // (Not "Mayor Kessler" or "When Kessler …": a title or an opening word is no first name.)
      .filter((first) => !new RegExp(`^${HONORIFIC}$`).test(first) && !isTitleWord(first) && !isSentenceStarter(first)),
  );
  return firsts.size === 1 ? `${[...firsts][0]} ${surname}` : surname;
}

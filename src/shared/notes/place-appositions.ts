/**
 * A place named in apposition after the noun that says what it is: "mayor of one of the region's
 * biggest towns, Port Ellery", "the province's capital, Karrow Bay". The noun before the comma
 * ("towns", "capital") makes the name after it a place, never a person misidentified; the note
 * says which place was meant — "the town where Mr Ortel was mayor" when a post of it stands before.
 */
import { placeNouns } from './place-kinds';
import { pluralOf } from './plurals';
import { presentTense } from './edits';
import { isPostNoun, isTitleWord } from './names';

/** Nouns for a place, plural and singular ("towns|town"). */
const PLACE_NOUN = placeNouns(
  'city',
  'town',
  'village',
  'capital',
  'port',
  'province',
  'region',
  'district',
  'county',
  'suburb',
  'island',
  'country',
  'state',
  'municipality',
  'borough',
  'settlement',
)
  .split('|')
  .flatMap((noun) => [pluralOf(noun), noun])
  .join('|');

/** The singular a note names the place by: "cities" → "city". */
const singular = (noun: string) => noun.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

/** A person a sentence opens on: "Mr Ortel", "Jan Ortel", "Mayor Ida Brisk". */
const OPENING_PERSON = /^((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\b/u;

/**
 * What `place`, set in apposition after a place noun in `sentence`, is told as in the note
 * ("the town where Mr Ortel was mayor", "the province's capital"), or null when no place noun stands
 * before it ("a farmer, Tim Roe", "the mayor of Fenwick, Ada Brisk").
 */
export function placeInApposition(sentence: string, place: string): { what: string; past: boolean } | null {
  const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(
    `(?:\\b(\\p{Ll}+)\\s+of\\s+)?(\\b(?:one|some|any|each)\\s+of\\s+)?\\b((?:the|its|their|his|her|[\\p{L}'’]+['’]s?)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?)(${PLACE_NOUN}),\\s+${escaped}(?=[\\s,.;:!?)]|$)`,
    'u',
  ).exec(sentence);
  if (!found) return null;
  const noun = singular(found[4]!);
  // (Only a post: "mayor of one of …"; "the outskirts of one of …" names no one's post.)
  const post = found[1] && (isPostNoun(found[1]) || isTitleWord(found[1])) ? found[1] : '';
  const person = OPENING_PERSON.exec(sentence)?.[1] ?? '';
  const past = !presentTense(sentence);
  // (A person's name never holds the place's own words: "Port Ellery" opening the sentence is no holder.)
  // (A pronoun is no name a note can give alone: "He" is named by the caller, pronoun-subject.ts.)
  if (post && person && !person.includes(place) && !/^(?:The|A|An|In|At|On|By|He|She|It|They|We|I|You|While|When|As)\b/.test(person))
    return { what: `the ${noun} where ${person} ${past ? 'was' : 'is'} ${post}`, past };
  // "the province's capital, Karrow Bay": one place, told by its own phrase ("his" read as "the").
  if (!found[2])
    return {
      what: `${found[3]!}${found[4]!}`
        .replace(/^(?:its|their|his|her)\s/, 'the ')
        .replace(/^(?!the\s)/, 'the ')
        .replace(/^the (?=\S+['’]s?\s)(?=\p{Lu})/u, ''),
      past,
    };
  return { what: `the ${noun}`, past };
}

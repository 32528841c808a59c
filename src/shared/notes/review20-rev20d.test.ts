/**
 * Round 20 review (rev20d): a lone added line of background (a past year, "last year", "since 2011",
 * a habit, a lasting state) is no news (lone-development.ts); a person's post before their name is
 * not a trade description to drop (described-names.ts). Invented copy only; each has near misses.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { inventedStory } from '../../../tests/support/note-stories';
import { withoutNameDescriptions } from './described-names';

const DATE = '2026-04-09T10:00:00-05:00';

describe('a lone added line of background is not told as news (lone-development.ts)', () => {
  const HEAD = 'Fenwick woman charged after van crash';
  const OLDER = [
    'Tamsin Orley, 52, of Fenwick was charged Tuesday with careless driving after her van struck a bus shelter on Mill Lane.',
    'Nobody was hurt in the crash, police said.',
  ];
  const propose = (added: string[]) => proposeNote(inventedStory(HEAD, OLDER), inventedStory(HEAD, [...OLDER, ...added]), { date: DATE });

  it('declines a deed dated to a past year, last year, or a perfect of duration', () => {
    for (const line of [
      'Orley moved to the village in 2018.',
      'Orley bought the van last year.',
      'Orley has worked as a school librarian since 2009.',
      'Orley grew up above her parents’ pharmacy on Mill Lane.',
      'Orley owns a bakery on Mill Lane.',
      'Orley usually drives the van to the market.',
    ])
      expect(propose([line]).text, line).not.toMatch(/^The news that/);
  });

  it('still tells a deed of the story, in the note year or with a time set', () => {
    expect(propose(['Orley was released on bail on Wednesday.']).text).toBe('The news that Orley was released on bail on Wednesday.');
    expect(propose(['Orley sold the van in April 2026.']).text).toBe('The news that Orley sold the van in April 2026.');
    expect(propose(['Orley plans to plead guilty May 14.']).text).toBe('The news that Orley plans to plead guilty May 14.');
  });
});

describe("a person's post before the name is kept (described-names.ts)", () => {
  it('keeps a post, so no body is glued to the name', () => {
    const clause = 'Halden Rowing Club head coach and longtime club captain Pia Marsh resigned on Monday';
    expect(withoutNameDescriptions(clause)).toBe(clause);
    expect(withoutNameDescriptions('the board suspended senior harbor engineer Ola Brandt')).toBe(
      'the board suspended senior harbor engineer Ola Brandt',
    );
  });

  it('still drops a trade description before a company', () => {
    expect(withoutNameDescriptions('Regional cold storage and freight logistics firm Norvik Cargo bought Tallis Foods')).toBe(
      'Norvik Cargo bought Tallis Foods',
    );
  });
});

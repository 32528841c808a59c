import { describe, expect, it } from 'vitest';
import { checkNoteGrammar, copiedFragment } from './grammar';
import { firstGrammatical, proposeNote, updateFallbacks } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { resolveStyle } from './style';

/**
 * The blind measure of round fourteen: a development told as "a statement from X that <clause>"
 * whose clause copies the article fell all the way to "Additional details.", losing who said it.
 * The credit alone is the fallback before that. Copy of our own making.
 */
describe('an update whose clause copies the article keeps its credit', () => {
  const article =
    'Ferry fares rise\n\nThe Harbour Trust said in a statement Tuesday that it plans to hold its first public workshop on the new pier in March.';

  it('falls back to the credit, not to "Additional details."', () => {
    const parts = ['a statement from the Harbour Trust that it plans to hold its first public workshop on the new pier'];
    // (Round fifteen: the clause is first told whole, to its month, shorter-tellings.ts.)
    expect(firstGrammatical(updateFallbacks(parts, resolveStyle(), article), article)).toBe(
      'A statement from the Harbour Trust that it plans to hold its first public workshop on the new pier in March.',
    );
  });

  it('keeps a clause that reads, and says "Additional details." when no one is credited', () => {
    const told = ['a statement from the Harbour Trust that the workshop will be held in March'];
    expect(firstGrammatical(updateFallbacks(told, resolveStyle(), article), article)).toBe(
      'A statement from the Harbour Trust that the workshop will be held in March.',
    );
    const uncredited = ['the news that it plans to hold its first public workshop on the new pier'];
    expect(firstGrammatical(updateFallbacks(uncredited, resolveStyle(), article), article)).toBe('Additional details.');
  });
});

describe('a reported clause restated whole is no copied fragment', () => {
  const article = [
    'Ferry fares rise',
    'The Harbour Trust said in a statement Tuesday that it will hold its first public workshop on the pier in March.',
    'Officials said the crossing stayed closed for most of the afternoon while divers checked the hull.',
  ].join('\n\n');

  it('lets through a clause after "that" the article holds whole after "that" or "said"', () => {
    expect(
      copiedFragment('A statement from the Harbour Trust that it will hold its first public workshop on the pier in March.', article),
    ).toBe('');
    expect(
      copiedFragment(
        'Comments from officials that the crossing stayed closed for most of the afternoon while divers checked the hull.',
        article,
      ),
    ).toBe('');
  });

  it('still finds a clause cut short, a run from the middle of a sentence, or a clause too long', () => {
    // Cut before its end ("… on the pier"): the article's clause runs on to "in March".
    expect(copiedFragment('A statement from the Harbour Trust that it will hold its first public workshop on the pier.', article)).not.toBe(
      '',
    );
    // Not a reported clause: a run lifted from inside the sentence, after no "that" or verb of saying.
    expect(copiedFragment('The news that the crossing stayed closed for most of the afternoon while divers checked.', article)).not.toBe(
      '',
    );
    const long = `${article}\n\nThe mayor said that the council will meet on Monday to weigh the cost of the new pier and the plan to raise fares for islanders.`;
    expect(
      copiedFragment(
        'Comments from the mayor that the council will meet on Monday to weigh the cost of the new pier and the plan to raise fares for islanders.',
        long,
      ),
    ).not.toBe('');
  });
});

describe('a slip put right inside a post is no title correction', () => {
  const head = 'Ferry strike enters second week';
  const open = 'The strike by ferry crews in Velmora entered its eighth day on Tuesday.';
  const story = (p: string) => storyOfLines([head, open, p]);
  const noteFor = (was: string, now: string) => proposeNote(story(was), story(now), { date: '2026-11-06T12:00:00' });

  it('an apostrophe put back in the office served gets no note', () => {
    const note = noteFor(
      'Ada Lin, spokeswoman for the Harbor Countys Office, said talks would resume.',
      'Ada Lin, spokeswoman for the Harbor County’s Office, said talks would resume.',
    );
    expect(note.kind).toBe('none');
  });

  it('near miss: another office served is still the title put right', () => {
    const note = noteFor(
      'Ada Lin, spokeswoman for the Harbor County Office, said talks would resume.',
      'Ada Lin, spokeswoman for the Port Authority, said talks would resume.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(/Port Authority/);
  });
});

describe('a title is no counted noun', () => {
  it('"the number of Mayor" fails the grammar check; "the number of officers" passes', () => {
    expect(
      checkNoteGrammar('An earlier version of this article misstated the number of Mayor. The correct number is 2.').map((p) => p.rule),
    ).toContain('counted-noun');
    expect(checkNoteGrammar('An earlier version of this article misstated the number of officers. The correct number is 2.')).toEqual([]);
  });
});

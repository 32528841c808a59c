/**
 * Round ten, real copy (corrections): defects two reviewers found by revising real articles —
 * furniture and trims cut as if withdrawn, Title Case headlines, running stories, titles and
 * names at a sentence's end. Every example is invented for this file (other names, places,
 * numbers), each with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { articleFromText } from './eval';
import { checkNoteGrammar } from './grammar';
import { isInBodyFurniture, trimmedElaboration } from './trims';
import { claimClause } from './claims';

const DATE = '2026-05-14T09:00:00-05:00';
const story = (...paragraphs: string[]) =>
  articleFromText(
    [
      'Harbor board weighs dredging plan',
      'The Pellham harbor board met Tuesday to weigh a plan to dredge the north channel.',
      ...paragraphs,
      'The board meets again in June.',
    ].join('\n\n'),
  );
const propose = (older: string[], newer: string[]) => proposeNote(story(...older), story(...newer), { date: DATE });
const clean = (text: string) => expect(checkNoteGrammar(text)).toEqual([]);

describe('a cut of furniture or a trim withdraws no claim', () => {
  const body = 'Dredging would cost about $4 million, according to the port authority.';
  it.each([
    ['a bracketed related link', '[Read more: Why the north channel keeps silting up]'],
    ['a bracketed newsletter plug', '[Morning tide report: Get the Harbor Briefing in your inbox.]'],
    ['a related headline set in the body', "Ferry Operator Cuts Winter Sailings to Island 'After Losses'"],
    ['a caption closed by its photo credit', 'Dredgers work the south basin on Monday. (Ines Marrow/Coastline Press)'],
    ['a "Read more" pointer', 'Read more: Port authority opens bids for tugboat contract.'],
  ])('%s cut whole: no note', (_label, furniture) => {
    const note = propose([body, furniture, 'Fishermen oppose the plan.'], [body, 'Fishermen oppose the plan.']);
    expect(note.kind).toBe('none');
    expect(note.text).toBe('');
  });

  it('a sentence that leans on the one before, cut while that one stays: a trim, no note', () => {
    const note = propose(
      [
        'In 2009, a barge ran aground at the channel mouth, spilling 3,000 gallons of diesel. In response, the state ordered a survey of the harbor floor.',
      ],
      ['In 2009, a barge ran aground at the channel mouth, spilling 3,000 gallons of diesel.'],
    );
    expect(note.kind).toBe('none');
  });

  it('a one-sentence paragraph opening "It also", cut: a trim', () => {
    const note = propose(
      ['The plan links the harbor to the rail yard.', 'It also ties a fishing port of the 1880s to the container trade of today.'],
      ['The plan links the harbor to the rail yard.'],
    );
    expect(note.kind).toBe('none');
  });

  it('near miss: a claim that stands on its own, with its own teller, cut: still a correction', () => {
    const note = propose(
      [
        'Board chairman Oren Castellan lives in the district, records show.',
        'Castellan had been fined twice before for ethics violations, the county said.',
      ],
      ['Board chairman Oren Castellan lives in the district, records show.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('incorrectly reported that Castellan had been fined twice before for ethics violations');
    clean(note.text);
  });

  it('near miss: a pronoun sentence carrying its own teller still reads as a claim', () => {
    expect(trimmedElaboration('He had been fined twice before, the county said.', true)).toBe(false);
    expect(trimmedElaboration('He vowed that the port would stay open.', true)).toBe(true);
    // The line it leans on was cut too: nothing kept to lean on.
    expect(trimmedElaboration('He vowed that the port would stay open.', false)).toBe(false);
  });

  it('near miss: copy that ends as sentences do is never furniture', () => {
    expect(isInBodyFurniture('The board voted 5-2 to delay the plan.')).toBe(false);
    expect(isInBodyFurniture('"We need the channel open," Castellan said.')).toBe(false);
    expect(isInBodyFurniture('[Read: Why the north channel keeps silting up]')).toBe(true);
    expect(isInBodyFurniture('Harbor Pilots Strike Over Pay')).toBe(true);
  });

  it('a possessive pronoun is never made "the\'s" from a plural noun read as a verb', () => {
    const previous = 'Ngaroa believe the herons nest where the river bends.';
    const cut = 'Their grandchildren count the nests each spring.';
    expect(claimClause(cut, '', `${previous} ${cut}`, previous)).not.toMatch(/\bthe's\b/);
  });
});

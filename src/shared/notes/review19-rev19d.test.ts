/**
 * Round nineteen review (rev19d): the court steps, the joined progressive and the restated-sentence
 * licence held to what they were meant for. Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { inventedStory } from '../../../tests/support/note-stories';
import { tellsCourtStep } from './court-steps';
import { pastTense, reportsEvent } from './news-clause';

const DATE = '2026-05-09T10:00:00-05:00';
const HEAD = 'Flood waters recede in Pellham';
const OLDER = ['Flood waters began to recede in Pellham on Friday after two days of heavy rain, officials said.'];
const propose = (added: string[], older = OLDER) =>
  proposeNote(inventedStory(HEAD, older), inventedStory(HEAD, [...older, ...added]), { date: DATE });

describe('a court step is the court’s own phrase (court-steps.ts)', () => {
  it.each([
    'The mayor pleaded with residents to stay patient.',
    'Voters will decide on a bond measure in November.',
    'The town faces years of rebuilding.',
    'She was in the prison choir for six years.',
  ])('reads "%s" as no step', (line) => {
    expect(tellsCourtStep(line)).toBe(false);
    expect(reportsEvent(line)).toBe(false);
  });

  it.each([
    'Hale pleaded not guilty on Monday.',
    'Hale pleaded no contest to the charge.',
    'Hale faces up to 10 years in prison.',
    'Hale was held on $5,000 bail.',
    'Hale is in the Pellham County Jail on a bond of $12,000.',
    'Hale remains in custody.',
    'Hale was in the county jail Tuesday.',
  ])('still reads "%s" as a step', (line) => expect(tellsCourtStep(line)).toBe(true));

  it('does not tell a plea for patience as the news', () => {
    const note = propose(['The mayor pleaded with residents to stay patient.']);
    expect(note.text).not.toMatch(/pleaded with residents/);
  });
});

describe('a state still going on keeps its present (joined-tenses.ts)', () => {
  it('keeps "is being held" beside an arrest told in the past', () => {
    expect(pastTense('The suspect has been arrested and is being held at the county jail')).toBe(
      'The suspect was arrested and is being held at the county jail',
    );
  });
  it('still tells an active progressive in the past beside it', () => {
    expect(pastTense('crews are clearing the wreck and have reopened one lane')).toBe(
      'crews were clearing the wreck and reopened one lane',
    );
  });
});

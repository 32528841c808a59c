/**
 * A proceeding court and election copy names with no article ("Sentencing is scheduled for Feb. 14.",
 * "Jury selection begins Feb. 14.") is the event a corrected date dates. Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

const story = (last: string) =>
  storyOfLines([
    'Man pleads guilty to threats',
    'HALDEN, Vt. — A Halden man pleaded guilty Monday to threatening a state senator.',
    `He faces up to 10 years in prison. ${last}`,
  ]);
const noteFor = (old: string, now: string) => proposeNote(story(old), story(now), { date: '2026-11-06' }).note;

describe('a proceeding named bare', () => {
  it('dates the sentencing and jury selection, in lower case', () => {
    expect(noteFor('Sentencing is scheduled for Feb. 4.', 'Sentencing is scheduled for Feb. 14.')).toMatch(
      /misstated the date of the sentencing\. It is Feb\. 14, not Feb\. 4\.$/,
    );
    expect(noteFor('Jury selection begins Feb. 4.', 'Jury selection begins Feb. 14.')).toMatch(/the date jury selection begins\./);
  });

  it('keeps a name that opens the sentence as a name (near miss)', () => {
    expect(noteFor('Judge Ana Roe set sentencing for Feb. 4.', 'Judge Ana Roe set sentencing for Feb. 14.')).not.toMatch(/\bjudge ana\b/);
  });
});

/**
 * A day between a subject and its verb ("U.S. Defense Secretary Ana Roe on Wednesday accused …"):
 * the corrected day names the act, and "U.S." inside the subject is no sentence end. Every example
 * is invented.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { withVerbAfterDay } from './verb-after-day';

const lead = (day: string) =>
  `HALDEN, Vt. (AP) — U.S. Transport Secretary Dana Holt on ${day} accused rival ports of using subsidies and threats against smaller shipping lines to impose their will on the coast. She urged other ports to push back.`;
const story = (day: string) => storyOfLines(['Holt warns rivals', lead(day), 'The cranes cost $40 million.']);

describe('a day between the subject and its verb', () => {
  it('names the act the day dates, with the subject whole', () => {
    const note = proposeNote(story('Tuesday'), story('Wednesday'), { date: '2026-11-06' }).note;
    expect(note).toMatch(/misstated when U\.S\. Transport Secretary Dana Holt accused rival ports\. It was Wednesday, not Tuesday\.$/);
    expect(note).not.toMatch(/\.S\.$/);
  });

  it('takes the verb and a short object, stopping before a preposition', () => {
    expect(withVerbAfterDay('The council', 'Monday approved the budget for next year.')).toBe('The council approved the budget');
    // No verb after the day: the subject stays as it was.
    expect(withVerbAfterDay('The council', 'Monday, after a long debate, …')).toBe('The council');
  });
});

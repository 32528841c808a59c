/**
 * A numbered road opening a sentence ("I-84 westbound has reopened", "US-93 is back open") is the
 * subject of the news, never the writer's "I" nor a dateline's dash: the update tells the road reopened.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { canLead } from './news-clause';

const DATE = '2026-03-14T10:00:00-05:00';
const body = [
  'State crews closed the highway Monday morning because of gusting winds.',
  'Drivers should check road reports before leaving.',
];
const story = (...paragraphs: string[]) => storyOfLines(['Highway closed by wind', ...paragraphs]);
const withLead = (lead: string) => proposeNote(story(...body), story(lead, ...body), { date: DATE });

describe('a numbered road as the subject of a development', () => {
  it.each([
    ['I-84 westbound near Ontario has reopened.', /I-84 westbound near Ontario reopened/],
    ['US-93 is back open after a rockslide south of Jackpot.', /US-93 is back open after a rockslide/],
    ['SR-520 eastbound has reopened to traffic after the crash.', /SR-520 eastbound reopened to traffic/],
    ['BOISE, Idaho - I-5 southbound lanes near Kelso are open again.', /I-5 southbound lanes near Kelso are open again/],
  ])('is told as the news: %s', (lead, told) => {
    const note = withLead(lead);
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/^The news that /);
    expect(note.text).toMatch(told);
  });

  it('the writer\'s own "I" still cannot lead', () => {
    expect(canLead('I drove the road this morning and it was still closed.')).toBe(false);
    expect(canLead('I-90 has reopened east of Spokane.')).toBe(true);
  });

  it('a dateline before a road keeps its dash read as a dateline', () => {
    const note = withLead('SPOKANE, Wash. - I-90 has reopened east of the city.');
    expect(note.text).not.toMatch(/SPOKANE|Wash\./);
    expect(note.text).toMatch(/I-90 reopened east of the city/);
  });
});

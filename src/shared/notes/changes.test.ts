import { describe, expect, it } from 'vitest';
import { compareArticles } from '../diff/compare';
import { storyOfLines } from '../../../tests/support/note-stories';
import { proposeNote } from './propose';

const DATE = '2026-05-02T09:00:00';
const story = (...p: string[]) => storyOfLines(['Harbor plan vote delayed', ...p]);

describe('one change model: the note writer reads the redline', () => {
  const a = 'The council on Monday delayed a vote on the harbor plan, saying members needed more time to read the engineers’ report.';
  const b = 'The plan would cost $40 million over ten years, according to the city.';
  const c = 'Residents spoke for two hours at the meeting.';

  it('carries the redline’s own numbers, so the dialog lists what the compare view shows', () => {
    const older = story(a, b, c);
    const newer = story(a, b.replace('$40 million', '$44 million'), c, '"We owe the harbor a careful look," Councilwoman Ada Fry said.');
    const note = proposeNote(older, newer, { date: DATE });
    const redline = compareArticles(older, newer);
    expect(note.redline.stats).toEqual(redline.stats);
    expect(note.redline.summary).toMatch(/words? added/);
  });

  it('a paragraph the redline shows as moved and untouched adds nothing to the note', () => {
    const note = proposeNote(story(a, b, c), story(c, a, b), { date: DATE });
    expect(note.kind).toBe('none');
  });

  it('a sentence moved from one paragraph to another is the same sentence, not new material', () => {
    const note = proposeNote(story(`${a} ${c}`, b), story(a, `${b} ${c}`), { date: DATE });
    expect(note.kind).toBe('none');
    expect(note.changes.filter((ch) => ch.type === 'added')).toEqual([]);
  });

  it('a reworded paragraph is one rewording in the redline, in History and in the note', () => {
    const reworded =
      'Members of the council said Monday they wanted more time with the engineers’ report before voting on the harbor plan.';
    const note = proposeNote(story(a, b, c), story(reworded, b, c), { date: DATE });
    expect(note.redline.stats.blocksModified).toBe(1);
    expect(note.changes.filter((ch) => ch.type === 'added' && /comments/.test(ch.description))).toEqual([]);
  });
});

/**
 * Round 21 (fix21d): developments told by their news. A closing phrase that only frames the clause
 * (", as a precaution") leaves the clause before it a whole main clause (restated-sentence.ts); a
 * sentence in the paper's voice that quotes a short phrase is read like any other, its quoted words
 * kept in their marks (partial-quotes.ts); "additional comments" only for a voice the earlier version
 * named (new-voices.ts); of several added lines the first is the news by its whole main clause
 * (news-clause.ts leadDevelopment), and the line after the lead that goes on about its subject by a
 * pronoun is told with that subject (continued-subject.ts). Invented copy only; each mechanism has
 * near misses.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { canLead, compressClause, leadDevelopment } from './news-clause';
import { quotesOnlyPhrases } from './partial-quotes';
import { allVoicesNew } from './new-voices';
import { continuedNews } from './continued-subject';
import { inventedStory } from '../../../tests/support/note-stories';

const DATE = '2026-05-12';
const HEAD = 'Storm floods roads across Mellor Valley';
const BEFORE = [
  'Heavy rain flooded roads across the Mellor Valley on Sunday, cutting off several villages.',
  'Crews worked through the night to clear debris from the main highway.',
];

/** The note when the revision adds `added` after the story's paragraphs. */
const noteFor = (added: string[], before = BEFORE) =>
  proposeNote(inventedStory(HEAD, before), inventedStory(HEAD, [...before, ...added]), { date: DATE });

describe('a closing phrase that frames the clause leaves it whole (restated-sentence.ts)', () => {
  it('tells the line whole without its framing phrase', () => {
    const note = noteFor(['Schools across the valley and the nearby town of Harlow were closed on Monday, as a precaution.']);
    expect(note.text).toContain('schools across the valley and the nearby town of Harlow were closed on Monday');
    expect(note.text).not.toMatch(/Details on/);
  });

  it('keeps a participle that tells more: it is no framing phrase', () => {
    const told = compressClause(
      'The old footbridge over the Mellor River near the village of Ashby collapsed on Monday, injuring two walkers.',
      'x',
      { alone: true },
    );
    expect(told?.clause ?? '').not.toBe('the old footbridge over the Mellor River near the village of Ashby collapsed on Monday');
  });
});

describe('a short quoted phrase inside the paper’s sentence (partial-quotes.ts)', () => {
  it('reads the sentence, keeping the quoted words in their marks', () => {
    expect(quotesOnlyPhrases('A spokesperson for the county confirmed the deaths of "two elderly residents."')).toBe(true);
    const note = noteFor(['A spokesperson for the Mellor County Council confirmed the deaths of "two elderly residents."']);
    expect(note.text).toContain('confirmed the deaths of “two elderly residents.”');
  });

  it('leaves a quotation that opens the line, runs long or holds a sentence to the comments', () => {
    expect(quotesOnlyPhrases('"We are heartbroken," the mayor said.')).toBe(false);
    expect(quotesOnlyPhrases('The mayor said "we will rebuild every road and every bridge in this valley."')).toBe(false);
    expect(quotesOnlyPhrases('The mayor said: "Stay home. Stay safe."')).toBe(false);
    expect(quotesOnlyPhrases('The mayor called it "a disaster')).toBe(false);
    // In reported speech a quoted phrase is the speaker's word, never the paper's fact.
    expect(canLead('A lawyer for the county said the claim was “baseless.”')).toBe(false);
    expect(canLead('A spokesperson for the county confirmed the deaths of “two elderly residents.”')).toBe(true);
  });
});

describe('"additional comments" only for a voice heard before (new-voices.ts)', () => {
  it('credits a new voice as "comments from"', () => {
    const note = noteFor(['Valley fire chief Rhona Mackie said the pumping stations "are close to capacity" after two days of rain.']);
    expect(note.text).toMatch(/^Comments from/);
    expect(note.text).not.toMatch(/Additional/);
  });

  it('keeps "additional" for a voice the earlier version named', () => {
    const before = [...BEFORE, 'Fire chief Rhona Mackie said crews were working in shifts.'];
    expect(allVoicesNew(['Rhona Mackie'], before.join('\n'))).toBe(false);
    expect(allVoicesNew(['police'], 'Police closed the road.')).toBe(false);
    expect(allVoicesNew(['Fire chief Rhona Mackie'], BEFORE.join('\n'))).toBe(true);
    const note = noteFor(['"We have never seen water this high," Mackie said.'], before);
    expect(note.text).toMatch(/^Additional comments from/);
  });
});

describe('the first of several added lines is the news by its whole clause (leadDevelopment)', () => {
  const old = [HEAD, ...BEFORE].join('\n\n');
  const lead = (lines: string[]) => leadDevelopment(lines, old, `${old}\n\n${lines.join('\n\n')}`, DATE);

  it('tells the first line whole though a second line follows', () => {
    expect(lead(['The ferry service to Harlow is scheduled for 4 p.m. Tuesday.', 'Drivers should expect delays near Ashby.'])?.clause).toBe(
      'the ferry service to Harlow is scheduled for 4 p.m. Tuesday',
    );
    const note = noteFor(['The ferry service to Harlow is scheduled for 4 p.m. Tuesday.', 'Drivers should expect delays near Ashby.']);
    expect(note.text).toContain('the ferry service to Harlow is scheduled for 4 p.m. Tuesday');
  });

  it('does not reach past a first line the caller tells otherwise, nor take a line of saying', () => {
    expect(
      lead(['', 'The ferry service to Harlow is scheduled for 4 p.m. Tuesday.', 'Drivers should expect delays near Ashby.']),
    ).toBeNull();
    expect(lead(['The mayor praised the crews for their work.', 'Drivers should expect delays near Ashby.'])).toBeNull();
    // A line that introduces what follows.
    expect(lead(['The mayor sends this message:', 'Drivers should expect delays near Ashby.'])).toBeNull();
    // A look told whole keeps its hedge and is told (review 21, item 6; was refused here).
    expect(lead(['The mayor appeared to open the briefing at noon.', 'Drivers should expect delays near Ashby.'])?.clause).toBe(
      'the mayor appeared to open the briefing at noon',
    );
    // A line the next one's "they said" goes on from introduces the speakers of what follows.
    expect(lead(['The valley council met on Tuesday night.', 'They said the ferry would resume on Friday.'])).toBeNull();
  });
});

describe('the line after the lead goes on about its subject (continued-subject.ts)', () => {
  const old = BEFORE.join('\n\n');
  const article = `${old}\n\nThe flood barrier was raised at 6 a.m. It was in place for nearly 9 hours near Ashby. It will be lowered on Friday.`;

  it('tells a pronoun line by the lead’s subject, a deed or a new state', () => {
    expect(continuedNews('It will be lowered on Friday.', 'the flood barrier was raised at 6 a.m', old, article)?.clause).toBe(
      'the flood barrier will be lowered on Friday',
    );
    expect(
      continuedNews('It was in place for nearly 9 hours near Ashby.', 'the flood barrier was raised at 6 a.m', old, article)?.clause,
    ).toBe('the flood barrier was in place for nearly 9 hours near Ashby');
  });

  it('leaves a pronoun that does not agree, or a line with no pronoun', () => {
    expect(continuedNews('It will be lowered on Friday.', 'crews raised the barriers at 6 a.m', old, article)).toBeNull();
    expect(continuedNews('They will be lowered on Friday.', 'the flood barrier was raised at 6 a.m', old, article)).toBeNull();
    expect(continuedNews('The barrier will be lowered on Friday.', 'the flood barrier was raised at 6 a.m', old, article)).toBeNull();
  });

  it('tells it in the note in place of a side noun', () => {
    const note = noteFor([
      'Later Monday, the weather service said the storm was rated a Category 2 with winds of 95 mph. It was over land for nearly 5 hours near Ashby.',
    ]);
    expect(note.text).toContain('the storm was over land for nearly 5 hours near Ashby');
    expect(note.text).not.toMatch(/details on/i);
  });
});

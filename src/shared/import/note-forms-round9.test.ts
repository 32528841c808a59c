import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';
import { copy, head, landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * The ninth round's rules (issue 12), each read on a note line of our own making and held to a copy
 * line of our own making that it must leave in the body. The real lines they were written for are in
 * fixtures/real-note-lines.ts (round 9).
 */
describe('what a piece said, then "In fact": only the newsroom’s own piece', () => {
  it('reads a column item that opens on its own piece or names the day the piece ran', () => {
    landsAsNote('A story Tuesday about the ferry said the crossing takes 40 minutes. In fact, it takes 55.', 'correction', {
      places: ['end'],
    });
    landsAsNote('The late bulletin on 4 March reported that the pier had closed. The correct date was 6 March.', 'correction', {
      places: ['end'],
    });
  });
  it('leaves someone else’s report, and a correction quoted in the copy, in the body', () => {
    staysCopy("The county's report said the levee was finished. In fact, crews stopped work in 2019.");
    staysCopy('The audit said the program saved $2 million. In fact, it lost money, the treasurer said.');
    staysCopy(
      'The ombudsman pointed to the note. The correction reads: "A previous headline on this story incorrectly said the mill closed. In fact, it was sold." The page has the same note.',
    );
  });
});

describe('an editor’s note that says what the piece is', () => {
  it('stays copy: an aside, a warning, what an edition features', () => {
    staysCopy("Editor's note: This episode contains scenes some viewers may find distressing.");
    staysCopy('(Editor’s note: This setting is only available on the desktop app for now.)');
    staysCopy("Editor's note: This issue features an interview with the harbour master.");
  });
  it('is a note when it says what changed', () => {
    landsAsNote("Editor's note: This story was updated to include the council's vote.", 'update');
    // "To remove" admits something stood there that should not have: a correction, as the house reads it.
    landsAsNote("Editor's note: This episode was edited to remove a caller's surname.", 'correction');
  });
});

describe('a live page’s day line: "Updates on Friday 28 April 2017"', () => {
  it('is no label over the paragraph under it', () => {
    const article = parseTextArticle([head, 'Updates on Monday 3 March 2025', ...copy].join('\n\n'));
    expect(article.notes).toBeUndefined();
    expect(bodyToBlocks(article.body).map(blockText)).toEqual(['Updates on Monday 3 March 2025', ...copy]);
  });
  it('while a dated label with its comma or colon still heads the note under it', () => {
    const article = parseTextArticle([head, ...copy, 'Update, March 3, 2025:', 'The operator has delayed the rise to April.'].join('\n\n'));
    expect(article.notes?.map((n) => [n.kind, n.date.slice(5, 10), n.text])).toEqual([
      ['update', '03-03', 'The operator has delayed the rise to April.'],
    ]);
  });
});

describe('dates in the label and the sentence', () => {
  it('reads "09, Mar, 2021" (the day, a comma, the month, the year), and a count before a date stays a count', () => {
    expect(readNoteLine('Update - 09, Mar, 2021: The timetable in this post has been updated for spring.', true)).toMatchObject({
      kind: 'update',
      month: 3,
      day: 9,
      year: 2021,
    });
    expect(readNoteLine('UPDATE 2, Nov. 6: The ferry resumed service after the storm.', true)).toMatchObject({ month: 11, day: 6 });
    staysCopy('09, Mar, 2021 was the last day the old ferry sailed.');
  });
  it('reads the clock and the day after a second verb: "revised and updated at 4 p.m. 2019-03-02"', () => {
    expect(readNoteLine("Editor's note: This story was revised and updated at 4 p.m. 2019-03-02", true)).toMatchObject({
      month: 3,
      day: 2,
      hour: 16,
    });
    staysCopy('This story was revised and updated by its author for the 2019 anthology, the publisher said.');
  });
});

describe('marks and labels run into the sentence', () => {
  it('reads "* Update 4/2/21:", an asterisk apart from its label', () => {
    expect(readNoteLine('* Update 4/2/21: This post was updated to add the new timetable.', true)).toMatchObject({
      kind: 'update',
      month: 4,
      day: 2,
    });
    staysCopy('* Updates to the bus timetable take effect in April.', { places: ['end'] });
    staysCopy('* Correction: a factual error is fixed in the story and noted at its end.', { places: ['end'] });
  });
  it('reads a bold label run straight into "This story was corrected …"', () => {
    landsAsNote('Corrected This story was corrected to show the fare is $4.', 'correction');
    staysCopy('Updated guidance from the state arrived on Tuesday.');
  });
  it('reads a label in capitals over a whole sentence at the top, but not a label in ordinary case', () => {
    landsAsNote('UPDATE: Crews have reopened the bridge.', 'update');
    staysCopy('Update: The council meets again Tuesday.', { places: ['top'] });
  });
});

describe('a correction’s own words', () => {
  it('reads "wrongly listed" and "as earlier mentioned" under "Correction:", above the copy too', () => {
    landsAsNote('Correction: The fare was wrongly listed as $5 in the schedule. It is $4.', 'correction');
    landsAsNote("Correction: The pier is not 'the oldest in the state' as earlier mentioned, but the second-oldest.", 'correction');
    staysCopy('Correction officers were wrongly listed as contractors in the budget.');
  });
  it('reads an earlier version of this guide or tutorial as a correction, and a guide told on someone’s word as copy', () => {
    expect(readNoteLine("Update: An earlier version of this guide misstated the ferry's timetable.", true)?.kind).toBe('correction');
    expect(readNoteLine('Update: An earlier version of this tutorial used the wrong port number.', true)?.kind).toBe('correction');
    staysCopy('An earlier version of the guide was published by the county in 2019, officials said.');
  });
  it('reads an earlier version replaced by a rewrite as an update, one that erred as a correction', () => {
    expect(
      readNoteLine('This article was updated on 5/2/2025 to replace an earlier version written for a trade journal.', true),
    ).toMatchObject({
      kind: 'update',
      month: 5,
      day: 2,
    });
    expect(readNoteLine('This story was updated to replace an earlier version that misstated the toll.', true)?.kind).toBe('correction');
  });
});

describe('a part of this piece put right: "The date for this post has been updated …"', () => {
  it('is a note, its kind by its verb', () => {
    landsAsNote('The headline of this story was changed to reflect the final score.', 'update');
    landsAsNote('The date in this article has been corrected to March 4.', 'correction');
  });
  it('leaves another thing, or a report, in the copy', () => {
    staysCopy('The deadline for this program has been updated to May 1.');
    staysCopy('The title of this report was changed after the audit.');
  });
  it('leaves an artwork, a base, a law or a page that share the words in the copy (review 8b)', () => {
    staysCopy('The color of this piece was changed from blue to green during the 1970s restoration.');
    staysCopy('The title of this piece was changed by the artist in 1920 before it was shown in Paris.');
    staysCopy('The name of this post was changed to Fort Liberty in 2023 and back to Fort Bragg in 2025.');
    staysCopy('The wording of this article was amended by the legislature in 2019 to include tribal lands.');
    staysCopy("The date for this post has been updated on the city's website, but not in the newsletter.");
    staysCopy('The ending of this story was changed for the film version, which opens in theaters Friday.');
  });
});

describe('local TV and wire forms of the second gathering', () => {
  it('reads two hyphens as a dash and "A. M" as a clock, and "a m" without its dot as no clock', () => {
    expect(readNoteLine('UPDATE (4:10 P. M) -- The bridge has reopened to traffic.', true)).toMatchObject({ kind: 'update', hour: 16 });
    expect(readNoteLine('Update 3 a mile from the pier, the ferry turned back.', true)?.hour).toBeUndefined();
  });
  it('reads "updated for accuracy" as a correction, and the same words told on someone’s word as copy', () => {
    expect(readNoteLine('Update: This section has been updated for accuracy.', true)?.kind).toBe('correction');
    staysCopy('The map was updated for accuracy by the county, officials said.');
  });
  it('reads a wire’s corrective that opens on its own dated story with no dateline, but not a wire someone else says erred', () => {
    landsAsNote(
      'In a June 3 story about the port strike, The Canadian Press erroneously reported that talks had collapsed. In fact, talks resumed Tuesday.',
      'correction',
    );
    staysCopy('In a June 3 story, the union said The Canadian Press erroneously reported the vote. The agency stood by its story.');
  });
  it('reads a broadcaster’s own on-air clarification with what its programme got wrong, under the copy', () => {
    landsAsNote(
      'An on-air clarification was broadcast on Morning Report about a story on ferry fares. Morning Report incorrectly reported that fares would double. In fact, they will rise 10 per cent.',
      'correction',
      { places: ['end'] },
    );
    staysCopy('An on-air correction was broadcast by the rival station after the mayor complained.');
  });
});

describe('a corrections-column item about the paper’s own pages: "in yesterday’s paper", "in last Tuesday’s sports pages"', () => {
  it('reads the piece by its kind in the paper’s own pages, with its error named or what it said undone', () => {
    landsAsNote('A business report in yesterday’s paper said the mill had 400 workers. In fact it has 300.', 'correction', {
      places: ['end'],
    });
    landsAsNote(
      'A photograph in last Friday’s sports pages was incorrectly captioned as showing the club captain. It showed his brother.',
      'correction',
      { places: ['end'] },
    );
  });
  it('leaves another paper’s pages, or pages told on someone’s word, in the copy', () => {
    staysCopy("A report in yesterday's Herald said the mill would close. In fact, it was sold.");
    staysCopy('A photograph in the sports pages of the Courier was incorrectly captioned, the club said.');
  });
});

import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';
import { TWENTIETH_COPY_STILL_TAKEN } from './fixtures/real-note-lines-twentieth';

/**
 * The twentieth importer round's forms (issue 12, class 1), each on copy of our own making with a
 * near miss that must stay copy: a dateline before "Update at <clock>:", a day given "as of" and a
 * clock typed with a semicolon, "EDIT:" in capitals, "ADDED <clock>:", the newsroom telling in its
 * own first person that its piece was wrong, the paper naming itself as the one that erred, and an
 * editor's note about who writes the column this time.
 */
const head = 'Harbor toll to rise next month';
const copy = ['The harbor toll will rise to $4 on Monday, the port authority said.', 'Drivers will pay by plate, the authority said.'];
const under = (line: string, byline?: string) => parseTextArticle([head, ...(byline ? [byline] : []), ...copy, line].join('\n\n'));
const over = (line: string) => parseTextArticle([head, line, ...copy].join('\n\n'));
const kinds = (article: ReturnType<typeof parseTextArticle>) => article.notes?.map((n) => n.kind);

describe('a dateline before a label whose clock is given "at"', () => {
  it('reads the label and its clock, the dateline set aside, above the copy as under it', () => {
    const line = 'MILLBROOK, Ore. (KPLX) - Update at 4:20 p.m.: The county says the bridge has reopened to cars.';
    expect(readNoteLine(line)).toMatchObject({ kind: 'update', hour: 16, text: 'The county says the bridge has reopened to cars.' });
    expect(kinds(over(line))).toEqual(['update']);
    expect(bodyToBlocks(over(line).body).map(blockText)).toEqual(copy);
  });
  it('leaves a dateline before "Update at" with no clock in the copy', () => {
    expect(readNoteLine('MILLBROOK — Update at the council: members will vote on the toll Monday.', true)).toBeNull();
  });
});

describe('a label dated "as of" a day, its clock typed with a semicolon', () => {
  it('reads "Update as of March 6, 1;08 p.m.:" with its day and clock', () => {
    expect(readNoteLine('Update as of Oct. 9, 4;15 p.m.: The boil order for Elm Street has been lifted.', true)).toMatchObject({
      kind: 'update',
      month: 10,
      day: 9,
      hour: 16,
      minute: 15,
      text: 'The boil order for Elm Street has been lifted.',
    });
    expect(readNoteLine('Update as of Oct. 9: The boil order for Elm Street has been lifted.', true)).toMatchObject({ month: 10, day: 9 });
  });
  it('keeps a sentence that opens "As of …" after the label as the note\'s words, and mends no clock in them', () => {
    expect(readNoteLine('Update: As of Oct. 9, the ferry runs every hour.', true)).toMatchObject({
      text: 'As of Oct. 9, the ferry runs every hour.',
    });
    expect(readNoteLine('Update, Oct. 9: Crews said the line failed at 4;15 p.m. and was fixed by dark.', true)?.text).toBe(
      'Crews said the line failed at 4;15 p.m. and was fixed by dark.',
    );
  });
  it('leaves a semicolon between figures with no a.m. or p.m. alone', () => {
    expect(readNoteLine('Update 4;15: The boil order for Elm Street has been lifted.', true)?.hour).toBeUndefined();
  });
});

describe('"EDIT:" in capitals', () => {
  it("reads a post's shouted edit under the copy as an update, or a correction when it names an error", () => {
    expect(readNoteLine('EDIT: the road reopened around noon, the county says.', true)).toMatchObject({ kind: 'update' });
    expect(readNoteLine('EDIT: An earlier version of this post misspelled the harbor master’s name.', true)).toMatchObject({
      kind: 'correction',
    });
    expect(kinds(under('EDIT: the road reopened around noon, the county says.'))).toEqual(['update']);
  });
  it('leaves a running-case "Edit:" (a manual\'s step) in the copy', () => {
    expect(readNoteLine('Edit: Save the file and restart the app.', true)).toBeNull();
    expect(under('Edit: Save the file and restart the app.').notes).toBeUndefined();
  });
});

describe('"ADDED" and a clock', () => {
  it("reads a running post's addition as an update with its clock", () => {
    expect(readNoteLine('ADDED 7:40 PM: The ferry has resumed its evening crossings.')).toMatchObject({
      kind: 'update',
      hour: 19,
      minute: 40,
    });
    expect(readNoteLine('Added at 10:05 a.m.: Police have reopened both lanes.', true)).toMatchObject({ kind: 'update', hour: 10 });
  });
  it('leaves "Added" before anything but a clock or a day in the copy', () => {
    expect(readNoteLine('Added bonus: the ferry will run late on Friday.', true)).toBeNull();
    expect(readNoteLine('Added 2 cups of stock: the soup thickened.', true)).toBeNull();
  });
});

describe('the newsroom telling in its own words that its piece was wrong', () => {
  it.each([
    'Contrary to our recent cover story, the harbor bridge is 40 years old — not 60, as erroneously stated. We regret any confusion caused.',
    'But hours after we published the story, it came to our attention that the story was untrue and we have since taken it down.',
    'Two readers have pointed out an error in my column on the harbor. I regret it and have corrected it in the online edition.',
    'Last week, we described the harbor master, Ana Ruiz, as ‘a council candidate’. She feels this description is misleading and needs to be clarified.',
  ])('reads "%s" under the copy as a correction', (line) => {
    expect(readNoteLine(line, true)).toMatchObject({ kind: 'correction' });
    expect(kinds(under(line))).toEqual(['correction']);
    expect(bodyToBlocks(under(line).body).map(blockText)).toEqual(copy);
  });
  it.each([
    'Contrary to the council’s report, the harbor bridge is 40 years old.',
    'Contrary to our expectations, the harbor bridge held through the storm.',
    'After we published the story, the company said it was untrue.',
    'Last week, we reported the vote was close. Critics called the plan a mistake.',
    '“We have corrected them in the online version,” the ministry said.',
    'The ministry said it had corrected them in the online version of the register.',
  ])('leaves "%s" in the copy', (line) => {
    expect(readNoteLine(line, true)).toBeNull();
    expect(under(line).notes).toBeUndefined();
  });
});

describe('the paper naming itself as the one that erred', () => {
  const masthead = 'By Ana Ruiz, The Daily Ledger';
  it.each([
    'The Daily Ledger incorrectly reported Tuesday that the toll would rise to $5. It will rise to $4.',
    'In a Nov. 16, 2010, news story in the Daily Ledger, it was reported in error that the toll would double.',
    'As the vote was counted, The Daily Ledger reported that the measure had failed. This information was based on early returns but has proven to be false.',
  ])('reads "%s" as a correction under a page whose masthead names that paper', (line) => {
    expect(kinds(under(line, masthead))).toEqual(['correction']);
  });
  it.each([
    'The Harbor Times incorrectly reported Tuesday that the toll would rise to $5.',
    'In a Nov. 16, 2010, news story in the Harbor Times, it was reported in error that the toll would double.',
    'As the vote was counted, The Harbor Times reported that the measure had failed. This information has proven to be false.',
    'The Daily Ledger incorrectly reported Tuesday that the toll would rise, the mayor said.',
  ])('leaves "%s" (another outlet, or a speaker\'s words) in the copy', (line) => {
    expect(under(line, masthead).notes).toBeUndefined();
  });
  it('reads "This newspaper incorrectly reported …" under the copy whatever the masthead', () => {
    expect(readNoteLine('This newspaper incorrectly reported Tuesday that the toll would rise to $5.', true)).toMatchObject({
      kind: 'correction',
    });
    expect(readNoteLine('“This newspaper incorrectly reported the toll,” the mayor said.', true)).toBeNull();
  });
});

describe("a magazine's item opening on its piece's quoted title and dated citation", () => {
  it('reads it under the copy as a correction when an error of print follows', () => {
    expect(
      readNoteLine('"The Harbor Toll" (Local News, March 3, print edition) misstated the new fare. It is $4, not $5.', true),
    ).toMatchObject({
      kind: 'correction',
    });
  });
  it('leaves a review quoted in copy, or a title with no dated citation, in the copy', () => {
    expect(readNoteLine('"The Long Road" (Film, Jan. 12) misses the point, critics say.', true)).toBeNull();
    expect(readNoteLine('"The Harbor Toll" (Local) misstated the fare, the port said.', true)).toBeNull();
  });
});

describe("an editor's note about who writes the column this time", () => {
  it('leaves it in the copy', () => {
    expect(readNoteLine('Editor’s note: Tom Lee is filling in for Ana Ruiz this week.', true)).toBeNull();
    expect(readNoteLine('Editor’s note: Ana Ruiz is on vacation; her column returns next week.', true)).toBeNull();
  });
  it('reads one that names a change as a note', () => {
    expect(
      readNoteLine('Editor’s note: Tom Lee, who is filling in for the columnist, corrected the figures in this story.', true),
    ).toMatchObject({
      kind: 'correction',
    });
  });
});

describe('real copy still read as a note (kept apart so the figure stays honest)', () => {
  it.each(TWENTIETH_COPY_STILL_TAKEN.map((real) => real.line))(
    'still reads "%s" (a rule that leaves it moves it to the copy list)',
    (line) => {
      expect(readNoteLine(line, true)).not.toBeNull();
    },
  );
});

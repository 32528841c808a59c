import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';

/**
 * The forms the fifth round of real lines showed the importer missing (issue 12), each as a rule
 * of the grammar. The examples are our own: other names, places and numbers than the real lines
 * in fixtures/real-note-lines.ts.
 */
const read = (line: string, underCopy = true) => readNoteLine(line, underCopy);
const kindAndDate = (line: string, underCopy = true) => {
  const note = read(line, underCopy);
  return note && { kind: note.kind, month: note.month, day: note.day, hour: note.hour };
};

describe('labels with the date or clock in more places', () => {
  it('reads "@" before a clock as "at"', () => {
    expect(kindAndDate('UPDATE @ 6:05PM CST — The county sheriff says both lanes of the bridge have reopened.')).toEqual({
      kind: 'update',
      month: undefined,
      day: undefined,
      hour: 18,
    });
    expect(kindAndDate('Update @ 11:20 a.m.: Ferry service to the island resumed this morning.')?.hour).toBe(11);
  });

  it('takes a full date run straight into the text as the note’s (a heading whose line break was lost)', () => {
    expect(
      kindAndDate(
        'Correction: March 3, 2021 A column on Sunday misspelled the surname of a Dunmore councillor. She is Ana Pryce, not Price.',
      ),
    ).toEqual({ kind: 'correction', month: 3, day: 3, hour: undefined });
    // With no year, or with a comma, the date stays the text's first words.
    expect(read('Update: March 3 The council voted to delay the budget.', false)?.month).toBeUndefined();
  });

  it('takes a weekday after the separator, with no separator of its own, as the text’s first words', () => {
    const note = read('(UPDATE: On Friday morning, the museum told us the painting had been returned to its owner.)');
    expect(note).toMatchObject({ kind: 'update', month: undefined });
    expect(note!.text).toMatch(/^On Friday morning/);
  });

  it('reads the date a corrections list prints in brackets after a note it quotes whole', () => {
    expect(kindAndDate('Correction: “This piece first said the mill closed in 1988. It closed in 1991.” (October 14)')).toEqual({
      kind: 'correction',
      month: 10,
      day: 14,
      hour: undefined,
    });
    // A date in brackets inside the note's own words is not its date.
    expect(read('Update: The hearing has been moved to a later date (October 14).')?.month).toBeUndefined();
  });

  it('makes a note that owns an error a correction, whatever its label', () => {
    expect(
      read('Update: This podcast episode has been edited to remove a segment that named the wrong school. We regret the error.')?.kind,
    ).toBe('correction');
    expect(read('Update: The utility says the error in customers’ bills has been fixed.')?.kind).toBe('update');
  });
});

describe('corrections-column items under the copy', () => {
  it('reads an item opened by the day the piece ran, with an error word or a sentence that undoes it', () => {
    expect(read('On 9 March, a morning bulletin incorrectly said the Tamar bridge would close for a week.')?.kind).toBe('correction');
    expect(
      read('On Thursday, 4 April, Evening News suggested that the rail union had accepted the offer. The union has not voted on it.')?.kind,
    ).toBe('correction');
  });

  it('reads an item told as what a piece reported, then "In fact …", "That was incorrect" or "The correct figure was …"', () => {
    expect(read('A story published March 2 about school buses said the district owns 40 of them. In fact, it owns 28.')?.kind).toBe(
      'correction',
    );
    expect(read('In the programme it was stated that the lighthouse was built in 1870. In fact it was built in 1894.')?.kind).toBe(
      'correction',
    );
    expect(
      read('The late news on 2 June reported that the harbour had lost 30 moorings in the storm. The correct number was 13.')?.kind,
    ).toBe('correction');
    expect(read('We stated that the new clinic would open in Tarrow in May. This date was wrong.')?.kind).toBe('correction');
  });

  it('reads the newsroom making its report clear or saying what it should have said', () => {
    expect(
      read(
        'In a discussion about rents it was claimed that prices had doubled. We should have made it clear that no city-wide figures exist.',
      )?.kind,
    ).toBe('correction');
    expect(
      read('A post about the festival was quoted in an interview. We would like to make clear the post did not name any performer.')?.kind,
    ).toBe('correction');
    expect(
      read('We reported that a rider was thrown at the fair. It would have been better to have said that she dismounted after a fall.')
        ?.kind,
    ).toBe('correction');
  });

  it('reads an item whose erring piece is named after the fact, or whose photograph was altered', () => {
    expect(
      read('Council member Dana Ruiz has not resigned from the planning board. A lakesidenews.com story on Monday was incorrect.')?.kind,
    ).toBe('correction');
    expect(
      read('A photograph on Page B4 of Sunday’s Metro section was digitally altered to remove a parked car, which was not disclosed.')
        ?.kind,
    ).toBe('correction');
  });

  it('reads a programme or platform named before an item, the newsroom by name, and a first-person editorial correction', () => {
    expect(
      read('Radio National: On 3 May a report on river levels incorrectly stated that the Darling had reached a record height.')?.kind,
    ).toBe('correction');
    expect(read('Harbour Radio corrected this story, published on May 5, about the ferry strike. It misnamed the union.')?.kind).toBe(
      'correction',
    );
    expect(
      read('In this week’s Around Town editorial, I gave the wrong date for the library sale. My apologies for the error.')?.kind,
    ).toBe('correction');
    expect(read('The audio of this story said the tunnel opened in 1989. It opened in 1994.')?.kind).toBe('correction');
  });

  it('reads none of these forms above the copy, where they would be copy', () => {
    for (const line of [
      'On 9 March, a morning bulletin incorrectly said the Tamar bridge would close for a week.',
      'A story published March 2 about school buses said the district owns 40 of them. In fact, it owns 28.',
      'Radio National: On 3 May a report on river levels incorrectly stated that the Darling had reached a record height.',
    ])
      expect(read(line, false), line).toBeNull();
  });

  it('leaves copy that reports what others said, quotes a speaker, or names a programme alone', () => {
    for (const line of [
      'The report said emissions fell last year. Officials declined to say by how much.',
      '“We would like to make it clear that the school is safe,” the principal said.',
      'We want to make it clear that we did nothing wrong, Ortega said.',
      'We would like to make it clear that the plant is safe. Production resumes on Monday.',
      'Evening News: The council met on Tuesday to discuss the budget for next year.',
      'On Tuesday, the mayor said the bridge would reopen. It did not reopen until Friday.',
      'The company altered its plans after the vote, a spokesman said on Monday evening.',
      'This page is kept for the record. Details in the report may be outdated or superseded by later reports.',
    ]) {
      expect(read(line), line).toBeNull();
      expect(parseTextArticle(['Budget talks stall', 'The council met on Tuesday.', line].join('\n\n')).notes, line).toBeUndefined();
    }
  });
});

describe('more label and wire shapes (our own examples of forms sites print)', () => {
  it('reads wire notes told as the story’s own sentence, with or without its date', () => {
    for (const line of [
      '(This Nov. 6 story has been corrected to say the ferry fare rose 5%, not 50%, in paragraph 3)',
      '(This story has been refiled to fix a typo in paragraph 2)',
      '(This story corrects the name of the ferry operator in paragraph 4)',
      '(Story corrects spelling of the harbour master’s name in paragraph 6)',
    ])
      expect(kindAndDate(line, false), line).toEqual({ kind: 'correction', month: undefined, day: undefined, hour: undefined });
  });

  it('reads a label with an ordinal or the like before it, a Roman count, and combined labels', () => {
    expect(read('Second update: The ferry operator now says sailings will resume on Friday.')?.kind).toBe('update');
    expect(read('Final update: All lanes of the coast road have reopened to traffic.')?.kind).toBe('update');
    expect(read('UPDATE II: The ferry operator now says sailings will resume on Friday.')?.kind).toBe('update');
    expect(kindAndDate('Editor’s update, Nov. 6: The ferry operator now says sailings will resume on Friday.')).toMatchObject({
      kind: 'update',
      month: 11,
      day: 6,
    });
    for (const line of [
      'Correction to this story: The ferry operator is based in Galway, not Cork.',
      'Clarification and correction: The ferry operator is based in Galway, not Cork.',
      'Update and correction: The ferry operator is based in Galway, not Cork, and sailings resume Friday.',
      'UPDATED/CORRECTED: The ferry operator is based in Galway, not Cork.',
      'A note to readers: An earlier version of this story misstated the ferry operator’s home port.',
    ])
      expect(read(line)?.kind, line).toBe('correction');
  });

  it('reads a label and its clock in brackets before the text, and a late date after "on"', () => {
    expect(kindAndDate('[UPDATE 3:40 p.m.] The ferry operator now says sailings will resume on Friday.', false)).toEqual({
      kind: 'update',
      month: undefined,
      day: undefined,
      hour: 15,
    });
    expect(read('(UPDATED 3:40 p.m.) The ferry operator now says sailings will resume on Friday.', false)?.text).toBe(
      'The ferry operator now says sailings will resume on Friday.',
    );
    expect(kindAndDate('Updated at 3:40 p.m. ET on Nov. 6, 2024 to include a statement from the ferry operator.', false)).toEqual({
      kind: 'update',
      month: 11,
      day: 6,
      hour: 15,
    });
    expect(read('Updated throughout with new details from the ferry operator.', false)?.kind).toBe('update');
  });

  it('leaves brackets that are no label, headlines that merely begin with a qualifier and a label, and a readers’ note with no note words alone', () => {
    for (const line of [
      '[Image: The harbour at dusk] The harbour authority said the pier will reopen in May.',
      '(New) The council opened a new library branch on Friday morning.',
      'New updates to the ferry app bring live departure times and cheaper fares.',
      'A note to readers: Our offices will be closed on Monday for the holiday.',
    ]) {
      expect(read(line), line).toBeNull();
      expect(read(line, false), line).toBeNull();
    }
  });
});

describe('subjects, versions and where a piece ran before (our own examples)', () => {
  it('reads "Story updated at …", "This version of the story has been updated …", "Update to this story:" and "Corrections & Amplifications:"', () => {
    expect(kindAndDate('Story updated at 3:40 p.m. with a statement from the ferry operator.', false)).toEqual({
      kind: 'update',
      month: undefined,
      day: undefined,
      hour: 15,
    });
    expect(read('This version of the story has been updated to include a statement from the ferry operator.', false)?.kind).toBe('update');
    expect(read('Update to this story: The ferry operator now says sailings will resume on Friday.')?.kind).toBe('update');
    expect(
      read('CORRECTIONS & AMPLIFICATIONS: An earlier version of this article misstated where the ferry operator is based.', false)?.kind,
    ).toBe('correction');
  });

  it('reads the note after "Originally published <date>.", and takes the note’s date, not the first one', () => {
    expect(kindAndDate('Originally published Nov. 5, 2024. Updated Nov. 6 with a statement from the ferry operator.', false)).toEqual({
      kind: 'update',
      month: 11,
      day: 6,
      hour: undefined,
    });
  });

  it('does not take where an earlier version ran for a correction, unless it names an error', () => {
    for (const line of [
      'An earlier version of this story appeared in the Fall 2024 issue of the magazine.',
      'An earlier version of this essay was published in the Harbour Review in 2019.',
      "Editor's note: An earlier version of this essay appeared in the Harbour Review in 2019.",
    ])
      expect(read(line), line).toBeNull();
    expect(read('An earlier version of this story was published with an incorrect date for the vote.')?.kind).toBe('correction');
  });
});

describe('the day before or after the label', () => {
  it('reads "Wednesday update:", "Update, Tuesday evening:" and "UPDATE (Tuesday night):"', () => {
    for (const line of [
      'Wednesday update: The ferry operator now says sailings will resume on Friday.',
      'Update, Tuesday evening: The ferry operator now says sailings will resume on Friday.',
      'UPDATE (Tuesday night): The ferry operator now says sailings will resume on Friday.',
    ])
      expect(read(line, false)?.kind, line).toBe('update');
  });

  it('leaves a day with a sentence of copy after it alone', () => {
    for (const line of [
      'Wednesday: The council voted to delay the budget for another month.',
      'Tuesday evening: The council voted to delay the budget for another month.',
    ])
      expect(read(line), line).toBeNull();
  });
});

describe('a label alone on its line over the note, in plain text', () => {
  const head = 'Ferry fares rise';
  const copy = ['Fares on the island ferry will rise 10% from January, the operator said Monday.', 'The operator blamed fuel costs.'];
  const body = (text: string) => bodyToBlocks(parseTextArticle(text).body).map(blockText);

  it('joins "Clarification", "UPDATE" or "Correction" with the paragraph under it when the pair closes the text', () => {
    const clarified = parseTextArticle(
      [head, ...copy, 'Clarification', 'This story has been updated to clarify that the rise applies to cars only.'].join('\n\n'),
    );
    expect(clarified.notes?.map((n) => n.kind)).toEqual(['correction']);
    expect(
      body([head, ...copy, 'Clarification', 'This story has been updated to clarify that the rise applies to cars only.'].join('\n\n')),
    ).toEqual(copy);
    const updated = parseTextArticle([head, ...copy, 'UPDATE\nThe operator now says sailings will resume on Friday.'].join('\n\n'));
    expect(updated.notes?.map((n) => [n.kind, n.text])).toEqual([['update', 'The operator now says sailings will resume on Friday.']]);
  });

  it('keeps such a line inside the copy a subhead, and its paragraph copy', () => {
    const text = [head, copy[0], 'Update', 'The operator now says sailings will resume on Friday.', copy[1]].join('\n\n');
    expect(parseTextArticle(text).notes).toBeUndefined();
    expect(body(text)).toEqual([copy[0], 'Update', 'The operator now says sailings will resume on Friday.', copy[1]]);
  });
});

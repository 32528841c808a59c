import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import {
  copyKept,
  itChecksGatheredRound,
  itChecksRealLines,
  kinds,
  measureRound,
  over,
  readsUnder,
  staysCopy,
  under,
  bodyOf,
  copy,
} from './note-forms-harness';
import {
  TWENTY_THIRD_GATHERED,
  TWENTY_THIRD_HELD_OUT,
  TWENTY_THIRD_NON_NOTE_LINES,
  TWENTY_THIRD_NOTE_LINES,
  TWENTY_THIRD_STILL_MISSED,
  TWENTY_THIRD_TWO_LINE_GATHERED,
  TWENTY_THIRD_TWO_LINE_NOTES,
  TWENTY_THIRD_TWO_LINE_STILL_MISSED,
} from './fixtures/real-note-lines-twenty-third';

/**
 * The twenty-third importer round (helper imp22): its fixture, ./fixtures/real-note-lines-twenty-third.ts
 * — real notes from outlets no earlier fixture quoted (the Chicago Tribune's, the Gloucester Daily
 * Times', the Daily Mail's, the BBC's, Slate's and NPR's items, a utility's clock entries, WORLD's dated
 * labels) and real look-alikes (corrections policies, "Programming note:", headlines holding "Update"),
 * a third of each held out before any rule — and the general readers written for the forms it missed,
 * each on copy of our own making with near misses that must stay copy: a corrections column's name run
 * in before the item's own date or label (column-heading.ts), the right fact stated before a closing
 * sentence that is a note about the earlier version (fact-then-note.ts), where the piece ran as a
 * lower-case modifier ("A page-one article …") and a later paragraph's "also" ("The article also
 * originally said …") in note-line.ts, a piece named by the day it ran in the possessive ("Monday's
 * article on … misstated …", day-possessive-piece.ts), "Updated, <date>, to include …" with the date
 * set off by commas, and a wire revision line without brackets that points into the story's own
 * paragraphs or byline (wire-advisory-bare.ts), an error told in the passive inside this very piece
 * (note-structure.ts since round 24), and a piece that "contained an error" or in which "there was an error"
 * (note-line.ts, own-piece-error-appeared.ts).
 */
describe("a corrections column's name before the item's own date or label", () => {
  it('reads the dated label after the name, above the copy and under it, with its date', () => {
    const line = 'For the record Nov. 6, 2025 Correction: A Page One story Monday incorrectly described the harbor toll.';
    expect(readNoteLine(line)).toMatchObject({
      kind: 'correction',
      month: 11,
      day: 6,
      text: 'A Page One story Monday incorrectly described the harbor toll.',
    });
    expect(kinds(over(line))).toEqual(['correction']);
    expect(kinds(under(line))).toEqual(['correction']);
    expect(bodyOf(over(line))).toEqual(copy);
  });
  it('reads a label after the name', () =>
    expect(readNoteLine('Setting the record straight — Correction: A story Monday misstated the harbor toll.')).toMatchObject({
      kind: 'correction',
    }));
  it.each([
    'For the record, the mayor never voted for the toll.',
    'For the record Monday the harbor board voted to raise the toll.',
    'For the record: Nov. 6 was the day the harbor board voted.',
  ])('leaves "%s" (a speaker’s idiom, a weekday, no label) in the copy', staysCopy);
});

describe('the right fact first, then a sentence that is a note about the earlier version', () => {
  it.each([
    'The toll is $4, not $5. A previous version of the graphic said $5.',
    'Ana Ruiz chairs the harbor board. A previous version of the chart gave her title as mayor.',
  ])('reads "%s" under the copy as one correction, the fact with it', (line) => {
    readsUnder(line);
    expect(readNoteLine(line, true)?.text).toBe(line);
  });
  it('does not read it above the copy, where a lead and a note run together would be taken', () =>
    expect(readNoteLine('The toll is $4, not $5. A previous version of the graphic said $5.')).toBeNull());
  it.each([
    'The toll is $4, officials said. A previous version of the graphic said $5.',
    '"The toll is $4," the mayor said. An earlier version of the plan said $5.',
    "The toll is $4. A previous version of the port's plan said $5.",
  ])('leaves "%s" (a speaker’s fact, a quotation, someone else’s earlier version) in the copy', staysCopy);
});

describe('where the piece ran, in lower case before its kind', () => {
  it.each([
    'Ana Ruiz is the harbor master. A front-page article Tuesday incorrectly identified her as the mayor.',
    'A page-one story on Tuesday misstated the toll on the harbor bridge.',
  ])('reads "%s" under the copy as a correction', readsUnder);
  it.each([
    'The front-page photo of the harbor showed the old toll booth.',
    'A cover of the harbor plan misstated nothing, the board said.',
  ])('leaves "%s" in the copy', staysCopy);
});

describe('a later paragraph of a correction that goes on with "also"', () => {
  it.each(['The article also originally said the toll would double.', 'This story also incorrectly said the toll would double.'])(
    'reads "%s" under the copy as a correction',
    readsUnder,
  );
  it.each(['The article also originally appeared in Port Weekly.', 'The story also said the toll would double next year.'])(
    'leaves "%s" (provenance, a plain report) in the copy',
    staysCopy,
  );
});

describe('a piece named by the day it ran, in the possessive', () => {
  it.each([
    "Monday's article on the harbor toll misstated the amount drivers will pay.",
    "Yesterday's story on the harbor toll misidentified the harbor master.",
    "In Monday's editions, a story about the harbor misstated the toll on the bridge.",
  ])('reads "%s" under the copy as a correction', readsUnder);
  it.each([
    "Monday's story in the Herald misstated the toll on the harbor bridge.",
    "Monday's report on the harbor toll misstated the amount drivers will pay.",
    "Monday's article on the harbor toll drew hundreds of angry letters from drivers.",
  ])('leaves "%s" (another paper’s piece, anyone’s report, no error) in the copy', staysCopy);
});

describe('the verb-label with its date set off by commas', () => {
  it('reads "Updated, <clock> <day>, to include …" with its clock', () =>
    expect(readNoteLine("Updated, 4:15 p.m. Thursday, to include the board's vote.")).toMatchObject({
      kind: 'update',
      hour: 16,
      minute: 15,
    }));
  it('reads "Corrected, <date>, to fix …" as a dated correction', () =>
    expect(readNoteLine("Corrected, Dec. 4, to fix the spelling of the harbor master's name.")).toMatchObject({
      kind: 'correction',
      month: 12,
      day: 4,
    }));
  it.each(['Updated, The board said it would meet.', "Updated, Thursday, with the board's vote."])(
    'leaves "%s" (no date or clock) unread',
    (line) => expect(readNoteLine(line)).toBeNull(),
  );
});

describe('a wire revision line without its brackets that names the story’s furniture', () => {
  it.each([
    ["Corrects spelling of harbor master's name in paragraph 3", 'correction'],
    ['Adds comment from port authority in paragraph 5', 'update'],
    ['Updates throughout with details from the board meeting', 'update'],
    ['Corrects byline', 'correction'],
  ])('reads "%s" as the wire’s %s', (line, kind) => expect(readNoteLine(line)).toMatchObject({ kind }));
  it.each([
    'Expands Medicaid eligibility, adds dental coverage, changes prescription prices',
    'Updates prices throughout the store',
    'Adds a second headline writer to the copy desk.',
  ])('leaves "%s" (a deck, a report) unread', (line) => expect(readNoteLine(line)).toBeNull());
});

describe('an error told in the passive inside this very piece', () => {
  it.each([
    "The harbor master's name was misspelled in this story.",
    "In this story, the harbor master's name was misspelled.",
    'A quote in this story was misattributed to the harbor master.',
    'Information in an earlier version of this story was incorrect.',
  ])('reads "%s" above the copy and under it', (line) => {
    expect(readNoteLine(line)).toMatchObject({ kind: 'correction' });
    expect(kinds(over(line))).toEqual(['correction']);
    readsUnder(line);
  });
  it.each(['"The toll was misstated in this story," the mayor said.', 'The toll was misstated in this story, the mayor said.'])(
    'leaves "%s" (a speaker’s complaint) in the copy',
    staysCopy,
  );
});

describe('a piece of ours that "contained an error", or an error there was in it', () => {
  it.each([
    "A story in Tuesday's paper about the harbor toll contained an error.",
    "There was an error in Tuesday's story about the harbor toll.",
  ])('reads "%s" under the copy as a correction', readsUnder);
  it.each(['The city budget contained an error in its toll figures.', "There was an error in the city's report on the harbor."])(
    'leaves "%s" (someone else’s document) in the copy',
    staysCopy,
  );
});

describe('the real lines of the twenty-third round', () => {
  itChecksGatheredRound({
    notes: TWENTY_THIRD_GATHERED,
    twoLine: TWENTY_THIRD_TWO_LINE_GATHERED,
    lookAlikes: TWENTY_THIRD_NON_NOTE_LINES,
    heldOut: TWENTY_THIRD_HELD_OUT,
  });
  itChecksRealLines({
    read: TWENTY_THIRD_NOTE_LINES,
    missed: TWENTY_THIRD_STILL_MISSED,
    twoLineGathered: TWENTY_THIRD_TWO_LINE_GATHERED,
    twoLineRead: TWENTY_THIRD_TWO_LINE_NOTES,
    twoLineMissed: TWENTY_THIRD_TWO_LINE_STILL_MISSED,
    lookAlikes: TWENTY_THIRD_NON_NOTE_LINES,
  });
  it('pins the round’s measure: tuned two thirds and held-out third', () => {
    const { tuned, held } = measureRound({
      notes: TWENTY_THIRD_GATHERED,
      twoLine: TWENTY_THIRD_TWO_LINE_GATHERED,
      heldOut: TWENTY_THIRD_HELD_OUT,
    });
    // Before this round's rules: tuned 15 of 27 one-line notes and 3 of 4 two-line notes (18 of 31),
    // held out 5 of 13 and 1 of 2 (6 of 15); 15 of 15 and 7 of 7 look-alikes kept as copy.
    expect(tuned).toBe(22);
    // Round 24's structural reader (note-structure.ts), not tuned on these, reads two of the held-out third:
    // "This interview was inaccurate, …" and "A comment article on Tuesday referred to … The BPAS points out …" (6 → 8).
    expect(held).toBe(8);
    expect(TWENTY_THIRD_NON_NOTE_LINES.filter((r) => copyKept(r.line)).length).toBe(TWENTY_THIRD_NON_NOTE_LINES.length);
  });
});

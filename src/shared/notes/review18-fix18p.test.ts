/**
 * Round eighteen, people's titles and parties (fix18p): the wrong post told beside the right one
 * (both-titles.ts), a party code or word put right (party-codes.ts) and a title put right together
 * with the name (other-official.ts), and the body a named person leads (led-bodies.ts). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';

const FRAME = {
  head: 'Harbor board delays vote on ferry fares',
  before: ['The Kestrel Harbor Board on Tuesday postponed a vote on raising ferry fares by 40 cents.'],
  after: ['The board meets again on Jan. 14.', 'Fares last rose in 2019.'],
  date: '2026-12-06',
};
const note = (older: string, newer: string) => noteForEdit(FRAME, older, newer);

describe('the wrong post told beside the right one (both-titles.ts)', () => {
  it('a capitalized title before the name: both posts, lower case', () => {
    const n = note(
      'Deputy Mayor Ines Halvorsen said the board needed more time.',
      'City Manager Ines Halvorsen said the board needed more time.',
    );
    expect(n.kind).toBe('correction');
    expect(n.text).toContain("misstated Ines Halvorsen's title. Halvorsen is the city manager, not a deputy mayor.");
  });

  it('an acronym put right is spelled out, a firm before the post kept', () => {
    const n = note(
      'Brightwave CTO Omar Lindgren said the ferries would get new engines.',
      'Brightwave Chief Product Officer Omar Lindgren said the ferries would get new engines.',
    );
    expect(n.text).toContain('Lindgren is the chief product officer, not the chief technology officer.');
  });

  it('a post at a body: the body said once, "not its …"', () => {
    const n = note(
      'Rep. Cal Ostrow of Ohio, the chair of the House Rules Committee, said the vote could wait.',
      'Rep. Cal Ostrow of Ohio, the ranking member of the House Rules Committee, said the vote could wait.',
    );
    expect(n.text).toContain('Ostrow is the ranking member of the House Rules Committee, not its chair.');
  });

  it('"former" put in: the right post alone says it', () => {
    const n = note(
      'Tova Brenn, the chief operating officer of Saltline, said the fares were too low.',
      'Tova Brenn, the former chief operating officer of Saltline, said the fares were too low.',
    );
    expect(n.text).toMatch(/Brenn is the former chief operating officer of Saltline\.$/);
  });

  it('a field before a post is lower case ("Trade Minister" → "trade minister")', () => {
    const n = note(
      'Former Trade Minister Arvid Nyberg said the fares should be frozen.',
      'Trade Minister Arvid Nyberg said the fares should be frozen.',
    );
    expect(n.text).toContain('Nyberg is the trade minister, not the former trade minister.');
  });

  it('near miss: a capital put right in a title is no note', () => {
    const n = note(
      'Deputy Mayor Ines Halvorsen said the board needed more time.',
      'Deputy mayor Ines Halvorsen said the board needed more time.',
    );
    expect(n.kind).not.toBe('correction');
  });

  it('near miss: a rank told already with both posts is left as it is', () => {
    const n = note(
      'On Monday, Brigadier General Otto Venn said the drill would go ahead.',
      'On Monday, Major General Otto Venn said the drill would go ahead.',
    );
    expect(n.text).not.toMatch(/, not [^.]*, not /);
  });
});

describe('a party put right (party-codes.ts)', () => {
  it('a code in brackets: the member named with the title, the party in words', () => {
    const n = note('Sen. Rhea Colquitt (R-Texas) said the fares were fair.', 'Sen. Rhea Colquitt (D-Texas) said the fares were fair.');
    expect(n.kind).toBe('correction');
    expect(n.text).toContain('misstated the party of Sen. Rhea Colquitt. Colquitt is a Democrat.');
    expect(n.text).not.toMatch(/misspelled/);
  });

  it('a letter alone, "state" before the title in lower case', () => {
    const n = note(
      'State Rep. Tom Hadleigh (D) filed a bill to cap the fares.',
      'State Rep. Tom Hadleigh (R) filed a bill to cap the fares.',
    );
    expect(n.text).toContain('misstated the party of state Rep. Tom Hadleigh. Hadleigh is a Republican.');
  });

  it('a party word in apposition', () => {
    const n = note('Jo Parkin, a Republican, said the fares were too high.', 'Jo Parkin, a Democrat, said the fares were too high.');
    expect(n.text).toContain('misstated the party of Jo Parkin. Parkin is a Democrat.');
  });

  it('near miss: a code after no name is no party', () => {
    const n = note('The ferry bill (R) was sent back to committee.', 'The ferry bill (D) was sent back to committee.');
    expect(n.text).not.toMatch(/party of/);
  });
});

describe('a title and a name put right together (other-official.ts)', () => {
  it('is another official, both as the story titled them', () => {
    const n = note(
      'Police Chief Ray Dunmore said investigators found the stolen tickets.',
      'Sheriff Carla Orvieto said investigators found the stolen tickets.',
    );
    expect(n.kind).toBe('correction');
    expect(n.text).toContain('misidentified the official quoted. It was Sheriff Carla Orvieto, not Police Chief Ray Dunmore.');
  });

  it('near miss: the same name with another title is the title put right', () => {
    const n = note(
      'Police Chief Ray Dunmore said investigators found the stolen tickets.',
      'Sheriff Ray Dunmore said investigators found the stolen tickets.',
    );
    expect(n.text).not.toMatch(/misidentified/);
  });
});

describe('the body a named person leads (led-bodies.ts)', () => {
  it('a committee put right after "who chairs": the committee, both names whole with "the"', () => {
    const n = note(
      'Sen. Ada Lowry, who chairs the Senate Appropriations Committee, said the fares were a state matter.',
      'Sen. Ada Lowry, who chairs the Senate Budget Committee, said the fares were a state matter.',
    );
    expect(n.kind).toBe('correction');
    expect(n.text).toContain(
      'misstated the committee Ada Lowry chairs. It is the Senate Budget Committee, not the Senate Appropriations Committee.',
    );
  });

  it('near miss: a body named with no one leading it keeps the plain reading', () => {
    const n = note('The Senate Appropriations Committee will take up the fares.', 'The Senate Budget Committee will take up the fares.');
    expect(n.text).not.toMatch(/chairs|leads/);
  });
});

it('the "former" of a post at a firm: the firm kept with the post', () => {
  const n = note(
    'Lisbet Tarrow, the chief operating officer of Saltline, said the fares were too low.',
    'Lisbet Tarrow, the former chief operating officer of Saltline, said the fares were too low.',
  );
  expect(n.text).toMatch(/Tarrow is the former chief operating officer of Saltline\.$/);
});

describe('a title brought up to date by a line that tells it by pronoun (retitled-person.ts)', () => {
  it('the line right after the retitled one, "give him a contract", is the news, not an error', () => {
    const n = note(
      'Interim Chief Paul Gruen has led the department since March.',
      'Chief Paul Gruen has led the department since March. The council voted on Thursday to remove the interim label and give him a contract.',
    );
    expect(n.kind).toBe('update');
    expect(n.text).not.toMatch(/misstated/);
  });

  it('near miss: a pronoun line that tells no promotion leaves the correction', () => {
    const n = note(
      'Interim Chief Paul Gruen has led the department since March.',
      'Chief Paul Gruen has led the department since March. He said the fares would rise.',
    );
    expect(n.kind).toBe('correction');
  });
});

describe('more shapes of a post put right', () => {
  it('a party word before a UK post: the party with the post', () => {
    const n = note(
      'Tory MP Sarah Jonasson said the fares were a tax on commuters.',
      'Labour MP Sarah Jonasson said the fares were a tax on commuters.',
    );
    expect(n.text).toContain('misstated the party of Sarah Jonasson. Jonasson is a Labour MP.');
  });

  it('abbreviated ranks read with their points: both ranks spelled out', () => {
    const n = note('Det. Sgt. Amy Holtby said the fares were fair.', 'Det. Lt. Amy Holtby said the fares were fair.');
    expect(n.text).toContain('Holtby is a detective lieutenant, not a detective sergeant.');
  });

  it('words put in inside a capitalized post ("Parks and Recreation Director") are the title, not new comments', () => {
    const n = note(
      'Parks Director Sam Tulley said the fares were fair.',
      'Parks and Recreation Director Sam Tulley said the fares were fair.',
    );
    expect(n.kind).toBe('correction');
    expect(n.text).toMatch(/misstated Sam Tulley's title\. Tulley is the Parks and Recreation director, not the Parks director\./);
    expect(n.text).not.toMatch(/comments from/);
  });
});

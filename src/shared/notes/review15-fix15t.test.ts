/**
 * Round 15 (fix15t): titles and roles of people. The same person, named alike, whose title beside
 * the name was put right is told as the title put right, in the AP form that names the person and
 * both titles — not as a quotation credited to someone else, a person misidentified, or no note at
 * all when a qualifier ("acting", "interim", "former") was put in or taken out. A quotation whose
 * described (unnamed) speaker changed is a misattributed quotation, never the quote copied back.
 * Every sentence here is invented; each mechanism has several shapes that fire and near misses
 * that must not.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { samePersonTitle } from './same-person-title';
import { describedSpeaker, describedSpeakerCredit } from './described-speakers';

const DATE = '2026-11-06T12:00:00';
const HEAD = 'Reservoir repairs to start in spring';
const OPEN = 'Work to shore up the Kelderwick reservoir dam will begin in March, the water board said on Monday.';
const MID = 'The dam, built in 1931, has leaked at its eastern wall since a storm last winter.';
const END = 'Residents downstream were told they would not need to leave their homes during the work.';
/** The note for one paragraph edited, set early (after the opening) or late (at the end). */
const note = (was: string, now: string, at: 'early' | 'late' = 'early') =>
  noteForEdit(
    at === 'early' ? { head: HEAD, before: [OPEN], after: [MID, END], date: DATE } : { head: HEAD, before: [OPEN, MID, END], date: DATE },
    was,
    now,
  );

describe('the same person with another title is told as the title put right, AP form', () => {
  it('a rank before the name inside the attribution, after the quotation', () => {
    const n = note(
      '“Nobody should swim near the spillway,” said Kelder Police Deputy Chief Mirela Ost.',
      '“Nobody should swim near the spillway,” said Kelder Police sergeant Mirela Ost.',
    );
    expect(n.kind).toBe('correction');
    expect(n.text).toContain("misstated Mirela Ost's title. Ost is a Kelder police sergeant, not a deputy chief.");
    expect(n.text).not.toMatch(/misattributed|said by/);
  });

  it('a qualifier put in before the title, the credit after a long quotation, late in the story', () => {
    const n = note(
      '“The board has known about the leak for a year and did nothing. That ends now,” U.S. Attorney for Vermont Tobiah Renn said at a briefing.',
      '“The board has known about the leak for a year and did nothing. That ends now,” interim U.S. Attorney for Vermont Tobiah Renn said at a briefing.',
      'late',
    );
    expect(n.kind).toBe('correction');
    expect(n.text).toContain("misstated Tobiah Renn's title. Renn is the interim U.S. attorney for Vermont, not the U.S. attorney.");
  });

  it('a qualifier taken out, the title opening the sentence, UK spelling', () => {
    const n = note(
      'Former Harbour Commissioner Aled Brannock said the organisation would fund the repairs.',
      'Harbour Commissioner Aled Brannock said the organisation would fund the repairs.',
    );
    expect(n.kind).toBe('correction');
    expect(n.text).toContain("misstated Aled Brannock's title. Brannock is the Harbour commissioner, not the former Harbour commissioner.");
  });

  it('a title after the name, set off by "who is", the department put right', () => {
    const n = note(
      'The plan was drawn up by Ines Vardaman who is Kelder County Parks Director.',
      'The plan was drawn up by Ines Vardaman who is Kelder County Roads Director.',
    );
    expect(n.kind).toBe('correction');
    expect(n.text).toContain("misstated Ines Vardaman's title. Vardaman is the Kelder County Roads director, not the Parks director.");
    expect(n.text).not.toMatch(/misidentified/);
  });

  it('a lowercase rank before the name put right, with a middle initial', () => {
    const found = samePersonTitle(
      'The report was signed by acting Fire Chief Oren T. Lasko on Friday.',
      'The report was signed by Fire Chief Oren T. Lasko on Friday.',
    );
    expect(found).toEqual({ name: 'Oren T. Lasko', right: 'the fire chief', wrong: 'the acting fire chief' });
  });

  it('a qualifier put in before a lowercase title, and before a title set off from the name by commas', () => {
    expect(
      samePersonTitle(
        'The spillway plan was approved by association treasurer Ana Morrow on Monday.',
        'The spillway plan was approved by acting association treasurer Ana Morrow on Monday.',
      ),
    ).toEqual({ name: 'Ana Morrow', right: 'the acting association treasurer', wrong: 'the association treasurer' });
    const n = note(
      'The spillway plan was approved by the board’s treasurer, Ana Morrow, on Monday.',
      'The spillway plan was approved by the board’s interim treasurer, Ana Morrow, on Monday.',
      'late',
    );
    expect(n.text).toContain("misstated Ana Morrow's title. Morrow is the board's interim treasurer, not the treasurer.");
  });

  it('a rank word put inside a UK police title keeps the shared rank, and the AP possessive', () => {
    const n = note(
      'Detective Inspector Tomas Reis said: “We will keep searching the banks until the water falls.”',
      'Detective Chief Inspector Tomas Reis said: “We will keep searching the banks until the water falls.”',
      'late',
    );
    expect(n.text).toContain("misstated Tomas Reis' title. Reis is a detective chief inspector, not a detective inspector.");
  });

  it('near miss: another person named with the same title is another speaker, not a title put right', () => {
    const found = samePersonTitle(
      '“It will hold,” said Kelder Police Deputy Chief Mirela Ost.',
      '“It will hold,” said Kelder Police Deputy Chief Daven Pruitt.',
    );
    expect(found).toBeNull();
  });

  it('near miss: the verb of saying changed beside the name is no title', () => {
    expect(
      samePersonTitle('Deputy Chief Mirela Ost said the dam would hold.', 'Deputy Chief Mirela Ost added the dam would hold.'),
    ).toBeNull();
    const n = note('“It will hold,” said Deputy Chief Mirela Ost on Monday.', '“It will hold,” Deputy Chief Mirela Ost said on Monday.');
    expect(n.text).not.toMatch(/title/);
  });

  it('near miss: a plain capital slip in the title is no note', () => {
    const n = note(
      'The plan was approved by acting Fire chief Oren Lasko on Friday.',
      'The plan was approved by acting Fire Chief Oren Lasko on Friday.',
    );
    expect(n.kind).toBe('none');
  });
});

describe('a quotation credited to another described speaker is a misattributed quotation', () => {
  it('the credit after the quotation, a relative clause cut from the note', () => {
    const n = note(
      '“We built it to last a century. It nearly did,” said the board’s chief engineer. “Now it needs help.”',
      '“We built it to last a century. It nearly did,” said one of the masons who rebuilt the wall. “Now it needs help.”',
    );
    expect(n.kind).toBe('correction');
    expect(n.text).toContain('misattributed a quotation. It was said by one of the masons, not the board’s chief engineer.');
    expect(n.text).not.toMatch(/incorrectly reported/);
  });

  it('the credit opening the sentence, late in the story', () => {
    expect(
      describedSpeakerCredit(
        'A spokeswoman for the water board said, “The wall will be dry by June and we will open the path again.”',
        'A lawyer for the residents said, “The wall will be dry by June and we will open the path again.”',
      ),
    ).toEqual({ right: 'a lawyer for the residents', wrong: 'a spokeswoman for the water board' });
  });

  it('a possessive owner and another verb of saying', () => {
    expect(
      describedSpeakerCredit(
        '“Nobody told us the wall was cracked until the water came in,” recalled the farm’s manager.',
        '“Nobody told us the wall was cracked until the water came in,” recalled a neighbouring farmer.',
      ),
    ).toEqual({ right: 'a neighbouring farmer', wrong: 'the farm’s manager' });
  });

  it('two speakers counted', () => {
    expect(describedSpeaker('“The path has been shut for months and the town is tired of it,” said two of the walkers.')).toBe(
      'two of the walkers',
    );
  });

  it('near miss: the same description reworded is the same speaker', () => {
    expect(
      describedSpeakerCredit(
        '“The path has been shut for months and the town is tired of it,” said a board spokesman.',
        '“The path has been shut for months and the town is tired of it,” said a spokesman for the board.',
      ),
    ).toBeNull();
  });

  it('near miss: the words quoted changed, so it is no misattribution', () => {
    expect(
      describedSpeakerCredit(
        '“The path has been shut for months and the town is tired of it,” said a board spokesman.',
        '“The path has been shut for weeks and the village is angry about it,” said a local farmer.',
      ),
    ).toBeNull();
  });

  it('near miss: a pronoun credit is no described speaker', () => {
    expect(describedSpeaker('“The path has been shut for months and the town is tired of it,” she said.')).toBe('');
  });
});

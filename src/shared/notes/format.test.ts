import { describe, expect, it } from 'vitest';
import { formatNote, isSelfLabelled } from './format';

const update = {
  kind: 'update' as const,
  date: '2026-12-05T09:30:00+09:00',
  text: 'Additional comments from Okafor and details on the ferry schedule.',
};
const correction = {
  kind: 'correction' as const,
  date: '2026-12-04T18:00:00',
  text: 'An earlier version of this article misstated the number of ferries cancelled Saturday. There were four.',
};

describe('formatNote: the one printer of a note', () => {
  it('prints AP by default, from the date written in the note (not the machine zone)', () => {
    expect(formatNote(update).line).toBe('Update, Dec. 5: Additional comments from Okafor and details on the ferry schedule.');
    expect(formatNote(correction).label).toBe('Correction, Dec. 4:');
  });

  it("prints a desk's own news sentence, typed as the preview showed it, with its dated label and in every form", () => {
    const typed = { ...update, text: 'This article has been updated with news that the bridge reopened.' };
    expect(formatNote(typed).line).toBe('Update, Dec. 5: This article has been updated with news that the bridge reopened.');
    expect(formatNote({ ...update, text: 'The news that the bridge reopened.' }).line).toBe(formatNote(typed).line);
    expect(formatNote(typed, { form: 'wire' }).line).toBe('(Updates with news that the bridge reopened)');
    expect(formatNote(typed, { form: 'uk' }).line).toBe(
      'This article was amended on 5 December 2026 to add the news that the bridge reopened.',
    );
    // A long sentence is printed as typed, never cut back to "The news that …".
    const long = `This story has been updated with news that ${'the ferry crews on the river line '.repeat(6)}are back at work.`;
    expect(formatNote({ ...update, text: long }).line).toBe(`Update, Dec. 5: ${long}`);
    // The same words imported from a page that printed no date keep the page's form.
    expect(formatNote({ ...typed, printedDate: 'none' }).line).toBe('This article has been updated with news that the bridge reopened.');
  });

  it('follows the labels, date style and template set in Settings', () => {
    const style = { labels: { update: "Editor's note", correction: 'Clarification' }, dateStyle: 'long' as const };
    expect(formatNote(update, style).line).toBe(
      "Editor's note, December 5, 2026: Additional comments from Okafor and details on the ferry schedule.",
    );
    expect(formatNote(correction, { labelTemplate: '{label} ({date}):', dateStyle: 'iso' }).label).toBe('Correction (2026-12-04):');
  });

  it('the wire form of a value put right gives the right value and the wrong one, and the update told with it', () => {
    const fixed =
      'An earlier version of this article misstated the date of the launch. It is May, not March; it has also been updated with additional comments from Vale.';
    expect(formatNote({ ...correction, text: fixed }, { form: 'wire' }).line).toBe(
      '(Corrects the date of the launch to May from March; updates with comments from Vale)',
    );
    const age = 'An earlier version of this article misstated the age of Ida Moss. She is 82, not 81.';
    expect(formatNote({ ...correction, text: age }, { form: 'wire' }).line).toBe('(Corrects the age of Ida Moss to 82 from 81)');
    const detail =
      'An earlier version of this article misstated a detail about Ida Moss. It has also been updated with the news that two others filed.';
    expect(formatNote({ ...correction, text: detail }, { form: 'wire' }).line).toBe(
      '(Corrects a detail about Ida Moss; updates with news that two others filed)',
    );
  });

  it('prints the wire form', () => {
    expect(formatNote(update, { form: 'wire' }).line).toBe('(Updates with comments from Okafor and details on the ferry schedule)');
    expect(formatNote(correction, { form: 'wire' }).line).toBe('(Corrects the number of ferries cancelled Saturday)');
    // "The" before a name is prose's "the", and "p.m." keeps its point.
    expect(formatNote({ ...update, text: "The Harbor Patrol's report that the pier reopened at 4 p.m." }, { form: 'wire' }).line).toBe(
      "(Updates with the Harbor Patrol's report that the pier reopened at 4 p.m.)",
    );
    expect(formatNote({ ...update, text: 'New death toll.' }, { form: 'uk' }).line).toMatch(/to add the new death toll\.$/);
    const swap = { ...correction, text: 'An earlier version of this article referred to city funds when county funds were meant.' };
    expect(formatNote(swap, { form: 'wire' }).line).toBe('(Corrects to say county funds, not city funds)');
    expect(formatNote({ ...update, text: 'The news that the bridge reopened.' }, { form: 'wire' }).line).toBe(
      '(Updates with news that the bridge reopened)',
    );
    // A wrong claim is said to be a report, with the right fact beside it; "Sen." ends no sentence.
    const claim = {
      ...correction,
      text: 'An earlier version of this article incorrectly reported that the levy was opposed by Sen. Ada Marsh. It was opposed by Sen. Ivo Crane.',
    };
    expect(formatNote(claim, { form: 'wire' }).line).toBe(
      '(Corrects report that the levy was opposed by Sen. Ada Marsh; it was opposed by Sen. Ivo Crane)',
    );
    expect(formatNote({ ...update, text: 'Adds analyst comment, share price' }, { form: 'wire' }).line).toBe(
      '(Adds analyst comment, share price)',
    );
  });

  it('prints the UK form', () => {
    expect(formatNote(update, { form: 'uk' }).line).toBe(
      'This article was amended on 5 December 2026 to add comments from Okafor and details on the ferry schedule.',
    );
    expect(formatNote(correction, { form: 'uk' }).line).toBe(
      'This article was amended on 4 December 2026. An earlier version of this article misstated the number of ferries cancelled Saturday. There were four.',
    );
  });

  it('prints a note that carries its own label as it stands, in every form', () => {
    const own = [
      'This article was amended on 12 March 2019 to correct the spelling of a councillor’s name.',
      'This story has been corrected to show that the levy passed 5-4.',
      '(Updates with new casualty figures)',
      "Editor's note: The family asked that the boy not be named.",
      'Clarification: The fund is run by the county, not the city.',
    ];
    for (const text of own) {
      expect(isSelfLabelled(text)).toBe(true);
      for (const form of ['ap', 'wire', 'uk'] as const) expect(formatNote({ ...update, text }, { form }).line).toBe(text);
    }
    expect(isSelfLabelled(update.text)).toBe(false);
  });

  it('never throws on a date it cannot read, and folds line breaks', () => {
    expect(formatNote({ ...update, date: 'last Tuesday', text: 'One\nline.' }).line).toBe('Update, last Tuesday: One line.');
  });
});

describe('proposeNote prints its note through formatNote', () => {
  it('in the wire and UK forms too', async () => {
    const { proposeNote } = await import('./propose');
    const { articleFromText } = await import('./eval');
    const older = articleFromText('Ferry fares rise\n\nFares on the island ferry will rise 10% from January, the operator said Monday.');
    const newer = articleFromText(
      'Ferry fares rise\n\nFares on the island ferry will rise 10% from January, the operator said Monday.\n\n"Fuel costs left us no choice," said Mara Veld, the operator\'s chief executive.',
    );
    const date = '2024-11-06T10:00:00';
    expect(proposeNote(older, newer, { date }).note).toBe('Update, Nov. 6: Comments from Mara Veld.');
    expect(proposeNote(older, newer, { date, style: { form: 'wire' } }).note).toBe('(Updates with comments from Mara Veld)');
    expect(proposeNote(older, newer, { date, style: { form: 'uk' } }).note).toBe(
      'This article was amended on 6 November 2024 to add comments from Mara Veld.',
    );
  });
});

describe('formatNote: where the page printed an imported note’s date', () => {
  const selfLabelled = {
    kind: 'update' as const,
    date: '2026-08-26T16:45:00',
    text: 'This story has been updated to include the port’s reply.',
  };

  it('prints a self-labelled sentence as it stands, unless its date stood in a label before it', () => {
    expect(formatNote(selfLabelled).line).toBe('This story has been updated to include the port’s reply.');
    expect(formatNote({ ...selfLabelled, printedDate: 'label' }).line).toBe(
      'Update, Aug. 26: This story has been updated to include the port’s reply.',
    );
    expect(formatNote({ ...selfLabelled, printedDate: 'label' }, { form: 'uk', dateStyle: 'long' }).line).toBe(
      'Update, August 26, 2026: This story has been updated to include the port’s reply.',
    );
    // The wire's bracket carries no date in any note: the sentence stands alone there.
    expect(formatNote({ ...selfLabelled, printedDate: 'label' }, { form: 'wire' }).line).toBe(selfLabelled.text);
  });

  it('never prints a date the page did not print', () => {
    const undated = { ...correction, printedDate: 'none' as const };
    expect(formatNote(undated).line).toBe(`Correction: ${correction.text}`);
    expect(formatNote(undated, { form: 'uk' }).line).toBe(`Correction: ${correction.text}`);
    expect(formatNote(undated, { labels: { update: 'Update', correction: 'Clarification' } }).label).toBe('Clarification:');
    expect(formatNote({ ...selfLabelled, printedDate: 'none' }).line).toBe(selfLabelled.text);
    expect(formatNote(undated).line).not.toMatch(/Dec\.?\s*4/);
  });

  it('keeps an undated "Correction:" before words that name an update, so the kind survives', () => {
    expect(isSelfLabelled('Correction: This story has been updated to include the port’s reply.')).toBe(true);
  });
});

describe('the wire form, after review 9a', () => {
  const correction = { kind: 'correction' as const, date: '2026-12-04T18:00:00' };
  it('keeps a name opening the right fact, and gives values only when they read after "to" and "from"', () => {
    const swap = 'An earlier version of this article incorrectly reported that Ortiz defeated Lamb in the primary. Lamb defeated Ortiz.';
    expect(formatNote({ ...correction, text: swap }, { form: 'wire' }).line).toBe(
      '(Corrects report that Ortiz defeated Lamb in the primary; Lamb defeated Ortiz)',
    );
    const place = 'An earlier version of this article misstated where the storm made landfall. It was in North Carolina, not SC.';
    expect(formatNote({ ...correction, text: place }, { form: 'wire' }).line).toBe('(Corrects where the storm made landfall)');
  });
});

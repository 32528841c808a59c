import { describe, expect, it } from 'vitest';
import { bodyToBlocks, blockText } from '../article/blocks';
import { copy, importedWith, landsAsNote, staysCopy } from './fixtures/note-placement';
import { readNoteLine } from './note-line';
import { exportText } from '../export/txt';
import { newContent } from '../article/content';
import { parseTextArticle } from './text';

/**
 * The nineteenth importer round, from real lines gathered first and measured before any rule
 * (fixtures/real-note-lines-nineteenth.ts): a dateline before a label dated after its comma, a label
 * in emphasis marks after a dateline, a retraction's label, a newsroom's errors in the plural, a
 * column item that tells the error before its piece, a newsroom's own retraction, omission and
 * unattributed material, a clock alone over a note's words; and copy that had been read as notes (a
 * clause naming a page, a headline after a label). Lines are of our own making, each with copy of
 * the same shape that must stay in the body.
 */
describe('note forms of the nineteenth round', () => {
  it('reads a dateline before a label dated after its comma, on one line or over its words', () => {
    const note = readNoteLine('PINE HOLLOW, Ore. — Update, 6:10 p.m.: The county reopened Route 9 after the slide.');
    expect(note).toMatchObject({ kind: 'update', hour: 18, minute: 10, dateline: 'PINE HOLLOW, Ore.' });
    landsAsNote('PINE HOLLOW, Ore. — Update, 6:10 p.m.: The county reopened Route 9 after the slide.', 'update');
    for (const where of ['end', 'top'] as const) {
      const article = importedWith(
        where,
        'CEDAR FALLS, Iowa — Correction, March 3, 9:05 a.m.:\n\nAn earlier version of this story misstated the dam’s height.',
      );
      expect(
        article.notes?.map((n) => [n.kind, n.date.slice(5, 16)]),
        where,
      ).toEqual([['correction', '03-03T09:05']]);
      expect(bodyToBlocks(article.body).map(blockText), where).toEqual(copy);
    }
  });

  it('leaves a dateline before a label word that carries no day or clock after its comma in the copy', () => {
    expect(readNoteLine('DENVER — Update, the council said, will come Monday: the vote is set.', true)).toBeNull();
    staysCopy('PINE HOLLOW, Ore. — Updates to the bus schedule take effect Monday, the county said.', {
      kept: 'Updates to the bus schedule',
    });
  });

  it('reads a label a plain-text page left in emphasis marks after its dateline', () => {
    expect(readNoteLine('RIVERTON, Wyo.- *UPDATE*- Both lanes of Highway 26 are open again.')).toMatchObject({
      kind: 'update',
      text: 'Both lanes of Highway 26 are open again.',
      dateline: 'RIVERTON, Wyo.',
    });
  });

  it('reads a retraction’s label as a correction, and leaves a name or a policy that uses the word in the copy', () => {
    landsAsNote('RETRACTION: This article misquoted the harbor master and has been corrected.', 'correction');
    staysCopy('Retraction Watch tracks withdrawn papers across the sciences.');
    staysCopy('Retraction: In rare cases we remove the article and publish a Retraction notice.');
  });

  it('reads a correction opening on the newsroom’s errors, one or several, above the copy too', () => {
    landsAsNote(
      'Correction: Because of editing errors, the Sports column in Sunday’s edition gave the wrong score for two games.',
      'correction',
    );
    landsAsNote('Correction: Due to a production error, the tide table in Monday’s edition was a week old.', 'correction');
    staysCopy('Correction: Because of the storm, the ferry will not run on Sunday.', { places: ['top'] });
  });

  it('reads a column item that tells the error first and its own piece after, under the copy', () => {
    for (const line of [
      'The surname of harbor pilot Ines Vardo was misspelled in a story Tuesday about the new ferry terminal.',
      'Tomas Reyl was incorrectly referred to as the port’s director in Sunday’s Business section story about tariffs.',
      'Because of an editing error, the name of lifeguard Aila Morn was left out of a story on Page 3B of Monday’s paper.',
    ])
      landsAsNote(line, 'correction', { places: ['end'] });
    for (const line of [
      'The suspect’s name was misspelled in a police report Tuesday, which the sheriff has since corrected.',
      'Her name was misspelled in a story Tuesday in the Coastal Herald, which later fixed it.',
      'His name was misspelled in a story Tuesday, the coach said after the game.',
      'Two players were left out of the lineup on Monday after the storm delayed their flight.',
    ])
      staysCopy(line, { places: ['end'] });
  });

  it('reads the newsroom retracting its own piece, and leaves an offer or a quoted statement withdrawn in the copy', () => {
    landsAsNote('We have retracted our article on the harbor contract. Its central claim could not be confirmed.', 'correction', {
      places: ['end'],
    });
    staysCopy('We have withdrawn our offer for the ferry line and will not bid again this season.', { places: ['end'] });
    staysCopy('“We have retracted our report,” the agency said on Monday.', { places: ['end'] });
  });

  it('reads an editor’s note owning a credit or a tie left out as a correction, and one that failed to reach someone as an update', () => {
    expect(readNoteLine('Editor’s note: In this story we failed to disclose that the writer serves on the museum’s board.')?.kind).toBe(
      'correction',
    );
    expect(readNoteLine('Editor’s note: We failed to reach the mayor before publication; her comment has been added.')?.kind).toBe(
      'update',
    );
  });

  it('reads a column item owning material used without attribution, and leaves anyone’s story or someone telling it in the copy', () => {
    landsAsNote('A column Tuesday included passages from a radio interview without attribution.', 'correction', { places: ['end'] });
    landsAsNote('An article in the March 4 Home and Garden section used photographs from a seed catalog without credit.', 'correction', {
      places: ['end'],
    });
    staysCopy('The story used material from the city’s website without attribution.', { places: ['end'] });
    staysCopy('An article in the journal Pelican used the photos without credit, the panel found.', { places: ['end'] });
  });

  it('leaves a clause that names a page, and a headline after an undated label, in the copy', () => {
    staysCopy('The council later accepted that its front page notice was inaccurate.', { places: ['end'] });
    landsAsNote('The Weekend column in Saturday’s edition misstated the ferry’s timetable.', 'correction', { places: ['end'] });
    staysCopy('Updated: Ferry Operator Finally Responds', { places: ['end'] });
    landsAsNote('Update: Now with the operator’s response.', 'update', { places: ['end'] });
  });

  it('reads a clock alone over a note’s own words as the note at that clock, and leaves a live entry’s clock over copy', () => {
    for (const gap of ['\n', '\n\n']) {
      const article = importedWith('end', `9.15PM:${gap}This story has been updated with the operator’s response.`);
      expect(
        article.notes?.map((n) => [n.kind, n.date.slice(11, 16)]),
        gap,
      ).toEqual([['update', '21:15']]);
      expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
      const exported = exportText(
        { ...newContent({}), id: 'a1', createdAt: '2026-01-01T00:00:00', ...article, status: 'published' } as never,
        { provider: 'Copydesk' },
      );
      expect(parseTextArticle(exported).notes?.map((n) => n.text)).toEqual(article.notes!.map((n) => n.text));
      const entry = importedWith('end', `9.15PM:${gap}The last ferry left the harbor with 40 passengers aboard.`);
      expect(entry.notes).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { bodyToBlocks, blockText } from '../article/blocks';
import { importedWith, landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * The eighteenth importer round: a label over the words it introduces ("UPDATE — Tova Lind sends this
 * statement:" then the statement; "Updated to add" then the sentence added), and the UK column item
 * closed by its citation of the piece ("(Title, 29 October, p34)") with no error word. Lines are of
 * our own making, each with copy of the same shape that must stay in the body.
 */
describe('note forms of the eighteenth round', () => {
  it('joins an update label and its introduction over the words introduced, under the copy', () => {
    for (const [heading, words, text] of [
      [
        'UPDATE — Tova Lind sends this statement:',
        'We regret the delay and will refund every fare.',
        'Tova Lind sends this statement: We regret the delay',
      ],
      [
        'Update: The harbour board sent this email:',
        'The pier will reopen on Friday.',
        'The harbour board sent this email: The pier will reopen',
      ],
      [
        'Updated to add',
        'The operator said it has “resolved” the fault that stopped the boats.',
        'The operator said it has “resolved” the fault',
      ],
      ['UPDATED TO ADD:', 'A second boat will run from Monday, the operator said.', 'A second boat will run from Monday'],
    ] as const) {
      const article = importedWith('end', `${heading}\n\n${words}`);
      expect(
        article.notes?.map((n) => n.kind),
        heading,
      ).toEqual(['update']);
      expect(article.notes?.[0]?.text.startsWith(text), article.notes?.[0]?.text).toBe(true);
      expect(bodyToBlocks(article.body).map(blockText), heading).toEqual([
        'Fares on the island ferry will rise 10% from January, the operator said Monday.',
        'The operator blamed fuel costs.',
      ]);
    }
  });

  it('leaves an introduction without a label of its own, or a heading that only starts like one, in the copy', () => {
    for (const heading of [
      'The operator sent this statement:',
      'Fare update — Tova Lind sends this statement:',
      'Updated to address the delays',
    ]) {
      const article = importedWith('end', `${heading}\n\nWe regret the delay and will refund every fare.`);
      expect(article.notes?.[0]?.text ?? '', heading).not.toContain('We regret the delay and will refund every fare.');
    }
  });

  it('reads a column item that sets a fact right and closes on its citation of the piece', () => {
    landsAsNote('Tova Lind is the chair of the harbour board, not its treasurer (Pier rescue plan unveiled, 12 March, p9).', 'correction', {
      places: ['end'],
    });
    landsAsNote(
      'Describing the storm, Capt. Ines Vale was quoted as saying the waves reached “four metres”; the height she gave was actually “14 metres” (Night crossing, 3 May, Weekend, p22).',
      'correction',
      { places: ['end'] },
    );
    // No contrast, or a citation that is not the paper's own page reference, is copy.
    staysCopy('Tova Lind chairs the harbour board (Pier rescue plan unveiled, 12 March, p9).', { places: ['end'] });
    staysCopy('The pier is in Harlow, not Epping, the council said (page 14).', { places: ['end'] });
    staysCopy('Lind argued the fare rise was fair, not punitive (Letters, 2 April).', { places: ['end'] });
  });
});

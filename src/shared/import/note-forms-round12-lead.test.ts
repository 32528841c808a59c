import { describe, expect, it } from 'vitest';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';
import { readNoteLine } from './note-line';
import { landsAsNote, staysCopy } from './fixtures/note-placement';
import { isClosingLine } from './closing-copy';
import { copy, head } from './fixtures/note-placement';

/**
 * Forms found on real pages in round twelve (review 12b and the round's new eval cases): a UK
 * clarification with no label, a running story's "PREVIOUS UPDATE:", a local station's dateline
 * before "Update:", and closing lines under a note (a print headline, a gallery promo, a pointer to
 * where a work is found). Every line is our own, with a line of copy in the same shape.
 */
const story = (...tail: string[]) => parseTextArticle([head, ...copy, ...tail].join('\n\n'));
const NOTE = 'Correction: An earlier version of this story misstated the ferry fare. It is $4.';

describe('note forms of round twelve', () => {
  it('reads "We are happy to clarify that …" as a correction, and a quoted speaker saying it as copy', () => {
    landsAsNote('We are happy to clarify that the harbour board did not charge for cancelled sailings.', 'correction', { places: ['end'] });
    expect(readNoteLine('“We are happy to clarify any questions passengers have,” Mara Lind said.')).toBeNull();
    staysCopy('“We are happy to clarify any questions passengers have,” Mara Lind said.');
    staysCopy('We are happy to help passengers rebook their sailings.');
  });

  it('reads "PREVIOUS UPDATE:" as an update, and a dateline before "Update:" as the label', () => {
    landsAsNote('PREVIOUS UPDATE: The council approved the ferry budget on Tuesday night.', 'update', { places: ['end'] });
    landsAsNote('ASHVALE — Update: A broken seawall caused the flooding that closed the terminal, the board said.', 'update', {
      places: ['end'],
    });
    // A dateline before a word that is no label stays copy.
    staysCopy('ASHVALE — Updates to the timetable begin Monday, the board said.', { places: ['end'] });
  });

  it('finds the note above a print headline, a gallery promo and a pointer to where a work is found', () => {
    for (const tail of [
      'Original Print Headline: Ferries back',
      'PHOTOS: Fire at the Ashvale terminal',
      '• The Long Tide is out now on Netflix.',
    ]) {
      const article = story(NOTE, tail);
      expect(article.notes?.map((n) => n.kind)).toEqual(['correction']);
      expect(bodyToBlocks(article.body).map(blockText).join('\n')).toContain(tail.replace(/^• /, ''));
    }
  });

  it('reads a bulleted note above a bulleted pointer, and a promo whose title holds "U.S."', () => {
    const bullets = story(
      '• This article was amended on 6 November 2026. An earlier version said the fare was $4. This has been corrected.',
      '• The Long Tide is out now on Triple Play Blu-ray and DVD.',
    );
    expect(bullets.notes?.map((n) => n.kind)).toEqual(['correction']);
    const promo = story(
      'UPDATE: The board said Thursday evening that the terminal will stay closed through the weekend.',
      'PHOTOS: Storm Batters the Northeastern U.S.',
    );
    expect(promo.notes?.map((n) => n.kind)).toEqual(['update']);
    // Two bullets of copy are a list, not a note and its pointer.
    expect(story('• Fares rise on Monday.', '• The Long Tide is out now on Netflix.').notes).toBeUndefined();
  });

  it('keeps a sentence after a promo label, and a bulleted note, out of the closing copy', () => {
    expect(isClosingLine('Video: The mayor said the ferries will run again. Crews worked overnight.')).toBe(false);
    expect(isClosingLine('• This article was amended on 6 November 2026 to correct the fare.')).toBe(false);
    expect(isClosingLine('The new timetable is available from Monday at the terminal.')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { readNoteLine } from './note-line';
import { landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * The sixteenth importer round: forms gathered from pages the earlier rounds had not read (a
 * magazine's quoted corrections list, a paper's topic-headed corrections box, a corrections policy
 * that defines its kinds of note). Each rule is tried on lines of our own (names, places and days
 * invented) with a line of copy in the same shape that must stay in the body.
 */
describe('note forms of the sixteenth round', () => {
  it('reads a correction that quotes the note whole ("Correction: “This piece originally said …”"), above the copy too', () => {
    landsAsNote(
      'Correction: “This piece originally described Mara Lind as the harbour master. She is the deputy harbour master.”',
      'correction',
    );
    landsAsNote('Correction: “This article originally stated that the ferry ran hourly. It runs every two hours.”', 'correction');
    landsAsNote(
      'Correction: “Due to an editing error, the photo of the pier was initially credited to the writer, not to Tomas Reyes.”',
      'correction',
    );
    // A quotation under a bare label that names no error of the piece's own stays copy above the copy.
    staysCopy('Correction: “The ferry is late again,” said Mara Lind, who rides it daily.', { places: ['top'] });
  });

  it('reads a podcast episode edited, and a note that goes on "Additionally, this story has been updated …"', () => {
    expect(readNoteLine('This episode has been edited to add the harbour master’s reply.')?.kind).toBe('update');
    expect(readNoteLine('Additionally, this story has been updated to include a comment from the ferry operator.')?.kind).toBe('update');
    // "Additionally" before someone else's story is copy.
    expect(readNoteLine('Additionally, the ferry timetable has been updated to include a Sunday sailing.')).toBeNull();
  });

  it('reads the cause set aside when it names who erred ("Due to errors by editor …, this story and its headline originally reported …")', () => {
    expect(
      readNoteLine('Due to errors by editor Lena Ward, this story and its headline originally reported that the pier had been sold.', true)
        ?.kind,
    ).toBe('correction');
    expect(readNoteLine('Due to errors by the contractor, the pier stayed closed until Friday and the ferry ran late.', true)).toBeNull();
  });

  it('reads a corrections box item headed by its topic ("Harbour fares — A photo caption … misidentified …"), under the copy only', () => {
    landsAsNote(
      'Harbour fares — A photo caption in Tuesday’s Section B with an article about ferry fares misidentified the skipper, Ana Petrov, as Ines Vale.',
      'correction',
      { places: ['end'] },
    );
    landsAsNote(
      'Pier lights: A photograph accompanying an article in Section A on May 3 about the pier described the lamps as gas lights. In fact, they are electric.',
      'correction',
      { places: ['end'] },
    );
    // A topic over a sentence of copy that merely holds an error word is copy.
    staysCopy('Storm damage: A wall misidentified as safe by inspectors collapsed on Tuesday and closed the harbour road.', {
      places: ['end'],
    });
  });

  it('reads context added to an item that "had no inaccuracies" as an update, and an item put right in two sentences as a correction', () => {
    expect(
      readNoteLine(
        'Data Desk: On 4 May News Online published a chart of ferry fares across the islands. This has been updated to include the winter timetable. There were no inaccuracies in the original story.',
        true,
      )?.kind,
    ).toBe('update');
    expect(
      readNoteLine(
        'News Online: On 4 May an article about the ferry described the new route as a trial. The article has been amended to reflect that the route is permanent. The article was also amended to reflect the new fares.',
        true,
      )?.kind,
    ).toBe('correction');
  });

  it('reads "We reported … . We should have said …" under the copy, but not a speaker’s "we should have said no"', () => {
    landsAsNote(
      'We reported that the ferry operator raised fares by 10%. We should have said the rise is 8% for residents.',
      'correction',
      {
        places: ['end'],
      },
    );
    staysCopy('The mayor said the council should have said no to the stadium years ago, and her deputy agreed.', { places: ['end'] });
  });

  it('reads "Last updated <day> to include …" as an update, but leaves the bare stamp "Last updated <day>" out of the notes', () => {
    const note = readNoteLine('Last updated Nov. 6, 2025, to include the harbour master’s reply.', true);
    expect([note?.kind, note?.month, note?.day]).toEqual(['update', 11, 6]);
    expect(readNoteLine('Last updated Nov. 6, 2025', true)).toBeNull();
  });

  it('leaves a corrections policy that defines its kinds of note in the copy', () => {
    staysCopy('Correction: A factual error is fixed; we add a Correction note saying what changed and when.');
    staysCopy('Clarification: the facts were right but readers could have been misled. Note appended; no visible badge.');
    // A real note that says what was added is still a note.
    landsAsNote('Correction: An earlier version of this story misstated the fare. It is $4, not $5.', 'correction');
  });
});

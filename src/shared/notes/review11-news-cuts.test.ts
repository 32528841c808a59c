/**
 * Review 11b's re-measure, group 2: a development cut to fit must keep what its verb says. A day
 * standing between the verb and its "that" clause is no place to stop, and over length it is the day
 * and a description before a full name that go, not the news. Every example is invented here.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { cutsAwayTheNews } from './clause-ends';

const BASE = [
  'Harbor Party candidate fights to stay on ballot',
  'Ana Voss, the Harbor Party candidate, asked last month to have her name removed from the ballot in the state.',
  'Election officials said the ballots had already been printed.',
];
const withAdded = (sentence: string) => storyOfLines([...BASE.slice(0, 2), sentence, BASE[2]!]);
const note = (sentence: string) => proposeNote(storyOfLines(BASE), withAdded(sentence), { date: '2026-11-06' }).note;

describe('a development keeps what its verb says', () => {
  it('never stops at "ruled Tuesday" before its "that" clause; over length, the day and the description go', () => {
    expect(
      note(
        'The Tolland Supreme Court ruled Tuesday that independent candidate Ana Voss must remain on the state’s presidential ballot, rejecting her bid to withdraw.',
      ),
    ).toBe(
      "Update, Nov. 6: This article has been updated with news that the Tolland Supreme Court ruled that Ana Voss must remain on the state's presidential ballot.",
    );
  });

  it('keeps the day and the description when the clause fits', () => {
    expect(note('The Tolland Supreme Court ruled Tuesday that independent candidate Ana Voss must remain on the ballot.')).toBe(
      'Update, Nov. 6: This article has been updated with news that the Tolland Supreme Court ruled Tuesday that independent candidate Ana Voss must remain on the ballot.',
    );
  });

  it('near miss: words before a name that hold a verb are the news, never a description to drop', () => {
    expect(
      note(
        'The Tolland Supreme Court ruled Tuesday that police officers arrested Ana Voss unlawfully at the polling station on the east side of town, a lawyer said.',
      ),
    ).toContain('ruled that police officers arrested Ana Voss unlawfully');
  });

  it('reads a cut after the day, or after the verb before its day, as cutting away the news; and "urged people | to …"', () => {
    const words = 'the court ruled Tuesday that Voss must stay on the ballot'.split(' ');
    expect(cutsAwayTheNews(words, 4)).toBe(true); // "… ruled Tuesday | that"
    expect(cutsAwayTheNews(words, 3)).toBe(true); // "… ruled | Tuesday that"
    const urged = 'officers urged people to stay away from the area'.split(' ');
    expect(cutsAwayTheNews(urged, 3)).toBe(true);
    // Near miss: a day after a verb with no clause after it ends whole.
    expect(cutsAwayTheNews('the ferry sailed Tuesday from Tolland with 40 cars'.split(' '), 4)).toBe(false);
  });
});

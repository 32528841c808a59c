/**
 * Round 21, after merging: fact-owner's reading of a bare count's clause ("the number of suspects
 * Police in Tarrow are holding in connection") did not pass the note check, and the writer's
 * fallback for a failed correction is its vaguest head ("a detail about the events described"). A
 * reading that fails the check where the head it replaces passed is not taken (propose.ts).
 * Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { inventedStory } from '../../../tests/support/note-stories';

const DATE = '2026-04-09T10:00:00-05:00';
const HEAD = 'Burglary suspects held';

describe('a head read from its sentence is kept only when it passes the note check', () => {
  it('keeps "the number of suspects" when the clause read after it does not print', () => {
    const line = (n: string) => `Police in Tarrow are holding ${n} suspects in connection with a series of burglaries in Alton.`;
    const rest = ['The burglaries began in March, police said.'];
    const note = proposeNote(inventedStory(HEAD, [line('three'), ...rest]), inventedStory(HEAD, [line('four'), ...rest]), { date: DATE });
    expect(note.kind).toBe('correction');
    expect(note.text).toBe('An earlier version of this article misstated the number of suspects. The correct number is four, not three.');
  });

  it('still takes a reading that prints (near miss)', () => {
    const line = (n: string) => `The bill includes ${n} million shekels in a one-time security grant for the towns.`;
    const rest = ['The cabinet approved the bill on Sunday.'];
    const note = proposeNote(inventedStory(HEAD, [line('34.5'), ...rest]), inventedStory(HEAD, [line('44.5'), ...rest]), { date: DATE });
    expect(note.kind).toBe('correction');
    expect(note.text).toBe(
      'An earlier version of this article misstated the number of shekels the bill includes in a one-time security grant. The correct number is 44.5 million, not 34.5 million.',
    );
  });
});

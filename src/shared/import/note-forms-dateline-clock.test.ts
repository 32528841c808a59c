import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { landsAsNote, staysCopy } from './fixtures/note-placement';
import { datelineBeforeClockLabel } from './dateline-clock-label';

/**
 * A story's dateline before a label that opens on its clock ("JACKSONVILLE, Fla. - 8:15 a.m. UPDATE: …"):
 * read as the same label printed without the dateline. Lines are of our own making, each with copy
 * of the same shape that must stay in the body.
 */
describe('a dateline before a clock-first label', () => {
  it('reads the label with its kind and clock, in capitals or running case, with a station credit or a UK clock', () => {
    for (const [line, kind, hour] of [
      ['HARLOW, Ore. - 9:40 p.m. UPDATE: Deputies said the missing hiker was found alive near Cedar Ridge on Tuesday night.', 'update', 21],
      [
        'MILLBROOK, Texas (KXYZ) — 6:05 a.m. Update: The northbound lanes of Route 9 have reopened after the overnight crash, troopers said.',
        'update',
        6,
      ],
      ['BRAEMOUTH — 8.15pm Update: Firefighters say the warehouse blaze on Dock Street is now under control.', 'update', 20],
      [
        'FENWICK, Ky. - 10:20 a.m. CORRECTION: An earlier version of this story misstated the number of students hurt. Two were hurt, not four.',
        'correction',
        10,
      ],
    ] as const) {
      const note = readNoteLine(line, true);
      expect(note?.kind, line).toBe(kind);
      expect(note?.hour, line).toBe(hour);
      expect(note?.text, line).not.toMatch(/^[A-Z]{3,}/);
      landsAsNote(line, kind);
    }
  });

  it('leaves a dateline before a clock and copy, or before a word that only starts like a label, in the copy', () => {
    for (const [line, kept] of [
      [
        'HARLOW, Ore. - 9:40 p.m. traffic was still backed up on Route 9 as deputies updated drivers about the closure.',
        'traffic was still backed up',
      ],
      [
        'MILLBROOK, Texas — 8 a.m. Updates to the bus schedule take effect Monday, the transit district said.',
        'Updates to the bus schedule',
      ],
      ['HARLOW, Ore. - Updated figures released Tuesday show the county added 400 jobs.', 'Updated figures released Tuesday'],
    ] as const) {
      expect(readNoteLine(line, true), line).toBeNull();
      staysCopy(line, { kept });
    }
    expect(datelineBeforeClockLabel('Harlow, Ore. - 9:40 p.m. UPDATE: Deputies said the hiker was found.')).toBe(0);
  });
});

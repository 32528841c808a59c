/**
 * The frame every importer round's note-forms test sets its lines in (note-forms-round22.test.ts
 * and after): a headline and two paragraphs of copy, the line set under them or over them, and the
 * checks each round makes of its real lines — a note read with its kind and date, a line still
 * missed listed with why, a look-alike left in the copy. One home, so each round's test holds only
 * its own forms and its fixture's counts.
 */
import { expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';
import type { RealNoteLine } from './fixtures/real-note-lines';

export const head = 'Harbor toll to rise next month';
export const copy = [
  'The harbor toll will rise to $4 on Monday, the port authority said.',
  'Drivers will pay by plate, the authority said.',
];
export const under = (line: string) => parseTextArticle([head, ...copy, line].join('\n\n'));
export const over = (line: string) => parseTextArticle([head, line, ...copy].join('\n\n'));
export const kinds = (article: ReturnType<typeof parseTextArticle>) => article.notes?.map((n) => n.kind);
export const bodyOf = (article: ReturnType<typeof parseTextArticle>) => bodyToBlocks(article.body).map(blockText);

/** Read alone and under the copy as a correction, the copy left whole. */
export const readsUnder = (line: string) => {
  expect(readNoteLine(line, true)).toMatchObject({ kind: 'correction' });
  expect(kinds(under(line))).toEqual(['correction']);
  expect(bodyOf(under(line))).toEqual(copy);
};
/** Read as no note, alone, under the copy or over it. */
export const staysCopy = (line: string) => {
  expect(readNoteLine(line, true)).toBeNull();
  expect(under(line).notes).toBeUndefined();
  expect(over(line).notes).toBeUndefined();
};

/** A real note read right: its kind and date alone, one note of its kind under the copy, and over it unless it stands only at the end. */
export function readsRight(real: RealNoteLine): boolean {
  const note = readNoteLine(real.line, true);
  return (
    !!note &&
    note.kind === real.kind &&
    note.month === real.month &&
    note.day === real.day &&
    note.hour === real.hour &&
    JSON.stringify(kinds(under(real.line))) === JSON.stringify([real.kind]) &&
    (real.where === 'end' || JSON.stringify(kinds(over(real.line))) === JSON.stringify([real.kind]))
  );
}
/** A look-alike kept as copy. */
export const copyKept = (line: string) => readNoteLine(line, true) === null && !under(line).notes && !over(line).notes;

type TwoLine = Omit<RealNoteLine, 'line'> & { label: string; words: string };
/** A two-line note read right: its label on the line above its words, or a blank line above them, makes one note of its kind. */
export const twoLineRight = (real: TwoLine) =>
  ['\n', '\n\n'].every((gap) => {
    const notes = parseTextArticle([head, ...copy, `${real.label}${gap}${real.words}`].join('\n\n')).notes;
    return notes?.length === 1 && notes[0]!.kind === real.kind && notes[0]!.text.includes(real.words);
  });

/** The checks of a round's real lines: those read, those still missed (with why), the two-line notes, the look-alikes. */
export function itChecksRealLines(lines: {
  read: RealNoteLine[];
  missed: (RealNoteLine & { missed: string })[];
  twoLineGathered: TwoLine[];
  twoLineRead: TwoLine[];
  twoLineMissed: (TwoLine & { missed: string })[];
  lookAlikes: { line: string }[];
}) {
  it.each(lines.read.map((real) => [real.line, real] as const))('reads "%s" with its kind and date', (_line, real) => {
    const note = readNoteLine(real.line, true);
    expect([note?.kind, note?.month, note?.day, note?.hour]).toEqual([real.kind, real.month, real.day, real.hour]);
    expect(kinds(under(real.line))).toEqual([real.kind]);
    if (real.where !== 'end') expect(kinds(over(real.line))).toEqual([real.kind]);
  });
  it.each(lines.missed.map((real) => [real.line, real] as const))(
    'still misses "%s" (listed with why; a rule that reads it moves it)',
    (_line, real) => {
      expect(real.missed.length).toBeGreaterThan(20);
      expect(readsRight(real)).toBe(false);
    },
  );
  it('still misses the two-line notes listed, and reads the others', () => {
    for (const real of lines.twoLineMissed) {
      expect(real.missed.length).toBeGreaterThan(20);
      // (Set on the line right above its words, a bare clock is read: clock-over-note.ts.)
      const article = parseTextArticle([head, ...copy, `${real.label}\n\n${real.words}`].join('\n\n'));
      expect(article.notes?.length ?? 0, real.label).toBe(0);
    }
    expect(lines.twoLineRead.length + lines.twoLineMissed.length).toBe(lines.twoLineGathered.length);
  });
  it.each(lines.lookAlikes.map((real) => real.line))('leaves "%s" in the copy, above it and under it', staysCopy);
}

/** A round's gathered lines: its one-line and two-line notes and its look-alikes, in the order gathered, and the third held out. */
interface GatheredRound {
  notes: RealNoteLine[];
  twoLine: TwoLine[];
  lookAlikes: { line: string; source: string }[];
  heldOut: ReadonlySet<string>;
}

/** The checks of a round's gathering: enough lines, each with its source, and every third set apart before any rule. */
export function itChecksGatheredRound(round: GatheredRound) {
  it('holds at least 45 notes and 20 look-alikes, each with its source', () => {
    expect(round.notes.length + round.twoLine.length).toBeGreaterThanOrEqual(45);
    expect(round.lookAlikes.length).toBeGreaterThanOrEqual(20);
    for (const real of [...round.notes, ...round.twoLine, ...round.lookAlikes]) expect(real.source.length).toBeGreaterThan(10);
  });
  it('sets a third of the notes and look-alikes apart as held out, chosen before any rule', () => {
    const notes = [...round.notes.map((r) => r.line), ...round.twoLine.map((r) => r.words)];
    notes.forEach((line, k) => expect(round.heldOut.has(line), line).toBe(k % 3 === 2));
    round.lookAlikes.forEach((real, k) => expect(round.heldOut.has(real.line), real.line).toBe(k % 3 === 2));
    expect(round.heldOut.size).toBe(Math.floor((notes.length + 1) / 3) + Math.floor((round.lookAlikes.length + 1) / 3));
  });
}

/** A round's measure: notes read right in the tuned two thirds and in the held-out third. */
export function measureRound(round: Omit<GatheredRound, 'lookAlikes'>): { tuned: number; held: number } {
  const heldOut = (line: string) => round.heldOut.has(line);
  const right = (held: boolean) =>
    round.notes.filter((r) => heldOut(r.line) === held).filter(readsRight).length +
    round.twoLine.filter((r) => heldOut(r.words) === held).filter(twoLineRight).length;
  return { tuned: right(false), held: right(true) };
}

/**
 * The blind revision sets in tests/notes-blind keep their shape (six pairs per article, whole
 * articles only, old and new that differ, one key line per pair, judged lines that name real pairs), and the scoring that
 * scripts/eval-blind.ts runs on them counts a judged note as its judge did.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  JUDGED_HEADER,
  NO_NOTE,
  blindSetNames,
  loadBlindSet,
  noteAsJudged,
  recordVerdicts,
  tallyBlind,
  verdictOf,
} from '../../scripts/blind-sets';
import type { BlindSet, ScoredNote } from '../../scripts/blind-sets';

const names = blindSetNames();
const sets = names.map((name) => loadBlindSet(name));

/** Printable notes of one build: for each pair, the verdict on the note that build wrote. */
function printableOf(set: BlindSet, build: string): number {
  let yes = 0;
  for (const pair of set.pairs) {
    const line = set.judged.find((judged) => judged.pair === pair.id && judged.build.split(',').includes(build));
    if (line && verdictOf(set, pair.id, line.note) === 'yes') yes++;
  }
  return yes;
}

describe('blind revision sets', () => {
  it('holds the three sets of each of rounds eighteen to twenty-seven', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'fresh18a',
        'fresh18b',
        'fresh18c',
        'fresh19a',
        'fresh19b',
        'fresh19c',
        'fresh20a',
        'fresh20b',
        'fresh20c',
        'fresh21a',
        'fresh21b',
        'fresh21c',
        'fresh22a',
        'fresh22b',
        'fresh22c',
        'fresh23a',
        'fresh23b',
        'fresh23c',
        'fresh24a',
        'fresh24b',
        'fresh24c',
        'fresh25a',
        'fresh25b',
        'fresh25c',
        'fresh26a',
        'fresh26b',
        'fresh26c',
        'fresh27a',
        'fresh27b',
        'fresh27c',
        'fresh28a',
        'fresh28b',
        'fresh28c',
        'fresh29a',
        'fresh29b',
        'fresh29c',
      ]),
    );
  });

  describe.each(names)('%s', (name) => {
    const set = sets.find((candidate) => candidate.name === name)!;

    // A builder short of time delivers fewer whole articles (fresh19a has seven), never a broken one.
    it('has six pairs per article, one key line and one folder each, with old and new that differ', () => {
      expect(set.pairs.length).toBeGreaterThanOrEqual(6);
      expect(set.pairs.length % 6).toBe(0);
      expect(new Set(set.pairs.map((pair) => pair.id)).size).toBe(set.pairs.length);
      const folders = readdirSync(set.dir).filter((entry) => /^p\d\d$/.test(entry));
      expect(folders.sort()).toEqual(set.pairs.map((pair) => pair.id).sort());
      expect(existsSync(join(set.dir, 'SOURCES.md'))).toBe(true);
      for (const pair of set.pairs) {
        expect(pair.category, pair.id).toMatch(/^(name|title|number|date\/place|development|cosmetic)$/);
        expect(pair.kind, pair.id).toMatch(/^(correction|update|none)$/);
        const older = readFileSync(pair.oldFile, 'utf8');
        const newer = readFileSync(pair.newFile, 'utf8');
        expect(older.trim(), pair.id).not.toBe('');
        expect(newer, pair.id).not.toBe(older);
      }
    });

    it('judges every pair, and every judged line names a real pair', () => {
      const ids = new Set(set.pairs.map((pair) => pair.id));
      expect(set.judged.length).toBeGreaterThanOrEqual(set.pairs.length);
      for (const line of set.judged) {
        expect(ids.has(line.pair), `${line.pair} in judged.tsv`).toBe(true);
        expect(line.note.trim()).not.toBe('');
        expect(line.build).toMatch(/^[0-9a-f]{7,40}(\+dirty)?(,[0-9a-f]{7,40}(\+dirty)?)*$/);
      }
      for (const id of ids)
        expect(
          set.judged.some((line) => line.pair === id),
          id,
        ).toBe(true);
    });
  });

  it('gives the judged figures of round eighteen: start 032ca2f 79/144, wave fa07b03 78/144', () => {
    const eighteen = sets.filter((set) => set.name.startsWith('fresh18'));
    expect(eighteen.reduce((sum, set) => sum + printableOf(set, '032ca2f'), 0)).toBe(79);
    expect(eighteen.reduce((sum, set) => sum + printableOf(set, 'fa07b03'), 0)).toBe(78);
  });

  it('gives the judged figures of round twenty, blind: start 472b95b 71/144, end be2fa87 75/144', () => {
    const twenty = sets.filter((set) => set.name.startsWith('fresh20'));
    expect(twenty.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(144);
    expect(twenty.reduce((sum, set) => sum + printableOf(set, '472b95b'), 0)).toBe(71);
    expect(twenty.reduce((sum, set) => sum + printableOf(set, 'be2fa87'), 0)).toBe(75);
  });

  it('gives the judged figures of round twenty-one, blind: start 8bb0710 69/144, end 68ddb08 71/144', () => {
    const twentyOne = sets.filter((set) => set.name.startsWith('fresh21'));
    expect(twentyOne.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(144);
    expect(twentyOne.reduce((sum, set) => sum + printableOf(set, '8bb0710'), 0)).toBe(69);
    expect(twentyOne.reduce((sum, set) => sum + printableOf(set, '68ddb08'), 0)).toBe(71);
  });

  it('gives the judged figures of round twenty-two, blind: start 65f0df6 75/138, end 09920b9 75/138', () => {
    const twentyTwo = sets.filter((set) => set.name.startsWith('fresh22'));
    expect(twentyTwo.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(138);
    expect(twentyTwo.reduce((sum, set) => sum + printableOf(set, '65f0df6'), 0)).toBe(75);
    expect(twentyTwo.reduce((sum, set) => sum + printableOf(set, '09920b9'), 0)).toBe(75);
  });

  it('gives the judged figures of round twenty-three, blind: start 0b35f2d 66/144, end b419a83 65/144', () => {
    const twentyThree = sets.filter((set) => set.name.startsWith('fresh23'));
    expect(twentyThree.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(144);
    expect(twentyThree.reduce((sum, set) => sum + printableOf(set, '0b35f2d'), 0)).toBe(66);
    expect(twentyThree.reduce((sum, set) => sum + printableOf(set, 'b419a83'), 0)).toBe(65);
  });

  it("gives the judged figures of round twenty-three's second wave, blind: start c6e79aa 67/126, end c423190 67/126", () => {
    const twentyFour = sets.filter((set) => set.name.startsWith('fresh24'));
    expect(twentyFour.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(126);
    expect(twentyFour.reduce((sum, set) => sum + printableOf(set, 'c6e79aa'), 0)).toBe(67);
    expect(twentyFour.reduce((sum, set) => sum + printableOf(set, 'c423190'), 0)).toBe(67);
  });

  it('gives the judged figures of round twenty-four, blind: fresh25 start 96d3ce1 76/144, end b52edd3 77/144; fresh26 end 79/144', () => {
    const twentyFive = sets.filter((set) => set.name.startsWith('fresh25'));
    expect(twentyFive.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(144);
    expect(twentyFive.reduce((sum, set) => sum + printableOf(set, '96d3ce1'), 0)).toBe(76);
    expect(twentyFive.reduce((sum, set) => sum + printableOf(set, 'b52edd3'), 0)).toBe(77);
    const twentySix = sets.filter((set) => set.name.startsWith('fresh26'));
    expect(twentySix.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(144);
    expect(twentySix.reduce((sum, set) => sum + printableOf(set, 'b52edd3'), 0)).toBe(79);
  });

  it('gives the judged figures of round twenty-five, blind: fresh27 start d9bbf4c8 82/144, end 17f98f9f 83/144', () => {
    const twentySeven = sets.filter((set) => set.name.startsWith('fresh27'));
    expect(twentySeven.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(144);
    expect(twentySeven.reduce((sum, set) => sum + printableOf(set, 'd9bbf4c8'), 0)).toBe(82);
    expect(twentySeven.reduce((sum, set) => sum + printableOf(set, '17f98f9f'), 0)).toBe(83);
  });

  it('gives the judged figures of round twenty-six, blind: fresh28 start 2ac2a9fe 84/144, end ca6446a4 84/144', () => {
    const twentyEight = sets.filter((set) => set.name.startsWith('fresh28'));
    expect(twentyEight.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(144);
    expect(twentyEight.reduce((sum, set) => sum + printableOf(set, '2ac2a9fe'), 0)).toBe(84);
    expect(twentyEight.reduce((sum, set) => sum + printableOf(set, 'ca6446a4'), 0)).toBe(84);
  });

  it('gives the judged figures of round twenty-seven, blind: fresh29 start 1851627b 84/144, end a6cdf9e3 84/144', () => {
    const twentyNine = sets.filter((set) => set.name.startsWith('fresh29'));
    expect(twentyNine.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(144);
    expect(twentyNine.reduce((sum, set) => sum + printableOf(set, '1851627b'), 0)).toBe(84);
    expect(twentyNine.reduce((sum, set) => sum + printableOf(set, 'a6cdf9e3'), 0)).toBe(84);
  });

  it('gives the judged figure of round nineteen before its fixes: 8d0f05c 66/138', () => {
    const nineteen = sets.filter((set) => set.name.startsWith('fresh19'));
    expect(nineteen.reduce((sum, set) => sum + set.pairs.length, 0)).toBe(138);
    expect(nineteen.reduce((sum, set) => sum + printableOf(set, '8d0f05c'), 0)).toBe(66);
  });
});

describe('scoring a note against the judged ones', () => {
  const set: BlindSet = {
    name: 'toy',
    dir: '/nonexistent',
    pairs: [],
    judged: [
      { pair: 'p01', note: 'Correction, Dec. 6: A.', verdict: 'yes', reason: 'ok', build: 'aaaaaaa', judge: 'one' },
      { pair: 'p02', note: 'Update, Dec. 6: B.', verdict: 'yes', reason: 'ok', build: 'aaaaaaa', judge: 'one' },
      { pair: 'p02', note: 'Update, Dec. 6: B.', verdict: 'no', reason: 'vague', build: 'aaaaaaa', judge: 'two' },
      { pair: 'p03', note: NO_NOTE, verdict: 'yes', reason: 'ok', build: 'aaaaaaa', judge: 'one' },
    ],
  };

  it('counts the exact note of the same pair, as the CLI prints it', () => {
    expect(verdictOf(set, 'p01', 'Correction, Dec. 6: A.')).toBe('yes');
    expect(verdictOf(set, 'p01', 'Correction, Dec. 6: A.\n')).toBe('yes');
    expect(verdictOf(set, 'p03', '')).toBe('yes');
    expect(noteAsJudged('One\nTwo\t')).toBe('One Two');
  });

  it('leaves a note with any other word, or on another pair, unjudged', () => {
    expect(verdictOf(set, 'p01', 'Correction, Dec. 6: A!')).toBe('unjudged');
    expect(verdictOf(set, 'p02', 'Correction, Dec. 6: A.')).toBe('unjudged');
  });

  it('lets the later judge of the same note overrule the first', () => {
    expect(verdictOf(set, 'p02', 'Update, Dec. 6: B.')).toBe('no');
  });

  it('tallies per set and category', () => {
    const scored: ScoredNote[] = [
      { set: 'toy', pair: 'p01', category: 'name', note: 'x', verdict: 'yes' },
      { set: 'toy', pair: 'p02', category: 'name', note: 'y', verdict: 'no' },
      { set: 'toy', pair: 'p03', category: 'cosmetic', note: 'z', verdict: 'unjudged' },
    ];
    const tally = tallyBlind(scored).get('toy')!;
    expect(tally.get('name')).toEqual({ pairs: 2, yes: 1, no: 1, unjudged: 0 });
    expect(tally.get('cosmetic')).toEqual({ pairs: 1, yes: 0, no: 0, unjudged: 1 });
  });
});

describe("recording a judge's verdicts", () => {
  it('gives a set judged for the first time its header, so its first verdict counts, and appends the next judging under it', () => {
    const root = mkdtempSync(join(tmpdir(), 'copydesk-blind-'));
    try {
      mkdirSync(join(root, 'toy', 'p01'), { recursive: true });
      writeFileSync(join(root, 'toy', 'key.tsv'), 'p01\tname\tcorrection\tSmit → Smith\tCorrection, Dec. 6: A.\n');
      const judging = (folder: string, verdict: string) => {
        const dir = join(root, folder);
        mkdirSync(dir);
        writeFileSync(join(dir, 'notes.tsv'), 'pair\tletter\tnote\tbuild\ntoy/p01\tX\tCorrection, Dec. 6: A.\tabc1234\n');
        writeFileSync(join(dir, 'verdicts.tsv'), `toy/p01\tX\t${verdict}\tok\n`);
        return dir;
      };
      expect(recordVerdicts(judging('judge-a', 'yes'), [loadBlindSet('toy', root)])).toBe(1);
      const first = loadBlindSet('toy', root);
      expect(first.judged).toEqual([
        { pair: 'p01', note: 'Correction, Dec. 6: A.', verdict: 'yes', reason: 'ok', build: 'abc1234', judge: 'judge-a' },
      ]);
      expect(verdictOf(first, 'p01', 'Correction, Dec. 6: A.')).toBe('yes');

      expect(recordVerdicts(judging('judge2-a', 'no'), [first])).toBe(1);
      const second = loadBlindSet('toy', root);
      expect(second.judged.map((line) => line.judge)).toEqual(['judge-a', 'judge2-a']);
      expect(verdictOf(second, 'p01', 'Correction, Dec. 6: A.')).toBe('no');
      expect(readFileSync(join(root, 'toy', 'judged.tsv'), 'utf8').split('\n')[0]).toBe(JUDGED_HEADER);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/**
 * The redline against known edit scripts on 10,000-word articles: paragraphs deleted, new ones
 * written on the same story (same names, same vocabulary) inserted, some moved, some edited in
 * place. The counts must be the truth: a new paragraph that replaces a deleted one is an
 * insertion and a deletion, never "moved here from below" with edits. Fixed seed, so a failure
 * replays exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffBlocks } from './compare';
import { applyDiff } from './apply';
import { draftBlocks, draftOf, replaceWords, Writer, type Draft } from '../../../bench/lib/newsroom-text';
import { withoutIds } from './test-support';

interface Script {
  seed: number;
  deletes: number;
  inserts: number;
  moves: number;
  edits: number;
  stableIds: boolean;
}

interface Truth {
  older: Draft;
  newer: Draft;
}

/** Applies the script to a fresh 10,000-word article on one beat; returns both versions. */
function write(script: Script): Truth {
  const writer = new Writer(script.seed);
  writer.focus(0.25, 6, 2);
  const older = draftOf(writer, 10_000);
  const newer = older.map((p) => ({ id: p.id, words: [...p.words] }));
  const untouched = () => newer.filter((p) => older.some((o) => o.id === p.id && o.words.join(' ') === p.words.join(' ')));
  const takeAt = (list: Draft) => newer.indexOf(list[writer.int(list.length)]!);

  // In-place edits first: a few words in each of `edits` paragraphs, which stay where they are.
  const edited = new Set<string>();
  for (let e = 0; e < script.edits; e++) {
    const i = takeAt(untouched().filter((p) => p.words.length >= 40 && !edited.has(p.id)));
    const [changed] = replaceWords([newer[i]!], 2, writer);
    newer[i] = changed!;
    edited.add(changed!.id);
  }
  for (let d = 0; d < script.deletes; d++) newer.splice(takeAt(untouched()), 1);
  // Moves: a whole paragraph to a place far from where it was.
  const moved = new Set<string>();
  for (let m = 0; m < script.moves; m++) {
    const i = takeAt(untouched().filter((p) => !moved.has(p.id)));
    const [p] = newer.splice(i, 1);
    const to = (i + Math.floor(newer.length / 2) + writer.int(5)) % (newer.length + 1);
    newer.splice(to, 0, p!);
    moved.add(p!.id);
  }
  // New paragraphs on the same story, each near where a paragraph was deleted or anywhere.
  for (let k = 0; k < script.inserts; k++) {
    newer.splice(writer.int(newer.length + 1), 0, { id: `new${k}x${writer.int(1e6).toString(36)}`, words: writer.paragraph() });
  }
  if (!script.stableIds) {
    // An imported version: ids made up from positions, which say nothing about identity.
    const positional = (d: Draft) => d.map((p, i) => ({ id: `b${i}`, words: p.words }));
    return { older: positional(older), newer: positional(newer) };
  }
  return { older, newer };
}

const scripts = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  deletes: fc.integer({ min: 0, max: 8 }),
  inserts: fc.integer({ min: 0, max: 8 }),
  moves: fc.integer({ min: 0, max: 4 }),
  edits: fc.integer({ min: 0, max: 6 }),
  stableIds: fc.boolean(),
});

describe('the redline on known edit scripts, 10,000-word articles', () => {
  it('reports exactly the paragraphs inserted, deleted, moved and edited, and replays to the new version', () => {
    fc.assert(
      fc.property(scripts, (script) => {
        const { older, newer } = write(script);
        const diff = diffBlocks(draftBlocks(older), draftBlocks(newer));
        expect(diff.degraded).toBe(false);
        expect(diff.stats).toMatchObject({
          blocksInserted: script.inserts,
          blocksDeleted: script.deletes,
          blocksMoved: script.moves,
          blocksModified: script.edits,
        });
        expect(withoutIds(applyDiff(draftBlocks(older), diff))).toEqual(withoutIds(draftBlocks(newer)));
      }),
      { seed: 20261204, numRuns: 60 },
    );
  }, 120_000);

  it('the case from the trial: three new paragraphs for three deleted ones are not moves', () => {
    const script: Script = { seed: 4242, deletes: 5, inserts: 5, moves: 3, edits: 2, stableIds: true };
    for (const stableIds of [true, false]) {
      const { older, newer } = write({ ...script, stableIds });
      const { stats } = diffBlocks(draftBlocks(older), draftBlocks(newer));
      expect({ moved: stats.blocksMoved, inserted: stats.blocksInserted, deleted: stats.blocksDeleted }).toEqual({ moved: 3, inserted: 5, deleted: 5 });
    }
  });
});

/**
 * The redline against known edit scripts on 10,000-word articles: paragraphs deleted, new ones
 * written on the same story (same names, same vocabulary) inserted, some moved, some edited in
 * place; photos added, removed, replaced, recaptioned and moved among them. The counts must be
 * the truth: a new paragraph that replaces a deleted one is an insertion and a deletion, never
 * "moved here from below" with edits. Fixed seed, so a failure replays exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffBlocks } from './compare';
import { applyDiff } from './apply';
import { draftBlocks, draftOf, replaceWords, Writer, type Draft } from '../../../bench/lib/newsroom-text';
import { photo, withoutIds } from './test-support';
import type { Block } from '../article/blocks';

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
  /** Ids of the paragraphs the script moved. */
  moved: Set<string>;
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
  return { older, newer, moved };
}

/** An imported version: ids made up from positions, which say nothing about identity. */
function idsOf<T extends { id: string }>(list: T[], stableIds: boolean): T[] {
  return stableIds ? list : list.map((item, i) => ({ ...item, id: `b${i}` }));
}

function texts(script: Script): { older: Draft; newer: Draft } {
  const { older, newer } = write(script);
  return { older: idsOf(older, script.stableIds), newer: idsOf(newer, script.stableIds) };
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
        const { older, newer } = texts(script);
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
      const { older, newer } = texts({ ...script, stableIds });
      const { stats } = diffBlocks(draftBlocks(older), draftBlocks(newer));
      expect({ moved: stats.blocksMoved, inserted: stats.blocksInserted, deleted: stats.blocksDeleted }).toEqual({
        moved: 3,
        inserted: 5,
        deleted: 5,
      });
    }
  });
});

interface PhotoScript {
  /** Photos in the older version. */
  photos: number;
  removes: number;
  replaces: number;
  recaptions: number;
  moves: number;
  adds: number;
}

/**
 * Photos laid among the text of a script's two versions, each after a paragraph that kept its
 * place (so a photo moves only when its script says so): some removed, some showing another image
 * under the same block id, some with an edited caption, some moved far away, some new.
 */
function withPhotos(truth: Truth, ps: PhotoScript, seed: number): { older: Block[]; newer: Block[] } {
  const writer = new Writer(seed);
  const kept = new Set(truth.newer.map((p) => p.id));
  const anchors = truth.older.map((p) => p.id).filter((id) => kept.has(id) && !truth.moved.has(id));
  const at = new Map<string, Block[]>();
  const place = (map: Map<string, Block[]>, anchor: string, block: Block) => map.set(anchor, [...(map.get(anchor) ?? []), block]);
  const pick = () => anchors[writer.int(anchors.length)]!;
  const olds: { anchor: string; block: Block }[] = [];
  for (let k = 0; k < ps.photos; k++) {
    const block = photo(
      `image-${seed}-${k}`,
      {
        caption: `Firefighters wade through flooded Main Street in Riverton on Tuesday, picture ${k}.`,
        credit: 'Jon Park/Riverton Ledger',
        alt: 'Firefighters in deep water.',
      },
      `ph${k}x`,
    );
    const anchor = pick();
    olds.push({ anchor, block });
    place(at, anchor, block);
  }
  const next = new Map<string, Block[]>();
  olds.forEach(({ anchor, block }, k) => {
    let b = block;
    let where = anchor;
    const r = k - ps.removes;
    if (k < ps.removes) return;
    if (r < ps.replaces) b = { ...photo(`other-${seed}-${k}`, block.photo!), id: block.id };
    else if (r < ps.replaces + ps.recaptions)
      b = { ...block, photo: { ...block.photo!, caption: block.photo!.caption.replace('Tuesday', 'Wednesday') } };
    else if (r < ps.replaces + ps.recaptions + ps.moves) {
      // Far away: half the article from where it stood.
      const i = anchors.indexOf(anchor);
      where = anchors[(i + Math.floor(anchors.length / 2)) % anchors.length]!;
    }
    place(next, where, b);
  });
  for (let k = 0; k < ps.adds; k++)
    place(
      next,
      pick(),
      photo(`new-${seed}-${k}`, { caption: `Volunteers fill sandbags, picture ${k}.`, credit: 'Ana Ruiz/Riverton Ledger' }, `phnew${k}x`),
    );
  const lay = (draft: Draft, photos: Map<string, Block[]>) =>
    draftBlocks(draft).flatMap((block) => [block, ...(photos.get(block.id) ?? [])]);
  return { older: lay(truth.older, at), newer: lay(truth.newer, next) };
}

const photoScripts = fc
  .record({
    photos: fc.integer({ min: 0, max: 6 }),
    adds: fc.integer({ min: 0, max: 3 }),
    cuts: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ photos, adds, cuts }): PhotoScript => {
    // Split the older photos among the four kinds of edit, never more than there are.
    const [removes, replaces, recaptions, moves] = cuts.reduce<number[]>(
      (taken, want) => [...taken, Math.min(want, photos - taken.reduce((a, b) => a + b, 0))],
      [],
    );
    return { photos, adds, removes: removes!, replaces: replaces!, recaptions: recaptions!, moves: moves! };
  });

describe('the redline on known edit scripts with photos', () => {
  it('reports exactly the photos added, removed, replaced, recaptioned and moved, beside the text edits, and replays', () => {
    fc.assert(
      fc.property(scripts, photoScripts, (script, ps) => {
        const truth = write(script);
        const { older, newer } = withPhotos(truth, ps, script.seed);
        const a = idsOf(older, script.stableIds);
        const b = idsOf(newer, script.stableIds);
        const diff = diffBlocks(a, b);
        expect(diff.degraded).toBe(false);
        // Without stable ids, another image is another photo: one removed, one added.
        const replaced = script.stableIds ? ps.replaces : 0;
        const swapped = script.stableIds ? 0 : ps.replaces;
        expect(diff.stats).toEqual({
          blocksInserted: script.inserts,
          blocksDeleted: script.deletes,
          blocksMoved: script.moves,
          blocksModified: script.edits,
          wordsAdded: diff.stats.wordsAdded,
          wordsRemoved: diff.stats.wordsRemoved,
          photosAdded: ps.adds + swapped,
          photosRemoved: ps.removes + swapped,
          photosReplaced: replaced,
          photosMoved: ps.moves,
          photoFieldsChanged: ps.recaptions,
          embedsAdded: 0,
          embedsRemoved: 0,
          embedsChanged: 0,
          embedsMoved: 0,
        });
        expect(withoutIds(applyDiff(a, diff))).toEqual(withoutIds(b));
      }),
      { seed: 20261205, numRuns: 40 },
    );
  }, 120_000);
});

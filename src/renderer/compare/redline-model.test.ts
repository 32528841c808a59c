import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../shared/diff';
import { article, embed, para, photo } from '../../shared/diff/test-support';
import { buildRedlineModel } from './redline-model';
import { JSDOM } from 'jsdom';

describe('buildRedlineModel', () => {
  const lead = para('The council voted seven to two on Tuesday to raise fares.', 'bklead');
  const quote = para(
    [
      { text: 'The dock is ', format: 0 },
      { text: 'falling apart', format: 0 },
      { text: ', the mayor said.', format: 0 },
    ],
    'bkquote',
  );
  const history = para('Fares last rose in 2014, when the city added a quarter to each ride.', 'bkhist');
  const older = article([lead, history, quote], { headline: 'Council approves fare increase', tags: ['transit'] });
  const newer = article(
    [
      para('The council voted six to three on Tuesday to raise fares.', 'bklead'),
      para(
        [
          { text: 'The dock is ', format: 0 },
          { text: 'falling apart', format: 1 },
          { text: ', the mayor said.', format: 0 },
        ],
        'bkquote',
      ),
      para('Fares last rose in 2014, when the city added a quarter to each ride.', 'bkhist'),
      para('The new fares start on March 1.', 'bknew'),
    ],
    { headline: 'Council raises fares', tags: ['transit', 'ferries'] },
  );
  const diff = compareArticles(older, newer);
  const model = buildRedlineModel(diff);

  it('numbers every change once, fields first, in reading order', () => {
    const numbers = model.changes.map((c) => c.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const marked = new Set<number>();
    for (const f of model.fields) for (const p of f.pieces) if (p.change) marked.add(p.change);
    const firstBody = Math.min(...model.rows.flatMap((r) => [r.change ?? Infinity, ...r.pieces.map((p) => p.change ?? Infinity)]));
    expect(Math.max(...marked)).toBeLessThan(firstBody);
    for (const row of model.rows) {
      if (row.change) marked.add(row.change);
      if (row.typeChange) marked.add(row.typeChange.change);
      for (const p of row.pieces) if (p.change) marked.add(p.change);
    }
    expect(marked.size).toBe(model.changes.length);
  });

  it('gives a deletion and the insertion after it one number and one sentence', () => {
    const row = model.rows.find((r) => r.entry.id === 'bklead')!;
    const del = row.pieces.find((p) => p.op === 'delete')!;
    const ins = row.pieces.find((p) => p.op === 'insert')!;
    expect(del.change).toBe(ins.change);
    expect(model.changes[del.change! - 1]!.what).toMatch(/^Replaced “seven.*” with “six.*”$/);
    // The columns of the side-by-side view keep one side each.
    expect(row.oldPieces!.some((p) => p.op === 'insert')).toBe(false);
    expect(row.newPieces!.some((p) => p.op === 'delete')).toBe(false);
  });

  it('marks formatting changes, with the old style for the left column', () => {
    // The quote also moved: its new place carries the redline.
    const row = model.rows.find((r) => r.pieces.some((p) => p.formatChange))!;
    const bolded = row.pieces.find((p) => p.formatChange)!;
    expect(bolded.text).toBe('falling apart');
    expect(bolded.format).toBe(1);
    expect(bolded.formatChange!.description).toBe('bold added');
    expect(model.changes[bolded.change! - 1]!.what).toMatch(/^Bold added: “falling apart”/);
    const lead = model.rows.find((r) => r.entry.id === 'bklead')!;
    expect(lead.oldPieces!.every((p) => !p.formatChange || p.format === p.formatChange.before.format)).toBe(true);
  });

  it('links the two places of a move and describes each', () => {
    const places = model.rows.filter((r) => r.entry.kind === 'moved');
    expect(places).toHaveLength(2);
    expect(new Set(places.map((p) => p.entry.moveId)).size).toBe(1);
    const from = places.find((p) => p.entry.moveSide === 'from')!;
    const to = places.find((p) => p.entry.moveSide === 'to')!;
    expect(from.oldPieces).not.toBeNull();
    expect(from.newPieces).toBeNull();
    expect(to.oldPieces).toBeNull();
    expect(to.newPieces).not.toBeNull();
    expect(from.direction).not.toBe(to.direction);
    expect(model.changes[from.change! - 1]!.what).toMatch(/moved further (down|up) \(its old place\)/);
    expect(model.changes[to.change! - 1]!.what).toMatch(/moved here from further (down|up)/);
  });

  it('shows an inserted paragraph on the right only, and list fields as removed/added', () => {
    const inserted = model.rows.find((r) => r.entry.kind === 'inserted')!;
    expect(inserted.oldPieces).toBeNull();
    expect(model.changes[inserted.change! - 1]!.what).toBe('Inserted paragraph: “The new fares start on March 1.”');
    const tags = model.fields.find((f) => f.field.field === 'tags')!;
    expect(tags.pieces).toEqual([{ op: 'insert', text: 'ferries', format: 0, change: expect.any(Number) }]);
  });
});

describe('changes only', () => {
  it('keeps each change with one unchanged block either side and folds the rest, counting them', async () => {
    const { changesOnly } = await import('./redline-model');
    const kinds = ['equal', 'equal', 'equal', 'modified', 'equal', 'equal', 'equal', 'equal', 'inserted', 'equal'] as const;
    const rows = kinds.map((kind, i) => ({
      key: `r${i}`,
      entry: { kind, id: `b${i}`, type: 'paragraph', text: '' },
      noun: 'paragraph',
      pieces: [],
      oldPieces: [],
      newPieces: [],
    })) as unknown as Parameters<typeof changesOnly>[0];
    const out = changesOnly(rows);
    expect(out.map((r) => (r.collapsed ? `fold ${r.collapsed}` : r.key))).toEqual(['fold 2', 'r2', 'r3', 'r4', 'fold 2', 'r7', 'r8', 'r9']);
    expect(changesOnly(rows.slice(0, 3))).toHaveLength(1);
    expect(changesOnly([])).toEqual([]);
  });
});

describe('the page and the exported redline number changes alike', () => {
  /** Change number → the words it marks, in the page's model. */
  function modelMarks(diff: Parameters<typeof buildRedlineModel>[0]): Map<number, string> {
    const model = buildRedlineModel(diff);
    const marks = new Map<number, string>();
    const add = (n: number | undefined, text: string) => n && marks.set(n, (marks.get(n) ?? '') + text);
    for (const f of model.fields) for (const p of f.pieces) add(p.change, p.op === 'equal' && !p.formatChange ? '' : p.text);
    for (const row of model.rows) {
      for (const p of row.pieces) add(p.change, p.op === 'equal' && !p.formatChange ? '' : p.text);
      add(row.change, '');
      add(row.typeChange?.change, '');
    }
    return marks;
  }

  /** Change number → the words it marks, in the exported HTML (screen-reader labels left out). */
  function htmlMarks(html: string): Map<number, string> {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    doc.querySelectorAll('.sr-only').forEach((el) => el.remove());
    const marks = new Map<number, string>();
    for (const el of doc.querySelectorAll<HTMLElement>('[data-change]')) {
      const n = Number(el.dataset.change);
      marks.set(n, (marks.get(n) ?? '') + (el.textContent ?? ''));
    }
    return marks;
  }

  it('gives the same numbers, in the same order, to the same changes', async () => {
    const { redlineHtml } = await import('../../shared/diff');
    const moved = compareArticles(
      article([
        para('First the vote.', 'bm1'),
        para('Then the protest outside city hall.', 'bm2'),
        para('Finally the mayor spoke.', 'bm3'),
      ]),
      article(
        [
          para('Then the protest outside city hall.', 'bm2'),
          para('First the vote was held.', 'bm1'),
          para('Finally the mayor spoke.', 'bm3'),
          para('Police made no arrests.', 'bm4'),
        ],
        { headline: 'Council votes amid protest' },
      ),
    );
    const edited = compareArticles(
      article(
        [
          para('The council voted seven to two on Tuesday.', 'be1'),
          para(
            [
              { text: 'The dock is ', format: 0 },
              { text: 'falling apart', format: 0 },
              { text: ', she said.', format: 0 },
            ],
            'be2',
          ),
        ],
        { tags: ['transit'] },
      ),
      article(
        [
          para('The council voted six to three on Tuesday.', 'be1'),
          para(
            [
              { text: 'The dock is ', format: 0 },
              { text: 'falling apart', format: 1 },
              { text: ', she said.', format: 0 },
            ],
            'be2',
          ),
        ],
        { headline: 'Council raises fares', tags: ['transit', 'ferries'] },
      ),
    );
    for (const d of [edited, moved]) {
      const page = modelMarks(d);
      const exported = htmlMarks(redlineHtml(d, { standalone: false }));
      expect([...exported.keys()]).toEqual([...page.keys()].sort((a, b) => a - b));
      expect([...page.keys()].sort((a, b) => a - b)).toEqual([...page.keys()].map((_, i) => i + 1));
      for (const [n, words] of page)
        if (words.trim()) expect(exported.get(n)?.replace(/\s+/g, ' '), `change ${n}`).toContain(words.trim().replace(/\s+/g, ' '));
    }
  });
});

describe('photos and embeds in the redline model', () => {
  const lead = para('Floodwater closed Main Street on Tuesday.', 'bpmlead');
  const street = photo(
    'street',
    { caption: 'Firefighters wade through Main Street.', credit: 'Jon Park/Riverton Ledger', alt: 'Two firefighters in deep water.' },
    'bpmphoto',
  );
  const replaced = {
    ...photo('street-wide', {
      caption: 'Firefighters wade through Elm Street.',
      credit: 'Jon Park/Riverton Ledger',
      alt: 'Two firefighters in deep water.',
    }),
    id: 'bpmphoto',
  };
  const video = embed('https://www.youtube.com/watch?v=a1', 'Flood from the air', 'bpmvideo');
  const model = buildRedlineModel(compareArticles(article([lead, street]), article([lead, replaced, video])));

  it('numbers the replaced image, then each changed word of its caption, then the new embed', () => {
    const [photoRow, embedRow] = model.rows.slice(1);
    expect(photoRow!.media?.replaced).toBe(1);
    const caption = photoRow!.media!.fields.find((f) => f.field === 'caption')!;
    expect(caption.changed).toBe(true);
    expect(caption.pieces.filter((p) => p.change).map((p) => [p.op, p.text, p.change])).toEqual([
      ['delete', 'Main', 2],
      ['insert', 'Elm', 2],
    ]);
    expect(caption.oldPieces.map((p) => p.text).join('')).toBe('Firefighters wade through Main Street.');
    expect(caption.newPieces.map((p) => p.text).join('')).toBe('Firefighters wade through Elm Street.');
    expect(photoRow!.media!.fields.find((f) => f.field === 'credit')!.changed).toBe(false);
    expect(embedRow!.change).toBe(3);
    expect(embedRow!.oldPieces).toBeNull();
    expect(model.changes.map((c) => c.what)).toEqual([
      'Replaced the photo: “Firefighters wade through Elm Street.”',
      'Replaced “Main” with “Elm” in the photo caption',
      'Inserted embed: “Flood from the air”',
    ]);
  });
});

/** Photos and embeds in the redline: paired by block id, then by image; replaced, moved, captions diffed word by word. */
import { describe, expect, it } from 'vitest';
import { bodyToBlocks } from '../article/blocks';
import { applyDiff } from './apply';
import { compareArticles, diffBlocks } from './compare';
import { redlineHtml } from './render-html';
import { redlineText } from './render-text';
import { summarizeDiff } from './summary';
import { article, embed, para, photo, withoutIds } from './test-support';
import type { ArticleDiff } from './types';

const lede = para('Floodwater closed Main Street on Tuesday as the river crested at 21 feet.', 'bmlede');
const quote = para('"We have never seen it this high," Mayor Ana Ruiz said.', 'bmquote');
const street = photo(
  'street',
  {
    caption: 'Firefighters wade through Main Street in Riverton on Tuesday.',
    credit: 'Jon Park/Riverton Ledger',
    alt: 'Two firefighters in waist-deep water.',
  },
  'bmphoto',
);

function replays(older: ReturnType<typeof bodyToBlocks>, diff: ArticleDiff, newer: ReturnType<typeof bodyToBlocks>): void {
  expect(applyDiff(older, diff)).toEqual(newer);
}

describe('photos in the redline', () => {
  it('a photo added is counted as a photo, not a paragraph', () => {
    const older = [lede, quote];
    const newer = [lede, street, quote];
    const diff = diffBlocks(older, newer);
    expect(diff.blocks.map((b) => `${b.kind}:${b.type}`)).toEqual(['equal:paragraph', 'inserted:photo', 'equal:paragraph']);
    expect(diff.stats).toMatchObject({ photosAdded: 1, blocksInserted: 0, wordsAdded: 0 });
    expect(summarizeDiff(diff)).toBe('1 photo added.');
    replays(older, diff, newer);
  });

  it('a photo removed', () => {
    const diff = diffBlocks([lede, street, quote], [lede, quote]);
    expect(diff.stats).toMatchObject({ photosRemoved: 1, blocksDeleted: 0 });
    expect(diff.blocks[1]).toMatchObject({ kind: 'deleted', type: 'photo', id: 'bmphoto' });
    expect(summarizeDiff(diff)).toBe('1 photo removed.');
  });

  it('another image at the same block id is a replaced photo; its caption change is diffed word by word', () => {
    const other = photo(
      'street-wide',
      { ...street.photo, caption: 'Firefighters wade through Elm Street in Riverton on Tuesday.' },
      'bmphoto',
    );
    const older = [lede, street, quote];
    const newer = [lede, other, quote];
    const diff = diffBlocks(older, newer);
    const change = diff.blocks[1]!;
    expect(change.kind).toBe('modified');
    expect(change.media?.replaced).toBe(true);
    expect(change.media?.fields.map((f) => f.field)).toEqual(['caption']);
    const ops = change.media!.fields[0]!.ops;
    expect(ops.filter((op) => op.op === 'delete').map((op) => op.text)).toEqual(['Main']);
    expect(ops.filter((op) => op.op === 'insert').map((op) => op.text)).toEqual(['Elm']);
    expect(diff.stats).toMatchObject({ photosReplaced: 1, photoFieldsChanged: 1, photosAdded: 0, photosRemoved: 0, blocksModified: 0 });
    expect(summarizeDiff(diff)).toBe('1 photo replaced; 1 photo field changed (caption).');
    replays(older, diff, newer);
  });

  it('the same image with new words: caption, credit and alt each a field change, the image kept', () => {
    const edited = photo(
      'street',
      {
        caption: 'Firefighters wade through Main Street in Riverton on Wednesday.',
        credit: 'Jon Parke/Riverton Ledger',
        alt: 'Two firefighters in deep water.',
      },
      'bmphoto',
    );
    const diff = diffBlocks([lede, street], [lede, edited]);
    const change = diff.blocks[1]!;
    expect(change).toMatchObject({ kind: 'modified', media: { replaced: false } });
    expect(change.media!.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Caption', street.photo!.caption, edited.photo!.caption],
      ['Credit', 'Jon Park/Riverton Ledger', 'Jon Parke/Riverton Ledger'],
      ['Alt text', 'Two firefighters in waist-deep water.', 'Two firefighters in deep water.'],
    ]);
    expect(diff.stats).toMatchObject({ photoFieldsChanged: 3, photosReplaced: 0 });
    expect(summarizeDiff(diff)).toBe('3 photo fields changed (caption, credit and alt text).');
    replays([lede, street], diff, [lede, edited]);
  });

  it('two different photos are never equal just because both have no text', () => {
    const a = photo('one', {}, 'b0');
    const b = photo('two', {}, 'b0');
    // Positional ids say nothing: two images, one removed and one added.
    const diff = diffBlocks([lede, a], [lede, b]);
    expect(diff.stats).toMatchObject({ photosAdded: 1, photosRemoved: 1, photosReplaced: 0 });
  });

  it('without ids, a photo is found again by its image: moved, with its caption edit', () => {
    const older = withoutIds([lede, street, quote]);
    const recaptioned = { ...street, photo: { ...street.photo!, caption: 'Firefighters wade through Main Street on Tuesday.' } };
    const newer = withoutIds([lede, quote, recaptioned]);
    const diff = diffBlocks(older, newer);
    expect(diff.stats).toMatchObject({ photosMoved: 1, blocksMoved: 0, photoFieldsChanged: 1, photosAdded: 0, photosRemoved: 0 });
    const to = diff.blocks.find((b) => b.moveSide === 'to')!;
    expect(to.type).toBe('photo');
    expect(to.media?.fields[0]?.ops.filter((op) => op.op === 'delete').map((op) => op.text.trim())).toEqual(['in Riverton']);
    expect(summarizeDiff(diff)).toBe('1 photo moved; 1 photo field changed (caption).');
    replays(older, diff, newer);
  });

  it('a photo never pairs with a paragraph that shares its id', () => {
    const diff = diffBlocks([para('Text that was here.', 'bmshared')], [photo('x', {}, 'bmshared')]);
    expect(diff.stats).toMatchObject({ blocksDeleted: 1, photosAdded: 1, blocksModified: 0 });
  });

  it('works through compareArticles: the body JSON round-trips the photo', () => {
    const older = article([lede, street]);
    const newer = article([lede, { ...street, photo: { ...street.photo!, credit: 'Jon Park/AP' } }]);
    const diff = compareArticles(older, newer);
    expect(diff.stats.photoFieldsChanged).toBe(1);
    expect(applyDiff(bodyToBlocks(older.body), diff)).toEqual(bodyToBlocks(newer.body));
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});

describe('embeds in the redline', () => {
  const video = embed('https://www.youtube.com/watch?v=abc123', 'Riverton flood from the air', 'bmvideo');

  it('an embed added is counted apart', () => {
    const diff = diffBlocks([lede], [lede, video]);
    expect(diff.stats).toMatchObject({ embedsAdded: 1, blocksInserted: 0 });
    expect(summarizeDiff(diff)).toBe('1 embed added.');
  });

  it("an embed's new address and title are its card's field changes", () => {
    const moved = embed('https://www.youtube.com/watch?v=xyz789', 'Riverton flood from a drone', 'bmvideo');
    const diff = diffBlocks([lede, video], [lede, moved]);
    const change = diff.blocks[1]!;
    expect(change.kind).toBe('modified');
    expect(change.media?.replaced).toBe(false);
    expect(change.media?.fields.map((f) => f.field)).toEqual(['url', 'title']);
    expect(diff.stats).toMatchObject({ embedsChanged: 1 });
    replays([lede, video], diff, [lede, moved]);
  });
});

describe('photos in the rendered redline', () => {
  const other = photo(
    'other',
    { caption: 'Firefighters wade through Elm Street <b>on</b> Tuesday.', credit: 'Jon Park/Riverton Ledger', alt: '' },
    'bmphoto',
  );
  const video = embed('https://x.com/riverton/status/1"><script>alert(1)</script>', 'Post <img src=x onerror=alert(1)>', 'bmpost', 'X');
  const diff = compareArticles(article([lede, street]), article([lede, other, video]));

  it('HTML: a placeholder figure with the caption change, no image bytes, nothing live', () => {
    const html = redlineHtml(diff, { standalone: true, title: 'Flood' });
    expect(html).toContain('<figure class="photo change-modified">');
    expect(html).toMatch(/class="photo-placeholder replaced" data-change="\d+"/);
    expect(html).toMatch(/<del[^>]*>.*Main/);
    expect(html).toMatch(/<ins[^>]*>.*Elm/);
    expect(html).toContain('&lt;b&gt;on&lt;/b&gt;');
    expect(html).not.toMatch(/<(?:img|script|iframe|object|embed)\b|data:image|\ssrc="/i);
    expect(html).toContain('<figure class="embed change-inserted"');
    expect(html).toContain('Address:');
    // No link anywhere but the in-page anchors of moves.
    expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith('#'))).toBe(true);
    expect(html).toContain('1 photo replaced; 2 photo fields changed (caption and alt text); 1 embed added.');
  });

  it('text: the photo, its replaced image and its caption edits, marked', () => {
    const text = redlineText(diff);
    expect(text).toContain('[photo [-JPEG 1200×800, ');
    expect(text).toContain('[-Main-][+Elm+]');
    expect(text).toContain('{photo replaced}');
    expect(text).toContain('[+[embed X: Post <img src=x onerror=alert(1)> | https://x.com/riverton/status/1"><script>alert(1)</script>]+]');
  });
});

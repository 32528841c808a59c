import { describe, expect, it } from 'vitest';
import { bodyToBlocks } from '../article/blocks';
import { compareArticles } from '../diff/compare';
import { articleFromText } from '../notes/eval';
import { article, embed, para, photo } from '../diff/test-support';
import { NO_MEDIA_CHANGES } from '../article/version';
import { mediaChangeWords, wordChanges } from './word-changes';

describe('History word counts are the redline’s numbers', () => {
  it('agree with compareArticles on a reworded paragraph, an insertion and a deletion', () => {
    const older = articleFromText(
      [
        'Council delays vote',
        'The council on Monday delayed a vote on the harbor plan, saying members needed more time to read the engineers’ report before they decide.',
        'The plan would cost $40 million.',
        'Residents spoke for two hours.',
      ].join('\n\n'),
    );
    const newer = articleFromText(
      [
        'Council delays vote',
        'Members of the council said Monday they wanted more time with the engineers’ report, and pushed the harbor plan vote to next month.',
        'The plan would cost $40 million.',
        '"We owe the harbor a careful look," Councilwoman Ada Fry said.',
      ].join('\n\n'),
    );
    const redline = compareArticles(older, newer).stats;
    expect(wordChanges(bodyToBlocks(older.body), bodyToBlocks(newer.body))).toEqual({
      added: redline.wordsAdded,
      removed: redline.wordsRemoved,
      media: NO_MEDIA_CHANGES,
    });
    expect(redline.wordsAdded).toBeGreaterThan(0);
  });
});

describe('History photo counts are the redline’s numbers', () => {
  const lede = para('Floodwater closed Main Street on Tuesday as the river crested at 21 feet.', 'bmlede');
  const street = photo('street', { caption: 'Firefighters wade through Main Street.', credit: 'Jon Park', alt: 'Water.' }, 'bmst');
  const bridge = photo('bridge', { caption: 'The Elm Street bridge.', credit: 'Ada Fry' }, 'bmbr');
  const video = embed('https://www.youtube.com/watch?v=abc123', 'The flood from above', 'bmvid');

  it('counts a photo added, one replaced with a new caption, and an embed removed, as compareArticles does', () => {
    const older = article([lede, street, video]);
    const newer = article([
      lede,
      photo('street-wide', { ...street.photo, caption: 'Firefighters wade through Elm Street.' }, 'bmst'),
      bridge,
    ]);
    const redline = compareArticles(older, newer).stats;
    const changes = wordChanges(bodyToBlocks(older.body), bodyToBlocks(newer.body));
    expect(changes.media).toEqual({
      photosAdded: redline.photosAdded,
      photosRemoved: redline.photosRemoved,
      photosReplaced: redline.photosReplaced,
      photoFieldsChanged: redline.photoFieldsChanged,
      embedsAdded: redline.embedsAdded,
      embedsRemoved: redline.embedsRemoved,
    });
    expect(changes.media).toEqual({
      photosAdded: 1,
      photosRemoved: 0,
      photosReplaced: 1,
      photoFieldsChanged: 1,
      embedsAdded: 0,
      embedsRemoved: 1,
    });
    expect(mediaChangeWords(changes.media)).toEqual(['+1 photo', '1 photo replaced', '1 photo field changed', '−1 embed']);
  });

  it('says nothing when no photo or embed changed, and counts in plurals', () => {
    expect(mediaChangeWords(NO_MEDIA_CHANGES)).toEqual([]);
    expect(mediaChangeWords({ ...NO_MEDIA_CHANGES, photosAdded: 2, photosRemoved: 1, photoFieldsChanged: 3, embedsAdded: 2 })).toEqual([
      '+2 photos',
      '−1 photo',
      '3 photo fields changed',
      '+2 embeds',
    ]);
  });
});

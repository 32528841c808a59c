import { describe, expect, it } from 'vitest';
import { bodyToBlocks } from '../article/blocks';
import { compareArticles } from '../diff/compare';
import { articleFromText } from '../notes/eval';
import { wordChanges } from './word-changes';

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
    });
    expect(redline.wordsAdded).toBeGreaterThan(0);
  });
});

/**
 * Words added and removed between two versions, for the history list. The numbers are the
 * redline's own (`diffBlocks` stats: blocks aligned by id, then words diffed inside each edited
 * pair), so History, the compare view and the publish dialog never disagree about one edit.
 */
import type { Block } from '../article/blocks';
import { diffBlocks } from '../diff/compare';

export function wordChanges(older: Block[], newer: Block[], language = 'en'): { added: number; removed: number } {
  const { stats } = diffBlocks(older, newer, language);
  return { added: stats.wordsAdded, removed: stats.wordsRemoved };
}

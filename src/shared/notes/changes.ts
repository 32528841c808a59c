/**
 * The note writer reads the redline's change model. `compareArticles` (src/shared/diff) decides
 * which paragraphs are unchanged, moved, edited, inserted or deleted — the same ArticleDiff the
 * compare view draws and History counts words from — and this file turns its block changes into
 * sentence pairings: sentences of an edited paragraph are aligned inside it; sentences of inserted
 * and deleted paragraphs, and those left over inside edited ones, are pooled and paired across the
 * article (a sentence moved to another paragraph, a paragraph split in two), so a rewrite that
 * reorders paragraphs reads as what it is.
 */
import type { ArticleDiff } from '../diff/types';
import { alignSentences, type SentencePairing } from './align';
import type { Sentence } from './sentences';
import { reversedClaim } from './edits';

function byBlock(sentences: Sentence[]): Map<number, Sentence[]> {
  const map = new Map<number, Sentence[]>();
  for (const s of sentences) map.set(s.block, [...(map.get(s.block) ?? []), s]);
  return map;
}

export function pairSentences(older: Sentence[], newer: Sentence[], diff: ArticleDiff): SentencePairing[] {
  const oldBlocks = byBlock(older);
  const newBlocks = byBlock(newer);
  const movedFrom = new Map<string, number>();
  for (const change of diff.blocks)
    if (change.moveId && change.moveSide === 'from' && change.oldIndex !== undefined) movedFrom.set(change.moveId, change.oldIndex);

  const result: SentencePairing[] = [];
  const poolOld: Sentence[] = [];
  const poolNew: Sentence[] = [];
  const alignInside = (was: Sentence[], now: Sentence[]) => {
    const pairings = alignSentences(was, now);
    const left = pairings.filter((p) => p.kind === 'removed');
    const fresh = pairings.filter((p) => p.kind === 'added');
    // One sentence rewritten where it stood, the claim turned round ("pleaded not guilty" →
    // "pleaded guilty"): the same sentence put right, however much else was reworded.
    const reversed =
      left.length === 1 && fresh.length === 1 && reversedClaim(left[0]!.older.text, fresh[0]!.newer.text)
        ? { kind: 'edited' as const, older: left[0]!.older, newer: fresh[0]!.newer, similarity: 0 }
        : null;
    for (const pairing of pairings) {
      if (reversed && (pairing === left[0] || pairing === fresh[0])) continue;
      if (pairing.kind === 'added') poolNew.push(pairing.newer);
      else if (pairing.kind === 'removed') poolOld.push(pairing.older);
      else result.push(pairing);
    }
    if (reversed) result.push(reversed);
  };
  for (const change of diff.blocks) {
    const was = change.oldIndex !== undefined ? (oldBlocks.get(change.oldIndex) ?? []) : [];
    const now = change.newIndex !== undefined ? (newBlocks.get(change.newIndex) ?? []) : [];
    switch (change.kind) {
      case 'equal':
        // Unchanged text: nothing for a note (the sentences stand as they were).
        break;
      case 'moved': {
        if (change.moveSide !== 'to' || !change.ops) break;
        const from = movedFrom.get(change.moveId ?? '');
        alignInside(from !== undefined ? (oldBlocks.get(from) ?? []) : [], now);
        break;
      }
      case 'modified':
        alignInside(was, now);
        break;
      case 'inserted':
        poolNew.push(...now);
        break;
      case 'deleted':
        poolOld.push(...was);
        break;
    }
  }
  result.push(...alignSentences(poolOld, poolNew));
  const position = (p: SentencePairing) => (p.kind === 'removed' ? p.older.index - 0.5 : p.newer.index);
  return result.sort((a, b) => position(a) - position(b));
}

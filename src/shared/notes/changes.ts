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
import { alignSentences, similarity, type SentencePairing } from './align';
import type { Sentence } from './sentences';
import { reversedClaim } from './edits';
import { stateMovedOn } from './running-states';

/** Words that join two sentences into one ("…, and many of them …"; "…; many …"). */
const JOINERS = new Set(['and', 'but', 'so', 'while', 'as']);
const joinedKey = (sentences: Sentence[]) =>
  sentences
    .map((s) => s.key)
    .join(' ')
    .split(' ')
    .filter((w) => w && !JOINERS.has(w))
    .join(' ');

/**
 * One sentence split in two ("… residents said; many …" → "… residents said. Many …"), or two
 * joined: the same words, so the same pairing, not one sentence cut and two added. Reads runs of up
 * to three consecutive removed or added sentences against one of the other side; the texts are
 * joined into one sentence each, so what else changed is read as an edit of that sentence.
 */
export function joinSplitSentences(pairings: SentencePairing[]): SentencePairing[] {
  const removed = pairings.filter((p): p is Extract<SentencePairing, { kind: 'removed' }> => p.kind === 'removed');
  const added = pairings.filter((p): p is Extract<SentencePairing, { kind: 'added' }> => p.kind === 'added');
  if (!removed.length && !added.length) return pairings;
  const used = new Set<SentencePairing>();
  const out: SentencePairing[] = [];
  const merged = (parts: Sentence[]): Sentence => ({
    text: parts.map((p) => p.text).join(' '),
    block: parts[0]!.block,
    index: parts[0]!.index,
    key: parts.map((p) => p.key).join(' '),
  });
  const side = (p: SentencePairing) => (p.kind === 'removed' ? p.older : (p as Extract<SentencePairing, { kind: 'added' }>).newer);
  const edited = (older: Sentence, newer: Sentence): SentencePairing =>
    older.key === newer.key || joinedKey([older]) === joinedKey([newer])
      ? { kind: 'same', older, newer }
      : { kind: 'edited', older, newer, similarity: similarity(older.key, newer.key) };
  const tryRuns = <A extends SentencePairing, B extends SentencePairing>(
    ones: A[],
    many: B[],
    sentenceOf: (p: A | B) => Sentence,
    pair: (one: Sentence, run: Sentence) => SentencePairing,
  ) => {
    for (const one of ones) {
      if (used.has(one)) continue;
      for (let start = 0; start < many.length; start++) {
        for (let n = 2; n <= 3 && start + n <= many.length; n++) {
          const run = many.slice(start, start + n);
          if (run.some((p) => used.has(p)) || run.some((p, k) => k > 0 && sentenceOf(p).index !== sentenceOf(run[k - 1]!).index + 1))
            continue;
          const whole = [sentenceOf(one)];
          const parts = run.map(sentenceOf);
          if (similarity(joinedKey(whole), joinedKey(parts)) < 0.85) continue;
          used.add(one);
          run.forEach((p) => used.add(p));
          out.push(pair(sentenceOf(one), merged(parts)));
          start = many.length;
          break;
        }
      }
    }
  };
  // An edit paired with the first half of a split (or a join) takes the other half with it.
  for (const e of pairings) {
    if (e.kind !== 'edited') continue;
    const grow = (halves: SentencePairing[], first: Sentence, other: Sentence, isNew: boolean) => {
      for (const step of [1, -1]) {
        const half = halves.find((h) => !used.has(h) && side(h).index === first.index + step && side(h).block === first.block);
        if (!half) continue;
        const parts = step === 1 ? [first, side(half)] : [side(half), first];
        const score = similarity(joinedKey([other]), joinedKey(parts));
        if (score < 0.85 || score <= similarity(other.key, first.key)) continue;
        used.add(e);
        used.add(half);
        out.push(isNew ? edited(other, merged(parts)) : edited(merged(parts), other));
        return true;
      }
      return false;
    };
    if (!grow(added, e.newer, e.older, true)) grow(removed, e.older, e.newer, false);
  }
  // A sentence split in two: one removed, a run added.
  tryRuns(removed, added, side, (older, newer) => edited(older, newer));
  // Two sentences joined: a run removed, one added.
  tryRuns(added, removed, side, (newer, older) => edited(older, newer));
  if (!out.length) return pairings;
  return [...pairings.filter((p) => !used.has(p)), ...out];
}

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
  // A sentence that stands word for word in both versions is unchanged, wherever the paragraph diff
  // put it: on a long live blog the block diff can pair every paragraph with its neighbour, and a
  // sentence aligned inside the wrong paragraph reads as a similar one edited (a false correction).
  const changedOld: Sentence[] = [];
  const changedNew: Sentence[] = [];
  for (const change of diff.blocks) {
    if (change.kind === 'equal') continue;
    if (change.oldIndex !== undefined && change.kind !== 'moved') changedOld.push(...(oldBlocks.get(change.oldIndex) ?? []));
    if (change.newIndex !== undefined) changedNew.push(...(newBlocks.get(change.newIndex) ?? []));
    if (change.kind === 'moved' && change.moveSide === 'to') {
      const from = movedFrom.get(change.moveId ?? '');
      if (from !== undefined) changedOld.push(...(oldBlocks.get(from) ?? []));
    }
  }
  const standing = new Map<string, Sentence[]>();
  for (const s of changedOld) standing.set(s.key, [...(standing.get(s.key) ?? []), s]);
  const kept = new Set<Sentence>();
  for (const s of changedNew) {
    const match = standing.get(s.key)?.find((o) => !kept.has(o));
    if (!match) continue;
    kept.add(match);
    kept.add(s);
    result.push({ kind: 'same', older: match, newer: s });
  }
  const alignInside = (wasAll: Sentence[], nowAll: Sentence[]) => {
    const was = wasAll.filter((s) => !kept.has(s));
    const now = nowAll.filter((s) => !kept.has(s));
    const pairings = joinSplitSentences(alignSentences(was, now));
    const left = pairings.filter((p) => p.kind === 'removed');
    const fresh = pairings.filter((p) => p.kind === 'added');
    // One sentence rewritten where it stood, the claim turned round ("pleaded not guilty" →
    // "pleaded guilty") or its lasting state moved on ("is moving east" → "has turned north",
    // running-states.ts): the same sentence, however much else was reworded.
    const reversed =
      left.length === 1 &&
      fresh.length === 1 &&
      (reversedClaim(left[0]!.older.text, fresh[0]!.newer.text) || stateMovedOn(left[0]!.older.text, fresh[0]!.newer.text) !== '')
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
        poolNew.push(...now.filter((s) => !kept.has(s)));
        break;
      case 'deleted':
        poolOld.push(...was.filter((s) => !kept.has(s)));
        break;
    }
  }
  result.push(...alignSentences(poolOld, poolNew));
  const position = (p: SentencePairing) => (p.kind === 'removed' ? p.older.index - 0.5 : p.newer.index);
  return result.sort((a, b) => position(a) - position(b));
}

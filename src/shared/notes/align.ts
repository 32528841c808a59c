/**
 * Sentence alignment between the last published version and the new one. jsdiff's diffArrays on
 * loose sentence keys finds what stayed; then removed and added sentences are paired when they are
 * the same sentence edited (a correction or a cosmetic fix) rather than new material.
 */
import { diffArrays } from 'diff';
import type { Sentence } from './sentences';

export type SentencePairing =
  | { kind: 'same'; older: Sentence; newer: Sentence }
  | { kind: 'edited'; older: Sentence; newer: Sentence; similarity: number }
  | { kind: 'added'; newer: Sentence }
  | { kind: 'removed'; older: Sentence };

function bag(key: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of key.split(' ')) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Dice coefficient over the words of two loose keys. */
export function similarity(a: string, b: string): number {
  const x = bag(a);
  const y = bag(b);
  let shared = 0;
  let total = 0;
  for (const [w, n] of x) {
    shared += Math.min(n, y.get(w) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 1 : (2 * shared) / total;
}

/** Pairs at or above this similarity are one sentence edited, not one removed and one added. */
export const EDIT_THRESHOLD = 0.5;

export function alignSentences(older: Sentence[], newer: Sentence[]): SentencePairing[] {
  const parts = diffArrays(
    older.map((s) => s.key),
    newer.map((s) => s.key),
  );
  const result: SentencePairing[] = [];
  const removed: Sentence[] = [];
  const added: Sentence[] = [];
  let i = 0;
  let j = 0;
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (part.added) {
      for (let k = 0; k < n; k++) added.push(newer[j++]!);
    } else if (part.removed) {
      for (let k = 0; k < n; k++) removed.push(older[i++]!);
    } else {
      for (let k = 0; k < n; k++) result.push({ kind: 'same', older: older[i++]!, newer: newer[j++]! });
    }
  }
  // Moved sentences first (same key elsewhere), then edits by best similarity.
  const usedOld = new Set<Sentence>();
  const usedNew = new Set<Sentence>();
  const byKey = new Map<string, Sentence[]>();
  for (const s of removed) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  for (const s of added) {
    const match = byKey.get(s.key)?.find((o) => !usedOld.has(o));
    if (match) {
      usedOld.add(match);
      usedNew.add(s);
      result.push({ kind: 'same', older: match, newer: s });
    }
  }
  const candidates: { older: Sentence; newer: Sentence; score: number }[] = [];
  for (const o of removed) {
    if (usedOld.has(o)) continue;
    for (const s of added) {
      if (usedNew.has(s)) continue;
      const score = similarity(o.key, s.key);
      if (score >= EDIT_THRESHOLD) candidates.push({ older: o, newer: s, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.older.index - a.newer.index) - Math.abs(b.older.index - b.newer.index));
  for (const c of candidates) {
    if (usedOld.has(c.older) || usedNew.has(c.newer)) continue;
    usedOld.add(c.older);
    usedNew.add(c.newer);
    result.push({ kind: 'edited', older: c.older, newer: c.newer, similarity: c.score });
  }
  for (const s of added) if (!usedNew.has(s)) result.push({ kind: 'added', newer: s });
  for (const o of removed) if (!usedOld.has(o)) result.push({ kind: 'removed', older: o });
  const position = (p: SentencePairing) => (p.kind === 'removed' ? p.older.index - 0.5 : p.newer.index);
  return result.sort((a, b) => position(a) - position(b));
}

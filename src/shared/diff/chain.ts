/**
 * The heaviest chain of pairs that never cross (old and new positions both rising), in
 * O(k log k) with a Fenwick tree. Blocks matched by id keep their place when they lie on the
 * chain; the rest moved. The caller weighs pairs so that most blocks stay put and, among equal
 * counts, longer text does: when two halves swap, the shorter half is the one that moved.
 */
export interface Candidate {
  o: number;
  n: number;
  /** Weight: how much keeping this pair in place is worth. */
  w: number;
}

/** Indices (into `candidates`) of the heaviest non-crossing chain, in rising order. */
export function heaviestChain(candidates: Candidate[], newSize: number): number[] {
  if (candidates.length === 0) return [];
  const order = candidates.map((_, i) => i);
  // Same old position: larger n first, so two pairs sharing an old block never chain.
  order.sort((x, y) => candidates[x]!.o - candidates[y]!.o || candidates[y]!.n - candidates[x]!.n);
  const size = newSize + 1;
  const treeValue = new Float64Array(size + 1);
  const treeWho = new Int32Array(size + 1).fill(-1);
  const parent = new Int32Array(candidates.length).fill(-1);
  const total = new Float64Array(candidates.length);
  let bestAll = -1;
  for (const index of order) {
    const c = candidates[index]!;
    // Best chain ending at a new position < c.n (tree is 1-based: position n lives at n + 1).
    let value = 0;
    let who = -1;
    for (let i = c.n; i > 0; i -= i & -i) {
      if (treeValue[i]! > value) {
        value = treeValue[i]!;
        who = treeWho[i]!;
      }
    }
    total[index] = value + c.w;
    parent[index] = who;
    for (let i = c.n + 1; i <= size; i += i & -i) {
      if (total[index]! > treeValue[i]!) {
        treeValue[i] = total[index]!;
        treeWho[i] = index;
      }
    }
    if (bestAll < 0 || total[index]! > total[bestAll]!) bestAll = index;
  }
  const chain: number[] = [];
  for (let at = bestAll; at >= 0; at = parent[at]!) chain.push(at);
  return chain.reverse();
}

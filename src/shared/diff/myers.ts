/**
 * Myers' O(ND) difference algorithm on integer sequences (interned tokens or block hashes),
 * with a work limit: it gives up (returns null) rather than run away on a pathological pair.
 */
export type EditOp = 'equal' | 'insert' | 'delete';

/** A stretch of the edit script: `count` items kept, inserted (from b) or deleted (from a). */
export interface EditRun {
  op: EditOp;
  count: number;
}

export interface DiffResult {
  runs: EditRun[];
  /** Work spent: comparisons and diagonals visited. */
  work: number;
}

function push(runs: EditRun[], op: EditOp, count: number): void {
  if (count <= 0) return;
  const last = runs[runs.length - 1];
  if (last && last.op === op) last.count += count;
  else runs.push({ op, count });
}

/**
 * Shortest edit script turning `a` into `b`, or null when it would cost more than `limit`
 * work units. Common prefix and suffix are stripped first: most edits are small.
 */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>, limit = Infinity): DiffResult | null {
  let start = 0;
  const minLen = Math.min(a.length, b.length);
  while (start < minLen && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  let work = start + (a.length - endA);
  const n = endA - start;
  const m = endB - start;
  const runs: EditRun[] = [];
  push(runs, 'equal', start);
  if (n === 0 || m === 0) {
    push(runs, 'delete', n);
    push(runs, 'insert', m);
  } else {
    const middle = middleScript(a, b, start, n, m, limit - work);
    if (!middle) return null;
    work += middle.work;
    for (const run of middle.runs) push(runs, run.op, run.count);
  }
  push(runs, 'equal', a.length - endA);
  return { runs, work };
}

function middleScript(a: ArrayLike<number>, b: ArrayLike<number>, off: number, n: number, m: number, limit: number): DiffResult | null {
  const max = n + m;
  const v = new Int32Array(2 * max + 3);
  const zero = max + 1;
  const trace: Int32Array[] = [];
  let work = 0;
  let found = -1;
  outer: for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[zero + k - 1]! < v[zero + k + 1]!)) x = v[zero + k + 1]!;
      else x = v[zero + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[off + x] === b[off + y]) {
        x++;
        y++;
        work++;
      }
      work++;
      v[zero + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(zero - d, zero + d + 1));
        found = d;
        break outer;
      }
    }
    if (work > limit) return null;
    trace.push(v.slice(zero - d, zero + d + 1));
  }
  // Walk back through the saved frontiers, from the end to the start.
  const reversed: EditRun[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!;
    const base = d - 1;
    const k = x - y;
    const down = k === -d || (k !== d && prev[k - 1 + base]! < prev[k + 1 + base]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[prevK + base]!;
    const prevY = prevX - prevK;
    const snake = Math.min(x - prevX - (down ? 0 : 1), y - prevY - (down ? 1 : 0));
    push(reversed, 'equal', snake);
    x -= snake;
    y -= snake;
    if (down) {
      push(reversed, 'insert', 1);
      y--;
    } else {
      push(reversed, 'delete', 1);
      x--;
    }
  }
  push(reversed, 'equal', x);
  const runs: EditRun[] = [];
  for (let i = reversed.length - 1; i >= 0; i--) push(runs, reversed[i]!.op, reversed[i]!.count);
  return { runs, work };
}

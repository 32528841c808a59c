/**
 * Readable redlines: a short equality squeezed between two edits ("quick[ ]brown" → "slow[ ]red")
 * is folded into them, the way diff-match-patch's semantic cleanup does, so the reader sees
 * "[-quick brown-][+slow red+]" rather than a comb of one-word changes.
 */
import type { EditRun } from './myers';

export interface SizedRun extends EditRun {
  /** Characters covered by the run. */
  chars: number;
}

interface Group {
  del: number;
  ins: number;
  delChars: number;
  insChars: number;
}

/** Runs alternate equal, change group, equal…; each change group becomes delete-then-insert. */
export function cleanupSemantic(runs: SizedRun[]): SizedRun[] {
  let current = normalize(runs);
  for (let pass = 0; pass < 8; pass++) {
    if (!current.some((run, i) => run.op === 'equal' && folds(current, i))) break;
    let changed = false;
    const next: SizedRun[] = [];
    for (let i = 0; i < current.length; i++) {
      const run = current[i]!;
      if (run.op === 'equal' && folds(current, i)) {
        next.push({ op: 'delete', count: run.count, chars: run.chars }, { op: 'insert', count: run.count, chars: run.chars });
        changed = true;
        continue;
      }
      next.push(run);
    }
    current = normalize(next);
    if (!changed) break;
  }
  return current;
}

/** An equality no longer than the edits on either side of it reads better folded into them. */
function folds(runs: SizedRun[], i: number): boolean {
  if (i === 0 || i === runs.length - 1) return false;
  const run = runs[i]!;
  const before = groupAround(runs, i, -1);
  const after = groupAround(runs, i, 1);
  return run.chars <= Math.max(before.delChars, before.insChars) && run.chars <= Math.max(after.delChars, after.insChars);
}

function groupAround(runs: SizedRun[], at: number, step: 1 | -1): Group {
  const group: Group = { del: 0, ins: 0, delChars: 0, insChars: 0 };
  for (let i = at + step; i >= 0 && i < runs.length && runs[i]!.op !== 'equal'; i += step) {
    const run = runs[i]!;
    if (run.op === 'delete') {
      group.del += run.count;
      group.delChars += run.chars;
    } else {
      group.ins += run.count;
      group.insChars += run.chars;
    }
  }
  return group;
}

/** Merge neighbours and put each change group's deletion before its insertion. */
function normalize(runs: SizedRun[]): SizedRun[] {
  const out: SizedRun[] = [];
  let i = 0;
  while (i < runs.length) {
    const run = runs[i]!;
    if (run.op === 'equal') {
      const last = out[out.length - 1];
      if (last && last.op === 'equal') {
        last.count += run.count;
        last.chars += run.chars;
      } else if (run.count > 0) out.push({ ...run });
      i++;
      continue;
    }
    const del: SizedRun = { op: 'delete', count: 0, chars: 0 };
    const ins: SizedRun = { op: 'insert', count: 0, chars: 0 };
    while (i < runs.length && runs[i]!.op !== 'equal') {
      const r = runs[i]!;
      const into = r.op === 'delete' ? del : ins;
      into.count += r.count;
      into.chars += r.chars;
      i++;
    }
    if (del.count > 0) out.push(del);
    if (ins.count > 0) out.push(ins);
  }
  return out;
}

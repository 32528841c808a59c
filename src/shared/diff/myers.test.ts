import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffSequences, type EditRun } from './myers';

function replay(a: number[], b: number[], runs: EditRun[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  for (const run of runs) {
    if (run.op === 'equal') {
      for (let k = 0; k < run.count; k++) expect(a[i + k]).toBe(b[j + k]);
      out.push(...a.slice(i, i + run.count));
      i += run.count;
      j += run.count;
    } else if (run.op === 'delete') i += run.count;
    else {
      out.push(...b.slice(j, j + run.count));
      j += run.count;
    }
  }
  expect(i).toBe(a.length);
  return out;
}

function lcsLength(a: number[], b: number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

describe('Myers diff', () => {
  const seq = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 });

  it('turns a into b, keeping a longest common subsequence', () => {
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const result = diffSequences(a, b)!;
        expect(replay(a, b, result.runs)).toEqual(b);
        const kept = result.runs.filter((r) => r.op === 'equal').reduce((n, r) => n + r.count, 0);
        expect(kept).toBe(lcsLength(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('gives up past its work limit instead of running on', () => {
    const a = Array.from({ length: 2000 }, (_, i) => i);
    const b = Array.from({ length: 2000 }, (_, i) => i + 5000);
    expect(diffSequences(a, b, 10_000)).toBeNull();
    expect(diffSequences(a, b)).not.toBeNull();
  });
});

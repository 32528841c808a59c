/**
 * How a computation's time grows with its input: run it at 1x, 4x and 16x size, take the fastest of
 * a few samples at each, and compare ratios, never absolute times (the machine is shared and noisy).
 * Linear work gives t16/t1 near 16; quadratic near 256. The bound sits far from both, so noise
 * does not fail it and a quadratic cannot pass it.
 */
export const SCALES = [1, 4, 16] as const;
/** t16 / t1 at most this: three times linear, a sixth of quadratic. */
export const MAX_GROWTH_16X = 48;
/** Shortest sample; quick runs are repeated until it is filled and averaged. */
const SAMPLE_MS = 25;

export interface Growth {
  times: number[];
  ratio: number;
}

/** The fastest sample: noise on a shared machine only ever adds time. */
function fastest(values: number[]): number {
  return Math.min(...values);
}

/** Times `run` on `make(scale)` for each scale; the input is built outside the timing. */
export async function growth<T>(make: (scale: number) => T | Promise<T>, run: (input: T) => unknown, runs = 5): Promise<Growth> {
  // One warm-up at the smallest size: module loading and JIT are not the computation.
  await run(await make(1));
  const inputs: T[] = [];
  for (const scale of SCALES) inputs.push(await make(scale));
  // Sizes take turns, so a burst of load from another process falls on all of them alike.
  const samples: number[][] = SCALES.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < SCALES.length; k++) {
      // A sample is at least SAMPLE_MS of repeated runs: a timer cannot tell 0.1 ms from 0.3 ms.
      let count = 0;
      const t0 = performance.now();
      do {
        await run(inputs[k]!);
        count++;
      } while (performance.now() - t0 < SAMPLE_MS);
      samples[k]!.push((performance.now() - t0) / count);
    }
  }
  const times = samples.map(fastest);
  return { times, ratio: times[2]! / times[0]! };
}

/** A readable line for a failure: each size's time and the ratio. */
export function describeGrowth(label: string, g: Growth): string {
  return `${label}: ${g.times.map((t, i) => `${SCALES[i]}x ${t.toFixed(1)} ms`).join(', ')}; t16/t1 = ${g.ratio.toFixed(1)} (limit ${MAX_GROWTH_16X})`;
}

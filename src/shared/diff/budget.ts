/**
 * A bounded worst case (src/shared/diff/README.md, step 5): every token comparison is paid for from a per-block
 * allowance and from the article's budget. When either runs out the caller shows the block as
 * replaced and flags the diff as degraded, so a pathological pair never stalls the desk.
 */
export const DEFAULT_BLOCK_BUDGET = 1_000_000;
export const DEFAULT_DOC_BUDGET = 20_000_000;

export class Budget {
  private remaining: number;
  exhausted = false;

  constructor(
    readonly total: number,
    readonly perBlock: number,
  ) {
    this.remaining = total;
  }

  /** What one pair may spend now: the per-block allowance, capped by what is left overall. */
  allowance(): number {
    return Math.max(0, Math.min(this.perBlock, this.remaining));
  }

  spend(units: number): void {
    this.remaining -= units;
    if (this.remaining <= 0) this.exhausted = true;
  }

  get left(): number {
    return this.remaining;
  }
}

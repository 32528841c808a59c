/** Formatting of text runs: slicing a block by character range, and naming changes for people. */
import { FORMAT, type Block } from '../article/blocks';
import type { InlineOp, OpKind, TextStyle } from './types';

export interface StyledSlice {
  text: string;
  format: number;
  link?: string;
}

/** A block's runs with their start offsets, for slicing by character range. */
export class StyledText {
  private readonly starts: number[] = [];
  readonly length: number;

  constructor(readonly block: Block) {
    let at = 0;
    for (const run of block.runs) {
      this.starts.push(at);
      at += run.text.length;
    }
    this.length = at;
  }

  /** The pieces of [from, to) cut at run boundaries, each with its run's format and link. */
  slice(from: number, to: number): StyledSlice[] {
    const out: StyledSlice[] = [];
    if (from >= to) return out;
    let i = this.runAt(from);
    const runs = this.block.runs;
    while (i < runs.length && this.starts[i]! < to) {
      const run = runs[i]!;
      const start = this.starts[i]!;
      const a = Math.max(from, start);
      const b = Math.min(to, start + run.text.length);
      if (b > a) out.push(styled(run.text.slice(a - start, b - start), run.format, run.link));
      i++;
    }
    return out;
  }

  private runAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export function styled(text: string, format: number, link: string | undefined): StyledSlice {
  return link ? { text, format, link } : { text, format };
}

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return a.format === b.format && (a.link ?? '') === (b.link ?? '');
}

export function styleOf(slice: StyledSlice): TextStyle {
  return slice.link ? { format: slice.format, link: slice.link } : { format: slice.format };
}

/** An inline op, with format and link only when set, merged into the previous one when alike. */
export function pushOp(ops: InlineOp[], op: OpKind, slice: StyledSlice, previous?: TextStyle): void {
  if (!slice.text) return;
  const last = ops[ops.length - 1];
  if (
    last &&
    last.op === op &&
    (last.format ?? 0) === slice.format &&
    last.link === slice.link &&
    (last.previous && previous ? sameStyle(last.previous, previous) : !last.previous && !previous)
  ) {
    last.text += slice.text;
    return;
  }
  const next: InlineOp = { op, text: slice.text };
  if (slice.format) next.format = slice.format;
  if (slice.link) next.link = slice.link;
  if (previous) next.previous = previous;
  ops.push(next);
}

const FORMAT_NAMES = Object.entries(FORMAT) as [keyof typeof FORMAT, number][];

/** Names of the format bits set in a mask: ["bold", "italic"]. */
export function formatNames(format: number): string[] {
  return FORMAT_NAMES.filter(([, bit]) => format & bit).map(([name]) => name);
}

/** "bold added, italic removed, link changed". */
export function describeStyleChange(before: TextStyle, after: TextStyle): string {
  const parts: string[] = [];
  for (const [name, bit] of FORMAT_NAMES) {
    if (!(before.format & bit) && after.format & bit) parts.push(`${name} added`);
    else if (before.format & bit && !(after.format & bit)) parts.push(`${name} removed`);
  }
  if (!before.link && after.link) parts.push('link added');
  else if (before.link && !after.link) parts.push('link removed');
  else if (before.link !== after.link) parts.push('link changed');
  return parts.join(', ');
}

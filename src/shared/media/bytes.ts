/** Small readers over image bytes, bounds-checked: a short file reads as "cut short", never as garbage. */
import { ImageRefused } from './refused';

export function u16be(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!;
}

export function u32be(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
}

export function u16le(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

export function u32le(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

export function writeU32le(b: Uint8Array, at: number, value: number): void {
  b[at] = value & 0xff;
  b[at + 1] = (value >>> 8) & 0xff;
  b[at + 2] = (value >>> 16) & 0xff;
  b[at + 3] = (value >>> 24) & 0xff;
}

export function writeU32be(b: Uint8Array, at: number, value: number): void {
  b[at] = (value >>> 24) & 0xff;
  b[at + 1] = (value >>> 16) & 0xff;
  b[at + 2] = (value >>> 8) & 0xff;
  b[at + 3] = value & 0xff;
}

/** The ASCII text of a few bytes (a chunk type, a signature), for comparisons. */
export function ascii(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, b.length); i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** The one wording for a truncated image. */
export function cutShort(kind: string): ImageRefused {
  return new ImageRefused(
    `The ${kind} file is cut short (it ends in the middle of the image); it may not have finished copying or downloading.`,
  );
}

/** Refuses when `end` runs past the file. */
export function needBytes(b: Uint8Array, end: number, kind: string): void {
  if (end > b.length) throw cutShort(kind);
}

/** Joins pieces of a file into one array (the parts kept after stripping metadata). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A copy of part of the file to rewrite. (A Node Buffer's slice is a view: editing it would edit the caller's file.) */
export function copyOf(b: Uint8Array, from: number, to: number): Uint8Array {
  return new Uint8Array(b.subarray(from, to));
}

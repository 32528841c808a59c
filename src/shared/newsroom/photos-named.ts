/**
 * Which photos a piece of outgoing or incoming text names: what must be on the hub before the text
 * goes (a desk never holds a version whose photo it lacks), and what a laptop fetches after a pull.
 * A node whose hash is not a SHA-256 names nothing that could travel, so it is left out here and
 * the body's own checks speak for it.
 */
import { bodyToBlocks } from '../article/blocks';
import { photoHashesOf } from '../article/media';
import type { SerializedBody } from '../article/body';

const SHA256 = /^[0-9a-f]{64}$/;

/** Every photo the bodies name, each once, in the order first named. */
export function photosNamedBy(contents: readonly { body: SerializedBody }[]): string[] {
  const seen = new Set<string>();
  for (const content of contents) {
    // Photos are top-level blocks: a body without one anywhere in it is skipped cheaply.
    if (!content.body.root.children.some((node) => node.type === 'photo')) continue;
    for (const hash of photoHashesOf(bodyToBlocks(content.body))) if (SHA256.test(hash)) seen.add(hash);
  }
  return [...seen];
}

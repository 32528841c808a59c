/** Remembers the window's size and position between runs, in a small JSON file in userData. */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Bounds } from './window-options';

const DEFAULT: Bounds = { width: 1200, height: 860 };

export function loadBounds(dir: string, screens: { x: number; y: number; width: number; height: number }[]): Bounds {
  try {
    const saved = JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8')) as Bounds;
    if (!(saved.width >= 400 && saved.height >= 300)) return DEFAULT;
    // A window saved on a monitor that is gone would open off-screen: forget its position then.
    const visible =
      saved.x === undefined ||
      screens.some((s) => saved.x! >= s.x - 50 && saved.y! >= s.y - 50 && saved.x! < s.x + s.width && saved.y! < s.y + s.height);
    return visible ? saved : { width: saved.width, height: saved.height };
  } catch {
    return DEFAULT;
  }
}

export function saveBounds(dir: string, bounds: Bounds): void {
  const file = join(dir, 'window-state.json');
  writeFileSync(file + '.tmp', JSON.stringify(bounds));
  renameSync(file + '.tmp', file);
}

/**
 * Stepping through a redline's changes: Previous/Next, the keys n/j and p/k or Alt+Down/Up
 * (never while typing in a field), clicking a change. The current change is scrolled into view.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface ChangeSteps {
  current: number;
  next: () => void;
  previous: () => void;
  select: (n: number, scroll: boolean) => void;
}

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest(TYPING);
}

/** The first visible element of change n (in side by side, a change can stand in both columns). */
function placeOf(region: HTMLElement, n: number): HTMLElement | null {
  const all = Array.from(region.querySelectorAll<HTMLElement>(`[data-change="${n}"]`));
  return all.find((el) => el.getClientRects().length > 0) ?? all[0] ?? null;
}

export function useChangeSteps(total: number, region: RefObject<HTMLElement | null>, resetKey: unknown): ChangeSteps {
  const [current, setCurrent] = useState(0);
  // Bumped on every move that should scroll, so going to the same change again scrolls again.
  const [scrollRequest, setScrollRequest] = useState(0);
  const currentRef = useRef(0);
  currentRef.current = current;

  useEffect(() => setCurrent(0), [resetKey]);

  const select = useCallback(
    (n: number, scroll: boolean) => {
      if (!Number.isInteger(n) || n < 1 || n > total) return;
      setCurrent(n);
      if (scroll) setScrollRequest((r) => r + 1);
    },
    [total],
  );
  const next = useCallback(() => select(Math.min(total, currentRef.current + 1), true), [select, total]);
  const previous = useCallback(() => select(Math.max(1, currentRef.current - 1), true), [select]);

  useEffect(() => {
    if (!scrollRequest || !region.current || !currentRef.current) return;
    const place = placeOf(region.current, currentRef.current);
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    place?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  }, [scrollRequest, region]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const key = e.key;
      const forward = e.altKey ? key === 'ArrowDown' : !e.shiftKey && (key === 'n' || key === 'j');
      const back = e.altKey ? key === 'ArrowUp' : !e.shiftKey && (key === 'p' || key === 'k');
      if (!forward && !back) return;
      e.preventDefault();
      if (forward) next();
      else previous();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous]);

  return { current, next, previous, select };
}

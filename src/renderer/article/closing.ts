/**
 * Closing an article writes its draft and may make a version; that work runs after the view is
 * gone. Views that read articles or history wait for it, so they never show a state from before
 * the close.
 */
let pending: Promise<unknown> = Promise.resolve();

export function trackClosing(work: Promise<unknown>): void {
  pending = Promise.all([pending, work.catch(() => undefined)]);
}

export function afterClosing(): Promise<unknown> {
  return pending;
}

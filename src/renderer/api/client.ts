/**
 * The renderer's one way to the app: the desktop preload's window.copydesk when present, the
 * HTTP client otherwise. Both hand back `{ok, error}` envelopes, opened in one place
 * (clientOver in src/shared/api/envelope.ts): components never know which carried their calls,
 * and an error is an ApiError with its code either way.
 */
import type { CopydeskApi, MenuCommand } from '../../shared/api/contract';
import { clientOverEnvelopes } from '../../shared/api/envelope';
import { createHttpClient, sendBeforeLeaving } from './http-client';

export const api: CopydeskApi = window.copydesk ? clientOverEnvelopes(window.copydesk) : createHttpClient();

export const isDesktop = !!window.copydesk;

const pageListeners = new Set<(command: MenuCommand) => void>();

/**
 * Commands from the desktop's native menu, and the same commands from the page itself (its
 * keyboard shortcuts in the web host, see app/Shortcuts.tsx): one handler per command either way.
 */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const stopNative = window.copydesk?.onMenuCommand(listener) ?? (() => undefined);
  pageListeners.add(listener);
  return () => {
    stopNative();
    pageListeners.delete(listener);
  };
}

/** Runs a command as the native menu would. */
export function runCommand(command: MenuCommand): void {
  for (const listener of [...pageListeners]) listener(command);
}

/**
 * Last-chance save as the page goes away. The web host sends a keepalive request; the desktop
 * cancels the unload instead and flushes before closing (see useAutosave).
 */
export function saveBeforeLeaving(method: 'saveDraft', args: Parameters<CopydeskApi['saveDraft']>[0]): void {
  if (!isDesktop) sendBeforeLeaving(method, args);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

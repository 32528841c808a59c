/**
 * The renderer's one way to the app: the desktop preload's window.copydesk when present, the
 * HTTP client otherwise. Components never know which carries their calls.
 */
import type { CopydeskApi, MenuCommand } from '../../shared/api/contract';
import { createHttpClient, sendBeforeLeaving } from './http-client';

export const api: CopydeskApi = window.copydesk ?? createHttpClient();

export const isDesktop = !!window.copydesk;

/** Native menu commands (desktop only); the web host's toolbar calls the same handlers. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.copydesk?.onMenuCommand(listener) ?? (() => undefined);
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

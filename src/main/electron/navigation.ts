/**
 * Where the app's window may go: only its own app:// pages. Everything else is refused, and a
 * link a reporter clicks opens in the system browser only when it is a vetted http(s)/mailto URL.
 * Pure decisions, so tests check them without Electron.
 */
import { vetLink } from '../../shared/security/trusted-url';
import { APP_ORIGIN } from './window-options';

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

export type NavigationDecision = { allow: true } | { allow: false; openExternally: string | null };

export function decideNavigation(target: string): NavigationDecision {
  if (isAppUrl(target)) return { allow: true };
  return { allow: false, openExternally: vetLink(target) };
}

/** window.open never makes a window; a vetted link goes to the system browser instead. */
export function decideWindowOpen(target: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: vetLink(target) };
}

/** Every permission request (camera, notifications, geolocation…) is refused: the editor needs none. */
export function decidePermission(_permission: string): boolean {
  return false;
}

/**
 * The session and web-contents rules of the desktop shell: every permission refused, no new
 * windows, no navigation away from the app, no webviews, and vetted links handed to the system
 * browser. Takes Electron's objects as parameters (type-only import), so a test drives this very
 * code with stand-ins and sees every handler it registers.
 */
import type { App, Session, Shell, WebContents } from 'electron';
import { decideNavigation, decidePermission, decideWindowOpen } from './navigation';

export function applySessionSecurity(
  app: Pick<App, 'on'>,
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  shell: Pick<Shell, 'openExternal'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  app.on('web-contents-created', (_event: unknown, contents: WebContents) => guardContents(contents, shell));
}

export function guardContents(contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>, shell: Pick<Shell, 'openExternal'>): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault());
  // A page with unsaved text cancels its unload, flushes, then closes itself. Electron cancels
  // silently unless will-prevent-unload is handled, which is what we want: no dialog.
}

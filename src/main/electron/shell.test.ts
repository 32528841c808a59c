/**
 * The desktop shell's security, asserted on the very options and decisions the shell uses
 * (main.ts passes these same functions to Electron), and the IPC registration driven through
 * its real code with a stand-in ipcMain.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { mainWindowOptions, APP_ENTRY, APP_ICON } from './window-options';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideNavigation, decidePermission, decideWindowOpen, isAppUrl } from './navigation';
import { registerIpc } from './ipc';
import { API_METHODS, ipcChannel } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { menuTemplate } from './menu';
import { testStore } from '../../../tests/unit/support';

describe('window options', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs', { width: 1000, height: 800 });
  it('isolates and sandboxes the page', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: true,
    });
    expect(options.webPreferences?.preload).toMatch(/index\.cjs$/);
  });
  it('shows the app icon shipped in resources/', () => {
    const root = join(__dirname, '..', '..', '..');
    const icon = join(root, APP_ICON);
    expect(existsSync(icon)).toBe(true);
    expect(readFileSync(icon).subarray(1, 4).toString()).toBe('PNG');
    expect(mainWindowOptions('/p.cjs', { width: 800, height: 600 }, true, icon).icon).toBe(icon);
  });
  it('loads the app from the app:// protocol, not file://, and that entry is a page the shell allows', () => {
    expect(new URL(APP_ENTRY).protocol).toBe('app:');
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(decideNavigation(APP_ENTRY)).toEqual({ allow: true });
    // The shell really loads that entry, and registers the protocol it names.
    const main = readFileSync(join(__dirname, 'main.ts'), 'utf8');
    expect(main).toMatch(/loadURL\(APP_ENTRY\)/);
    expect(main).toMatch(/registerSchemesAsPrivileged\(\[\s*\{ scheme: APP_SCHEME, privileges: \{ standard: true, secure: true/);
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });
  it('has a strict CSP: no inline or foreign script, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});

describe('navigation, windows, permissions, external links', () => {
  it('allows only the app’s own pages', () => {
    expect(decideNavigation('app://copydesk/index.html#/articles/abc')).toEqual({ allow: true });
    expect(decideNavigation('https://example.org/')).toEqual({ allow: false, openExternally: 'https://example.org/' });
    expect(decideNavigation('file:///etc/passwd')).toEqual({ allow: false, openExternally: null });
    expect(decideNavigation('app://evil/index.html')).toEqual({ allow: false, openExternally: null });
  });
  it('never opens a window, and sends only vetted links to the system browser', () => {
    expect(decideWindowOpen('https://news.example/story')).toEqual({ action: 'deny', openExternally: 'https://news.example/story' });
    expect(decideWindowOpen('mailto:desk@news.example')).toEqual({ action: 'deny', openExternally: 'mailto:desk@news.example' });
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      'file:///c:/windows',
      'smb://host/share',
      'https://user:pw@host/',
      'ms-msdt:/id',
    ]) {
      expect(decideWindowOpen(bad).openExternally).toBeNull();
    }
  });
  it('denies every permission request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])
      expect(decidePermission(p)).toBe(false);
  });
  it('knows its own origin', () => {
    expect(isAppUrl('app://copydesk/x')).toBe(true);
    expect(isAppUrl('http://copydesk/x')).toBe(false);
  });
});

describe('IPC registration', () => {
  const env = testStore();
  afterAll(() => env.cleanup());
  const registered = new Map<string, (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>>();
  const fakeIpcMain = {
    handle: (channel: string, listener: (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>) =>
      void registered.set(channel, listener),
    removeHandler: (channel: string) => void registered.delete(channel),
  };
  const unregister = registerIpc(fakeIpcMain as never, env.handlers);
  const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

  it('registers one channel per contract method and nothing else', () => {
    expect([...registered.keys()].sort()).toEqual(API_METHODS.map(ipcChannel).sort());
  });
  it('serves the app’s own top frame', async () => {
    const outcome = (await registered.get(ipcChannel('createArticle'))!(from('app://copydesk/index.html'), {
      headline: 'Port strike ends',
    })) as { ok: boolean; result: { headline: string } };
    expect(outcome.ok).toBe(true);
    expect(outcome.result.headline).toBe('Port strike ends');
  });
  it('refuses other senders: foreign pages, iframes, missing frames', async () => {
    for (const event of [
      from('https://evil.example/'),
      from('app://copydesk/index.html', {}),
      from('file:///tmp/x.html'),
      { senderFrame: null } as unknown as IpcMainInvokeEvent,
    ]) {
      const outcome = (await registered.get(ipcChannel('listArticles'))!(event, {})) as { ok: boolean; error: { code: string } };
      expect(outcome).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
  it('checks argument shapes', async () => {
    const outcome = (await registered.get(ipcChannel('getArticle'))!(from('app://copydesk/'), { id: '../../etc' })) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
  it('unregisters cleanly', () => {
    unregister();
    expect(registered.size).toBe(0);
  });
});

describe('menu', () => {
  it('has File, Edit, View, Window and Help with the usual shortcuts', () => {
    const sent: string[] = [];
    const template = menuTemplate(
      (c) => sent.push(c),
      false,
      () => undefined,
    );
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    const file = template[0]!.submenu as { label?: string; accelerator?: string; click?: () => void }[];
    expect(file.find((i) => i.label === 'Save Version')?.accelerator).toBe('CmdOrCtrl+S');
    file.find((i) => i.label === 'New Article')!.click!();
    expect(sent).toEqual(['new-article']);
  });
});

describe('spellcheck language', () => {
  it('picks the dictionary for the article’s language', async () => {
    const { spellcheckLanguages } = await import('./spellcheck');
    const available = ['en-GB', 'en-US', 'de', 'ko', 'fr-FR'];
    expect(spellcheckLanguages('en', available)).toEqual(['en-US']);
    expect(spellcheckLanguages('en-GB', available)).toEqual(['en-GB']);
    expect(spellcheckLanguages('fr', available)).toEqual(['fr-FR']);
    expect(spellcheckLanguages('ja', available)).toEqual([]);
  });
});

describe('session and web-contents handlers, as the shell registers them', () => {
  it('refuses permissions, windows, navigation and webviews; sends vetted links to the system browser', async () => {
    const { applySessionSecurity } = await import('./session-security');
    const opened: string[] = [];
    const shell = { openExternal: async (url: string) => void opened.push(url) };
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: ((c: unknown, p: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => void (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => void (checkHandler = h),
    };
    const appListeners = new Map<string, (event: unknown, contents: unknown) => void>();
    const app = { on: (name: string, listener: (event: unknown, contents: unknown) => void) => void appListeners.set(name, listener) };
    applySessionSecurity(app as never, session as never, shell as never);

    let answer: boolean | undefined;
    requestHandler!(null, 'media', (ok) => (answer = ok));
    expect(answer).toBe(false);
    expect(checkHandler!(null, 'geolocation')).toBe(false);

    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contentsListeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    const contents = {
      setWindowOpenHandler: (h: typeof openHandler) => void (openHandler = h),
      on: (name: string, listener: (event: { preventDefault(): void }, url: string) => void) => void contentsListeners.set(name, listener),
    };
    appListeners.get('web-contents-created')!({}, contents);
    expect(openHandler!({ url: 'https://news.example/a' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://news.example/a']);

    const navigate = (name: string, url: string) => {
      let prevented = false;
      contentsListeners.get(name)!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('will-navigate', 'app://copydesk/index.html#/')).toBe(false);
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-attach-webview', 'about:blank')).toBe(true);
    expect(opened).toEqual(['https://news.example/a', 'https://evil.example/']);
  });
});

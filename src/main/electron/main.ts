/**
 * The desktop shell: app lifecycle, the window, the app:// protocol, the menu and IPC. The only
 * place besides the preload that imports 'electron'. Security settings follow docs/security.md and
 * live in window-options.ts and navigation.ts, where tests can see them.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } from 'electron';
import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStore, type Store } from '../store';
import { createServices } from '../services';
import { NewsroomSync } from '../sync/newsroom-sync';
import { nativeBindingPath } from '../store/native-binding';
import { damagedStoreAdvice, isDamagedStoreError, latestGoodBackup, restoreBackup, rotateBackups } from '../store/backups';
import { lockDataFolder, type FolderLock } from '../store/folder-lock';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { applySessionSecurity } from './session-security';
import { APP_ENTRY, APP_HOST, APP_ICON, APP_SCHEME, mainWindowOptions } from './window-options';
import { loadBounds, saveBounds } from './window-state';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { spellcheckLanguages } from './spellcheck';
import { MENU_CHANNEL } from '../../shared/api/contract';

const APP_ROOT = join(__dirname, '..', '..');
const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let store: Store | null = null;
let folderLock: FolderLock | null = null;
let window: BrowserWindow | null = null;

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '') || 'index.html';
    const file = join(RENDERER_DIR, relative);
    if (!file.startsWith(RENDERER_DIR + sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function lockDownSessions(): void {
  applySessionSecurity(app, session.defaultSession, shell);
  session.defaultSession.setSpellCheckerLanguages(['en-US']);
}

function createWindow(): void {
  const userData = app.getPath('userData');
  const bounds = loadBounds(
    userData,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  window = new BrowserWindow(mainWindowOptions(join(__dirname, '..', 'preload', 'index.cjs'), bounds, true, join(APP_ROOT, APP_ICON)));
  if (bounds.maximized) window.maximize();
  const remember = () => {
    if (!window || window.isMinimized()) return;
    // A maximized window keeps the size it had before, and opens maximized again.
    const normal = window.isMaximized() ? window.getNormalBounds() : window.getBounds();
    saveBounds(userData, { ...normal, maximized: window.isMaximized() });
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', remember);
  // On macOS the app stays after its window closes, except when the close came from Quit (the
  // page held the window open to flush its draft, then closed it).
  window.on('closed', () => {
    window = null;
    if (quitting) app.quit();
  });
  window.once('ready-to-show', () => window?.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    // Autosave lags at most a second; reload so the reporter is back at work with the draft.
    console.error(`copydesk: the page stopped (${details.reason}); reloading`);
    window?.reload();
  });
  void window.loadURL(APP_ENTRY);
}

function showHelp(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'Copydesk',
    message: `Copydesk ${app.getVersion()}`,
    detail:
      'Draft offline, keep every version, read the redline, write the update note.\n\nThe same desk runs in a browser: copydesk serve. Run copydesk --help in a terminal for the command line.',
  });
}

/**
 * Opens the store; when it is damaged, offers the latest good backup in a dialog (the damaged
 * file is kept aside, never deleted). Returns null when Copydesk should quit.
 */
async function openStoreOrOfferBackup(dataDir: string, nativeBinding: string | undefined): Promise<Store | null> {
  try {
    return openStore(dataDir, { nativeBinding });
  } catch (error) {
    const message = (error as Error).message;
    const good = isDamagedStoreError(error) ? latestGoodBackup(dataDir, nativeBinding) : null;
    if (!good) {
      dialog.showErrorBox(
        'Copydesk cannot open its store',
        isDamagedStoreError(error) ? `${message}\n\n${damagedStoreAdvice(dataDir, nativeBinding)}` : message,
      );
      return null;
    }
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: 'Copydesk',
      message: 'The Copydesk store is damaged.',
      detail: `${message}\n\nThe latest good backup was made ${new Date(good.createdAt).toLocaleString()}. Restore it? The damaged store is kept in ${good.path.replace(/[^/\\]+$/, '')} in case anything can be rescued from it.`,
      buttons: ['Restore the backup', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice !== 0) return null;
    try {
      await restoreBackup(dataDir, good.path, { nativeBinding });
      return openStore(dataDir, { nativeBinding });
    } catch (restoreError) {
      dialog.showErrorBox('Copydesk could not restore the backup', (restoreError as Error).message);
      return null;
    }
  }
}

/** `npm start -- --data DIR` (or `--data=DIR`) chooses the data folder, as for the CLI. */
function dataDirArgument(argv: string[]): string | undefined {
  const at = argv.indexOf('--data');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--data='))?.slice('--data='.length);
  return value ? resolve(value) : undefined;
}

// One writer per store: a second launch hands over to the window already open.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
}

let quitting = false;
let sync: NewsroomSync | undefined;
app.on('before-quit', () => (quitting = true));

void app.whenReady().then(async () => {
  const dataDir = dataDirArgument(process.argv) ?? (process.env.COPYDESK_DATA || app.getPath('userData'));
  const nativeBinding = nativeBindingPath(APP_ROOT);
  // One long-lived writer per data folder: refused by name when copydesk serve already has it.
  try {
    folderLock = lockDataFolder(dataDir, 'the desktop app', { nativeBinding });
  } catch (error) {
    dialog.showErrorBox('Copydesk cannot open its store', (error as Error).message);
    return app.quit();
  }
  store = await openStoreOrOfferBackup(dataDir, nativeBinding);
  if (!store) return app.quit();
  // The daily backup; a failure is logged but never keeps the desk from opening.
  rotateBackups(store).catch((error: Error) => console.error(`copydesk: no backup made today: ${error.message}`));
  serveAppProtocol();
  lockDownSessions();
  // On a shared desk the folder keeps in step with the hub in the background.
  sync = new NewsroomSync(store);
  sync.start();
  registerIpc(ipcMain, {
    ...createServices(store, { sync }),
    setSpellcheckLanguage: ({ language }) => {
      const available = session.defaultSession.availableSpellCheckerLanguages;
      const wanted = spellcheckLanguages(language, available);
      if (wanted.length > 0) session.defaultSession.setSpellCheckerLanguages(wanted);
      return { applied: wanted };
    },
  });
  const send = (command: Parameters<Parameters<typeof menuTemplate>[0]>[0]) => window?.webContents.send(MENU_CHANNEL, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin', showHelp)));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void sync?.stop();
  store?.close();
  folderLock?.release();
});

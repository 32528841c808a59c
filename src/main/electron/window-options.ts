/**
 * The BrowserWindow options the desktop shell really uses, kept free of Electron imports so a
 * test can assert every security setting (docs/security.md) without starting Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

/** The app icon in resources/ (the page's favicon too): `resources/icon.png` under the app's root. */
export const APP_ICON = 'resources/icon.png';

export function mainWindowOptions(preloadPath: string, bounds: Bounds, spellcheck = true, icon?: string): BrowserWindowConstructorOptions {
  const { maximized: _maximized, ...size } = bounds;
  return {
    ...size,
    ...(icon ? { icon } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Copydesk',
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck,
    },
  };
}

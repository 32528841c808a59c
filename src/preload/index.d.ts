import type { CopydeskApi, DesktopBridge } from '../shared/api/contract';

declare global {
  interface Window {
    /** Set by the desktop preload; absent in the web host, where the HTTP client stands in. */
    copydesk?: CopydeskApi & DesktopBridge;
  }
}

export {};

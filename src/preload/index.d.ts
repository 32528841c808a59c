import type { DesktopBridge } from '../shared/api/contract';
import type { EnvelopedApi } from '../shared/api/envelope';

declare global {
  interface Window {
    /**
     * Set by the desktop preload; absent in the web host, where the HTTP client stands in. Its
     * methods answer with envelopes: the page reads it only through src/renderer/api/client.ts.
     */
    copydesk?: EnvelopedApi & DesktopBridge;
  }
}

export {};

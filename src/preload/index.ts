/**
 * The renderer's only door to the app: window.copydesk with one named method per API contract
 * entry, each an ipcRenderer.invoke on its own channel. No ipcRenderer, no Node, nothing else.
 * Bundled whole (electron.vite.config.ts) because a sandboxed preload cannot require modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, MENU_CHANNEL, MENU_COMMANDS, ipcChannel, type CopydeskApi, type DesktopBridge, type MenuCommand } from '../shared/api/contract';

type Outcome = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

class CopydeskError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'CopydeskError';
  }
}

const api = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    async (args: unknown) => {
      const outcome = (await ipcRenderer.invoke(ipcChannel(method), args ?? {})) as Outcome;
      if (!outcome.ok) throw new CopydeskError(outcome.error.code, outcome.error.message);
      return outcome.result;
    },
  ]),
) as CopydeskApi;

const bridge: DesktopBridge = {
  onMenuCommand(listener) {
    const relay = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, relay);
  },
};

contextBridge.exposeInMainWorld('copydesk', { ...api, ...bridge } satisfies CopydeskApi & DesktopBridge);

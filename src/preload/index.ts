/**
 * The renderer's only door to the app: window.copydesk with one named method per API contract
 * entry, each an ipcRenderer.invoke on its own channel. No ipcRenderer, no Node, nothing else.
 * Bundled whole (electron.vite.config.ts) because a sandboxed preload cannot require modules.
 *
 * Each method answers with the `{ok, error}` envelope main sent, untouched: an Error thrown here
 * would reach the page stripped of its code (contextBridge copies only the message), so the page
 * opens the envelope itself (src/shared/api/envelope.ts) and a conflict stays a conflict.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, MENU_CHANNEL, MENU_COMMANDS, ipcChannel, type DesktopBridge, type MenuCommand } from '../shared/api/contract';
import type { EnvelopedApi } from '../shared/api/envelope';

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (args: unknown) => ipcRenderer.invoke(ipcChannel(method), args ?? {})]),
) as EnvelopedApi;

const bridge: DesktopBridge = {
  onMenuCommand(listener) {
    const relay = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, relay);
  },
};

contextBridge.exposeInMainWorld('copydesk', { ...api, ...bridge } satisfies EnvelopedApi & DesktopBridge);

/**
 * Wires the API contract to ipcMain: one channel per method, each call checked for where it
 * came from (the app's own top frame, served from app://) and for its argument shape.
 * Takes ipcMain as a parameter so tests call the real registration with a stand-in.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_METHODS, ipcChannel, type ApiHandlers } from '../../shared/api/contract';
import { dispatch } from '../api/dispatch';
import { failure, type CallOutcome } from '../../shared/api/envelope';
import { isAppUrl } from './navigation';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  // Only the top frame of our own page: never an iframe, never a page navigated elsewhere.
  return frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: ApiHandlers): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, args: unknown): Promise<CallOutcome> => {
      if (!isTrustedSender(event)) {
        return failure('forbidden', 'This call did not come from Copydesk’s own window.');
      }
      return dispatch(handlers, method, args);
    });
  }
  return () => API_METHODS.forEach((method) => ipcMain.removeHandler(ipcChannel(method)));
}

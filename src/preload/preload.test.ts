/**
 * The desktop's error path, end to end without Electron: the real preload runs against a stand-in
 * contextBridge and ipcRenderer that behave as Electron's do (arguments and answers are copied;
 * an Error thrown through the bridge arrives as a bare Error with only its message), wired to the
 * real IPC registration and a real store. A conflict must reach the page as ApiError('conflict'),
 * as it does over HTTP, or autosave retries forever instead of offering "Keep my version".
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { testStore } from '../../tests/unit/support';
import { registerIpc } from '../main/electron/ipc';
import { ApiError } from '../shared/api/errors';
import { clientOverEnvelopes, openOutcome, type EnvelopedApi } from '../shared/api/envelope';
import type { CopydeskApi, DesktopBridge } from '../shared/api/contract';

const env = testStore();
const handlers = new Map<string, (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>>();
registerIpc(
  { handle: (channel: string, h: never) => void handlers.set(channel, h), removeHandler: () => undefined } as never,
  env.handlers,
);
const exposed: Record<string, unknown> = {};

/** contextBridge's copy: functions stay callable, values are cloned, thrown errors keep only their message. */
function acrossTheBridge(value: unknown): unknown {
  if (typeof value === 'function') {
    return async (...args: unknown[]) => {
      try {
        return structuredClone(await (value as (...a: unknown[]) => unknown)(...args.map((a) => structuredClone(a))));
      } catch (error) {
        throw new Error((error as Error).message);
      }
    };
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, acrossTheBridge(v)]));
  return structuredClone(value);
}

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = acrossTheBridge(value)) },
  ipcRenderer: {
    invoke: async (channel: string, args: unknown) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const event = { senderFrame: { url: 'app://copydesk/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
      return structuredClone(await handler(event, structuredClone(args)));
    },
    on: () => undefined,
    removeListener: () => undefined,
  },
}));

let api: CopydeskApi;
beforeAll(async () => {
  await import('./index');
  api = clientOverEnvelopes(exposed.copydesk as EnvelopedApi & DesktopBridge);
});
afterAll(() => env.cleanup());

describe('the desktop bridge’s error path', () => {
  it('carries results unchanged', async () => {
    const article = await api.createArticle({ headline: 'Ferry fares rise' });
    expect(article.headline).toBe('Ferry fares rise');
    expect((await api.getArticle({ id: article.id })).id).toBe(article.id);
  });

  it('turns an edit conflict into ApiError("conflict"), the error autosave acts on', async () => {
    const article = await api.createArticle({ headline: 'Harbor bridge shut' });
    const first = await api.saveDraft({ id: article.id, patch: { deck: 'One lane open' }, baseRevision: article.revision });
    const stale = api.saveDraft({ id: article.id, patch: { deck: 'Both lanes shut' }, baseRevision: article.revision });
    await expect(stale).rejects.toBeInstanceOf(ApiError);
    await expect(stale).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/changed elsewhere/) });
    expect(first.revision).toBeGreaterThan(article.revision);
  });

  it('keeps each code: not found, invalid argument', async () => {
    await expect(api.getArticle({ id: 'abcd1234' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(api.getArticle({ id: '../etc' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});

describe('opening an envelope', () => {
  it('gives the result, rebuilds the error, and names anything unreadable plainly', () => {
    expect(openOutcome('getArticle', { ok: true, result: 7 })).toBe(7);
    expect(() => openOutcome('saveDraft', { ok: false, error: { code: 'conflict', message: 'Changed elsewhere.' } })).toThrow(ApiError);
    for (const junk of [null, 'oops', { ok: false }, { ok: false, error: 'x' }, {}]) {
      expect(() => openOutcome('saveDraft', junk)).toThrow(/Copydesk answered “saveDraft” with something it could not read/);
    }
    try {
      openOutcome('x', { ok: false, error: { code: 'made-up', message: 'Odd.' } });
    } catch (error) {
      expect(error).toMatchObject({ code: 'internal', message: 'Odd.' });
    }
  });
});

/**
 * The API contract over HTTP, for the web host: the same methods as the desktop preload, each a
 * POST to /api/<method> carrying the per-run token the host wrote into the page.
 */
import { API_METHODS, type CopydeskApi } from '../../shared/api/contract';
import { ApiError, isSerializedApiError, type ApiErrorCode } from '../../shared/api/errors';

function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="copydesk-token"]')?.content ?? '';
}

export function createHttpClient(): CopydeskApi {
  const token = pageToken();
  const call = async (method: string, args: unknown, keepalive = false): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-copydesk-token': token },
        body: JSON.stringify(args ?? {}),
        keepalive,
      });
    } catch {
      throw new ApiError('storage', 'Copydesk’s server cannot be reached (is “copydesk serve” still running?)');
    }
    let outcome: unknown;
    try {
      outcome = await response.json();
    } catch {
      throw new ApiError('internal', `Copydesk’s server answered ${response.status} without a readable reply.`);
    }
    const o = outcome as { ok?: boolean; result?: unknown; error?: unknown };
    if (o.ok) return o.result;
    if (isSerializedApiError(o.error)) throw new ApiError(o.error.code as ApiErrorCode, o.error.message);
    throw new ApiError('internal', `Copydesk’s server answered ${response.status}.`);
  };
  return Object.fromEntries(API_METHODS.map((m) => [m, (args: unknown) => call(m, args)])) as CopydeskApi;
}

/** A save that must outlive the page (closing the tab): fetch with keepalive. */
export function sendBeforeLeaving(method: string, args: unknown): void {
  void fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-copydesk-token': pageToken() },
    body: JSON.stringify(args),
    keepalive: true,
  }).catch(() => undefined);
}

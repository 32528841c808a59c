/**
 * The API contract over HTTP, for the web host: the same methods as the desktop preload, each a
 * POST to /api/<method> carrying the token the host wrote into the page. The host answers every
 * call, refusals included, with the `{ok, error}` envelope; this carrier only turns a failure to
 * reach it into an envelope of its own, and clientOver opens them all in one place.
 */
import type { CopydeskApi } from '../../shared/api/contract';
import { clientOver, failure, type Carrier } from '../../shared/api/envelope';

function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="copydesk-token"]')?.content ?? '';
}

export const httpCarrier: Carrier = async (method, args) => {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': pageToken() },
      body: JSON.stringify(args ?? {}),
    });
  } catch {
    return failure('storage', 'Copydesk’s server cannot be reached (is “copydesk serve” still running?)');
  }
  try {
    return await response.json();
  } catch {
    return failure('internal', `Copydesk’s server answered ${response.status} without a readable reply`);
  }
};

export function createHttpClient(): CopydeskApi {
  return clientOver(httpCarrier);
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

/**
 * Who may talk to the web host. It listens on 127.0.0.1 only, and still every request must:
 * - name a loopback Host (a DNS-rebinding page reaches us under its own host name: refused);
 * - carry no Origin, or our own (a foreign page's fetch or form: refused);
 * - carry the per-run token, in the URL of the first load, then in a SameSite=Strict cookie;
 *   API calls must also send it in a header, which no foreign page can set without our CORS.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { failure } from '../../shared/api/envelope';
import type { CallOutcome } from '../../shared/api/envelope';

/** Cookies do not keep ports apart: each host names its cookie by its port, so two hosts never clash. */
export const tokenCookie = (port: number): string => `copydesk_token_${port}`;
export const TOKEN_HEADER = 'x-copydesk-token';

export type Verdict = { ok: true } | { ok: false; status: number; reason: string; outcome: CallOutcome };

/** The page's token is not this host's: it was opened from an earlier run with another token. */
export const SESSION_EXPIRED =
  'Copydesk’s web host was restarted with a new key and no longer accepts this page. Your text is kept on this page ' +
  'and in this browser; open the address “copydesk serve” printed to carry on.';

function refused(reason: string): Verdict {
  return { ok: false, status: 403, reason, outcome: failure('forbidden', `Copydesk’s web host refused this call: ${reason}.`) };
}

function sameSecret(a: string | undefined | null, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function loopbackHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined; // a malformed cookie is no token (and must never crash the host)
    }
  }
  return undefined;
}

export function checkRequest(req: IncomingMessage, port: number, token: string, kind: 'page' | 'api'): Verdict {
  const hosts = loopbackHosts(port);
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) return refused(`Host "${host}" is not this computer`);
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, '').toLowerCase())) {
    return refused(`requests from ${origin} are not allowed`);
  }
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return refused('cross-site requests are not allowed');
  const url = new URL(req.url ?? '/', `http://${host}`);
  const cookie = readCookie(req.headers.cookie, tokenCookie(port));
  if (kind === 'api') {
    const header = req.headers[TOKEN_HEADER];
    if (!sameSecret(typeof header === 'string' ? header : undefined, token)) {
      return { ok: false, status: 403, reason: 'missing or wrong token', outcome: failure('session-expired', SESSION_EXPIRED) };
    }
    return { ok: true };
  }
  if (sameSecret(url.searchParams.get('token'), token) || sameSecret(cookie, token)) return { ok: true };
  return refused('missing or wrong token; open the address copydesk serve printed');
}

/**
 * The one shape every API answer travels in, over IPC and HTTP alike: `{ok: true, result}` or
 * `{ok: false, error: {code, message}}`. Main builds it (dispatch, the transports' own refusals);
 * the page opens it here and nowhere else, so a conflict is an ApiError with code 'conflict'
 * whichever transport carried it.
 *
 * Why the desktop cannot simply throw: an Error thrown by the preload crosses Electron's
 * contextBridge as a bare Error (class and extra fields are dropped), and the preload's bundle has
 * its own copy of every class anyway. Plain data crosses unchanged, so the preload hands the
 * envelope through and the page rebuilds the ApiError.
 */
import { API_METHODS, type ApiArgs, type ApiMethod, type ApiResult, type CopydeskApi } from './contract';
import { ApiError, isSerializedApiError, type ApiErrorCode, type SerializedApiError } from './errors';

export type CallOutcome<T = unknown> = { ok: true; result: T } | { ok: false; error: SerializedApiError };

/** What the desktop preload exposes: each contract method, answering with the envelope itself. */
export type EnvelopedApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<CallOutcome<ApiResult<M>>> };

/** Carries one call to the app and brings back its envelope (or anything: it is checked here). */
export type Carrier = (method: ApiMethod, args: unknown) => Promise<unknown>;

export function failure(code: ApiErrorCode, message: string): { ok: false; error: SerializedApiError } {
  return { ok: false, error: { code, message } };
}

const CODES: readonly ApiErrorCode[] = [
  'invalid-argument',
  'unknown-method',
  'not-found',
  'conflict',
  'storage',
  'forbidden',
  'unsupported',
  'internal',
  'session-expired',
  'too-large',
];

/** The result inside an envelope, or the ApiError it carries. Anything else is a plain-words internal error. */
export function openOutcome(method: string, outcome: unknown): unknown {
  if (outcome && typeof outcome === 'object') {
    const o = outcome as { ok?: unknown; result?: unknown; error?: unknown };
    if (o.ok === true) return o.result;
    if (o.ok === false && isSerializedApiError(o.error)) {
      const code = CODES.includes(o.error.code) ? o.error.code : 'internal';
      throw new ApiError(code, o.error.message);
    }
  }
  throw new ApiError('internal', `Copydesk answered “${method}” with something it could not read.`);
}

/** The page's API over any carrier: the one place an envelope becomes a result or an ApiError. */
export function clientOver(carry: Carrier): CopydeskApi {
  return Object.fromEntries(
    API_METHODS.map((method) => [method, async (args: unknown) => openOutcome(method, await carry(method, args ?? {}))]),
  ) as CopydeskApi;
}

/** The desktop preload's enveloped methods as the page's API. */
export function clientOverEnvelopes(bridge: EnvelopedApi): CopydeskApi {
  return clientOver((method, args) => (bridge[method] as (a: unknown) => Promise<unknown>)(args));
}

/**
 * Errors that cross the API: a code for programs and a message in plain words for people.
 * Both transports carry them unchanged, so the renderer shows the same sentence either way.
 */
export type ApiErrorCode =
  | 'invalid-argument'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'storage'
  /** The store is busy with another program's write: trying again shortly succeeds. */
  | 'locked'
  | 'forbidden'
  | 'unsupported'
  | 'internal'
  /** The web host no longer knows this page's token (it was restarted with a new one). */
  | 'session-expired'
  /** The request is over a size limit; the message names the limit. */
  | 'too-large';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface SerializedApiError {
  code: ApiErrorCode;
  message: string;
}

export function serializeError(error: unknown): SerializedApiError {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  return { code: 'internal', message: 'Something went wrong inside Copydesk: ' + (error instanceof Error ? error.message : String(error)) };
}

export function isSerializedApiError(value: unknown): value is SerializedApiError {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as SerializedApiError).code === 'string' &&
    typeof (value as SerializedApiError).message === 'string'
  );
}

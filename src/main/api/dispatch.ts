/**
 * The single entry for every API call, from IPC or HTTP: check the method and the argument
 * shape against the contract, run the handler, and turn any failure into a plain-words error.
 */
import type { ApiHandlers } from '../../shared/api/contract';
import { parseCall } from '../../shared/api/validate';
import { serializeError } from '../../shared/api/errors';
import type { CallOutcome } from '../../shared/api/envelope';

export type { CallOutcome };

export async function dispatch(handlers: ApiHandlers, method: string, args: unknown): Promise<CallOutcome> {
  try {
    const call = parseCall(method, args);
    const handler = handlers[call.method] as (args: unknown) => unknown;
    return { ok: true, result: await handler(call.args) };
  } catch (error) {
    const serialized = serializeError(error);
    if (serialized.code === 'internal') console.error(`copydesk: ${method} failed:`, error);
    return { ok: false, error: serialized };
  }
}

/** Argument checking shared by both transports: one place decides what a valid call is. */
import { ApiError } from './errors';
import { apiContract, isApiMethod, type ApiMethod } from './contract';
import { describeIssues } from '../article/schema';

export function parseCall(method: string, args: unknown): { method: ApiMethod; args: unknown } {
  if (!isApiMethod(method)) throw new ApiError('unknown-method', `Copydesk has no method called "${method}".`);
  const parsed = apiContract[method].args.safeParse(args ?? {});
  if (!parsed.success) {
    throw new ApiError('invalid-argument', `${method}: ${describeIssues(parsed.error)}.`);
  }
  return { method, args: parsed.data };
}

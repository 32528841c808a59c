/**
 * A CLI command's way into the app: the same handlers the desktop and the web host reach
 * (createServices), through the same entry (dispatch: the contract's argument check, plain-words
 * errors) and the same envelope, opened into a result or an ApiError the CLI prints.
 */
import type { Store } from '../main/store';
import { createServices } from '../main/services';
import { dispatch } from '../main/api/dispatch';
import { openOutcome } from '../shared/api/envelope';
import type { ApiArgs, ApiMethod, ApiResult } from '../shared/api/contract';

export async function callService<M extends ApiMethod>(store: Store, method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
  return openOutcome(method, await dispatch(createServices(store), method, args)) as ApiResult<M>;
}

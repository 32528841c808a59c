/** All services behind the API contract, for one open store. */
import type { Store } from '../store';
import type { ApiHandlers } from '../../shared/api/contract';
import { createArticleService, type ServiceOptions } from './article-service';

export function createServices(store: Store, options: ServiceOptions = {}): ApiHandlers {
  return createArticleService(store, options);
}

/** Opens the store only when a command first needs it (file-only commands never do). */
import { openStore, type Store } from '../main/store';

export function lazyStore(dataDir: string): { get: () => Store; close: () => void } {
  let store: Store | null = null;
  return {
    get: () => (store ??= openStore(dataDir)),
    close: () => store?.close(),
  };
}

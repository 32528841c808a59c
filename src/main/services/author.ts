/** Who signs versions: the settings' author, else the person logged in to this computer. */
import { userInfo } from 'node:os';
import type { VersionAuthor } from '../../shared/article/version';

export function osAuthor(): VersionAuthor {
  let name = 'Copydesk user';
  try {
    name = userInfo().username || name;
  } catch {
    // No passwd entry (some containers): keep the neutral name.
  }
  return { name, email: '' };
}

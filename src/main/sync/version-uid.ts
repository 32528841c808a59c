/**
 * A version's identity on the shared desk: the SHA-256 of everything it records. The same version
 * has the same id on every laptop and on the hub, so a push retried after a kill or a cut link is
 * inserted once (INSERT … ON CONFLICT DO NOTHING) and a pulled version is recognised as known.
 * The hub recomputes it from what arrives and refuses a version whose id does not match.
 */
import { createHash } from 'node:crypto';
import type { ArticleContent } from '../../shared/article/article';
import { canonicalJson } from '../store/article-store';

export interface VersionIdentity {
  articleId: string;
  createdAt: string;
  author: { name: string; email: string };
  kind: string;
  label: string | null;
  content: ArticleContent;
}

export function versionUid(v: VersionIdentity): string {
  const contentHash = createHash('sha256').update(canonicalJson(v.content), 'utf8').digest('hex');
  return versionUidFromHash(v, contentHash);
}

/** The same id from a stored checksum of the content (the local store keeps one per version). */
export function versionUidFromHash(v: Omit<VersionIdentity, 'content'>, contentSha256: string): string {
  const fields = [v.articleId, v.createdAt, v.author.name, v.author.email, v.kind, v.label ?? '', contentSha256];
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}

/**
 * Making a version of an article's working draft: the version holds the draft as it stands, and
 * the article remembers which draft revision that was (so "unversioned changes" and the timer
 * for automatic versions start again from it). The two writes are one invariant of the store,
 * so they happen here, together, in one write transaction — never as two calls a caller could
 * split or forget. (Versions pulled from a newsroom's hub hold the desk's text, not this draft,
 * and go through VersionStore.append alone.)
 */
import type { Db } from './database';
import { writeTransaction } from './write-transaction';
import type { ArticleStore } from './article-store';
import type { NewVersion, VersionStore } from './version-store';
import type { VersionSummary } from '../../shared/article/version';
import { contentOf } from '../../shared/article/content';

export function recordVersion(db: Db, articles: ArticleStore, versions: VersionStore, id: string, meta: NewVersion): VersionSummary {
  return writeTransaction(db, () => {
    const draft = articles.get(id);
    const version = versions.append(id, contentOf(draft), meta);
    articles.markVersioned(id, draft.revision);
    return version;
  });
}

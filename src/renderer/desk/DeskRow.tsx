/**
 * One article on the desk. A search hit shows its snippet with the matched words marked; in the
 * trash, its row offers Restore and "Delete forever…" (which asks first, see EraseDialog).
 */
import type { ArticleSummary } from '../../shared/article/article';
import { articleHash } from '../app/route';
import { formatWhen } from '../app/when';
import { DeskMarks } from '../newsroom/DeskMarks';

export function DeskRow({
  article,
  trashed,
  selected,
  onToggle,
  onRestore,
  onErase,
}: {
  article: ArticleSummary;
  trashed: boolean;
  selected: boolean;
  onToggle(): void;
  onRestore(): void;
  onErase(): void;
}): React.JSX.Element {
  const headline = article.headline || 'Untitled';
  return (
    <tr className={selected ? 'selected' : undefined}>
      {!trashed && (
        <td className="select-cell">
          <input type="checkbox" aria-label={`Select ${headline}`} checked={selected} onChange={onToggle} />
        </td>
      )}
      <td>
        {trashed ? (
          <span className="headline-cell">{headline}</span>
        ) : (
          <a className="headline-cell" href={articleHash(article.id)}>
            {headline}
          </a>
        )}
        {/* The snippet is escaped by the store; only its own <mark> tags are markup. */}
        {article.snippet && <div className="snippet" dangerouslySetInnerHTML={{ __html: article.snippet }} />}
        {!trashed && <DeskMarks article={article} />}
      </td>
      <td>
        <span className={`status status-${article.status}`}>{article.status}</span>
      </td>
      <td>
        {article.bylines
          .map((b) => b.name)
          .filter(Boolean)
          .join(', ')}
      </td>
      <td>
        <time dateTime={article.editedAt}>{formatWhen(article.editedAt)}</time>
      </td>
      <td className="num">{article.wordCount.toLocaleString('en-US')}</td>
      {trashed && (
        <td className="trash-actions">
          <button type="button" onClick={onRestore} aria-label={`Restore ${headline}`}>
            Restore
          </button>
          <button type="button" className="danger" onClick={onErase} aria-label={`Delete ${headline} forever`}>
            Delete forever…
          </button>
        </td>
      )}
    </tr>
  );
}

/**
 * A story's line on a shared desk, under its headline: who it is assigned to, who is editing it
 * now (someone else), and a small mark while local changes wait for the hub. The chief assigns
 * it from here.
 */
import { useState } from 'react';
import type { ArticleSummary } from '../../shared/article/article';
import { useNewsroomStatus } from './newsroom-status';
import { lockLine } from './wording';
import { AssignControl } from './AssignControl';
import './newsroom.css';

export function DeskMarks({ article }: { article: ArticleSummary }): React.JSX.Element | null {
  const status = useNewsroomStatus();
  // The assignment as this page last set it; the next desk reload brings the store's own.
  const [assigned, setAssigned] = useState<{ for: string | null | undefined; to: string | null } | null>(null);
  if (!status?.joined) return null;
  const assignedTo = assigned && assigned.for === article.assignedTo ? assigned.to : (article.assignedTo ?? null);
  const editor = article.lockHolder && article.lockHolder !== status.user ? article.lockHolder : null;
  const headline = article.headline || 'Untitled';
  return (
    <div className="desk-marks">
      {assignedTo && <span className="mark-assigned">Assigned to {assignedTo === status.user ? 'you' : assignedTo}</span>}
      {article.createdBy && article.createdBy !== assignedTo && (
        <span className="mark-by">Started by {article.createdBy === status.user ? 'you' : article.createdBy}</span>
      )}
      {editor && <span className="mark-lock">{lockLine(editor, article.lockSince)}</span>}
      {article.waiting && (
        <span className="mark-waiting" title="Changes on this computer the hub has not taken yet">
          Waiting to sync
        </span>
      )}
      {status.role === 'chief' && (
        <AssignControl
          id={article.id}
          headline={headline}
          assignedTo={assignedTo}
          users={status.users}
          onAssigned={(to) => setAssigned({ for: article.assignedTo, to })}
        />
      )}
    </div>
  );
}

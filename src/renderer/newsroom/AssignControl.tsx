/** The chief's "Assign…": pick someone on the desk (or nobody) for one story. */
import { useState } from 'react';
import type { DeskUser } from '../../shared/newsroom/roles';
import { api, errorMessage } from '../api/client';
import { useToast } from '../app/Toast';

const NOBODY = '';

export function AssignControl({
  id,
  headline,
  assignedTo,
  users,
  onAssigned,
}: {
  id: string;
  headline: string;
  assignedTo: string | null;
  users: DeskUser[];
  onAssigned(user: string | null): void;
}): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  const assign = async (choice: string) => {
    const user = choice === NOBODY ? null : choice;
    setBusy(true);
    try {
      const result = await api.assignStory({ id, user });
      onAssigned(result.assignedTo);
      toast(result.assignedTo ? `“${headline}” is assigned to ${result.assignedTo}.` : `“${headline}” is assigned to nobody.`);
      setOpen(false);
    } catch (e) {
      toast(`Could not assign “${headline}”: ${errorMessage(e)}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className="link-button" aria-label={`Assign ${headline}`} onClick={() => setOpen(true)}>
        Assign…
      </button>
    );
  }
  return (
    <span className="assign-control">
      <select
        aria-label={`Assign ${headline} to`}
        autoFocus
        disabled={busy}
        defaultValue={assignedTo ?? NOBODY}
        onChange={(e) => void assign(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        <option value={NOBODY}>Nobody</option>
        {users.map((u) => (
          <option key={u.name} value={u.name}>
            {u.name} ({u.role})
          </option>
        ))}
      </select>
      <button type="button" className="link-button" disabled={busy} onClick={() => setOpen(false)}>
        Cancel
      </button>
    </span>
  );
}

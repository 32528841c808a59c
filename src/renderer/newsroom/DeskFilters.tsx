/** The shared desk's own filters, "Mine" and "Assigned to me", kept in the address like the others. */
import type { DeskPeopleFilter } from '../app/route';
import { useNewsroomStatus } from './newsroom-status';

export function DeskFilters({ people, onChange }: { people: DeskPeopleFilter; onChange(next: DeskPeopleFilter): void }): React.JSX.Element | null {
  const status = useNewsroomStatus();
  if (!status?.joined) return null;
  return (
    <span className="desk-filters" role="group" aria-label="People filters">
      <label>
        <input type="checkbox" checked={!!people.mine} onChange={(e) => onChange({ ...people, mine: e.target.checked })} /> Mine
      </label>
      <label>
        <input type="checkbox" checked={!!people.assigned} onChange={(e) => onChange({ ...people, assigned: e.target.checked })} /> Assigned to me
      </label>
    </span>
  );
}

/** The shared desk's own filters, "Mine" and "Assigned to me", kept in the address like the others. */
import { useEffect, useState } from 'react';
import type { DeskPeopleFilter } from '../app/route';
import { useNewsroomStatus } from './newsroom-status';

export function DeskFilters({
  people,
  onChange,
}: {
  people: DeskPeopleFilter;
  onChange(next: DeskPeopleFilter): void;
}): React.JSX.Element | null {
  const status = useNewsroomStatus();
  // The address changes a moment after the click (hashchange is asynchronous): show the choice at
  // once, and build the next filter on it, not on an address that has not caught up yet.
  const [shown, setShown] = useState(people);
  useEffect(() => setShown(people), [people.mine, people.assigned]);
  if (!status?.joined) return null;
  const choose = (next: DeskPeopleFilter) => {
    setShown(next);
    onChange(next);
  };
  return (
    <span className="desk-filters" role="group" aria-label="People filters">
      <label>
        <input type="checkbox" checked={!!shown.mine} onChange={(e) => choose({ ...shown, mine: e.target.checked })} /> Mine
      </label>
      <label>
        <input type="checkbox" checked={!!shown.assigned} onChange={(e) => choose({ ...shown, assigned: e.target.checked })} /> Assigned to
        me
      </label>
    </span>
  );
}

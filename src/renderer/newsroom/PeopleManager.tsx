/**
 * The chief's people on the desk (Settings › Newsroom): everyone with their role and whether
 * their sign-in code is still unused; add someone, give someone a new code (another laptop, a
 * lost code), change a role, disable someone. A new code is shown once, to hand over; the hub
 * keeps only its hash. Every change lands in the audit log.
 */
import { useEffect, useState } from 'react';
import type { Person } from '../../shared/newsroom/protocol';
import { ROLES, type Role } from '../../shared/newsroom/roles';
import { api, errorMessage } from '../api/client';
import { useToast } from '../app/Toast';
import { refreshNewsroomStatus } from './newsroom-status';

type Change = { action: 'add' | 'code' | 'role' | 'disable'; name: string; role?: Role };

export function PeopleManager({ me }: { me: string }): React.JSX.Element {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState<{ user: string; role: string; code: string } | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reporter');
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  useEffect(() => {
    api.managePeople({}).then(
      (r) => setPeople(r.people),
      (e) => setError(errorMessage(e)),
    );
  }, []);

  const change = async (c: Change, done: string) => {
    setBusy(true);
    try {
      const result = await api.managePeople(c);
      setPeople(result.people);
      setError(null);
      if (result.code) setCode(result.code);
      toast(done);
      void refreshNewsroomStatus();
      return true;
    } catch (e) {
      toast(`${done.replace(/\.$/, '')} failed: ${errorMessage(e)}`, 'error');
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="people-manager">
      <h3>People on the desk</h3>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {code && (
        <div className="banner code-banner" role="status" data-testid="new-code">
          <strong>{code.user}</strong> ({code.role}) joins with this one-time code, valid for 7 days. It is shown only now:
          <code className="sign-in-code">{code.code}</code>
          <button type="button" onClick={() => setCode(null)}>
            Done
          </button>
        </div>
      )}
      {people && (
        <table className="desk-table people-table" aria-label="People on the desk">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.name}>
                <td>
                  {p.name}
                  {p.name === me && ' (you)'}
                </td>
                <td>
                  <select
                    aria-label={`Role of ${p.name}`}
                    value={p.role}
                    disabled={busy || !!p.disabledAt || p.name === me}
                    onChange={(e) =>
                      void change({ action: 'role', name: p.name, role: e.target.value as Role }, `${p.name} is now ${e.target.value}.`)
                    }
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{p.disabledAt ? 'Disabled' : p.codePending ? 'Code not used yet' : 'Active'}</td>
                <td>
                  {!p.disabledAt && (
                    <div className="people-actions">
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => void change({ action: 'code', name: p.name }, `A new code for ${p.name}.`)}
                      >
                        New code
                      </button>
                      {p.name !== me && (
                        <button
                          type="button"
                          className="danger"
                          disabled={busy}
                          onClick={() =>
                            confirm(`Disable ${p.name}? Their sessions end and their locks are released.`) &&
                            void change({ action: 'disable', name: p.name }, `${p.name} is disabled.`)
                          }
                        >
                          Disable
                        </button>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="add-person"
        aria-label="Add a person"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await change({ action: 'add', name: name.trim(), role }, `${name.trim()} is on the desk.`)) setName('');
        }}
      >
        <label>
          Name
          <input
            required
            value={name}
            placeholder="kim"
            pattern="[A-Za-z][A-Za-z0-9._\-]{0,39}"
            title="Letters, digits, dots, dashes or underscores, starting with a letter"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy}>
          Add person
        </button>
      </form>
    </div>
  );
}

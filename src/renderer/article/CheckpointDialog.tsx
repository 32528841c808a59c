/** Ctrl/Cmd+S: save a version, with an optional label such as "Filed" or "Copy-edited". */
import { useState } from 'react';
import { Dialog } from '../app/Dialog';

const SUGGESTIONS = ['Filed', 'Copy-edited', 'Legal read', 'Final'];

export function CheckpointDialog({ onSave, onCancel }: { onSave(label: string): void; onCancel(): void }): React.JSX.Element {
  const [label, setLabel] = useState('');
  return (
    <Dialog title="Save a version" onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(label.trim());
        }}
      >
        <label>
          Version label (optional)
          <input autoFocus value={label} list="version-labels" maxLength={120} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <datalist id="version-labels">
          {SUGGESTIONS.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save version
          </button>
        </div>
      </form>
    </Dialog>
  );
}

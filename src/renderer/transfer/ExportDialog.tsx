/** File › Export: the current draft or one version, in any format a desk exchanges. */
import { useState } from 'react';
import { EXPORT_FILE_TYPES, EXPORT_FORMATS, type ExportFormat } from '../../shared/export/types';
import { api, errorMessage } from '../api/client';
import { Dialog } from '../app/Dialog';
import { base64ToBytes, saveFile } from './files';

export function ExportDialog({ id, version, onClose, beforeExport }: { id: string; version?: number; onClose(): void; beforeExport?: () => Promise<unknown> }): React.JSX.Element {
  const [format, setFormat] = useState<ExportFormat>(() => (localStorage.getItem('copydesk:export-format') as ExportFormat) || 'html');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await beforeExport?.();
      const file = await api.exportArticle({ id, version, format });
      saveFile(file.fileName, file.mime, base64ToBytes(file.base64));
      localStorage.setItem('copydesk:export-format', format);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={version ? `Export version ${version}` : 'Export'} onClose={onClose}>
      <form onSubmit={(e) => (e.preventDefault(), void run())}>
        <fieldset className="format-choice">
          <legend>Format</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="inline">
              <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              {EXPORT_FILE_TYPES[f].label}
            </label>
          ))}
        </fieldset>
        {error && <p role="alert" className="error">{error}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={busy}>{busy ? 'Exporting…' : 'Export'}</button>
        </div>
      </form>
    </Dialog>
  );
}

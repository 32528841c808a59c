/** File › Export: the current draft or one version, in any format a desk exchanges. */
import { useState } from 'react';
import { api, errorMessage } from '../api/client';
import { Dialog } from '../app/Dialog';
import { base64ToBytes, saveFile } from './files';
import { FormatChoice, useExportFormat } from './FormatChoice';

export function ExportDialog({
  id,
  version,
  onClose,
  beforeExport,
}: {
  id: string;
  version?: number;
  onClose(): void;
  beforeExport?: () => Promise<unknown>;
}): React.JSX.Element {
  const [format, setFormat] = useExportFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await beforeExport?.();
      const file = await api.exportArticle({ id, version, format });
      saveFile(file.fileName, file.mime, base64ToBytes(file.base64));
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
        <FormatChoice format={format} onChange={setFormat} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

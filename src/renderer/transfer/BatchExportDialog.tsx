/**
 * Export from the desk: several articles into a zip (or a folder, where the browser can write
 * one), one at a time with a progress bar, then a summary of what was written and what was
 * refused and why.
 */
import { useState } from 'react';
import JSZip from 'jszip';
import { EXPORT_FILE_TYPES, EXPORT_FORMATS, type ExportFormat } from '../../shared/export/types';
import type { ArticleSummary } from '../../shared/article/article';
import { api, errorMessage } from '../api/client';
import { Dialog } from '../app/Dialog';
import { base64ToBytes, saveFile } from './files';
import { safeFileName } from '../../shared/export/file-name';

interface DirectoryHandle {
  getFileHandle(name: string, options: { create: boolean }): Promise<{ createWritable(): Promise<{ write(data: Uint8Array<ArrayBuffer>): Promise<void>; close(): Promise<void> }> }>;
}
const pickFolder = (window as unknown as { showDirectoryPicker?: (o: { mode: string }) => Promise<DirectoryHandle> }).showDirectoryPicker;

type Outcome = { headline: string; file?: string; error?: string };

export function BatchExportDialog({ articles, onClose }: { articles: ArticleSummary[]; onClose(): void }): React.JSX.Element {
  const [format, setFormat] = useState<ExportFormat>('html');
  const [target, setTarget] = useState<'zip' | 'folder'>('zip');
  const [done, setDone] = useState(0);
  const [running, setRunning] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);

  const run = async () => {
    let folder: DirectoryHandle | null = null;
    if (target === 'folder' && pickFolder) {
      try {
        folder = await pickFolder({ mode: 'readwrite' });
      } catch {
        return; // the reporter cancelled the folder picker
      }
    }
    setRunning(true);
    setDone(0);
    const zip = new JSZip();
    const results: Outcome[] = [];
    const used = new Set<string>();
    for (const article of articles) {
      const headline = article.headline || 'Untitled';
      try {
        const file = await api.exportArticle({ id: article.id, format });
        const safe = safeFileName(file.fileName);
        let name = safe;
        for (let n = 2; used.has(name); n++) name = safe.replace(/(\.[^.]+(\.[^.]+)?)$/, `-${n}$1`);
        used.add(name);
        const bytes = base64ToBytes(file.base64);
        if (folder) {
          const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
          await writable.write(bytes);
          await writable.close();
        } else zip.file(name, bytes);
        results.push({ headline, file: name });
      } catch (e) {
        results.push({ headline, error: errorMessage(e) });
      }
      setDone((d) => d + 1);
    }
    if (!folder && results.some((r) => r.file)) {
      const blob = await zip.generateAsync({ type: 'blob' });
      saveFile(`copydesk-export-${format}-${new Date().toISOString().slice(0, 10)}.zip`, 'application/zip', blob);
    }
    setOutcomes(results);
    setRunning(false);
  };

  const written = outcomes?.filter((o) => o.file) ?? [];
  const refused = outcomes?.filter((o) => o.error) ?? [];
  return (
    <Dialog title={`Export ${articles.length} article${articles.length === 1 ? '' : 's'}`} onClose={onClose}>
      {!outcomes ? (
        <form onSubmit={(e) => (e.preventDefault(), void run())}>
          <label>
            Format
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} disabled={running}>
              {EXPORT_FORMATS.map((f) => <option key={f} value={f}>{EXPORT_FILE_TYPES[f].label}</option>)}
            </select>
          </label>
          <fieldset className="format-choice">
            <legend>Into</legend>
            <label className="inline"><input type="radio" name="target" checked={target === 'zip'} onChange={() => setTarget('zip')} /> One zip file</label>
            <label className="inline">
              <input type="radio" name="target" checked={target === 'folder'} disabled={!pickFolder} onChange={() => setTarget('folder')} /> A folder{!pickFolder && ' (not offered by this browser)'}
            </label>
          </fieldset>
          <progress max={articles.length} value={done} aria-label="Export progress" />
          <span className="progress-text">{done} of {articles.length}</span>
          <div className="dialog-actions">
            <button type="button" onClick={onClose} disabled={running}>Cancel</button>
            <button type="submit" className="primary" disabled={running}>{running ? 'Exporting…' : 'Export'}</button>
          </div>
        </form>
      ) : (
        <div role="status" aria-label="Export summary">
          <p>
            {written.length} written{refused.length > 0 ? `, ${refused.length} refused` : ''}.
          </p>
          {written.length > 0 && <ul className="outcomes">{written.map((o, i) => <li key={i}>{o.file}</li>)}</ul>}
          {refused.length > 0 && (
            <ul className="outcomes error">
              {refused.map((o, i) => <li key={i}>{o.headline}: {o.error}</li>)}
            </ul>
          )}
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onClose}>Done</button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

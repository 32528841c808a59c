/**
 * Export from the desk: several articles into a zip (or a folder, where the browser can write
 * one), one at a time with a progress bar and a Stop button, then a summary of what was written,
 * what was refused and why, and where it stopped.
 */
import { useRef, useState } from 'react';
import JSZip from 'jszip';
import type { ArticleSummary } from '../../shared/article/article';
import { api, errorMessage } from '../api/client';
import { Dialog } from '../app/Dialog';
import { base64ToBytes, saveFile } from './files';
import { safeFileName } from '../../shared/export/file-name';
import { FormatChoice, useExportFormat } from './FormatChoice';
import { batchEntries } from './bundle-entries';

interface DirectoryHandle {
  getFileHandle(
    name: string,
    options: { create: boolean },
  ): Promise<{ createWritable(): Promise<{ write(data: Uint8Array<ArrayBuffer>): Promise<void>; close(): Promise<void> }> }>;
  getDirectoryHandle(name: string, options: { create: boolean }): Promise<DirectoryHandle>;
}

/** Writes `images/x.jpg` as a file in a folder made inside the chosen folder. */
async function writeInto(folder: DirectoryHandle, path: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const parts = path.split('/');
  let dir = folder;
  for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
  const writable = await (await dir.getFileHandle(parts[parts.length - 1]!, { create: true })).createWritable();
  await writable.write(bytes);
  await writable.close();
}
const pickFolder = (window as unknown as { showDirectoryPicker?: (o: { mode: string }) => Promise<DirectoryHandle> }).showDirectoryPicker;

type Outcome = { headline: string; file?: string; error?: string };

export function BatchExportDialog({ articles, onClose }: { articles: ArticleSummary[]; onClose(): void }): React.JSX.Element {
  const [format, setFormat] = useExportFormat();
  const stopping = useRef(false);
  const [stoppedAt, setStoppedAt] = useState<number | null>(null);
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
    stopping.current = false;
    const zip = new JSZip();
    const results: Outcome[] = [];
    const used = new Set<string>();
    for (const article of articles) {
      // Stop between articles: the one being written is finished, nothing after it starts.
      if (stopping.current) break;
      const headline = article.headline || 'Untitled';
      try {
        const file = await api.exportArticle({ id: article.id, format });
        // An article with photos in Markdown or a wire format arrives as a zip: its file goes at
        // the top and its images into the one images/ folder every article's file points into.
        const entries = await batchEntries(file, base64ToBytes(file.base64));
        let name = '';
        for (const entry of entries) {
          let path = entry.path;
          if (entry.article) {
            const safe = safeFileName(entry.path);
            path = safe;
            for (let n = 2; used.has(path); n++) path = safe.replace(/(\.[^.]+(\.[^.]+)?)$/, `-${n}$1`);
            name = path;
          } else if (used.has(path)) continue; // the same image, already written for another article
          used.add(path);
          if (folder) await writeInto(folder, path, entry.bytes);
          else zip.file(path, entry.bytes);
        }
        results.push({ headline, file: name });
      } catch (e) {
        results.push({ headline, error: errorMessage(e) });
      }
      setDone((d) => d + 1);
    }
    const stopped = stopping.current && results.length < articles.length;
    if (stopped) setStoppedAt(results.length);
    // A stopped zip export saves nothing: half a batch in a zip would look like the whole of it.
    if (!folder && !stopped && results.some((r) => r.file)) {
      const blob = await zip.generateAsync({ type: 'blob' });
      saveFile(`copydesk-export-${format}-${new Date().toISOString().slice(0, 10)}.zip`, 'application/zip', blob);
    }
    setOutcomes(results);
    setRunning(false);
  };

  const written = outcomes?.filter((o) => o.file) ?? [];
  const refused = outcomes?.filter((o) => o.error) ?? [];
  return (
    <Dialog
      title={`Export ${articles.length} article${articles.length === 1 ? '' : 's'}`}
      onClose={() => (running ? (stopping.current = true) : onClose())}
    >
      {!outcomes ? (
        <form onSubmit={(e) => (e.preventDefault(), void run())}>
          <FormatChoice format={format} onChange={setFormat} disabled={running} />
          <fieldset className="format-choice">
            <legend>Into</legend>
            <label className="inline">
              <input type="radio" name="target" checked={target === 'zip'} onChange={() => setTarget('zip')} /> One zip file
            </label>
            <label className="inline">
              <input type="radio" name="target" checked={target === 'folder'} disabled={!pickFolder} onChange={() => setTarget('folder')} />{' '}
              A folder{!pickFolder && ' (not offered by this browser)'}
            </label>
          </fieldset>
          <progress max={articles.length} value={done} aria-label="Export progress" />
          <span className="progress-text">
            {done} of {articles.length}
          </span>
          <div className="dialog-actions">
            {running ? (
              <button type="button" onClick={() => (stopping.current = true)}>
                Stop
              </button>
            ) : (
              <button type="button" onClick={onClose}>
                Cancel
              </button>
            )}
            <button type="submit" className="primary" disabled={running}>
              {running ? 'Exporting…' : 'Export'}
            </button>
          </div>
        </form>
      ) : (
        <div role="status" aria-label="Export summary">
          {stoppedAt !== null ? (
            <p>
              Stopped after {stoppedAt} of {articles.length}.{' '}
              {target === 'folder' && pickFolder ? `${written.length} written to the folder stay there.` : 'No zip file was saved.'}
            </p>
          ) : (
            <p>
              {written.length} written{refused.length > 0 ? `, ${refused.length} refused` : ''}.
            </p>
          )}
          {written.length > 0 && (stoppedAt === null || target === 'folder') && (
            <ul className="outcomes">
              {written.map((o, i) => (
                <li key={i}>{o.file}</li>
              ))}
            </ul>
          )}
          {refused.length > 0 && (
            <ul className="outcomes error">
              {refused.map((o, i) => (
                <li key={i}>
                  {o.headline}: {o.error}
                </li>
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

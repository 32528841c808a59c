/**
 * File › Import and drag-and-drop: text, Markdown, HTML, DOCX or Copydesk JSON files. All of
 * them become articles, or none do and the refusal names each file and why.
 */
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage, onMenuCommand } from '../api/client';
import { useToast } from '../app/Toast';
import { fileToBase64 } from './files';
import { DuplicateImportDialog, findDuplicates, type Duplicate } from './DuplicateImportDialog';
import { importSizeRefusal } from '../../shared/import/limits';

export const IMPORT_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,.json,.zip';

export interface Importer {
  importFiles(files: File[]): Promise<void>;
  error: string | null;
  clearError(): void;
  /** An import whose headline is already on the desk, waiting for the desk's choice. */
  duplicate: React.JSX.Element | null;
}

export function useImport(onImported: (ids: string[]) => void): Importer {
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<{ list: Duplicate[]; files: { name: string; base64: string }[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const current = duplicates?.list[0];
  const next = () => setDuplicates((d) => (d && d.list.length > 1 ? { ...d, list: d.list.slice(1) } : null));

  const makeVersion = async () => {
    if (!duplicates || !current) return;
    setBusy(true);
    try {
      const file = duplicates.files.find((f) => f.name === current.imported.file);
      if (!file) throw new Error(`the file “${current.imported.file}” is no longer at hand; import it again`);
      const [record] = await api.importFiles({ files: [file], asVersionOf: current.existing.id });
      await api.trashArticle({ id: current.imported.id });
      toast(
        `“${current.existing.headline}” has a new version ${record?.version ?? ''} from ${current.imported.file}; the separate copy is in the trash.`,
      );
      onImported([current.existing.id]);
      next();
    } catch (e) {
      setError(errorMessage(e));
      setDuplicates(null);
    } finally {
      setBusy(false);
    }
  };

  return {
    error,
    clearError: () => setError(null),
    duplicate: current ? (
      <DuplicateImportDialog duplicate={current} busy={busy} onKeepBoth={next} onMakeVersion={() => void makeVersion()} />
    ) : null,
    importFiles: async (files) => {
      if (files.length === 0) return;
      setError(null);
      try {
        // Refuse an oversized file here, by name, before reading it: sent whole it would be
        // over what one request may carry, and the refusal would name the wrong reason.
        // A Word document or ZIP may be larger than a text file: it carries its photos.
        const tooLarge = importSizeRefusal(files);
        if (tooLarge) throw new Error(tooLarge);
        const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: await fileToBase64(f) })));
        const records = await api.importFiles({ files: payload });
        // What a file could not bring as it was (a remote image not downloaded, a refused one) is
        // said with the count, so the desk knows which photos to add by hand.
        const notes = records.flatMap((r) => (r.notes ?? []).map((note) => `${r.file}: ${note}`));
        const said = notes.slice(0, 3).join('; ') + (notes.length > 3 ? `; and ${notes.length - 3} more` : '');
        toast(`Imported ${records.length} article${records.length === 1 ? '' : 's'}${said ? `. ${said}.` : ''}`);
        onImported(records.map((r) => r.id));
        const found = findDuplicates(records, await api.listArticles({}));
        if (found.length) setDuplicates({ list: found, files: payload });
      } catch (e) {
        setError(errorMessage(e));
      }
    },
  };
}

export function ImportButton({ onFiles }: { onFiles(files: File[]): void }): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => onMenuCommand((c) => c === 'import' && input.current?.click()), []);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        aria-label="Import files"
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
    </>
  );
}

/**
 * File › Import and drag-and-drop: text, Markdown, HTML, DOCX or Copydesk JSON files. All of
 * them become articles, or none do and the refusal names each file and why.
 */
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage, onMenuCommand } from '../api/client';
import { useToast } from '../app/Toast';
import { fileToBase64 } from './files';
import { ImportError } from '../../shared/import/import-error';
import { MAX_IMPORT_BYTES, tooLargeReason } from '../../shared/import/limits';

export const IMPORT_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,.json';

export function useImport(onImported: (ids: string[]) => void): { importFiles(files: File[]): Promise<void>; error: string | null; clearError(): void } {
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  return {
    error,
    clearError: () => setError(null),
    importFiles: async (files) => {
      if (files.length === 0) return;
      setError(null);
      try {
        // Refuse an oversized file here, by name, before reading it: sent whole it would be
        // over what one request may carry, and the refusal would name the wrong reason.
        const huge = files.find((f) => f.size > MAX_IMPORT_BYTES);
        if (huge) throw new ImportError(huge.name, tooLargeReason(huge.size));
        const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: await fileToBase64(f) })));
        const records = await api.importFiles({ files: payload });
        toast(`Imported ${records.length} article${records.length === 1 ? '' : 's'}`);
        onImported(records.map((r) => r.id));
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
      <button type="button" onClick={() => input.current?.click()}>Import…</button>
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

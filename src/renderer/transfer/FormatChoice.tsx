/** The export format as radio buttons, the one way every export dialog asks, remembering the last choice. */
import { useState } from 'react';
import { EXPORT_FILE_TYPES, EXPORT_FORMATS, FORMATS_WITH_IMAGES_BESIDE, type ExportFormat } from '../../shared/export/types';

const REMEMBERED = 'copydesk:export-format';

/** The format last used (or HTML), and a setter that remembers the choice for next time. */
export function useExportFormat(): [ExportFormat, (format: ExportFormat) => void] {
  const [format, setFormat] = useState<ExportFormat>(() => {
    const kept = localStorage.getItem(REMEMBERED) as ExportFormat | null;
    return kept && (EXPORT_FORMATS as readonly string[]).includes(kept) ? kept : 'html';
  });
  return [
    format,
    (next) => {
      setFormat(next);
      localStorage.setItem(REMEMBERED, next);
    },
  ];
}

export function FormatChoice({
  format,
  onChange,
  disabled,
}: {
  format: ExportFormat;
  onChange(format: ExportFormat): void;
  disabled?: boolean;
}): React.JSX.Element {
  return (
    <fieldset className="format-choice" disabled={disabled}>
      <legend>Format</legend>
      {EXPORT_FORMATS.map((f) => (
        <label key={f} className="inline">
          <input type="radio" name="format" value={f} checked={format === f} onChange={() => onChange(f)} />
          {EXPORT_FILE_TYPES[f].label}
        </label>
      ))}
      {FORMATS_WITH_IMAGES_BESIDE.has(format) && (
        <p className="hint" data-testid="zip-hint">
          An article with photos leaves as a .zip: the {EXPORT_FILE_TYPES[format].label} file and its images in an images/ folder.
        </p>
      )}
    </fieldset>
  );
}

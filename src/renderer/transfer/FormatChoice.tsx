/** The export format as radio buttons, the one way every export dialog asks, remembering the last choice. */
import { useState } from 'react';
import { EXPORT_FILE_TYPES, EXPORT_FORMATS, type ExportFormat } from '../../shared/export/types';

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
    </fieldset>
  );
}

/**
 * Settings: who signs versions (name and email), and the house style of reader-facing notes
 * (the note's form — AP, wire or UK — label words and date style). Stored in the data dir, so
 * every window, every export and the CLI agree.
 */
import { useEffect, useState } from 'react';
import type { AppSettings } from '../../shared/api/contract';
import { formatNote } from '../../shared/notes/format';
import type { NoteForm } from '../../shared/notes/style';
import { api, errorMessage } from '../api/client';
import { deskHash } from '../app/route';
import { useToast } from '../app/Toast';
import { NewsroomSettings } from '../newsroom/NewsroomSettings';

type DateStyle = 'ap' | 'long' | 'iso';

/** The example note each form is shown with: one formatter, so the example is what readers get. */
const EXAMPLE = { kind: 'update' as const, date: '2024-11-06T17:36:00', text: 'Additional comments from Rutte.' };

export function SettingsView(): React.JSX.Element {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  useEffect(() => {
    api.getSettings({}).then(setSettings, (e) => setError(errorMessage(e)));
  }, []);
  if (error)
    return (
      <main className="view">
        <p role="alert" className="error">
          {error}
        </p>
      </main>
    );
  if (!settings)
    return (
      <main className="view" aria-busy="true">
        <p>Loading settings…</p>
      </main>
    );

  const style = settings.houseStyle;
  const labels = { update: style.labels?.update ?? 'Update', correction: style.labels?.correction ?? 'Correction' };
  const dateStyle: DateStyle = style.dateStyle ?? 'ap';
  const form: NoteForm = style.form ?? 'ap';
  const setStyle = (patch: Partial<AppSettings['houseStyle']>) => setSettings({ ...settings, houseStyle: { ...style, ...patch } });

  const save = async () => {
    try {
      setSettings(await api.saveSettings({ author: settings.author, houseStyle: { labels, dateStyle, form }, typing: settings.typing }));
      toast('Settings saved');
    } catch (e) {
      toast(`Settings not saved: ${errorMessage(e)}`, 'error');
    }
  };

  return (
    <main className="view settings-view">
      <header className="article-bar">
        <a href={deskHash()} className="back">
          ← Desk
        </a>
        <h1>Settings</h1>
      </header>
      <form className="sheet settings-form" onSubmit={(e) => (e.preventDefault(), void save())}>
        <fieldset>
          <legend>Author of versions</legend>
          <label>
            Name
            <input
              required
              value={settings.author.name}
              onChange={(e) => setSettings({ ...settings, author: { ...settings.author, name: e.target.value } })}
            />
          </label>
          <label>
            Email
            <input
              type="email"
              value={settings.author.email}
              onChange={(e) => setSettings({ ...settings, author: { ...settings.author, email: e.target.value } })}
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>House style for update and correction notes</legend>
          <label>
            Form of the note
            <select value={form} onChange={(e) => setStyle({ form: e.target.value as NoteForm })}>
              <option value="ap">AP — Update, Nov. 6: …</option>
              <option value="wire">Wire — (Updates with …)</option>
              <option value="uk">UK — This article was amended on …</option>
            </select>
          </label>
          <label>
            Label for new material
            <input
              required
              disabled={form !== 'ap'}
              value={labels.update}
              onChange={(e) => setStyle({ labels: { ...labels, update: e.target.value } })}
            />
          </label>
          <label>
            Label for a fixed error
            <input
              required
              disabled={form !== 'ap'}
              value={labels.correction}
              onChange={(e) => setStyle({ labels: { ...labels, correction: e.target.value } })}
            />
          </label>
          <label>
            Date style
            <select disabled={form !== 'ap'} value={dateStyle} onChange={(e) => setStyle({ dateStyle: e.target.value as DateStyle })}>
              <option value="ap">AP (Nov. 6, June 3)</option>
              <option value="long">Long (November 6, 2024)</option>
              <option value="iso">ISO (2024-11-06)</option>
            </select>
          </label>
          {form !== 'ap' && (
            <p className="hint">Labels and date style belong to the AP form; the wire and UK forms word the note themselves.</p>
          )}
          <p className="hint">
            Example: <em data-testid="note-example">{formatNote(EXAMPLE, { labels, dateStyle, form }).line}</em>
          </p>
        </fieldset>
        <fieldset>
          <legend>House style as you type</legend>
          <label className="inline">
            <input
              type="checkbox"
              checked={settings.typing?.smartPunctuation ?? true}
              onChange={(e) => setSettings({ ...settings, typing: { smartPunctuation: e.target.checked } })}
            />{' '}
            Curly quotes and dashes as you type (“ ” ‘ ’, -- becomes —)
          </label>
          <p className="hint">A line of three hyphens (---) becomes a rule either way.</p>
        </fieldset>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
      </form>
      <NewsroomSettings />
    </main>
  );
}

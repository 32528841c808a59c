/**
 * Settings: who signs versions (name and email), and the house style of reader-facing notes
 * (label words and date style). Stored in the data dir, so every window and the CLI agree.
 */
import { useEffect, useState } from 'react';
import type { AppSettings } from '../../shared/api/contract';
import { formatNoteLabel } from '../../shared/notes/style';
import { api, errorMessage } from '../api/client';
import { deskHash } from '../app/route';
import { useToast } from '../app/Toast';
import { NewsroomSettings } from '../newsroom/NewsroomSettings';

type DateStyle = 'ap' | 'long' | 'iso';

export function SettingsView(): React.JSX.Element {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  useEffect(() => {
    api.getSettings({}).then(setSettings, (e) => setError(errorMessage(e)));
  }, []);
  if (error) return <main className="view"><p role="alert" className="error">{error}</p></main>;
  if (!settings) return <main className="view" aria-busy="true"><p>Loading settings…</p></main>;

  const style = settings.houseStyle;
  const labels = { update: style.labels?.update ?? 'Update', correction: style.labels?.correction ?? 'Correction' };
  const dateStyle: DateStyle = style.dateStyle ?? 'ap';
  const setStyle = (patch: Partial<AppSettings['houseStyle']>) => setSettings({ ...settings, houseStyle: { ...style, ...patch } });

  const save = async () => {
    try {
      setSettings(await api.saveSettings({ author: settings.author, houseStyle: { labels, dateStyle }, typing: settings.typing }));
      toast('Settings saved');
    } catch (e) {
      toast(`Settings not saved: ${errorMessage(e)}`, 'error');
    }
  };

  return (
    <main className="view settings-view">
      <header className="article-bar">
        <a href={deskHash()} className="back">← Desk</a>
        <h1>Settings</h1>
      </header>
      <form className="sheet settings-form" onSubmit={(e) => (e.preventDefault(), void save())}>
        <fieldset>
          <legend>Author of versions</legend>
          <label>
            Name
            <input required value={settings.author.name} onChange={(e) => setSettings({ ...settings, author: { ...settings.author, name: e.target.value } })} />
          </label>
          <label>
            Email
            <input type="email" value={settings.author.email} onChange={(e) => setSettings({ ...settings, author: { ...settings.author, email: e.target.value } })} />
          </label>
        </fieldset>
        <fieldset>
          <legend>House style for update and correction notes</legend>
          <label>
            Label for new material
            <input required value={labels.update} onChange={(e) => setStyle({ labels: { ...labels, update: e.target.value } })} />
          </label>
          <label>
            Label for a fixed error
            <input required value={labels.correction} onChange={(e) => setStyle({ labels: { ...labels, correction: e.target.value } })} />
          </label>
          <label>
            Date style
            <select value={dateStyle} onChange={(e) => setStyle({ dateStyle: e.target.value as DateStyle })}>
              <option value="ap">AP (Nov. 6, June 3)</option>
              <option value="long">Long (November 6, 2024)</option>
              <option value="iso">ISO (2024-11-06)</option>
            </select>
          </label>
          <p className="hint">
            Example: <em>{formatNoteLabel('update', '2024-11-06T17:36:00', { labels, dateStyle })} Additional comments from …</em>
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
          <button type="submit" className="primary">Save settings</button>
        </div>
      </form>
      <NewsroomSettings />
    </main>
  );
}

/**
 * The page's keyboard shortcuts and the sheet that lists them (`?`). In the web host there is no
 * native menu, so the page turns the menu's keys into the same commands; on the desktop the menu
 * catches them first. Both read src/shared/api/shortcuts.ts, so what the sheet shows works.
 */
import { useEffect, useState } from 'react';
import { isDesktop, runCommand } from '../api/client';
import { COMMAND_SHORTCUTS, EDITOR_SHORTCUTS, commandForKeys, shownKeys, type Shortcut } from '../../shared/api/shortcuts';
import { Dialog } from './Dialog';

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const shell = isDesktop ? 'desktop' : 'web';

/** The keys for a tooltip: "Ctrl+E", or the web host's own where the browser keeps the usual ones. */
export function keysFor(shortcut: Shortcut | undefined): string {
  return shortcut ? shownKeys(shortcut, shell, isMac) : '';
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

const WHERE: Record<Shortcut['where'], string> = {
  everywhere: 'Anywhere',
  desk: 'On the desk',
  article: 'In an article',
  body: 'In the article body',
};

export function Shortcuts(): React.JSX.Element | null {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        setOpen(true);
        return;
      }
      if (isDesktop) return; // the native menu has these keys
      const command = commandForKeys(event, isMac);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!open) return null;
  const all = [...Object.values(COMMAND_SHORTCUTS), ...EDITOR_SHORTCUTS];
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => setOpen(false)}>
      {(Object.keys(WHERE) as Shortcut['where'][]).map((where) => (
        <section key={where} className="shortcut-group">
          <h3>{WHERE[where]}</h3>
          <table className="shortcut-table">
            <tbody>
              {all
                .filter((s) => s.where === where)
                .map((s) => (
                  <tr key={s.label}>
                    <td>{s.label}</td>
                    <td>
                      <kbd>{keysFor(s)}</kbd>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

/**
 * Every keyboard shortcut Copydesk shows, in one table: the desktop's native menu takes its
 * accelerators from here, the web host's page listens for the same keys, tooltips print them,
 * and the shortcuts sheet (`?`) lists them. A shortcut shown anywhere therefore works in both
 * shells. Where a browser keeps a key for itself (Ctrl+N opens a window, Ctrl+Shift+C opens
 * its inspector), the web host uses the `web` keys instead, and shows those.
 */
import type { MenuCommand } from './contract';

export interface Shortcut {
  /** Electron accelerator syntax: "CmdOrCtrl+Shift+H". */
  keys: string;
  /** The web host's keys where the browser reserves `keys`. */
  web?: string;
  label: string;
  /** Where it applies, for the sheet. */
  where: 'everywhere' | 'article' | 'desk' | 'body';
}

export const COMMAND_SHORTCUTS: Partial<Record<MenuCommand, Shortcut>> = {
  'new-article': { keys: 'CmdOrCtrl+N', web: 'Alt+N', label: 'New article', where: 'desk' },
  import: { keys: 'CmdOrCtrl+O', label: 'Import files', where: 'desk' },
  export: { keys: 'CmdOrCtrl+E', label: 'Export the article', where: 'article' },
  checkpoint: { keys: 'CmdOrCtrl+S', label: 'Save a version', where: 'article' },
  desk: { keys: 'CmdOrCtrl+Shift+D', label: 'Go to the desk', where: 'everywhere' },
  find: { keys: 'CmdOrCtrl+Shift+F', label: 'Search the desk', where: 'desk' },
  history: { keys: 'CmdOrCtrl+Shift+H', label: 'History of the article', where: 'article' },
  compare: { keys: 'CmdOrCtrl+Shift+C', web: 'Alt+Shift+C', label: 'Compare the draft with the published version', where: 'article' },
};

/** Keys the editor itself handles (Lexical and our plugins), the same in both shells. */
export const EDITOR_SHORTCUTS: Shortcut[] = [
  { keys: 'CmdOrCtrl+B', label: 'Bold', where: 'body' },
  { keys: 'CmdOrCtrl+I', label: 'Italic', where: 'body' },
  { keys: 'CmdOrCtrl+U', label: 'Underline', where: 'body' },
  { keys: 'CmdOrCtrl+K', label: 'Link', where: 'body' },
  { keys: 'CmdOrCtrl+Z', label: 'Undo', where: 'body' },
  { keys: 'CmdOrCtrl+Shift+Z', label: 'Redo', where: 'body' },
  { keys: 'CmdOrCtrl+F', label: 'Find in the body', where: 'body' },
  { keys: 'CmdOrCtrl+H', label: 'Find and replace in the body', where: 'body' },
  { keys: '?', label: 'This list of shortcuts', where: 'everywhere' },
];

/** The keys to show in this shell: "Ctrl+Shift+H" (or "⌘⇧H" style words on a Mac: "Cmd+Shift+H"). */
export function shownKeys(shortcut: Shortcut, shell: 'desktop' | 'web', mac = false): string {
  const keys = shell === 'web' && shortcut.web ? shortcut.web : shortcut.keys;
  return keys.replace('CmdOrCtrl', mac ? 'Cmd' : 'Ctrl');
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Does this key press match the shortcut's keys ("CmdOrCtrl+Shift+H", "Alt+N")? */
export function matchesKeys(keys: string, press: KeyPress, mac = false): boolean {
  const parts = keys.split('+');
  const key = parts.pop()!.toLowerCase();
  const wants = new Set(parts);
  const primary = mac ? press.metaKey : press.ctrlKey;
  if (wants.has('CmdOrCtrl') !== primary) return false;
  if (!mac && press.metaKey) return false;
  if (wants.has('Shift') !== press.shiftKey || wants.has('Alt') !== press.altKey) return false;
  // With Alt or Shift held, key may be a composed character: compare the key cap as well.
  return press.key.toLowerCase() === key || (press.altKey || press.shiftKey ? codeKey(press) === key : false);
}

function codeKey(press: KeyPress): string {
  const code = (press as { code?: string }).code ?? '';
  return /^Key[A-Z]$/.test(code) ? code.slice(3).toLowerCase() : '';
}

/** The command a key press in the web host stands for, if any. */
export function commandForKeys(press: KeyPress, mac = false): MenuCommand | null {
  for (const [command, shortcut] of Object.entries(COMMAND_SHORTCUTS) as [MenuCommand, Shortcut][]) {
    if (matchesKeys(shortcut.web ?? shortcut.keys, press, mac)) return command;
  }
  return null;
}

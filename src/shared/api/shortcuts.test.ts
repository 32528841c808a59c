import { describe, expect, it } from 'vitest';
import { COMMAND_SHORTCUTS, commandForKeys, matchesKeys, shownKeys } from './shortcuts';
import { menuTemplate } from '../../main/electron/menu';

const press = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; code: string }> = {},
) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('the one shortcut table', () => {
  it('gives the native menu its accelerators, one per command', () => {
    const items = menuTemplate(
      () => undefined,
      false,
      () => undefined,
    ).flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    for (const [command, shortcut] of Object.entries(COMMAND_SHORTCUTS)) {
      const sent: string[] = [];
      const item = menuTemplate(
        (c) => sent.push(c),
        false,
        () => undefined,
      )
        .flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []))
        .find((i) => i.accelerator === shortcut!.keys);
      item?.click?.(undefined as never, undefined, undefined as never);
      expect(sent, command).toEqual([command]);
    }
    expect(items.filter((i) => i.accelerator).length).toBe(Object.keys(COMMAND_SHORTCUTS).length);
  });

  it('turns key presses into commands in the web host, using the web keys where the browser keeps the usual ones', () => {
    expect(commandForKeys(press('e', { ctrlKey: true }))).toBe('export');
    expect(commandForKeys(press('S', { ctrlKey: true, shiftKey: false }))).toBe('checkpoint');
    expect(commandForKeys(press('H', { ctrlKey: true, shiftKey: true }))).toBe('history');
    expect(commandForKeys(press('n', { altKey: true }))).toBe('new-article');
    expect(commandForKeys(press('ñ', { altKey: true, code: 'KeyN' }))).toBe('new-article');
    expect(commandForKeys(press('n', { ctrlKey: true }))).toBeNull(); // the browser's: a new window
    expect(commandForKeys(press('C', { altKey: true, shiftKey: true }))).toBe('compare');
    expect(commandForKeys(press('e'))).toBeNull();
    expect(commandForKeys(press('e', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandForKeys(press('e', { metaKey: true }), true)).toBe('export');
    expect(matchesKeys('CmdOrCtrl+E', press('e', { ctrlKey: true }), true)).toBe(false);
  });

  it('shows the keys of the shell it runs in', () => {
    expect(shownKeys(COMMAND_SHORTCUTS['new-article']!, 'desktop')).toBe('Ctrl+N');
    expect(shownKeys(COMMAND_SHORTCUTS['new-article']!, 'web')).toBe('Alt+N');
    expect(shownKeys(COMMAND_SHORTCUTS.export!, 'web', true)).toBe('Cmd+E');
  });
});

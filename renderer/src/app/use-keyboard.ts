/**
 * Shortcuts in the browser build. In Electron the native menu owns these accelerators and sends
 * the commands itself, so the page does not handle them twice.
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc';

/** The command a key press asks for, or null. Exported for tests. */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, isMac: boolean): MenuCommand | null {
  const mod = isMac ? e.metaKey : e.ctrlKey;
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'edit.redo' : 'edit.undo';
  if (key === 'y' && !isMac) return 'edit.redo';
  if (key === 's') return e.shiftKey ? 'file.saveAs' : 'file.save';
  if (key === 'o' && !e.shiftKey) return 'file.open';
  if (key === 'n' && !e.shiftKey) return 'file.new';
  if (key === 'e' && !e.shiftKey) return 'file.export';
  if (key === 'i' && !e.shiftKey) return 'file.import';
  if (key === 'p' && !e.shiftKey) return 'file.printPdf';
  const views: Record<string, MenuCommand> = {
    '1': 'view.summary',
    '2': 'view.inventory',
    '3': 'view.assumptions',
    '4': 'view.issues',
    '5': 'view.map',
    '6': 'view.waves',
    '7': 'view.timeline',
    '8': 'view.risks',
    '9': 'view.outage',
    k: 'view.compare',
  };
  return e.shiftKey ? null : (views[key] ?? null);
}

/** Text fields keep their own undo: a user undoing typing expects the text back, not the last edit. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(target.type);
}

export function useKeyboardShortcuts(enabled: boolean, run: (command: MenuCommand) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
    const onKey = (e: KeyboardEvent) => {
      // A widget that handled the key itself (the grid's own undo, a dialog) has the last word.
      if (e.defaultPrevented) return;
      const command = commandForKey(e, isMac);
      if (!command) return;
      if ((command === 'edit.undo' || command === 'edit.redo') && inTextField(e.target)) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, run]);
}

/**
 * The page's side effects, each small: platform events in, document state and autosave out,
 * theme and language applied to the document element.
 */
import { useEffect, useRef } from 'react';
import { i18next } from '../i18n';
import { useDecampStore, useShallow } from '../store';
import { isProjectFile, readImportFiles } from '../platform/import-files';
import { useAppState } from './app-state';
import { runCommand, type CommandContext } from './run-command';

/** Autosave cadence while there are unsaved changes. */
export const AUTOSAVE_MS = 30_000;

export function usePlatformEvents(ctx: CommandContext): void {
  useEffect(() => {
    const offs = [
      ctx.api.on('menuCommand', (command) => void runCommand(ctx, command)),
      // Main (or a drop in the browser) does not know whether the page has unsaved changes: the page asks before replacing.
      ctx.api.on('openDocument', (opened) => void ctx.docs.adopt(opened)),
      ctx.api.on('openFailed', (error) => useAppState.getState().set({ openError: error })),
      // Files dropped on the window that are not projects: offer them for import.
      ctx.api.on('importFiles', (files) => useAppState.getState().set({ importOpen: true, importFiles: files })),
      ctx.api.on('closeRequested', () => {
        if (!ctx.store.getState().dirty) return ctx.api.respondToClose('close');
        // OK saves and closes; Cancel keeps the window, so no answer loses work.
        if (!window.confirm(i18next.t('common:dialog.unsavedOnClose'))) return ctx.api.respondToClose('cancel');
        void ctx.docs.save().then((saved) => ctx.api.respondToClose(saved ? 'close' : 'cancel'));
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [ctx]);
}

/**
 * In the desktop app the page itself sees files dropped on the window (the browser build's platform
 * handles them): a file that is not a Decamp project opens the Import dialog with its bytes.
 */
export function useImportDrop(ctx: CommandContext): void {
  useEffect(() => {
    if (ctx.api.platform !== 'electron') return;
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      void (async () => {
        if (files.length === 1 && files[0] && (await isProjectFile(files[0]))) return;
        const read = await readImportFiles(files.filter((f) => !/\.decamp\.json$/i.test(f.name)));
        if (read.ok) useAppState.getState().set({ importOpen: true, importFiles: read.value });
        else useAppState.getState().set({ openError: read.error });
      })();
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [ctx]);
}

/** Tell the platform the title and dirty flag (window title, close prompt). */
export function useDocumentStateSync(ctx: CommandContext): void {
  const useStore = ctx.store;
  const { displayName, dirty } = useStore(useShallow((s) => ({ displayName: s.displayName, dirty: s.dirty })));
  useEffect(() => {
    void ctx.api.invoke('setDocumentState', { displayName, dirty });
  }, [ctx, displayName, dirty]);
}

/** Every 30 s while dirty, keep a recovery copy; drop it once the document is saved. */
export function useAutosave(ctx: CommandContext, intervalMs = AUTOSAVE_MS): void {
  const useStore = ctx.store;
  const dirty = useStore((s) => s.dirty);
  const lastId = useRef<string | null>(null);
  useEffect(() => {
    if (!dirty) {
      if (lastId.current) void ctx.api.invoke('discardRecovery', { id: lastId.current });
      lastId.current = null;
      return;
    }
    const timer = setInterval(() => {
      const { project, filePath, diskVersion, displayName } = ctx.store.getState();
      void ctx.api.invoke('autosave', { project, filePath, diskVersion, displayName }).then((r) => {
        if (!r.ok) return;
        // Saved while this copy was being written: it is stale already.
        if (ctx.store.getState().dirty) lastId.current = r.value.id;
        else void ctx.api.invoke('discardRecovery', { id: r.value.id });
      });
    }, intervalMs);
    return () => clearInterval(timer);
  }, [ctx, dirty, intervalMs]);
}

/** `data-theme` on <html>: light or dark, following the OS when the choice is "system". */
export function useThemeAndLanguage(): void {
  const { theme, locale } = useDecampStore(useShallow((s) => ({ theme: s.theme, locale: s.locale })));
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const resolved = theme === 'system' ? (media.matches ? 'dark' : 'light') : theme;
      document.documentElement.dataset.theme = resolved;
      document.documentElement.style.colorScheme = resolved;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = locale;
    if (i18next.language !== locale) void i18next.changeLanguage(locale);
  }, [locale]);
}

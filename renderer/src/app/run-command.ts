/**
 * One dispatcher for every command, whether the native menu sent it (Electron) or a shortcut or
 * button in the page did: the same words, the same effect.
 */
import type { DesktopApi, MenuCommand } from '../../../shared/ipc';
import { i18next, type SupportedLocale } from '../i18n';
import { type DecampStore, type ViewId } from '../store';
import { useAppState } from './app-state';
import type { DocumentCommands } from './document-commands';

export interface CommandContext {
  readonly api: DesktopApi;
  readonly store: DecampStore;
  readonly docs: DocumentCommands;
}

/** Change the UI language now and remember it. */
export function applyLocale(ctx: CommandContext, locale: SupportedLocale): void {
  ctx.store.getState().setLocale(locale);
  void i18next.changeLanguage(locale);
  void ctx.api.invoke('setSettings', { locale });
}

export function applyTheme(ctx: CommandContext, theme: 'light' | 'dark' | 'system'): void {
  ctx.store.getState().setTheme(theme);
  void ctx.api.invoke('setSettings', { theme });
}

export async function runCommand(ctx: CommandContext, command: MenuCommand): Promise<void> {
  const state = ctx.store.getState();
  const status = (key: string) => useAppState.getState().set({ status: { key, tone: 'info' } });
  switch (command) {
    case 'file.new':
      // Asked before the form, so the user settles the old document first; Create then replaces it without asking again.
      if (await ctx.docs.confirmReplace()) useAppState.getState().set({ newProjectOpen: true });
      return;
    case 'file.open':
      return ctx.docs.open();
    case 'file.save':
      await ctx.docs.save();
      return;
    case 'file.saveAs':
      await ctx.docs.saveAs();
      return;
    case 'file.import':
      useAppState.getState().set({ importOpen: true, importFiles: null });
      return;
    case 'file.export':
      useAppState.getState().set({ exportFormat: 'xlsx' });
      return;
    case 'file.printPdf':
      // The report, not the screen: the Export dialog with PDF chosen, one Enter from printing.
      useAppState.getState().set({ exportFormat: 'pdf' });
      return;
    case 'edit.undo':
      state.undo();
      return;
    case 'edit.redo':
      state.redo();
      return;
    case 'view.summary':
    case 'view.inventory':
    case 'view.assumptions':
    case 'view.issues':
    case 'view.map':
    case 'view.waves':
    case 'view.timeline':
    case 'view.risks':
    case 'view.outage':
    case 'view.compare':
      state.setView(command.slice('view.'.length) as ViewId);
      return;
    case 'view.theme.light':
    case 'view.theme.dark':
    case 'view.theme.system':
      applyTheme(ctx, command.slice('view.theme.'.length) as 'light' | 'dark' | 'system');
      return;
    case 'view.locale.en':
    case 'view.locale.zh-CN':
      applyLocale(ctx, command.slice('view.locale.'.length) as SupportedLocale);
      return;
    case 'help.about':
      status('status.about');
      return;
  }
}

/**
 * What the app does when it opens: apply the saved theme and language, offer to recover unsaved
 * work, and open a document (the mid-size sample on a first start, with a hint of what to try).
 */
import { i18next, systemLocale } from '../i18n';
import { useAppState } from './app-state';
import type { CommandContext } from './run-command';

export async function startApp(ctx: CommandContext): Promise<void> {
  // Imported lazily: the embedded samples are large and most starts open a file instead.
  const { DEFAULT_SAMPLE_ID } = await import('../../../shared/samples');
  const settings = await ctx.api.invoke('getSettings', {});
  const prefs = settings.ok ? settings.value : { theme: 'system' as const, locale: 'system' as const, firstRunDone: false };
  const locale = prefs.locale === 'system' ? systemLocale() : prefs.locale;
  ctx.store.getState().setTheme(prefs.theme);
  ctx.store.getState().setLocale(locale);
  await i18next.changeLanguage(locale);

  const recovery = await ctx.api.invoke('listRecovery', {});
  if (recovery.ok && recovery.value.length > 0) useAppState.getState().set({ recovery: recovery.value });

  if (!prefs.firstRunDone) {
    await ctx.docs.openSample(DEFAULT_SAMPLE_ID);
    useAppState.getState().set({ hintVisible: true, status: null });
    await ctx.api.invoke('setSettings', { firstRunDone: true });
  } else {
    const recent = await ctx.api.invoke('recentFiles', {});
    const last = recent.ok ? recent.value[0] : undefined;
    if (last) await ctx.docs.openRecent(last.filePath);
    // The last file may have moved; the sample is always there.
    if (!last || useAppState.getState().openError) {
      useAppState.getState().set({ openError: null });
      await ctx.docs.openSample(DEFAULT_SAMPLE_ID);
    }
  }
  useAppState.getState().set({ ready: true });
}

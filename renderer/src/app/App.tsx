/**
 * The app shell: banner, navigation, the current view, status line and dialogs, with the platform
 * wired in once. Views select what they need from the store themselves.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopApi, MenuCommand } from '../../../shared/ipc';
import { FirstRunHint } from '../components/FirstRunHint';
import { Header } from '../components/Header';
import { ImportDialogHost } from '../components/import/ImportDialogHost';
import { NewProjectDialog } from '../components/NewProjectDialog';
import { ExportDialog } from '../export/ExportDialog';
import { OpenErrorDialog } from '../components/OpenErrorDialog';
import { RecoveryDialog } from '../components/RecoveryDialog';
import { Sidebar } from '../components/Sidebar';
import { StatusLine } from '../components/StatusLine';
import { UnsavedChangesDialog } from '../components/UnsavedChangesDialog';
import { type DecampStore, useDecampStore } from '../store';
import { AssumptionsView } from '../views/assumptions';
import { CompareView } from '../views/compare';
import { InventoryView } from '../views/inventory';
import { IssuesView } from '../views/issues';
import { MapView } from '../views/map';
import { OutageView } from '../views/outage';
import { RisksView } from '../views/risks';
import { TimelineView } from '../views/timeline';
import { WavesView } from '../views/waves';
import { SummaryView } from '../views/summary';
import { useAppState } from './app-state';
import { documentCommands } from './document-commands';
import { runCommand, type CommandContext } from './run-command';
import { startApp } from './startup';
import { useAutosave, useDocumentStateSync, useImportDrop, usePlatformEvents, useThemeAndLanguage } from './use-app-lifecycle';
import { useKeyboardShortcuts } from './use-keyboard';

export interface AppProps {
  readonly api: DesktopApi;
  readonly store?: DecampStore;
  /** Skip the startup sequence (tests that set the document themselves). */
  readonly skipStartup?: boolean;
}

export function App({ api, store = useDecampStore, skipStartup = false }: AppProps) {
  const { t } = useTranslation();
  const ctx = useMemo<CommandContext>(() => ({ api, store, docs: documentCommands(api, store) }), [api, store]);
  const run = useCallback((command: MenuCommand) => void runCommand(ctx, command), [ctx]);

  useEffect(() => {
    if (!skipStartup) void startApp(ctx);
  }, [ctx, skipStartup]);
  usePlatformEvents(ctx);
  useDocumentStateSync(ctx);
  useAutosave(ctx);
  useImportDrop(ctx);
  useThemeAndLanguage();
  useKeyboardShortcuts(api.platform === 'browser', run);

  const useStore = store;
  const view = useStore((s) => s.view);
  const ready = useAppState((s) => s.ready) || skipStartup;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Header run={run} />
      <Sidebar api={api} />
      <main id="main" className="main" tabIndex={-1} aria-label={t(`nav.${view}`)}>
        <FirstRunHint />
        {!ready ? <p className="plan-wait">{t('status.starting')}</p> : null}
        {ready && view === 'summary' ? <SummaryView /> : null}
        {ready && view === 'inventory' ? <InventoryView /> : null}
        {ready && view === 'assumptions' ? <AssumptionsView /> : null}
        {ready && view === 'issues' ? <IssuesView /> : null}
        {ready && view === 'map' ? <MapView /> : null}
        {ready && view === 'waves' ? <WavesView /> : null}
        {ready && view === 'timeline' ? <TimelineView /> : null}
        {ready && view === 'risks' ? <RisksView /> : null}
        {ready && view === 'outage' ? <OutageView /> : null}
        {ready && view === 'compare' ? <CompareView /> : null}
      </main>
      <StatusLine />
      <OpenErrorDialog />
      <RecoveryDialog api={api} docs={ctx.docs} />
      <NewProjectDialog />
      <ImportDialogHost api={api} docs={ctx.docs} />
      <ExportDialog api={api} />
      {/* Last, so it sits above a dialog that asked it (Recover in the recovery list). */}
      <UnsavedChangesDialog />
    </div>
  );
}

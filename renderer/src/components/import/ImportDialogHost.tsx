/**
 * Where the Import dialog lives in the app shell. The dialog and every importer behind it (CSV,
 * XLSX, Terraform, Kubernetes, discovery exports and their parsers) are loaded the first time the
 * user opens it (File > Import, Ctrl+I, a file dropped on the window), so starting the app does
 * not pay for them. Nothing here imports them statically: keep it that way.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../../../shared/ipc';
import { useAppState } from '../../app/app-state';
import type { DocumentCommands } from '../../app/document-commands';
import { Dialog } from '../Dialog';
import type { ImportDialogProps } from './ImportDialog';

const close = () => useAppState.getState().set({ importOpen: false, importFiles: null });

const LazyImportDialog = lazy(() =>
  import('./ImportDialog').then(
    (m) => ({ default: m.ImportDialog }),
    // A chunk that cannot load (an update replaced the files under a running app) says so instead of blanking the window.
    (error: unknown) => ({ default: () => <LoadFailed reason={error instanceof Error ? error.message : String(error)} /> }),
  ),
);

export function ImportDialogHost({ api, docs }: { readonly api: DesktopApi; readonly docs: DocumentCommands }) {
  const open = useAppState((s) => s.importOpen);
  if (!open) return null;
  const props: ImportDialogProps = { api, docs };
  return (
    <Suspense fallback={<Loading />}>
      <LazyImportDialog {...props} />
    </Suspense>
  );
}

function Loading() {
  const { t } = useTranslation('import');
  return (
    <Dialog title={t('title')} onClose={close}>
      <p aria-live="polite">{t('loading')}</p>
    </Dialog>
  );
}

function LoadFailed({ reason }: { readonly reason: string }) {
  const { t } = useTranslation('import');
  return (
    <Dialog
      title={t('title')}
      onClose={close}
      actions={
        <button type="button" onClick={close}>
          {t('action.cancel')}
        </button>
      }
    >
      <p role="alert" className="import-error">
        {t('loadFailed', { reason })}
      </p>
    </Dialog>
  );
}

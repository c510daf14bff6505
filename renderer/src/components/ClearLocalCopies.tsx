/**
 * "Clear recent files and recovery copies": the browser build keeps full copies of the projects it opened and autosaved in this
 * browser's storage (the desktop app keeps its list and copies in its user folder); this is how a user removes them. The open
 * document is not touched: while it has unsaved changes, autosave writes a new copy of it.
 */
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../../shared/ipc';
import { useAppState } from '../app/app-state';

export function ClearLocalCopies({ api }: { readonly api: DesktopApi }) {
  const { t } = useTranslation();
  const clear = async () => {
    if (!window.confirm(t('localCopies.confirm'))) return;
    const result = await api.invoke('clearLocalCopies', {});
    useAppState.getState().set({
      recovery: result.ok ? [] : useAppState.getState().recovery,
      status: result.ok ? { key: 'localCopies.cleared', tone: 'info' } : { key: 'localCopies.failed', tone: 'error', params: { message: result.error.message } },
    });
  };
  return (
    <button type="button" className="sidebar-clear" onClick={() => void clear()} title={t('localCopies.hint')}>
      {t('localCopies.clear')}
    </button>
  );
}

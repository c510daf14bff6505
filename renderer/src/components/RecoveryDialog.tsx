/** Unsaved work found from a previous session: open it or let it go. */
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../../shared/ipc';
import { useAppState } from '../app/app-state';
import type { DocumentCommands } from '../app/document-commands';
import { useDecampStore } from '../store';
import { Dialog } from './Dialog';

export interface RecoveryDialogProps {
  readonly api: DesktopApi;
  readonly docs: DocumentCommands;
}

export function RecoveryDialog({ api, docs }: RecoveryDialogProps) {
  const { t } = useTranslation();
  const entries = useAppState((s) => s.recovery);
  const set = useAppState((s) => s.set);
  const locale = useDecampStore((s) => s.locale);
  if (entries.length === 0) return null;
  const drop = (id: string) => set({ recovery: useAppState.getState().recovery.filter((e) => e.id !== id) });
  const recover = async (id: string) => {
    // Kept in the list when the user chose to keep the open document instead, so it can still be recovered after saving.
    if ((await docs.recover(id)) !== 'kept') drop(id);
  };
  const discard = async (id: string) => {
    await api.invoke('discardRecovery', { id });
    drop(id);
  };
  return (
    <Dialog title={t('recovery.title')} onClose={() => set({ recovery: [] })} actions={<button type="button" onClick={() => set({ recovery: [] })}>{t('recovery.later')}</button>}>
      <p>{t('recovery.intro')}</p>
      <ul className="recovery-list">
        {entries.map((e) => (
          <li key={e.id}>
            <strong>{e.displayName}</strong> <span className="muted">{new Date(e.savedAt).toLocaleString(locale)}</span>{' '}
            <button type="button" onClick={() => void recover(e.id)}>{t('recovery.recover')}</button>{' '}
            <button type="button" onClick={() => void discard(e.id)}>{t('recovery.discard')}</button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

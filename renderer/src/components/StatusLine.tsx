/** The last thing that happened (saved, opened, an edit refused), read out politely. */
import { useTranslation } from 'react-i18next';
import { useAppState } from '../app/app-state';
import { useDecampStore } from '../store';

export function StatusLine() {
  const { t } = useTranslation();
  const status = useAppState((s) => s.status);
  const editError = useDecampStore((s) => s.lastEditError);
  const planMs = useDecampStore((s) => s.planMs);
  return (
    <footer className="status-line">
      <span role="status" aria-live="polite" className={editError || status?.tone === 'error' ? 'status-error' : undefined}>
        {editError ? t(`edit.${editError.code}`, { ...editError.params }) : status ? t(status.key, { ...status.params }) : ''}
      </span>
      {planMs !== null ? <span className="muted">{t('status.planMs', { ms: Math.round(planMs) })}</span> : null}
    </footer>
  );
}

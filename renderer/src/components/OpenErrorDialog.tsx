/** A file that could not be opened: what was wrong, where (line:column), and that nothing was lost. */
import { useTranslation } from 'react-i18next';
import { formatPath } from '../../../shared/model';
import { useAppState } from '../app/app-state';
import { Dialog } from './Dialog';

export function OpenErrorDialog() {
  const { t } = useTranslation();
  const error = useAppState((s) => s.openError);
  const set = useAppState((s) => s.set);
  if (!error) return null;
  const close = () => set({ openError: null });
  const errors = error.loadErrors ?? [];
  return (
    <Dialog title={t('openError.title')} onClose={close} actions={<button type="button" onClick={close}>{t('action.close')}</button>}>
      <p>{t(`openError.code.${error.code}`, { defaultValue: error.message })}</p>
      <p className="muted">{t('openError.kept')}</p>
      {errors.length > 0 ? (
        <ul className="load-errors" aria-label={t('openError.list')}>
          {errors.map((e, i) => (
            <li key={i}>
              <code>
                {e.file ?? ''}:{e.line}:{e.column}
              </code>{' '}
              {e.path.length > 0 ? <code>{formatPath(e.path)}</code> : null} {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}

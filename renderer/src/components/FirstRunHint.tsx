/** A short, dismissible note on a first start: what this sample is and three things to try. */
import { useTranslation } from 'react-i18next';
import { useAppState } from '../app/app-state';

export function FirstRunHint() {
  const { t } = useTranslation();
  const visible = useAppState((s) => s.hintVisible);
  const set = useAppState((s) => s.set);
  if (!visible) return null;
  return (
    <aside className="hint" aria-label={t('hint.label')}>
      <p>
        <strong>{t('hint.title')}</strong> {t('hint.intro')}
      </p>
      <ol>
        <li>{t('hint.try1')}</li>
        <li>{t('hint.try2')}</li>
        <li>{t('hint.try3')}</li>
      </ol>
      <button type="button" onClick={() => set({ hintVisible: false })}>{t('hint.dismiss')}</button>
    </aside>
  );
}

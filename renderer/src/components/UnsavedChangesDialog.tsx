/**
 * "Save changes to shop.decamp.json before opening another project?" Save, Don't save or Cancel, asked before any other document
 * (new, opened, dropped, recovered, pushed by the OS) replaces one with unsaved changes. Escape is Cancel: nothing changes.
 */
import { useTranslation } from 'react-i18next';
import { useAppState } from '../app/app-state';
import { Dialog } from './Dialog';

export function UnsavedChangesDialog() {
  const { t } = useTranslation();
  const prompt = useAppState((s) => s.unsavedPrompt);
  if (!prompt) return null;
  return (
    <Dialog
      role="alertdialog"
      title={t('unsaved.question', { name: prompt.displayName })}
      onClose={() => prompt.answer('cancel')}
      actions={
        <>
          <button type="button" className="primary" onClick={() => prompt.answer('save')}>
            {t('unsaved.save')}
          </button>
          <button type="button" onClick={() => prompt.answer('discard')}>
            {t('unsaved.discard')}
          </button>
          <button type="button" onClick={() => prompt.answer('cancel')}>
            {t('action.cancel')}
          </button>
        </>
      }
    >
      <p>{t('unsaved.detail')}</p>
    </Dialog>
  );
}

/**
 * Asks before deleting workloads, naming what goes (and that dependencies, pins and overrides go
 * with them). Escape or Cancel keeps everything; the deletion itself can still be undone.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDeleteProps {
  readonly names: readonly string[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

const LISTED = 5;

export function ConfirmDelete({ names, onConfirm, onCancel }: ConfirmDeleteProps) {
  const { t } = useTranslation('inventory');
  const titleId = useId();
  const bodyId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const more = names.length - LISTED;
  return (
    <div className="inv-dialog-backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="inv-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 id={titleId}>{t('delete.title', { count: names.length })}</h2>
        <div id={bodyId}>
          <ul>
            {names.slice(0, LISTED).map((n, i) => (
              <li key={i}>{n}</li>
            ))}
            {more > 0 && <li>{t('delete.more', { count: more })}</li>}
          </ul>
          <p>{t('delete.body')}</p>
        </div>
        <div className="inv-dialog-actions">
          <button type="button" ref={cancelRef} onClick={onCancel}>
            {t('delete.cancel')}
          </button>
          <button type="button" className="inv-danger" onClick={onConfirm}>
            {t('delete.confirm', { count: names.length })}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * One card on the board: a lone workload, or a move group as one card (its workloads move
 * together). Drag it by its handle (mouse, touch, or Space and arrow keys) to another wave to pin
 * it there, or pick the wave from its "Move to" list; what the pin breaks shows on the card.
 */
import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workload } from '../../../../shared/model';
import { formatNumber } from '../../i18n/format';
import { useListFormat } from '../../i18n/list';
import { usePlanText } from '../shared/use-plan-text';
import type { BoardCard } from './board-model';

export interface WaveCardProps {
  readonly card: BoardCard;
  readonly waveIndex: number;
  readonly workloads: ReadonlyMap<string, Workload>;
  readonly waveOptions: readonly { readonly index: number; readonly name: string }[];
  readonly onMove: (card: BoardCard, wave: number) => void;
  readonly onUnpin: (card: BoardCard) => void;
  readonly onOpen: (workloadId: string) => void;
}

export const WaveCard = memo(function WaveCard({ card, waveIndex, workloads, waveOptions, onMove, onUnpin, onOpen }: WaveCardProps) {
  const { t, i18n } = useTranslation(['waves', 'map', 'plan', 'common']);
  const list = useListFormat();
  const planText = usePlanText();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: card.id, data: { card, from: waveIndex } });
  const names = card.workloadIds.map((id) => workloads.get(id)?.name ?? id);
  const title = card.workloadIds.length > 1 ? t('card.group', { count: card.workloadIds.length, first: names[0] }) : names[0]!;
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined;
  const warnings = card.issues.filter((i) => i.severity !== 'info');
  return (
    <li ref={setNodeRef} className={`wave-card${isDragging ? ' is-dragging' : ''}${warnings.length > 0 ? ' has-warning' : ''}`} style={style} data-card={card.id}>
      <div className="wave-card-head">
        <button type="button" className="wave-card-handle" {...listeners} {...attributes} aria-label={t('card.drag', { name: title })} aria-roledescription={t('card.roledescription')}>
          ⠿
        </button>
        <button type="button" className="link wave-card-name" onClick={() => onOpen(card.workloadIds[0]!)}>
          {title}
        </button>
        {card.pinnedWave !== null ? (
          <span className="wave-card-pin" title={t('card.pinned')}>
            {t('card.pinnedBadge')}
          </span>
        ) : null}
      </div>
      {card.workloadIds.length > 1 ? (
        <p className="wave-card-members">
          {t('card.because', { reason: t(`map:reason.${card.groupReason}`) })}: {list(names, { max: 4 })}
        </p>
      ) : null}
      <p className="wave-card-meta">
        {t('card.effort', { value: formatNumber(card.effort, i18n.language) })}
        {card.overridden ? ` · ${t('card.overridden')}` : ''}
      </p>
      {warnings.length > 0 ? (
        <ul className="wave-card-issues" aria-label={t('card.issues')}>
          {warnings.slice(0, 3).map((issue) => (
            <li key={issue.id} className={`sev-${issue.severity}`}>
              {planText('issue', issue.code, issue.params, issue.message)}
            </li>
          ))}
          {warnings.length > 3 ? <li>{t('card.moreIssues', { count: warnings.length - 3 })}</li> : null}
        </ul>
      ) : null}
      <div className="wave-card-actions">
        <label>
          <span className="visually-hidden">{t('card.moveTo', { name: title })}</span>
          <select aria-label={t('card.moveTo', { name: title })} value="" onChange={(e) => e.target.value !== '' && onMove(card, Number(e.target.value))}>
            <option value="">{t('card.moveToShort')}</option>
            {waveOptions
              .filter((w) => w.index !== waveIndex)
              .map((w) => (
                <option key={w.index} value={w.index}>
                  {w.name}
                </option>
              ))}
          </select>
        </label>
        {card.pinnedWave !== null ? (
          <button type="button" onClick={() => onUnpin(card)} aria-label={t('card.unpinNamed', { name: title })}>
            {t('card.unpin')}
          </button>
        ) : null}
      </div>
    </li>
  );
});

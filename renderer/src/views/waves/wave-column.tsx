/**
 * One wave on the board: its name (editable), dates, P80 end, effort, whether it is on the
 * critical path, its caps, and its cards. A drop target for cards; ← and → move the wave.
 */
import { useDroppable } from '@dnd-kit/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actual, Workload } from '../../../../shared/model';
import { ProgressForm } from '../../components/ProgressForm';
import { todayIso, useDecampStore } from '../../store';
import { formatDate, formatNumber } from '../../i18n/format';
import { NumberField } from '../../components/NumberField';
import type { BoardCard, BoardColumn } from './board-model';
import { WaveCard } from './wave-card';
import { driverListText } from '../shared/plan-labels';

const SHOWN_CARDS = 60;

export interface WaveColumnProps {
  readonly column: BoardColumn;
  readonly name: string;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  readonly workloads: ReadonlyMap<string, Workload>;
  readonly waveOptions: readonly { readonly index: number; readonly name: string }[];
  readonly onMove: (card: BoardCard, wave: number) => void;
  readonly onUnpin: (card: BoardCard) => void;
  readonly onOpen: (workloadId: string) => void;
  readonly onRename: (order: number, name: string) => void;
  readonly onCaps: (order: number, caps: { maxWorkloads?: number | undefined; maxPersonDays?: number | undefined }) => void;
  readonly onShift: (order: number, delta: -1 | 1) => void;
  /** The wave's recorded actuals, if any. */
  readonly actual: Actual | undefined;
}

export const WaveColumn = memo(function WaveColumn(props: WaveColumnProps) {
  const { column, name, isFirst, isLast, workloads, waveOptions, onMove, onUnpin, onOpen, onRename, onCaps, onShift, actual } = props;
  const teams = useDecampStore((s) => s.project.teams);
  const teamNames = new Map(teams.map((x) => [x.id, x.name]));
  const { t: ts } = useTranslation('scenarios');
  const { t, i18n } = useTranslation('waves');
  const locale = i18n.language;
  const wave = column.wave;
  const { setNodeRef, isOver } = useDroppable({ id: `wave:${wave.index}`, data: { wave: wave.index } });
  const [all, setAll] = useState(false);
  const [editing, setEditing] = useState(false);
  const cards = all ? column.cards : column.cards.slice(0, SHOWN_CARDS);
  return (
    <section ref={setNodeRef} className={`wave-column${isOver ? ' is-over' : ''}`} aria-label={name} data-wave={wave.index}>
      <header className="wave-column-head">
        <div className="wave-column-title">
          {editing ? (
            <input
              autoFocus
              defaultValue={column.setting?.name ?? ''}
              placeholder={name}
              aria-label={t('column.rename')}
              onBlur={(e) => {
                onRename(wave.index, e.target.value);
                setEditing(false);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
                if (e.key === 'Escape') setEditing(false);
              }}
            />
          ) : (
            <h2>
              <button type="button" className="link" onClick={() => setEditing(true)} title={t('column.rename')}>
                {name}
              </button>
            </h2>
          )}
          <div className="wave-column-move">
            <button type="button" disabled={isFirst} onClick={() => onShift(wave.index, -1)} aria-label={t('column.earlier', { name })}>
              ←
            </button>
            <button type="button" disabled={isLast} onClick={() => onShift(wave.index, 1)} aria-label={t('column.later', { name })}>
              →
            </button>
          </div>
        </div>
        <p className="wave-column-dates">
          {formatDate(wave.start, locale)} – {formatDate(wave.cutover.end, locale)}
        </p>
        <p className="wave-column-facts">
          {t('column.p80', { date: formatDate(wave.p80End, locale) })} · {t('column.effort', { value: formatNumber(wave.effort.likely, locale) })} · {t('column.count', { count: wave.workloadIds.length })}
        </p>
        <p className="wave-column-facts">
          {t('column.criticality', { share: formatNumber(column.criticality * 100, locale, 0) })}
        </p>
        {column.drivers.length > 0 ? (
          <p className="wave-column-facts wave-column-drivers" data-testid={`wave-drivers-${wave.index}`} title={t('column.driversTitle')}>
            {t('column.drivers', { names: driverListText(column.drivers.slice(0, 2), t, locale) })}
          </p>
        ) : null}
        {wave.teams.length > 1 ? (
          <ul className="wave-column-teams" aria-label={t('column.teams')} data-testid={`wave-teams-${wave.index}`}>
            {wave.teams.map((part) => (
              <li key={part.teamId}>
                {t('column.teamPart', { team: teamNames.get(part.teamId) ?? part.teamId, start: formatDate(part.start, locale), end: formatDate(part.end, locale) })}
              </li>
            ))}
          </ul>
        ) : null}
        {actual ? (
          <p className={`wave-progress-state${actual.blocked ? ' is-blocked' : ''}`} data-testid={`wave-progress-${wave.index}`}>
            {actual.blocked
              ? ts('actuals.blockedSince', { reason: actual.blocked.reason, date: formatDate(actual.blocked.since, locale) })
              : actual.finish
                ? ts('actuals.finishedOn', { start: formatDate(actual.start, locale), finish: formatDate(actual.finish, locale) })
                : ts('actuals.startedOn', { start: formatDate(actual.start, locale) })}
          </p>
        ) : null}
        <details className="wave-column-caps wave-column-progress">
          <summary>{ts('actuals.record')}</summary>
          <ProgressForm
            subject={name}
            value={actual}
            planned={{ start: formatDate(wave.start, locale), end: formatDate(wave.cutover.end, locale) }}
            today={todayIso()}
            onSave={(entry) => useDecampStore.getState().setWaveProgress(wave.index, entry)}
          />
        </details>
        <details className="wave-column-caps">
          <summary>{t('column.caps')}</summary>
          <label>
            {t('column.maxWorkloads')}
            <NumberField value={column.setting?.maxWorkloads} optional min={1} step={1} label={t('column.maxWorkloadsOf', { name })} placeholder={t('column.planners')} onCommit={(v) => onCaps(wave.index, { maxWorkloads: v })} />
          </label>
          <label>
            {t('column.maxPersonDays')}
            <NumberField value={column.setting?.maxPersonDays} optional min={1} step="any" label={t('column.maxPersonDaysOf', { name })} placeholder={t('column.planners')} onCommit={(v) => onCaps(wave.index, { maxPersonDays: v })} />
          </label>
        </details>
      </header>
      <ul className="wave-cards">
        {cards.map((card) => (
          <WaveCard key={card.id} card={card} waveIndex={wave.index} workloads={workloads} waveOptions={waveOptions} onMove={onMove} onUnpin={onUnpin} onOpen={onOpen} />
        ))}
      </ul>
      {column.cards.length > SHOWN_CARDS && !all ? (
        <button type="button" onClick={() => setAll(true)}>
          {t('column.showAll', { count: column.cards.length })}
        </button>
      ) : null}
    </section>
  );
});

/**
 * The assumptions that move the planned end most: each set 20% lower and higher in turn, the plan
 * re-run, the shift of the end shown in calendar days. Worked out after the plan (see the plan
 * worker), so this section may say it is still working, or why it was skipped.
 */
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssumptionSensitivity as Row, SensitivityShift } from '../../../../shared/plan/types';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useDecampStore, useShallow } from '../../store';

/** A shift reads as one phrase ("−20% → 3 days earlier"); only the assumption's name wraps. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** How many assumptions the manager sees: the few that matter, not the whole list. */
export const SENSITIVITY_ROWS = 5;

/** The rows worth showing: those that move the end at all, largest first (the engine's order). */
export function movingAssumptions(rows: readonly Row[], n = SENSITIVITY_ROWS): Row[] {
  return rows.filter((r) => r.lower.calendarDays !== 0 || r.higher.calendarDays !== 0).slice(0, n);
}

function shiftText(t: TFunction<['summary', 'assumptions']>, s: SensitivityShift): string {
  if (s.calendarDays === 0) return t('drivers.sensitivity.same');
  return s.calendarDays < 0 ? t('drivers.sensitivity.earlier', { count: -s.calendarDays }) : t('drivers.sensitivity.later', { count: s.calendarDays });
}

export function AssumptionSensitivity({ locale }: { locale: string }) {
  const { t } = useTranslation(['summary', 'assumptions']);
  const { sensitivity, status, note, setView, focusAssumption } = useDecampStore(
    useShallow((s) => ({ sensitivity: s.sensitivity, status: s.sensitivityStatus, note: s.sensitivityNote, setView: s.setView, focusAssumption: s.focusAssumption })),
  );
  // The link goes to the row itself: the Assumptions view scrolls to it, highlights it and focuses its value.
  const openAssumption = (id: string) => {
    focusAssumption(id);
    setView('assumptions');
  };

  let body: ReactNode;
  if (note?.status === 'skipped') {
    body = <p className="muted">{note.reason === 'tooManyWorkloads' ? t('drivers.sensitivity.skippedSize', { limit: formatNumber(note.limit, locale), workloads: formatNumber(note.workloads, locale) }) : t('drivers.sensitivity.skippedSlow')}</p>;
  } else if (note?.status === 'failed') {
    body = <p className="muted">{t('drivers.sensitivity.failed', { message: note.message })}</p>;
  } else if (!sensitivity) {
    body = status === 'computing' ? <p className="muted">{t('drivers.sensitivity.working')}</p> : null;
  } else {
    const pct = formatPercent(sensitivity.delta, locale);
    const rows = movingAssumptions(sensitivity.assumptions);
    body =
      rows.length === 0 ? (
        <p className="muted">{t('drivers.sensitivity.noneMoves', { pct })}</p>
      ) : (
        <table className="data" data-testid="assumption-sensitivity">
          <thead>
            <tr>
              <th scope="col">{t('drivers.sensitivity.assumption')}</th>
              <th scope="col">{t('drivers.sensitivity.effect')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const name = t(`assumptions:name.${r.assumptionId}`, { defaultValue: r.assumptionId });
              const value = `${formatNumber(r.value, locale, 2)} ${t(`assumptions:unit.${r.unit}`, { defaultValue: r.unit })}`;
              return (
                <tr key={r.assumptionId}>
                  <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                    <button type="button" className="link" style={{ textAlign: 'left' }} title={t('drivers.sensitivity.open', { name })} onClick={() => openAssumption(r.assumptionId)}>
                      {name}
                    </button>
                    <div className="muted">{t('drivers.sensitivity.current', { value })}</div>
                  </th>
                  <td>
                    <div style={NO_WRAP}>{t('drivers.sensitivity.lowerShift', { pct, shift: shiftText(t, r.lower) })}</div>
                    <div style={NO_WRAP}>{t('drivers.sensitivity.higherShift', { pct, shift: shiftText(t, r.higher) })}</div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      );
  }

  return (
    <div aria-busy={status === 'computing'}>
      <h3 className="muted">{t('drivers.sensitivity.heading')}</h3>
      {body}
      {sensitivity && status === 'computing' ? <p className="muted">{t('drivers.sensitivity.updating')}</p> : null}
      {sensitivity ? (
        <p className="muted">
          {t('drivers.sensitivity.method', { pct: formatPercent(sensitivity.delta, locale) })}{' '}
          <button type="button" className="link" onClick={() => setView('assumptions')}>
            {t('drivers.edit')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

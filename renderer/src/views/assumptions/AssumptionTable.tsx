/**
 * Every estimator default: value, unit and source, the project's own value over the shipped one.
 * Editing a value re-plans; reset puts the shipped default back.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ASSUMPTIONS, isAssumptionId } from '../../../../shared/model';
import { NumberField } from '../../components/NumberField';
import { useDecampStore } from '../../store';
import { useRevealAssumption } from './use-reveal-assumption';

export interface AssumptionRow {
  readonly id: string;
  readonly value: number;
  readonly defaultValue: number | null;
  readonly unit: string;
  readonly source: string;
}

/** The shipped defaults merged with the project's list, defaults' order first, then the project's own extras. */
export function assumptionRows(projectAssumptions: readonly { id: string; value: number; unit: string; source: string }[]): AssumptionRow[] {
  const own = new Map(projectAssumptions.map((a) => [a.id, a]));
  const rows: AssumptionRow[] = Object.entries(DEFAULT_ASSUMPTIONS).map(([id, d]) => {
    const a = own.get(id);
    return { id, value: a?.value ?? d.value, defaultValue: d.value, unit: d.unit, source: a?.source || d.source };
  });
  for (const a of projectAssumptions) if (!isAssumptionId(a.id)) rows.push({ id: a.id, value: a.value, defaultValue: null, unit: a.unit, source: a.source });
  return rows;
}

export interface AssumptionTableProps {
  readonly filter: string;
  /** Asked when an assumption to bring into view is hidden by the filter. */
  readonly onClearFilter: () => void;
}

export function AssumptionTable({ filter, onClearFilter }: AssumptionTableProps) {
  const { t } = useTranslation('assumptions');
  const list = useDecampStore((s) => s.project.assumptions);
  const setAssumption = useDecampStore((s) => s.setAssumption);
  const resetAssumption = useDecampStore((s) => s.resetAssumption);
  const rows = useMemo(() => assumptionRows(list), [list]);
  const needle = filter.trim().toLowerCase();
  const shown = useMemo(
    () => (needle ? rows.filter((r) => `${r.id} ${t(`name.${r.id}`, { defaultValue: '' })} ${r.source}`.toLowerCase().includes(needle)) : rows),
    [rows, needle, t],
  );
  const knownIds = useMemo(() => rows.map((r) => r.id), [rows]);
  const shownIds = useMemo(() => shown.map((r) => r.id), [shown]);
  const { highlightedId, rowRef } = useRevealAssumption(knownIds, shownIds, onClearFilter);
  return (
    <table className="data assumptions-table">
      <thead>
        <tr>
          <th scope="col">{t('column.assumption')}</th>
          <th scope="col" className="num">{t('column.value')}</th>
          <th scope="col">{t('column.unit')}</th>
          <th scope="col">{t('column.source')}</th>
          <th scope="col"><span className="visually-hidden">{t('column.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => {
          const changed = r.defaultValue !== null && r.value !== r.defaultValue;
          const label = t(`name.${r.id}`, { defaultValue: r.id });
          const className = [changed ? 'changed' : '', highlightedId === r.id ? 'revealed' : ''].filter(Boolean).join(' ') || undefined;
          return (
            <tr key={r.id} ref={rowRef(r.id)} className={className} data-assumption-id={r.id}>
              <th scope="row">
                {label}
                <div>
                  <code className="muted">{r.id}</code>
                </div>
              </th>
              <td className="num">
                <NumberField value={r.value} label={t('valueOf', { name: label })} onCommit={(v) => v !== undefined && setAssumption(r.id, v)} />
                {changed ? <div className="muted">{t('defaultWas', { value: r.defaultValue })}</div> : null}
              </td>
              <td>{t(`unit.${r.unit}`, { defaultValue: r.unit })}</td>
              <td className="muted">{r.source}</td>
              <td>
                <button type="button" disabled={!changed} onClick={() => resetAssumption(r.id)} aria-label={t('resetOf', { name: label })}>
                  {t('reset')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Shown when more than one row is selected: set strategy, target provider, team, criticality or
 * whether the inventory entry is confirmed on all of them as one undoable edit. Values are checked with the workload schema first.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { CRITICALITIES, STRATEGIES, TARGET_PROVIDERS, TargetSchema, type Workload, WorkloadSchema } from '../../../../shared/model';
import { checkWith } from './cell-validation';
import { useInventoryStore } from './store-context';

export interface BulkEditBarProps {
  readonly ids: readonly string[];
  readonly onDone: (message: string, applied: boolean) => void;
}

type BulkField = 'strategy' | 'target' | 'team' | 'criticality' | 'confirmed';

/** Select value meaning "back to the project's default target". */
const DEFAULT_TARGET = '__default__';

function patchFor(field: BulkField, value: string): Partial<Workload> | null {
  if (field === 'confirmed') return value === 'yes' ? { confirmed: true } : { confirmed: undefined };
  if (field === 'target') {
    if (value === DEFAULT_TARGET) return { target: undefined };
    const checked = checkWith(TargetSchema, { provider: value });
    return checked.ok ? { target: checked.value } : null;
  }
  const checked = checkWith(WorkloadSchema.shape[field], value);
  return checked.ok ? { [field]: checked.value } : null;
}

export function BulkEditBar({ ids, onDone }: BulkEditBarProps) {
  const { t } = useTranslation('inventory');
  const store = useInventoryStore();
  const { teams, bulkUpdate, select } = store(useShallow((s) => ({ teams: s.project.teams, bulkUpdate: s.bulkUpdateWorkloads, select: s.selectWorkloads })));

  const apply = (field: BulkField, value: string, label: string) => {
    const patch = value === '' ? null : patchFor(field, value);
    if (!patch) return;
    const result = bulkUpdate(ids, patch);
    onDone(
      result.ok
        ? t('bulk.applied', { count: ids.length, field: t(`column.${field}`), value: label })
        : t(`storeError.${result.code}`, { ...result.params, defaultValue: result.message }),
      result.ok,
    );
  };

  const picker = (field: BulkField, options: readonly { value: string; label: string }[]) => (
    <label className="inv-filter" key={field}>
      <span>{t(`column.${field}`)}</span>
      <select
        value=""
        aria-label={t('bulk.setField', { field: t(`column.${field}`) })}
        onChange={(e) => apply(field, e.target.value, e.target.selectedOptions[0]?.text ?? e.target.value)}
      >
        <option value="">{t('bulk.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="inv-bulk" role="toolbar" aria-label={t('bulk.label', { count: ids.length })}>
      <strong>{t('bulk.selected', { count: ids.length })}</strong>
      {picker('strategy', STRATEGIES.map((v) => ({ value: v, label: t(`enum.strategy.${v}`) })))}
      {picker('target', [{ value: DEFAULT_TARGET, label: t('bulk.defaultTarget') }, ...TARGET_PROVIDERS.map((v) => ({ value: v, label: t(`enum.provider.${v}`) }))])}
      {picker('team', teams.map((team) => ({ value: team.id, label: team.name })))}
      {picker('criticality', CRITICALITIES.map((v) => ({ value: v, label: t(`enum.criticality.${v}`) })))}
      {picker('confirmed', [{ value: 'yes', label: t('confirmed.yes') }, { value: 'no', label: t('confirmed.no') }])}
      <button type="button" onClick={() => select([])}>
        {t('bulk.clearSelection')}
      </button>
    </div>
  );
}

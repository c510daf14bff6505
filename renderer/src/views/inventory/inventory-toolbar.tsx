/**
 * Above the grid: search, the column filters (kind, strategy, team, criticality), the row count,
 * and the add / duplicate / delete / undo / redo commands with their shortcuts.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { CRITICALITIES, STRATEGIES, WORKLOAD_KINDS } from '../../../../shared/model';
import type { FilterColumnId } from './columns';
import { useInventoryStore } from './store-context';

export interface InventoryToolbarProps {
  readonly filters: Readonly<Partial<Record<FilterColumnId, string>>>;
  readonly onFilter: (column: FilterColumnId, value: string) => void;
  readonly onClearFilters: () => void;
  readonly shown: number;
  readonly total: number;
  readonly targetCount: number;
  readonly onAdd: () => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
  /** Selected (or focused) workloads that have guesses to confirm. */
  readonly reviewTargets: number;
  readonly onConfirmReview: () => void;
}

const ENUM_FILTERS: Readonly<Record<Exclude<FilterColumnId, 'team'>, { set: string; values: readonly string[] }>> = {
  kind: { set: 'kind', values: WORKLOAD_KINDS },
  strategy: { set: 'strategy', values: STRATEGIES },
  criticality: { set: 'criticality', values: CRITICALITIES },
};

export function InventoryToolbar(props: InventoryToolbarProps) {
  const { t } = useTranslation('inventory');
  const store = useInventoryStore();
  const { search, setSearch, teams, canUndo, canRedo, undo, redo, reviewFilter, setReviewFilter, toReview } = store(
    useShallow((s) => ({
      reviewFilter: s.reviewFilter,
      setReviewFilter: s.setReviewFilter,
      toReview: s.project.workloads.reduce((n, w) => n + (w.review && w.review.length > 0 ? 1 : 0), 0),
      search: s.inventoryFilter,
      setSearch: s.setInventoryFilter,
      teams: s.project.teams,
      canUndo: s.canUndo,
      canRedo: s.canRedo,
      undo: s.undo,
      redo: s.redo,
    })),
  );
  const filtered = search !== '' || reviewFilter || Object.values(props.filters).some((v) => v);

  const picker = (column: FilterColumnId, options: readonly { value: string; label: string }[]) => (
    <label className="inv-filter" key={column}>
      <span>{t(`column.${column}`)}</span>
      <select value={props.filters[column] ?? ''} onChange={(e) => props.onFilter(column, e.target.value)}>
        <option value="">{t('filter.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="inv-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <input
        type="search"
        className="inv-search"
        value={search}
        placeholder={t('toolbar.searchPlaceholder')}
        aria-label={t('toolbar.search')}
        onChange={(e) => setSearch(e.target.value)}
      />
      {(['kind', 'strategy'] as const).map((c) => picker(c, ENUM_FILTERS[c].values.map((v) => ({ value: v, label: t(`enum.${ENUM_FILTERS[c].set}.${v}`) }))))}
      {picker('team', teams.map((team) => ({ value: team.id, label: team.name })))}
      {picker('criticality', ENUM_FILTERS.criticality.values.map((v) => ({ value: v, label: t(`enum.criticality.${v}`) })))}
      {(toReview > 0 || reviewFilter) && (
        <button type="button" className="inv-review-filter" aria-pressed={reviewFilter} title={t('review.filterHint')} onClick={() => setReviewFilter(!reviewFilter)}>
          {t('review.filterCount', { count: toReview })}
        </button>
      )}
      {toReview > 0 && props.reviewTargets > 0 && (
        <button type="button" onClick={props.onConfirmReview} title={t('review.confirmHint')}>
          {t('review.confirm', { count: props.reviewTargets })}
        </button>
      )}
      {filtered && (
        <button type="button" onClick={props.onClearFilters}>
          {t('toolbar.clearFilters')}
        </button>
      )}
      <span className="inv-count" aria-live="polite">
        {t('toolbar.count', { count: props.total, shown: props.shown, total: props.total })}
      </span>
      <span className="inv-spacer" />
      <button type="button" onClick={props.onAdd} aria-keyshortcuts="Insert Control+Shift+N" title={t('toolbar.addHint')}>
        {t('toolbar.add')}
      </button>
      <button type="button" onClick={props.onDuplicate} disabled={props.targetCount === 0} aria-keyshortcuts="Control+D" title={t('toolbar.duplicateHint')}>
        {t('toolbar.duplicate', { count: props.targetCount })}
      </button>
      <button type="button" className="inv-danger" onClick={props.onDelete} disabled={props.targetCount === 0} aria-keyshortcuts="Delete" title={t('toolbar.deleteHint')}>
        {t('toolbar.delete', { count: props.targetCount })}
      </button>
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        {t('toolbar.undo')}
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
        {t('toolbar.redo')}
      </button>
    </div>
  );
}

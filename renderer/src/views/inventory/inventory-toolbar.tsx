/**
 * Above the grid, on one line: search and the column filters (kind, strategy, team, criticality) on
 * the left, the add / details / duplicate / delete commands with their shortcuts on the right. Undo
 * and Redo are the app's (header and Ctrl+Z); the row count sits under the grid.
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
  readonly targetCount: number;
  readonly onAdd: () => void;
  /** Open the side panel for the active row; null when there is no row. */
  readonly onDetails: (() => void) | null;
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
  const { search, setSearch, teams, reviewFilter, setReviewFilter, toReview } = store(
    useShallow((s) => ({
      reviewFilter: s.reviewFilter,
      setReviewFilter: s.setReviewFilter,
      toReview: s.project.workloads.reduce((n, w) => n + (w.review && w.review.length > 0 ? 1 : 0), 0),
      search: s.inventoryFilter,
      setSearch: s.setInventoryFilter,
      teams: s.project.teams,
    })),
  );
  const filtered = search !== '' || reviewFilter || Object.values(props.filters).some((v) => v);

  // Compact pickers: the column's name is the label (for assistive tech) and the first option ("All kinds"), so the toolbar fits
  // one line at 1280 px in English and Chinese.
  const picker = (column: FilterColumnId, options: readonly { value: string; label: string }[]) => (
    <label className="inv-filter" key={column}>
      <span className="visually-hidden">{t(`column.${column}`)}</span>
      <select value={props.filters[column] ?? ''} onChange={(e) => props.onFilter(column, e.target.value)} className={props.filters[column] ? 'is-set' : undefined}>
        <option value="">{t(`filter.all.${column}`)}</option>
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
      <span className="inv-spacer" />
      <button type="button" onClick={props.onAdd} aria-keyshortcuts="Insert Control+Shift+N" title={t('toolbar.addHint')}>
        {t('toolbar.add')}
      </button>
      <button type="button" onClick={props.onDetails ?? undefined} disabled={props.onDetails === null} aria-keyshortcuts="Alt+Enter" title={t('toolbar.detailsHint')}>
        {t('toolbar.details')}
      </button>
      <button type="button" onClick={props.onDuplicate} disabled={props.targetCount === 0} aria-keyshortcuts="Control+D" title={t('toolbar.duplicateHint')}>
        {t('toolbar.duplicate', { count: props.targetCount })}
      </button>
      <button type="button" className="inv-danger" onClick={props.onDelete} disabled={props.targetCount === 0} aria-keyshortcuts="Delete" title={t('toolbar.deleteHint')}>
        {t('toolbar.delete', { count: props.targetCount })}
      </button>
    </div>
  );
}

/**
 * The grid's header row: a select-all checkbox, then one sortable header per column. Clicking a
 * header cycles ascending, descending, unsorted; aria-sort says which.
 */
import type { Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { COLUMN_LEFT, COLUMNS, type InventoryRow } from './columns';

export interface GridHeaderProps {
  readonly table: Table<InventoryRow>;
  readonly allSelected: boolean;
  readonly someSelected: boolean;
  readonly onToggleAll: () => void;
  readonly height: number;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function GridHeader({ table, allSelected, someSelected, onToggleAll, height }: GridHeaderProps) {
  const { t } = useTranslation('inventory');
  // Read the sort state here so the header re-renders when it changes.
  const sorting = table.getState().sorting;
  return (
    <div role="rowgroup" className="inv-head">
      <div role="row" aria-rowindex={1} className="inv-row inv-head-row" style={{ height }}>
        {COLUMNS.map((spec, i) => {
          if (spec.editor === 'selection') {
            return (
              <div key={spec.id} role="columnheader" aria-colindex={i + 1} className="inv-cell inv-headcell is-frozen" style={{ left: COLUMN_LEFT[i] }}>
                <input
                  type="checkbox"
                  tabIndex={-1}
                  checked={allSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = someSelected && !allSelected;
                  }}
                  aria-label={t('grid.selectAll')}
                  onChange={onToggleAll}
                />
              </div>
            );
          }
          const column = table.getColumn(spec.id);
          const direction = sorting.find((s) => s.id === spec.id);
          const sort = direction ? (direction.desc ? 'desc' : 'asc') : false;
          const label = t(`column.${spec.id}`);
          return (
            <div
              key={spec.id}
              role="columnheader"
              aria-colindex={i + 1}
              aria-sort={sort ? ARIA_SORT[sort] : 'none'}
              className={`inv-cell inv-headcell${spec.numeric ? ' inv-num' : ''}${spec.frozen ? ' is-frozen' : ''}${spec.id === 'name' ? ' is-last-frozen' : ''}`}
              style={spec.frozen ? { left: COLUMN_LEFT[i] } : undefined}
            >
              <button
                type="button"
                tabIndex={-1}
                className="inv-sort"
                title={t('grid.sortBy', { column: label })}
                onClick={column?.getToggleSortingHandler()}
              >
                {label}
                <span aria-hidden="true" className="inv-sort-mark">
                  {sort === 'asc' ? '▲' : sort === 'desc' ? '▼' : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/**
 * The headless table behind the grid: rows built from the Project and Plan, sorted and filtered
 * by @tanstack/react-table. Row objects are cached per workload so unchanged rows keep their
 * identity and their memoised components skip re-rendering.
 */
import {
  type ColumnDef,
  type ColumnFiltersState,
  type FilterFn,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type OnChangeFn,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Workload } from '../../../../shared/model';
import type { Plan } from '../../../../shared/plan/types';
import { COLUMNS, type InventoryRow, RANK } from './columns';
import { indexPlan } from './plan-index';

export interface InventoryTableOptions {
  readonly workloads: readonly Workload[];
  readonly plan: Plan | null;
  readonly globalFilter: string;
  readonly columnFilters: ColumnFiltersState;
  readonly sorting: SortingState;
  readonly onSortingChange: OnChangeFn<SortingState>;
  readonly onColumnFiltersChange: OnChangeFn<ColumnFiltersState>;
}

function haystackOf(w: Workload): string {
  return [w.id, w.name, w.sourceService, w.team, w.kind, w.strategy, w.region ?? '', ...w.tags, w.notes].join('\n').toLowerCase();
}

/** Search matches id, name, service, team, tags and notes, case-insensitively. */
const searchFilter: FilterFn<InventoryRow> = (row, _columnId, value: string) => row.original.haystack.includes(value.trim().toLowerCase());

const equalsFilter: FilterFn<InventoryRow> = (row, columnId, value: string) => row.getValue(columnId) === value;

const columnDefs: ColumnDef<InventoryRow>[] = COLUMNS.filter((c) => c.id !== 'select').map((spec) => {
  const rank = RANK[spec.id];
  return {
    id: spec.id,
    accessorFn: (row: InventoryRow) => spec.value(row),
    // Ordered vocabularies sort by rank; the filter still compares the raw value.
    sortingFn: rank
      ? (a, b) => (rank.get(a.getValue<string>(spec.id)) ?? 0) - (rank.get(b.getValue<string>(spec.id)) ?? 0)
      : spec.numeric || spec.id === 'wave'
        ? 'basic'
        : 'alphanumeric',
    sortUndefined: 'last',
    filterFn: equalsFilter,
    enableGlobalFilter: spec.id === 'id',
  } satisfies ColumnDef<InventoryRow>;
});

/** Sorted, filtered rows in view order plus the table (for headers and sort state). */
export function useInventoryTable(options: InventoryTableOptions) {
  const { workloads, plan } = options;
  const planIndex = useMemo(() => indexPlan(plan), [plan]);
  // A new plan invalidates every row's derived figures; otherwise rows live as long as their workload.
  const cache = useMemo(() => {
    void planIndex;
    return new WeakMap<Workload, InventoryRow>();
  }, [planIndex]);
  const data = useMemo(
    () =>
      workloads.map((w) => {
        let row = cache.get(w);
        if (!row) {
          row = {
            workload: w,
            wave: planIndex.waveByWorkload.get(w.id) ?? null,
            excluded: planIndex.excluded.has(w.id),
            foundation: planIndex.foundation.has(w.id),
            likelyEffort: plan?.estimates[w.id]?.effort.likely ?? null,
            effortOverridden: plan?.estimates[w.id]?.overridden === true,
            haystack: haystackOf(w),
          };
          cache.set(w, row);
        }
        return row;
      }),
    [workloads, cache, planIndex, plan],
  );

  const table = useReactTable<InventoryRow>({
    data,
    columns: columnDefs,
    state: { sorting: options.sorting, columnFilters: options.columnFilters, globalFilter: options.globalFilter },
    onSortingChange: options.onSortingChange,
    onColumnFiltersChange: options.onColumnFiltersChange,
    globalFilterFn: searchFilter,
    getColumnCanGlobalFilter: (column) => column.id === 'id',
    getRowId: (row) => row.workload.id,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    autoResetAll: false,
  });
  return { table, rows: table.getRowModel().rows, total: data.length };
}

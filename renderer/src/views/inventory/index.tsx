/**
 * The Inventory view: every workload in an editable, virtualised grid, with search and column
 * filters, bulk edit of selected rows, and a side panel for the focused workload.
 */
import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import type { Rect } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { BulkEditBar } from './bulk-edit-bar';
import type { FilterColumnId } from './columns';
import { ConfirmDelete } from './confirm-delete';
import { InventoryGrid, type InventoryGridHandle } from './inventory-grid';
import { InventoryToolbar } from './inventory-toolbar';
import { WorkloadPanel } from './panel/workload-panel';
import { useInventoryStore } from './store-context';
import { useInventoryTable } from './use-inventory-table';
import './inventory.css';

export { InventoryStoreContext, type InventoryStore } from './store-context';

export interface InventoryViewProps {
  /** A fixed grid viewport where there is no layout to measure (tests); measured otherwise. */
  readonly viewport?: Rect;
}

/**
 * The message under the grid ("Added workload-45. Undo"). It belongs to one document and one point in its history: another
 * document replaces it, and its Undo is offered only while its edit is still the last one (a later edit, or an undo, means
 * Undo would undo something else).
 */
interface Status {
  readonly text: string;
  readonly generation: number;
  /** History depth right after the edit this message is about; null when there is nothing to undo. */
  readonly undoAt: number | null;
}

export function InventoryView({ viewport }: InventoryViewProps) {
  const { t } = useTranslation('inventory');
  const store = useInventoryStore();
  const { allWorkloads, reviewFilter, plan, search, selected, focusedId, generation, depth } = store(
    useShallow((s) => ({
      generation: s.documentGeneration,
      depth: s.past.length,
      allWorkloads: s.project.workloads,
      reviewFilter: s.reviewFilter,
      plan: s.plan,
      search: s.inventoryFilter,
      selected: s.selectedWorkloadIds,
      focusedId: s.focusedWorkloadId,
    })),
  );
  const workloads = useMemo(() => (reviewFilter ? allWorkloads.filter((w) => w.review && w.review.length > 0) : allWorkloads), [allWorkloads, reviewFilter]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [pendingDelete, setPendingDelete] = useState<readonly string[] | null>(null);
  const [status, setStatusState] = useState<Status | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const gridRef = useRef<InventoryGridHandle>(null);
  const setStatus = useCallback(
    ({ text, undoable }: { text: string; undoable: boolean }) => {
      const s = store.getState();
      setStatusState({ text, generation: s.documentGeneration, undoAt: undoable ? s.past.length : null });
    },
    [store],
  );

  const { table, rows, total } = useInventoryTable({
    workloads,
    plan,
    globalFilter: search,
    columnFilters,
    sorting,
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
  });

  const filters = useMemo(
    () => Object.fromEntries(columnFilters.map((f) => [f.id, String(f.value)])) as Partial<Record<FilterColumnId, string>>,
    [columnFilters],
  );
  const onFilter = useCallback((column: FilterColumnId, value: string) => {
    setColumnFilters((prev) => [...prev.filter((f) => f.id !== column), ...(value === '' ? [] : [{ id: column, value }])]);
  }, []);
  const onClearFilters = useCallback(() => {
    setColumnFilters([]);
    store.getState().setInventoryFilter('');
    store.getState().setReviewFilter(false);
  }, [store]);

  const onAdd = useCallback(() => {
    const id = store.getState().addWorkload();
    if (id === '') {
      const refusal = store.getState().lastEditError;
      setStatus({ text: refusal ? t(`storeError.${refusal.code}`, { ...refusal.params, defaultValue: refusal.message }) : t('status.addFailed'), undoable: false });
      return;
    }
    gridRef.current?.reveal(id, { editColumn: 'name' });
    // An open panel shows the workload just added, not the one it showed before.
    if (store.getState().focusedWorkloadId !== null) store.getState().focusWorkload(id);
    setStatus({ text: t('status.added', { id }), undoable: true });
  }, [store, t, setStatus]);

  const onDuplicate = useCallback(
    (ids: readonly string[]) => {
      const s = store.getState();
      const copies = s.duplicateWorkloads(ids, { nameSuffix: t('status.copySuffix') });
      if (copies.length === 0) return;
      s.selectWorkloads(copies);
      setStatus({ text: t('status.duplicated', { count: copies.length }), undoable: true });
    },
    [store, t, setStatus],
  );

  const onRequestDelete = useCallback((ids: readonly string[]) => setPendingDelete(ids), []);

  const confirmDelete = () => {
    if (!pendingDelete) return;
    const s = store.getState();
    const present = new Set(s.project.workloads.map((w) => w.id));
    const count = pendingDelete.filter((id) => present.has(id)).length;
    s.deleteWorkloads(pendingDelete);
    setPendingDelete(null);
    setStatus({ text: t('status.deleted', { count }), undoable: true });
    gridRef.current?.focus();
  };

  const closePanel = useCallback(() => {
    store.getState().focusWorkload(null);
    gridRef.current?.focus();
  }, [store]);

  // What Duplicate and Delete act on: the selection, else the workload in the panel, else the active row.
  const targets = useMemo(() => (selected.length > 0 ? selected : focusedId !== null ? [focusedId] : activeId !== null ? [activeId] : []), [selected, focusedId, activeId]);
  const shownStatus = status && status.generation === generation ? status : null;
  const reviewTargets = useMemo(() => {
    const wanted = new Set(targets);
    return allWorkloads.filter((w) => wanted.has(w.id) && w.review && w.review.length > 0).map((w) => w.id);
  }, [allWorkloads, targets]);
  const onConfirmReview = () => {
    store.getState().confirmReview(reviewTargets);
    setStatus({ text: t('review.confirmed', { count: reviewTargets.length }), undoable: true });
  };
  const names = useMemo(() => {
    if (!pendingDelete) return [];
    const byId = new Map(allWorkloads.map((w) => [w.id, w.name]));
    return pendingDelete.map((id) => byId.get(id) ?? id);
  }, [pendingDelete, allWorkloads]);

  return (
    <section className="inventory" aria-label={t('title')}>
      <InventoryToolbar
        filters={filters}
        onFilter={onFilter}
        onClearFilters={onClearFilters}
        targetCount={targets.length}
        onAdd={onAdd}
        onDetails={activeId !== null ? () => store.getState().focusWorkload(activeId) : null}
        onDuplicate={() => onDuplicate(targets)}
        onDelete={() => onRequestDelete(targets)}
        reviewTargets={reviewTargets.length}
        onConfirmReview={onConfirmReview}
      />
      {selected.length > 1 && <BulkEditBar ids={selected} onDone={(text, applied) => setStatus({ text, undoable: applied })} />}
      <div className="inv-main">
        <InventoryGrid
          ref={gridRef}
          table={table}
          rows={rows}
          viewport={viewport}
          onRequestDelete={onRequestDelete}
          onDuplicate={onDuplicate}
          onAdd={onAdd}
          onActiveRowChange={setActiveId}
        />
        {focusedId !== null && <WorkloadPanel workloadId={focusedId} onClose={closePanel} />}
      </div>
      <div className="inv-footer">
        <span className="inv-count" aria-live="polite">
          {t('toolbar.count', { count: total, shown: rows.length, total })}
        </span>
        <div className="inv-status" role="status" aria-live="polite">
          {shownStatus?.text}
          {shownStatus?.undoAt !== null && shownStatus?.undoAt === depth && (
            <button
              type="button"
              onClick={() => {
                store.getState().undo();
                setStatus({ text: t('status.undone'), undoable: false });
              }}
            >
              {t('toolbar.undo')}
            </button>
          )}
        </div>
      </div>
      {pendingDelete && (
        <ConfirmDelete
          names={names}
          onConfirm={confirmDelete}
          onCancel={() => {
            setPendingDelete(null);
            gridRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}

/**
 * The editable workload grid: role="grid" with spreadsheet keys, rows virtualised with
 * @tanstack/react-virtual so only the visible rows (plus a small overscan) are in the DOM.
 * Focus stays on the grid element; the active cell is named by aria-activedescendant.
 */
import type { Row, Table } from '@tanstack/react-table';
import { type Rect, useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type MouseEvent, type Ref, useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { FinishMove } from './cell-editor';
import { COLUMN_INDEX, COLUMN_LEFT, columnForField, COLUMNS, GRID_TEMPLATE, GRID_WIDTH, type InventoryRow, scrollLeftToShow } from './columns';
import { type CellPosition, commandForKey, type GridCommand } from './grid-keys';
import { usePrinting } from './use-printing';
import { GridHeader } from './grid-header';
import { cellDomId, GridRow, type RowContext } from './grid-row';
import { rangeIds, toggleId } from './selection';
import { useCellContext } from './use-cell-context';
import { useCellEditing } from './use-cell-editing';
import { useInventoryStore } from './store-context';

export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 36;
/** About how wide a refused edit's message is (min-width 14em in inventory.css). */
const ERROR_WIDTH = 230;
const FIRST_DATA_COL = 1;
/** Where the active cell starts: the name, the first editable column. */
const START_COL = COLUMN_INDEX.get('name') ?? FIRST_DATA_COL;

/** What the view can ask of the grid. */
export interface InventoryGridHandle {
  /** Put keyboard focus back on the grid (after a dialog or the side panel closes). */
  focus(): void;
  /** Make `id` the active row once it is in the view, optionally editing one of its columns. */
  reveal(id: string, options?: { readonly editColumn?: string }): void;
}

export interface InventoryGridProps {
  readonly table: Table<InventoryRow>;
  readonly rows: readonly Row<InventoryRow>[];
  /** A fixed viewport for environments without layout (tests, print); measured otherwise. */
  readonly viewport?: Rect;
  readonly onRequestDelete: (ids: readonly string[]) => void;
  readonly onDuplicate: (ids: readonly string[]) => void;
  readonly onAdd: () => void;
  /** The active row's workload changed (null when the grid is empty): the toolbar's Details and Delete act on it. */
  readonly onActiveRowChange?: (id: string | null) => void;
  readonly ref?: Ref<InventoryGridHandle>;
}

export function InventoryGrid({ table, rows, viewport, onRequestDelete, onDuplicate, onAdd, onActiveRowChange, ref }: InventoryGridProps) {
  const { t } = useTranslation('inventory');
  const store = useInventoryStore();
  const { selected, focusedId, focusedField } = store(
    useShallow((s) => ({ selected: s.selectedWorkloadIds, focusedId: s.focusedWorkloadId, focusedField: s.focusedField })),
  );
  const gridId = useId().replace(/:/g, '');
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: START_COL });
  const anchorRef = useRef(0);
  const pendingReveal = useRef<{ id: string; editColumn?: string } | null>(null);
  const { edit, rejection, editRef, start, setDraft, commit, cancel, blur, clearRejection } = useCellEditing();
  const cellCtx = useCellContext();
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  // Latest values for the stable callbacks below, so memoised rows never see new handlers.
  const at: CellPosition = { row: Math.min(active.row, Math.max(0, rows.length - 1)), col: active.col };
  const live = useRef({ rows, active: at, selected });
  live.current = { rows, active: at, selected };
  const handledFocus = useRef<string | null>(null);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    ...(viewport
      ? {
          initialRect: viewport,
          observeElementRect: (_instance: unknown, cb: (rect: Rect) => void) => cb(viewport),
        }
      : {}),
  });

  const focusGrid = useCallback(() => scrollRef.current?.focus({ preventScroll: true }), []);

  /** Scroll sideways so the active column is whole to the right of the frozen ones (rows scroll with the virtualiser). */
  const showColumn = useCallback((col: number) => {
    const el = scrollRef.current;
    if (!el) return;
    const left = scrollLeftToShow(col, el.scrollLeft, el.clientWidth);
    if (left !== el.scrollLeft) el.scrollLeft = left;
  }, []);

  const moveTo = useCallback(
    (to: CellPosition) => {
      const row = live.current.rows[to.row];
      setActive(to);
      clearRejection();
      if (!row) return;
      virtualizer.scrollToIndex(to.row, { align: 'auto' });
      showColumn(to.col);
      // The side panel, when open, follows the active row.
      const { focusedWorkloadId, focusWorkload } = store.getState();
      if (focusedWorkloadId !== null && focusedWorkloadId !== row.id) focusWorkload(row.id);
    },
    [clearRejection, virtualizer, store, showColumn],
  );

  const openDetails = useCallback(
    (index: number) => {
      const row = live.current.rows[index];
      if (!row) return;
      setActive((prev) => (prev.row === index ? prev : { row: index, col: prev.col }));
      store.getState().focusWorkload(row.id);
    },
    [store],
  );

  const toggleRow = useCallback(
    (index: number, shiftKey: boolean) => {
      const { rows: view, selected: current } = live.current;
      const row = view[index];
      if (!row) return;
      const { selectWorkloads } = store.getState();
      if (shiftKey) selectWorkloads(rangeIds(view.map((r) => r.id), anchorRef.current, index));
      else {
        selectWorkloads(toggleId(current, row.id));
        anchorRef.current = index;
      }
    },
    [store],
  );

  const startEdit = useCallback(
    (pos: CellPosition, initial?: string) => {
      const row = live.current.rows[pos.row];
      if (!row) return;
      if (COLUMNS[pos.col]?.editor === 'selection') toggleRow(pos.row, false);
      else start(row.original.workload, pos.col, initial);
    },
    [start, toggleRow],
  );

  const run = useCallback(
    (cmd: GridCommand) => {
      const { rows: view, active: pos, selected: current } = live.current;
      const s = store.getState();
      const activeId = view[pos.row]?.id;
      const targets = current.length > 0 ? current : activeId ? [activeId] : [];
      switch (cmd.type) {
        case 'move':
          return moveTo(cmd.to);
        case 'edit':
          // The Id cannot be edited: Enter on it opens the row's details, the deliberate way to the side panel by keyboard.
          if (cmd.initial === undefined && COLUMNS[pos.col]?.id === 'id') return activeId ? s.focusWorkload(activeId) : undefined;
          return startEdit(pos, cmd.initial);
        case 'toggleSelection':
          return toggleRow(pos.row, false);
        case 'selectAll':
          return s.selectWorkloads(current.length === view.length ? [] : view.map((r) => r.id));
        case 'clear':
          if (s.focusedWorkloadId !== null) return s.focusWorkload(null);
          return s.selectWorkloads([]);
        case 'delete':
          return targets.length > 0 ? onRequestDelete(targets) : undefined;
        case 'duplicate':
          return targets.length > 0 ? onDuplicate(targets) : undefined;
        case 'add':
          return onAdd();
        case 'undo':
          return s.undo();
        case 'redo':
          return s.redo();
        case 'details':
          return activeId ? s.focusWorkload(activeId) : undefined;
        case 'sort': {
          const column = table.getColumn(COLUMNS[pos.col]?.id ?? '');
          return column?.getCanSort() ? column.toggleSorting(cmd.desc) : undefined;
        }
      }
    },
    [store, moveTo, startEdit, toggleRow, onRequestDelete, onDuplicate, onAdd, table],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editRef.current) return;
    const page = Math.max(1, Math.floor(((virtualizer.scrollRect?.height ?? ROW_HEIGHT * 10) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const cmd = commandForKey(e, at, { rows: rows.length, cols: COLUMNS.length, page, firstDataCol: FIRST_DATA_COL });
    if (!cmd || (rows.length === 0 && cmd.type !== 'add' && cmd.type !== 'undo' && cmd.type !== 'redo')) return;
    e.preventDefault();
    e.stopPropagation();
    run(cmd);
  };

  const onCommit = useCallback(
    (move: FinishMove) => {
      if (!commit()) return;
      const pos = live.current.active;
      const last = live.current.rows.length - 1;
      if (move === 'down') moveTo({ row: Math.min(last, pos.row + 1), col: pos.col });
      else if (move === 'right') moveTo({ row: pos.row, col: Math.min(COLUMNS.length - 1, pos.col + 1) });
      else if (move === 'left') moveTo({ row: pos.row, col: Math.max(0, pos.col - 1) });
      focusGrid();
    },
    [commit, moveTo, focusGrid],
  );

  const onCancel = useCallback(() => {
    cancel();
    focusGrid();
  }, [cancel, focusGrid]);

  const onCellMouseDown = useCallback(
    (index: number, col: number, e: MouseEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('.inv-editor')) return;
      // Keep focus on the grid itself; the active cell is aria-activedescendant.
      if (!(target instanceof HTMLInputElement)) e.preventDefault();
      if (editRef.current) blur();
      const row = live.current.rows[index];
      if (!row) return;
      setActive({ row: index, col });
      clearRejection();
      focusGrid();
      // A click on a half-hidden cell (under the header, the panel or the frozen columns) brings it whole into view.
      virtualizer.scrollToIndex(index, { align: 'auto' });
      showColumn(col);
      if (col === 0) return;
      const s = store.getState();
      if (e.shiftKey) s.selectWorkloads(rangeIds(live.current.rows.map((r) => r.id), anchorRef.current, index));
      else if (e.ctrlKey || e.metaKey) {
        s.selectWorkloads(toggleId(live.current.selected, row.id));
        anchorRef.current = index;
      } else {
        anchorRef.current = index;
        // A click only makes the cell active; the panel opens on purpose (the details button, Enter on the Id, Alt+Enter).
        // Once open, it follows the active row; once closed, it stays closed.
        if (s.focusedWorkloadId !== null && s.focusedWorkloadId !== row.id) s.focusWorkload(row.id);
      }
    },
    [editRef, blur, clearRejection, store, focusGrid, virtualizer, showColumn],
  );

  const onCellDoubleClick = useCallback((index: number, col: number) => startEdit({ row: index, col }), [startEdit]);

  const ctx = useMemo<RowContext>(
    () => ({
      gridId,
      cell: cellCtx,
      t,
      onCellMouseDown,
      onCellDoubleClick,
      onOpenDetails: openDetails,
      onToggleRow: toggleRow,
      onDraft: setDraft,
      onCommit,
      onCancel,
      onEditorBlur: blur,
    }),
    [gridId, cellCtx, t, onCellMouseDown, onCellDoubleClick, openDetails, toggleRow, setDraft, onCommit, onCancel, blur],
  );

  useImperativeHandle(ref, () => ({ focus: focusGrid, reveal: (id, options) => (pendingReveal.current = { id, ...options }) }), [focusGrid]);

  // Bring a requested workload (just added, or focused from another view) into the active cell.
  useEffect(() => {
    const pending = pendingReveal.current;
    const focusKey = focusedId === null ? null : `${focusedId}\n${focusedField ?? ''}`;
    if (!pending && (focusKey === null || focusKey === handledFocus.current)) return;
    const id = pending ? pending.id : (focusedId as string);
    const index = rows.findIndex((r) => r.id === id);
    if (pending) pendingReveal.current = null;
    else handledFocus.current = focusKey;
    if (index < 0) return;
    const columnId = pending ? pending.editColumn : columnForField(focusedField);
    const col = columnId !== undefined ? COLUMN_INDEX.get(columnId) : undefined;
    if (index === live.current.active.row && col === undefined) return;
    setActive((prev) => ({ row: index, col: col ?? prev.col }));
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (col !== undefined) showColumn(col);
    // Coming from another view the grid has only just mounted (and the panel opening narrows it): scroll again once it is laid
    // out, or the row stays where the first, unmeasured scroll left it (Issues > Show opened the panel on a row out of sight).
    requestAnimationFrame(() => {
      if (live.current.active.row !== index) return; // the user has moved on
      virtualizer.scrollToIndex(index, { align: 'auto' });
      if (col !== undefined) showColumn(col);
    });
    const workload = rows[index]?.original.workload;
    if (pending?.editColumn !== undefined && workload && col !== undefined) start(workload, col);
  }, [rows, focusedId, focusedField, virtualizer, start, showColumn]);

  // The panel opening or closing (or the window resizing) changes the grid's width: keep the active column in view.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => showColumn(live.current.active.col));
    observer.observe(el);
    return () => observer.disconnect();
  }, [showColumn]);

  const activeRowId = rows[at.row]?.id ?? null;
  useEffect(() => onActiveRowChange?.(activeRowId), [activeRowId, onActiveRowChange]);

  const activeId = rows.length > 0 ? cellDomId(gridId, at.row, at.col) : undefined;
  const printing = usePrinting();
  const items = printing ? rows.map((_, index) => ({ index, start: HEADER_HEIGHT + index * ROW_HEIGHT })) : virtualizer.getVirtualItems();
  // Rows whose bottom is within two rows of the grid's bottom edge show a refused edit's message above the cell.
  const viewBottom = (virtualizer.scrollOffset ?? 0) + (virtualizer.scrollRect?.height ?? Number.POSITIVE_INFINITY);
  // Read when a message appears (an edit is refused, which renders): a message at a column's left would run past the right edge.
  const errorFromRight = (col: number) => {
    const el = scrollRef.current;
    if (!el) return false;
    return (COLUMN_LEFT[col] ?? 0) + ERROR_WIDTH > el.scrollLeft + el.clientWidth;
  };
  const allSelected = rows.length > 0 && selected.length >= rows.length && rows.every((r) => selectedSet.has(r.id));
  return (
    <div
      ref={scrollRef}
      role="grid"
      tabIndex={0}
      aria-label={t('grid.label')}
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length}
      aria-multiselectable
      aria-activedescendant={activeId}
      className="inv-grid"
      style={{ ['--inv-template' as string]: GRID_TEMPLATE, ['--inv-width' as string]: GRID_WIDTH, ...(viewport ? { height: viewport.height } : {}) }}
      onKeyDown={onKeyDown}
    >
      <GridHeader
        table={table}
        height={HEADER_HEIGHT}
        allSelected={allSelected}
        someSelected={selected.length > 0}
        onToggleAll={() => run({ type: 'selectAll' })}
      />
      <div role="rowgroup" className="inv-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const isActive = item.index === at.row;
          return (
            <GridRow
              key={row.id}
              row={row.original}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              height={ROW_HEIGHT}
              selected={selectedSet.has(row.id)}
              activeCol={isActive ? at.col : null}
              edit={edit?.rowId === row.id ? edit : null}
              rejection={rejection?.rowId === row.id ? rejection : null}
              errorAbove={item.start + 3 * ROW_HEIGHT > viewBottom}
              errorFromRight={errorFromRight}
              ctx={ctx}
            />
          );
        })}
      </div>
      {rows.length === 0 && <p className="inv-empty">{t('grid.empty')}</p>}
    </div>
  );
}

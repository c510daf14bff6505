/**
 * One virtualised grid row. Memoised: it re-renders only when its workload, its selection, the
 * active cell or an edit on it changes, which keeps scrolling and typing smooth at 5,000 rows.
 */
import { memo, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import type { CellError } from './cell-validation';
import { CellEditor, type FinishMove } from './cell-editor';
import { type CellContext, COLUMN_LEFT, COLUMNS, type InventoryRow } from './columns';

/** An edit in progress on one cell. */
export interface EditState {
  readonly rowId: string;
  readonly col: number;
  readonly draft: string;
  readonly error: CellError | null;
}

/** A refused edit whose editor has closed (focus left it): the message stays on the cell. */
export interface Rejection {
  readonly rowId: string;
  readonly col: number;
  readonly error: CellError;
}

/** Everything rows share; built once per grid so memoised rows keep equal props. */
export interface RowContext {
  readonly gridId: string;
  readonly cell: CellContext;
  readonly t: TFunction<'inventory'>;
  readonly onCellMouseDown: (index: number, col: number, e: MouseEvent) => void;
  /** Open the side panel for a row (its details button). */
  readonly onOpenDetails: (index: number) => void;
  readonly onCellDoubleClick: (index: number, col: number) => void;
  readonly onToggleRow: (index: number, shiftKey: boolean) => void;
  readonly onDraft: (draft: string) => void;
  readonly onCommit: (move: FinishMove) => void;
  readonly onCancel: () => void;
  readonly onEditorBlur: () => void;
}

export interface GridRowProps {
  readonly row: InventoryRow;
  readonly index: number;
  readonly top: number;
  readonly height: number;
  readonly selected: boolean;
  readonly activeCol: number | null;
  readonly edit: EditState | null;
  readonly rejection: Rejection | null;
  /** The row is near the bottom of the grid: a refused edit's message opens above the cell, not below out of sight. */
  readonly errorAbove: boolean;
  /** Columns whose message would run past the grid's right edge: it is anchored to the cell's right edge instead. */
  readonly errorFromRight: (col: number) => boolean;
  readonly ctx: RowContext;
}

/** DOM id of a cell, for aria-activedescendant. */
export const cellDomId = (gridId: string, index: number, col: number) => `${gridId}-r${index}-c${col}`;

const noop = () => undefined;

/** A long name or product is cut with an ellipsis; the whole text is its tooltip. */
function CellText({ text }: { readonly text: string }) {
  return (
    <span className="inv-cell-text" title={text || undefined}>
      {text}
    </span>
  );
}

function GridRowImpl({ row, index, top, height, selected, activeCol, edit, rejection, errorAbove, errorFromRight, ctx }: GridRowProps) {
  const { t, cell } = ctx;
  const w = row.workload;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`inv-row${selected ? ' is-selected' : ''}${activeCol !== null ? ' is-active-row' : ''}${edit?.error || rejection ? ' has-error' : ''}`}
      style={{ transform: `translateY(${top}px)`, height }}
    >
      {COLUMNS.map((spec, col) => {
        const id = cellDomId(ctx.gridId, index, col);
        const editing = edit !== null && edit.col === col ? edit : null;
        const error = editing?.error ?? (rejection?.col === col ? rejection.error : null);
        const errorId = error ? `${id}-error` : undefined;
        const message = error ? t(error.key, error.params) : undefined;
        const classes = [
          'inv-cell',
          spec.numeric ? 'inv-num' : '',
          spec.frozen ? 'is-frozen' : '',
          spec.id === 'name' ? 'is-last-frozen' : '',
          activeCol === col ? 'is-active' : '',
          error ? 'is-invalid' : '',
          spec.editor === 'none' ? 'is-readonly' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <div
            key={spec.id}
            id={id}
            role="gridcell"
            aria-colindex={col + 1}
            aria-readonly={spec.editor === 'none' || undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
            title={message}
            className={classes}
            style={spec.frozen ? { left: COLUMN_LEFT[col] } : undefined}
            onMouseDown={(e) => ctx.onCellMouseDown(index, col, e)}
            onDoubleClick={() => ctx.onCellDoubleClick(index, col)}
          >
            {spec.editor === 'selection' ? (
              <input
                type="checkbox"
                tabIndex={-1}
                checked={selected}
                aria-label={t('grid.selectRow', { name: w.name })}
                onClick={(e) => ctx.onToggleRow(index, e.shiftKey)}
                onChange={noop}
              />
            ) : editing && spec.editor !== 'none' ? (
              <CellEditor
                kind={spec.editor}
                draft={editing.draft}
                label={t('grid.editLabel', { column: t(`column.${spec.id}`), name: w.name })}
                options={spec.options ? spec.options(cell, w) : []}
                errorId={errorId}
                onDraft={ctx.onDraft}
                onCommit={ctx.onCommit}
                onCancel={ctx.onCancel}
                onBlur={ctx.onEditorBlur}
              />
            ) : (
              <CellText text={spec.display(row, cell)} />
            )}
            {spec.id === 'id' && (
              <button
                type="button"
                tabIndex={-1}
                className="inv-details"
                aria-label={t('grid.openDetails', { name: w.name })}
                title={t('grid.openDetailsHint')}
                onMouseDown={(e) => e.stopPropagation()}
                onClick={() => ctx.onOpenDetails(index)}
              />
            )}
            <ReviewMark workload={w} column={spec.id} t={t} />
            {error && (
              <span id={errorId} className={`inv-cell-error${errorAbove ? ' is-above' : ''}${errorFromRight(col) ? ' is-right' : ''}`} role="alert">
                {message}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

export const GridRow = memo(GridRowImpl);

/** Which workload fields a column shows, for its "needs review" mark. */
const REVIEWED_BY_COLUMN: Readonly<Record<string, readonly string[]>> = {
  name: ['application', 'environment', 'dependencies'],
  kind: ['kind'],
  sourceService: ['sourceService'],
  criticality: ['criticality'],
  strategy: ['strategy'],
  team: ['team'],
  instances: ['size'],
  dataGb: ['size'],
};

/** A small mark on a guessed value; its title says what it was guessed from. */
function ReviewMark({ workload, column, t }: { readonly workload: GridRowProps['row']['workload']; readonly column: string; readonly t: RowContext['t'] }) {
  const fields = REVIEWED_BY_COLUMN[column];
  const notes = fields ? (workload.review ?? []).filter((n) => fields.includes(n.field)) : [];
  if (notes.length === 0) return null;
  const text = notes.map((n) => t(`review.basis.${n.basis}`, { field: t(`review.field.${n.field}`), source: n.source ?? '' })).join('\n');
  return (
    <span className="inv-review-mark" title={text} aria-label={t('review.mark', { text })}>
      ?
    </span>
  );
}


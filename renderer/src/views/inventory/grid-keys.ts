/**
 * Spreadsheet keys for the grid, as a pure function from a key press to a command, so the
 * key map can be read in one place and tested without rendering.
 */

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export type GridCommand =
  | { readonly type: 'move'; readonly to: CellPosition }
  | { readonly type: 'edit'; readonly initial?: string }
  | { readonly type: 'toggleSelection' }
  | { readonly type: 'selectAll' }
  | { readonly type: 'clear' }
  | { readonly type: 'delete' }
  | { readonly type: 'duplicate' }
  | { readonly type: 'add' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'details' }
  | { readonly type: 'sort'; readonly desc: boolean };

export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export interface GridBounds {
  readonly rows: number;
  readonly cols: number;
  /** Rows in one screenful, for PageUp/PageDown. */
  readonly page: number;
  /** The first column the Home key goes to (past the selection checkbox). */
  readonly firstDataCol: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** The command for a key press on the active cell, or null when the grid should let it be. */
export function commandForKey(e: KeyPress, at: CellPosition, b: GridBounds): GridCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  const lastRow = Math.max(0, b.rows - 1);
  const lastCol = b.cols - 1;
  const move = (row: number, col: number): GridCommand => ({ type: 'move', to: { row: clamp(row, 0, lastRow), col: clamp(col, 0, lastCol) } });
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;

  if (mod && !e.altKey) {
    switch (key) {
      case 'd':
        return { type: 'duplicate' };
      case 'a':
        return { type: 'selectAll' };
      case 'z':
        return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
      case 'y':
        return { type: 'redo' };
      case 'n':
        return e.shiftKey ? { type: 'add' } : null;
      case 'Backspace':
        return { type: 'delete' };
      case 'ArrowUp':
      case 'Home':
        return move(0, key === 'Home' ? 0 : at.col);
      case 'ArrowDown':
      case 'End':
        return move(lastRow, key === 'End' ? lastCol : at.col);
      case 'ArrowLeft':
        return move(at.row, 0);
      case 'ArrowRight':
        return move(at.row, lastCol);
      default:
        return null;
    }
  }
  if (e.altKey) {
    // Alt+Arrow sorts by the active column: the keyboard path to what a header click does.
    if (key === 'ArrowUp' || key === 'ArrowDown') return { type: 'sort', desc: key === 'ArrowDown' };
    return key === 'Enter' ? { type: 'details' } : null;
  }

  switch (key) {
    case 'ArrowUp':
      return move(at.row - 1, at.col);
    case 'ArrowDown':
      return move(at.row + 1, at.col);
    case 'ArrowLeft':
      return move(at.row, at.col - 1);
    case 'ArrowRight':
      return move(at.row, at.col + 1);
    case 'Home':
      return move(at.row, at.col === b.firstDataCol ? 0 : b.firstDataCol);
    case 'End':
      return move(at.row, lastCol);
    case 'PageUp':
      return move(at.row - b.page, at.col);
    case 'PageDown':
      return move(at.row + b.page, at.col);
    case 'Tab':
      // Tab walks the row and leaves the grid at its ends, so keyboard users are never trapped.
      if (e.shiftKey) return at.col > 0 ? move(at.row, at.col - 1) : null;
      return at.col < lastCol ? move(at.row, at.col + 1) : null;
    case 'Enter':
    case 'F2':
      return { type: 'edit' };
    case ' ':
      return { type: 'toggleSelection' };
    case 'Delete':
      return { type: 'delete' };
    case 'Insert':
      return { type: 'add' };
    case 'Escape':
      return { type: 'clear' };
    default:
      // Typing on a cell starts editing it with that character, as in a spreadsheet.
      return e.key.length === 1 ? { type: 'edit', initial: e.key } : null;
  }
}

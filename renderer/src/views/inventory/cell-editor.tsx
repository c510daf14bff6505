/**
 * The editor inside an active cell: a text or number input, or a select. It owns only the
 * keystrokes that finish an edit (Enter, Tab, Escape); the grid decides what they do.
 */
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { CellOption, EditorKind } from './columns';

export type FinishMove = 'down' | 'right' | 'left' | 'stay';

export interface CellEditorProps {
  readonly kind: Exclude<EditorKind, 'none' | 'selection'>;
  readonly draft: string;
  readonly label: string;
  readonly options: readonly CellOption[];
  readonly errorId: string | undefined;
  readonly onDraft: (draft: string) => void;
  readonly onCommit: (move: FinishMove) => void;
  readonly onCancel: () => void;
  /** Focus left the editor: commit if valid, otherwise keep the refusal visible. */
  readonly onBlur: () => void;
}

export function CellEditor({ kind, draft, label, options, errorId, onDraft, onCommit, onCancel, onBlur }: CellEditorProps) {
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    // Typing started the edit with a character: put the caret after it rather than selecting it.
    if (el instanceof HTMLInputElement) el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') onCommit(e.shiftKey ? 'stay' : 'down');
    else if (e.key === 'Tab') onCommit(e.shiftKey ? 'left' : 'right');
    else if (e.key === 'Escape') onCancel();
    else {
      // Arrows, Home, End, Space belong to the input while editing, not to grid navigation.
      e.stopPropagation();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  const common = {
    className: 'inv-editor',
    'aria-label': label,
    'aria-invalid': errorId !== undefined,
    'aria-describedby': errorId,
    onKeyDown,
    onBlur,
  };
  if (kind === 'select') {
    return (
      <select ref={ref} value={draft} onChange={(e) => onDraft(e.target.value)} {...common}>
        {optionGroups(options).map(([group, items]) =>
          group === undefined ? (
            items.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          ) : (
            <optgroup key={group} label={group}>
              {items.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
    );
  }
  return (
    <input
      ref={ref}
      type="text"
      inputMode={kind === 'number' ? 'decimal' : undefined}
      value={draft}
      onChange={(e) => onDraft(e.target.value)}
      {...common}
    />
  );
}

/** Consecutive options of one group, in order; ungrouped options stand alone. */
function optionGroups(options: readonly CellOption[]): [string | undefined, CellOption[]][] {
  const out: [string | undefined, CellOption[]][] = [];
  for (const o of options) {
    const last = out[out.length - 1];
    if (last && last[0] === o.group && o.group !== undefined) last[1].push(o);
    else out.push([o.group, [o]]);
  }
  return out;
}

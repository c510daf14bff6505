/**
 * The edit cycle of one cell: start with the current value (or a typed character), keep the
 * draft, and on commit parse it with the column's schema. A refused value stays on screen with
 * its message and never reaches the store; an accepted one lands as one undoable edit.
 */
import { useCallback, useRef, useState } from 'react';
import type { Workload } from '../../../../shared/model';
import { COLUMNS } from './columns';
import type { EditState, Rejection } from './grid-row';
import { useInventoryStore } from './store-context';

/** True when applying `patch` to `w` would change something. */
function changes(w: Workload, patch: Partial<Workload>): boolean {
  return Object.entries(patch).some(([key, value]) => JSON.stringify(w[key as keyof Workload]) !== JSON.stringify(value));
}

export function useCellEditing() {
  const store = useInventoryStore();
  const [edit, setEditState] = useState<EditState | null>(null);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  // Mirrors `edit` synchronously: blur fires between a commit and the next render.
  const editRef = useRef<EditState | null>(null);
  const setEdit = useCallback((next: EditState | null) => {
    editRef.current = next;
    setEditState(next);
  }, []);

  const start = useCallback(
    (w: Workload, col: number, initial?: string): boolean => {
      const spec = COLUMNS[col];
      if (!spec?.draft || !spec.parse) return false;
      // Typing a letter into a select starts it at its current value rather than an invalid one.
      const draft = initial !== undefined && spec.editor !== 'select' ? initial : spec.draft(w);
      setRejection(null);
      setEdit({ rowId: w.id, col, draft, error: null });
      return true;
    },
    [setEdit],
  );

  const setDraft = useCallback(
    (draft: string) => {
      const current = editRef.current;
      if (current) setEdit({ ...current, draft, error: null });
    },
    [setEdit],
  );

  /** Try to write the draft; returns false (and shows why) when it is refused. */
  const commit = useCallback((): boolean => {
    const current = editRef.current;
    if (!current) return true;
    const spec = COLUMNS[current.col];
    const state = store.getState();
    const w = state.project.workloads.find((x) => x.id === current.rowId);
    if (!spec?.parse || !w) {
      setEdit(null);
      return true;
    }
    const parsed = spec.parse(current.draft, w, state.project);
    if (!parsed.ok) {
      setEdit({ ...current, error: parsed.error });
      return false;
    }
    if (changes(w, parsed.patch)) {
      const result = state.updateWorkload(w.id, parsed.patch);
      if (!result.ok) {
        setEdit({ ...current, error: { key: `storeError.${result.code}`, params: { ...result.params, defaultValue: result.message } } });
        return false;
      }
    }
    setEdit(null);
    return true;
  }, [store, setEdit]);

  const cancel = useCallback(() => setEdit(null), [setEdit]);

  /** Focus left the editor: keep a valid value, and leave a refused one's message on the cell. */
  const blur = useCallback(() => {
    const current = editRef.current;
    if (!current || commit()) return;
    const refused = editRef.current;
    setEdit(null);
    if (refused?.error) setRejection({ rowId: refused.rowId, col: refused.col, error: refused.error });
  }, [commit, setEdit]);

  const clearRejection = useCallback(() => setRejection(null), []);

  return { edit, rejection, editRef, start, setDraft, commit, cancel, blur, clearRejection };
}

/**
 * Imports into the open document: the merge is shared/import's (pure); here it lands as one undo
 * step, and confirming a row's guesses clears its "needs review" marker.
 */
// The merge alone, not the import barrel: the store is loaded at start, the importers only with the Import dialog.
import { mergeFragment } from '../../../shared/import/merge/merge';
import type { Workload } from '../../../shared/model';
import { commitProject } from './history';
import type { DecampState, DocumentSlice } from './types';

type Set = (partial: Partial<DecampState>) => void;
type Get = () => DecampState;

export function importActions(set: Set, get: Get): Pick<DocumentSlice, 'applyImport' | 'confirmReview'> {
  return {
    applyImport(fragment) {
      const result = mergeFragment(get().project, fragment);
      commitProject(set, get, result.project);
      return result;
    },
    confirmReview(ids) {
      const wanted = new Set(ids);
      const project = get().project;
      let changed = false;
      const workloads = project.workloads.map((w): Workload => {
        if (!wanted.has(w.id) || !w.review) return w;
        changed = true;
        const { review: _done, ...rest } = w;
        return rest;
      });
      if (changed) commitProject(set, get, { ...project, workloads });
    },
  };
}

/**
 * Workload edits: each validates the result with the project schema before it lands, keeps ids
 * stable, and records one undo step.
 */
import { type Project, type Workload, WorkloadSchema } from '../../../shared/model';
import { applyPatch, freshId, OK, refuse, refuseInvalid } from './edit-result';
import { commitProject, noteResult } from './history';
import { defaultWorkload, newWorkloadId } from './new-workload';
import type { DecampState, DocumentSlice, EditResult } from './types';

type Set = (partial: Partial<DecampState>) => void;
type Get = () => DecampState;

/** Check one workload against the schema and the project's teams. */
export function checkWorkload(project: Project, w: Workload): EditResult {
  const parsed = WorkloadSchema.safeParse(w);
  if (!parsed.success) return refuseInvalid(parsed.error);
  if (!project.teams.some((t) => t.id === w.team)) {
    return refuse('invalid', `team: team '${w.team}' does not exist`, { field: 'team', detail: w.team });
  }
  return OK;
}

/** Editing a field is confirming it: its "needs review" note goes (the whole marker when none is left). */
export function confirmEdited(w: Workload, patch: Partial<Workload>): Workload {
  if (!w.review || w.review.length === 0 || 'review' in patch) return w;
  const edited = new Set<string>(Object.keys(patch));
  const review = w.review.filter((note) => !edited.has(note.field));
  if (review.length === w.review.length) return w;
  const { review: _old, ...rest } = w;
  return review.length > 0 ? { ...rest, review } : rest;
}

/** Apply one patch to many workloads, all or nothing. */
function patchMany(project: Project, ids: ReadonlySet<string>, patch: Partial<Workload>): { ok: true; project: Project } | Extract<EditResult, { ok: false }> {
  if (ids.size === 0) return { ok: true, project };
  let found = 0;
  const workloads: Workload[] = [];
  for (const w of project.workloads) {
    if (!ids.has(w.id)) {
      workloads.push(w);
      continue;
    }
    found++;
    const next = confirmEdited(applyPatch(w, patch, 'id'), patch);
    const check = checkWorkload(project, next);
    if (!check.ok) return check;
    workloads.push(next);
  }
  if (found === 0) return refuse('notFound', `no workload ${[...ids].join(', ')}`, { id: [...ids].join(', ') });
  return { ok: true, project: { ...project, workloads } };
}

export function workloadActions(set: Set, get: Get): Pick<DocumentSlice, 'updateWorkload' | 'addWorkload' | 'duplicateWorkloads' | 'deleteWorkloads' | 'bulkUpdateWorkloads'> {
  const bulk = (ids: readonly string[], patch: Partial<Workload>): EditResult => {
    const result = patchMany(get().project, new Set(ids), patch);
    if (!result.ok) return noteResult(set, result);
    commitProject(set, get, result.project);
    return OK;
  };
  return {
    updateWorkload: (id, patch) => bulk([id], patch),
    bulkUpdateWorkloads: bulk,

    addWorkload(partial = {}) {
      const project = get().project;
      const taken = new Set(project.workloads.map((w) => w.id));
      const wanted = partial.id;
      const id = wanted !== undefined && wanted !== '' && !taken.has(wanted) ? wanted : newWorkloadId(project, taken);
      const base = defaultWorkload(project, id, partial.kind ?? 'compute');
      const w = applyPatch(base, { ...partial, id }, 'id');
      const check = checkWorkload(project, w);
      if (!check.ok) {
        noteResult(set, check);
        return '';
      }
      commitProject(set, get, { ...project, workloads: [...project.workloads, w] });
      return id;
    },

    duplicateWorkloads(ids, options = {}) {
      const project = get().project;
      const wanted = new Set(ids);
      const taken = new Set(project.workloads.map((w) => w.id));
      const copies: Workload[] = [];
      for (const w of project.workloads) {
        if (!wanted.has(w.id)) continue;
        const base = `${w.id}-copy`.slice(0, 110);
        const id = taken.has(base) ? freshId(base, taken, 2) : base;
        taken.add(id);
        copies.push({ ...w, id, name: `${w.name}${options.nameSuffix ?? ''}`, tags: [...w.tags], size: { ...w.size } });
      }
      if (copies.length === 0) return [];
      commitProject(set, get, { ...project, workloads: [...project.workloads, ...copies] });
      return copies.map((c) => c.id);
    },

    deleteWorkloads(ids) {
      const project = get().project;
      const gone = new Set(ids);
      if (!project.workloads.some((w) => gone.has(w.id))) return;
      commitProject(set, get, {
        ...project,
        workloads: project.workloads.filter((w) => !gone.has(w.id)),
        dependencies: project.dependencies.filter((d) => !gone.has(d.from) && !gone.has(d.to)),
        pins: project.pins.filter((p) => !gone.has(p.workloadId)),
        overrides: project.overrides.filter((o) => !gone.has(o.workloadId)),
      });
      const { selectedWorkloadIds, focusedWorkloadId } = get();
      set({
        selectedWorkloadIds: selectedWorkloadIds.filter((id) => !gone.has(id)),
        focusedWorkloadId: focusedWorkloadId !== null && gone.has(focusedWorkloadId) ? null : focusedWorkloadId,
      });
    },
  };
}

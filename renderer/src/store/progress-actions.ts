/**
 * Progress as it happens: the actual start and finish of each wave and each workload, the person-days
 * a workload really took, and "blocked" with the reason. Stored in the project file (the forecast
 * re-plans what is left from them), undoable like every other decision, validated with the schema.
 */
import { ActualSchema, type Actual, type Blocked, type Project, type WorkloadActual, WorkloadActualSchema } from '../../../shared/model';
import { freshId, OK, refuse, refuseInvalid } from './edit-result';
import { commitProject, noteResult } from './history';
import type { DecampState, EditResult } from './types';

type Set = (partial: Partial<DecampState>) => void;
type Get = () => DecampState;

/** What a form records for one wave or workload; an absent field is cleared. */
export interface ProgressEntry {
  readonly start?: string;
  readonly finish?: string;
  readonly blocked?: Blocked;
}

export interface ProgressActions {
  /** Records (or replaces) the wave numbered `wave`'s actuals; a wave's record needs its start. Empty clears it. */
  setWaveProgress(wave: number, entry: ProgressEntry): EditResult;
  /** Records (or replaces) a workload's progress; all fields empty clears it. */
  setWorkloadProgress(workloadId: string, entry: ProgressEntry & { readonly effort?: number }): EditResult;
}

const isEmpty = (e: ProgressEntry & { effort?: number }) => !e.start && !e.finish && !e.blocked && e.effort === undefined;

export function progressActions(set: Set, get: Get): ProgressActions {
  const commit = (next: Project): EditResult => {
    commitProject(set, get, next);
    return OK;
  };
  const fail = (result: Extract<EditResult, { ok: false }>): EditResult => noteResult(set, result);
  const order = (start?: string, finish?: string) => (start && finish && finish < start ? refuse('invalid', `finish: ${finish} is before the start ${start}`, { field: 'finish', detail: 'beforeStart' }) : null);

  return {
    setWaveProgress(wave, entry) {
      const project = get().project;
      const rest = project.actuals.filter((a) => a.wave !== wave);
      if (isEmpty(entry)) return rest.length === project.actuals.length ? OK : commit({ ...project, actuals: rest });
      if (!entry.start) return fail(refuse('invalid', 'start: a wave needs its actual start before its finish or a block', { field: 'start', detail: 'needed' }));
      const bad = order(entry.start, entry.finish);
      if (bad) return fail(bad);
      const existing = project.actuals.find((a) => a.wave === wave);
      const next: Actual = {
        id: existing?.id ?? freshId('actual', new globalThis.Set(project.actuals.map((a) => a.id)), project.actuals.length + 1),
        wave,
        start: entry.start,
        ...(entry.finish ? { finish: entry.finish } : {}),
        ...(entry.blocked ? { blocked: entry.blocked } : {}),
      };
      const parsed = ActualSchema.safeParse(next);
      if (!parsed.success) return fail(refuseInvalid(parsed.error));
      return commit({ ...project, actuals: [...rest, next].sort((a, b) => a.wave - b.wave) });
    },

    setWorkloadProgress(workloadId, entry) {
      const project = get().project;
      if (!project.workloads.some((w) => w.id === workloadId)) return fail(refuse('notFound', `workload '${workloadId}' does not exist`, { id: workloadId }));
      const list = project.workloadActuals ?? [];
      const rest = list.filter((a) => a.workloadId !== workloadId);
      const { workloadActuals: _gone, ...others } = project;
      if (isEmpty(entry)) return rest.length === list.length ? OK : commit(rest.length > 0 ? { ...project, workloadActuals: rest } : others);
      const bad = order(entry.start, entry.finish);
      if (bad) return fail(bad);
      const existing = list.find((a) => a.workloadId === workloadId);
      const next: WorkloadActual = {
        id: existing?.id ?? freshId('progress', new globalThis.Set(list.map((a) => a.id)), list.length + 1),
        workloadId,
        ...(entry.start ? { start: entry.start } : {}),
        ...(entry.finish ? { finish: entry.finish } : {}),
        ...(entry.effort !== undefined ? { effort: entry.effort } : {}),
        ...(entry.blocked ? { blocked: entry.blocked } : {}),
      };
      const parsed = WorkloadActualSchema.safeParse(next);
      if (!parsed.success) return fail(refuseInvalid(parsed.error));
      return commit({ ...project, workloadActuals: [...rest, next] });
    },
  };
}

/**
 * The user's decisions that change the plan, all stored in the project file and undoable: pins
 * (this workload goes in that wave), the waves' own names, order and caps, estimate overrides with
 * their reason, and the risk register. Each validates with the project schema before it lands and
 * records one undo step; the planner checks what the decision breaks and says so in Issues.
 */
import {
  defaultRiskRegister,
  type EstimateOverride,
  EstimateOverrideSchema,
  type Pin,
  type Project,
  type RiskEntry,
  RiskEntrySchema,
  type WaveSetting,
  WaveSettingSchema,
} from '../../../shared/model';
import { applyPatch, freshId, OK, refuse, refuseInvalid } from './edit-result';
import { commitProject, noteResult } from './history';
import type { DecampState, EditResult } from './types';

type Set = (partial: Partial<DecampState>) => void;
type Get = () => DecampState;

export interface DecisionActions {
  /** Pins each workload to wave `wave` (0 = pilot), replacing its earlier pin; one undo step for all. */
  pinWorkloads(ids: readonly string[], wave: number, reason?: string): EditResult;
  unpinWorkloads(ids: readonly string[]): void;
  /** Sets the name or caps of the wave numbered `order`; a patch value of undefined clears it. */
  updateWaveSetting(order: number, patch: Partial<Pick<WaveSetting, 'name' | 'maxWorkloads' | 'maxPersonDays'>>): EditResult;
  /** Adds a wave after the last one (`count` is how many the plan has): returns its number. */
  addWave(count: number, name?: string): number;
  /** Moves the wave numbered `order` one place earlier (-1) or later (+1): its settings, pins and actuals go with it. */
  moveWave(order: number, delta: -1 | 1, count: number): EditResult;
  setEstimateOverride(workloadId: string, effort: Pick<EstimateOverride, 'optimistic' | 'likely' | 'pessimistic'>, reason: string): EditResult;
  clearEstimateOverride(workloadId: string): void;
  /** Adds a register entry (the estate's defaults are written into the file first, so they stay as they were). */
  addRisk(entry: Omit<RiskEntry, 'id'>): string;
  updateRisk(id: string, patch: Partial<RiskEntry>): EditResult;
  removeRisk(id: string): void;
}

/** The register as the planner reads it: the project's own, else the defaults derived from the estate. */
export function riskRegisterOf(project: Project): readonly RiskEntry[] {
  return project.risks ?? defaultRiskRegister(project);
}

export function decisionActions(set: Set, get: Get): DecisionActions {
  const commit = (next: Project): EditResult => {
    commitProject(set, get, next);
    return OK;
  };
  const fail = (result: Extract<EditResult, { ok: false }>): EditResult => noteResult(set, result);
  const settingsOf = (p: Project) => p.waves ?? [];

  return {
    pinWorkloads(ids, wave, reason) {
      const project = get().project;
      const known = new Set(project.workloads.map((w) => w.id));
      const unknown = ids.find((id) => !known.has(id));
      if (unknown !== undefined) return fail(refuse('notFound', `workload '${unknown}' does not exist`, { id: unknown }));
      if (!Number.isInteger(wave) || wave < 0) return fail(refuse('invalid', `wave: must be a whole number from 0`, { field: 'wave', detail: String(wave) }));
      const wanted = new Set(ids);
      const kept = project.pins.filter((p) => !wanted.has(p.workloadId));
      const taken = new Set(project.pins.map((p) => p.id));
      const added: Pin[] = ids.map((workloadId, i) => {
        const id = freshId('pin', taken, project.pins.length + 1 + i);
        taken.add(id);
        return reason ? { id, workloadId, wave, reason } : { id, workloadId, wave };
      });
      const same = added.every((a) => project.pins.some((p) => p.workloadId === a.workloadId && p.wave === wave && p.reason === a.reason));
      if (same) return OK;
      return commit({ ...project, pins: [...kept, ...added] });
    },

    unpinWorkloads(ids) {
      const project = get().project;
      const gone = new Set(ids);
      if (!project.pins.some((p) => gone.has(p.workloadId))) return;
      commit({ ...project, pins: project.pins.filter((p) => !gone.has(p.workloadId)) });
    },

    updateWaveSetting(order, patch) {
      const project = get().project;
      const settings = settingsOf(project);
      const current = settings.find((s) => s.order === order);
      const base: WaveSetting = current ?? { id: freshId('wave', new Set(settings.map((s) => s.id)), settings.length + 1), order };
      const next = applyPatch<WaveSetting>(base, patch, 'id');
      if (typeof next.name === 'string' && next.name.trim() === '') delete (next as { name?: string }).name;
      const parsed = WaveSettingSchema.safeParse(next);
      if (!parsed.success) return fail(refuseInvalid(parsed.error));
      const empty = next.name === undefined && next.maxWorkloads === undefined && next.maxPersonDays === undefined;
      const list = current ? settings.map((s) => (s === current ? next : s)) : [...settings, next];
      // A setting that says nothing any more is dropped, so the file keeps only real decisions.
      const cleaned = empty ? list.filter((s) => s.order !== order) : list;
      return commit({ ...project, waves: cleaned.sort((a, b) => a.order - b.order) });
    },

    addWave(count, name) {
      const project = get().project;
      const settings = settingsOf(project);
      const order = Math.max(count, ...settings.map((s) => s.order + 1));
      const id = freshId('wave', new Set(settings.map((s) => s.id)), settings.length + 1);
      commit({ ...project, waves: [...settings, { id, order, ...(name ? { name } : {}) }].sort((a, b) => a.order - b.order) });
      return order;
    },

    moveWave(order, delta, count) {
      const project = get().project;
      const other = order + delta;
      if (other < 0 || other >= Math.max(count, ...settingsOf(project).map((s) => s.order + 1))) return fail(refuse('invalid', 'wave: nothing to swap with', { field: 'wave', detail: String(order) }));
      const swap = (n: number) => (n === order ? other : n === other ? order : n);
      // Waves without a setting get one, so a moved wave keeps its place after the next plan.
      const settings = [...settingsOf(project)];
      const taken = new Set(settings.map((s) => s.id));
      for (const n of [order, other]) {
        if (settings.some((s) => s.order === n)) continue;
        const id = freshId('wave', taken, settings.length + 1);
        taken.add(id);
        settings.push({ id, order: n });
      }
      return commit({
        ...project,
        waves: settings.map((s) => ({ ...s, order: swap(s.order) })).sort((a, b) => a.order - b.order),
        pins: project.pins.map((p) => (p.wave === order || p.wave === other ? { ...p, wave: swap(p.wave) } : p)),
        actuals: project.actuals.map((a) => (a.wave === order || a.wave === other ? { ...a, wave: swap(a.wave) } : a)),
      });
    },

    setEstimateOverride(workloadId, effort, reason) {
      const project = get().project;
      if (!project.workloads.some((w) => w.id === workloadId)) return fail(refuse('notFound', `workload '${workloadId}' does not exist`, { id: workloadId }));
      const existing = project.overrides.find((o) => o.workloadId === workloadId);
      const id = existing?.id ?? freshId('override', new Set(project.overrides.map((o) => o.id)), project.overrides.length + 1);
      const next: EstimateOverride = { id, workloadId, ...effort, ...(reason.trim() ? { reason: reason.trim() } : {}) };
      const parsed = EstimateOverrideSchema.safeParse(next);
      if (!parsed.success) return fail(refuseInvalid(parsed.error));
      if (!(next.optimistic <= next.likely && next.likely <= next.pessimistic)) return fail(refuse('invalid', 'estimate: optimistic <= likely <= pessimistic', { field: 'estimate', detail: 'order' }));
      return commit({ ...project, overrides: existing ? project.overrides.map((o) => (o === existing ? next : o)) : [...project.overrides, next] });
    },

    clearEstimateOverride(workloadId) {
      const project = get().project;
      if (!project.overrides.some((o) => o.workloadId === workloadId)) return;
      commit({ ...project, overrides: project.overrides.filter((o) => o.workloadId !== workloadId) });
    },

    addRisk(entry) {
      const project = get().project;
      const register = [...riskRegisterOf(project)];
      const id = freshId('risk', new Set(register.map((r) => r.id)), register.length + 1);
      const next = { ...entry, id } as RiskEntry;
      const parsed = RiskEntrySchema.safeParse(next);
      if (!parsed.success) {
        fail(refuseInvalid(parsed.error));
        return '';
      }
      commit({ ...project, risks: [...register, next] });
      return id;
    },

    updateRisk(id, patch) {
      const project = get().project;
      const register = riskRegisterOf(project);
      const current = register.find((r) => r.id === id);
      if (!current) return fail(refuse('notFound', `risk '${id}' does not exist`, { id }));
      const next = applyPatch(current, patch, 'id');
      const parsed = RiskEntrySchema.safeParse(next);
      if (!parsed.success) return fail(refuseInvalid(parsed.error));
      return commit({ ...project, risks: register.map((r) => (r.id === id ? next : r)) });
    },

    removeRisk(id) {
      const project = get().project;
      const register = riskRegisterOf(project);
      if (!register.some((r) => r.id === id)) return;
      commit({ ...project, risks: register.filter((r) => r.id !== id) });
    },
  };
}

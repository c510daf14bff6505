/**
 * Scenarios and baselines, stored in the project file and undoable like every other decision. A
 * scenario holds only its differences; a baseline is the shown plan's dates, effort and cost under
 * a name and the day it was saved. Each action validates with the project schema before it lands.
 */
import { type ExchangeRate, ExchangeRateSchema, type Project, type Scenario, type ScenarioChange, ScenarioChangeSchema, ScenarioSchema } from '../../../shared/model';
import { captureBaseline, scenarioIdFor } from '../../../shared/scenarios';
import { freshId, OK, refuse, refuseInvalid } from './edit-result';
import { commitProject, noteResult } from './history';
import type { DecampState, EditResult } from './types';

type Set = (partial: Partial<DecampState>) => void;
type Get = () => DecampState;

export interface ScenarioActions {
  /** Adds a scenario with no differences yet; returns its id ('' when refused). */
  addScenario(name: string, description?: string): string;
  /** Copies a scenario with its differences under a new name; returns the new id. */
  duplicateScenario(id: string, name: string): string;
  updateScenario(id: string, patch: Partial<Pick<Scenario, 'name' | 'description'>>): EditResult;
  removeScenario(id: string): void;
  addScenarioChange(id: string, change: ScenarioChange): EditResult;
  updateScenarioChange(id: string, index: number, change: ScenarioChange): EditResult;
  removeScenarioChange(id: string, index: number): void;
  /** Saves the shown plan as a baseline named `name`, dated `savedOn` (the caller's today); refused while the plan is not the project's. */
  saveBaseline(name: string, savedOn: string): EditResult;
  renameBaseline(id: string, name: string): EditResult;
  removeBaseline(id: string): void;
  /** Sets (adds or replaces) the rate for one currency. */
  setExchangeRate(rate: ExchangeRate): EditResult;
  /** Refused while a team or a workload counts in that currency. */
  removeExchangeRate(currency: ExchangeRate['currency']): EditResult;
}

export function scenarioActions(set: Set, get: Get): ScenarioActions {
  const commit = (next: Project): EditResult => {
    commitProject(set, get, next);
    return OK;
  };
  const fail = (result: Extract<EditResult, { ok: false }>): EditResult => noteResult(set, result);
  const scenarios = (p: Project) => p.scenarios ?? [];
  const nameTaken = (p: Project, name: string, except?: string) => scenarios(p).some((s) => s.id !== except && s.name.trim().toLowerCase() === name.trim().toLowerCase());
  const withScenario = (id: string, edit: (s: Scenario) => Scenario | Extract<EditResult, { ok: false }>): EditResult => {
    const project = get().project;
    const current = scenarios(project).find((s) => s.id === id);
    if (!current) return fail(refuse('notFound', `scenario '${id}' does not exist`, { id }));
    const next = edit(current);
    if ('ok' in next) return fail(next);
    const parsed = ScenarioSchema.safeParse(next);
    if (!parsed.success) return fail(refuseInvalid(parsed.error));
    return commit({ ...project, scenarios: scenarios(project).map((s) => (s === current ? next : s)) });
  };
  const checkChange = (change: ScenarioChange) => {
    const parsed = ScenarioChangeSchema.safeParse(change);
    return parsed.success ? null : refuseInvalid(parsed.error);
  };

  return {
    addScenario(name, description) {
      const project = get().project;
      const trimmed = name.trim();
      if (nameTaken(project, trimmed)) {
        fail(refuse('invalid', `name: another scenario is called '${trimmed}'`, { field: 'name', detail: 'taken' }));
        return '';
      }
      const id = scenarioIdFor(trimmed, new globalThis.Set(scenarios(project).map((s) => s.id)));
      const next: Scenario = { id, name: trimmed, ...(description?.trim() ? { description: description.trim() } : {}), changes: [] };
      const parsed = ScenarioSchema.safeParse(next);
      if (!parsed.success) {
        fail(refuseInvalid(parsed.error));
        return '';
      }
      commit({ ...project, scenarios: [...scenarios(project), next] });
      return id;
    },

    duplicateScenario(id, name) {
      const project = get().project;
      const source = scenarios(project).find((s) => s.id === id);
      const trimmed = name.trim();
      if (!source) return '';
      if (nameTaken(project, trimmed)) {
        fail(refuse('invalid', `name: another scenario is called '${trimmed}'`, { field: 'name', detail: 'taken' }));
        return '';
      }
      const copy: Scenario = { ...source, id: scenarioIdFor(trimmed, new globalThis.Set(scenarios(project).map((s) => s.id))), name: trimmed };
      const parsed = ScenarioSchema.safeParse(copy);
      if (!parsed.success) {
        fail(refuseInvalid(parsed.error));
        return '';
      }
      commit({ ...project, scenarios: [...scenarios(project), copy] });
      return copy.id;
    },

    updateScenario(id, patch) {
      const project = get().project;
      if (patch.name !== undefined && nameTaken(project, patch.name, id)) return fail(refuse('invalid', `name: another scenario is called '${patch.name.trim()}'`, { field: 'name', detail: 'taken' }));
      return withScenario(id, (s) => {
        const next: Scenario = { ...s, ...(patch.name !== undefined ? { name: patch.name.trim() } : {}) };
        if (patch.description !== undefined) {
          const d = patch.description.trim();
          if (d) next.description = d;
          else delete next.description;
        }
        return next;
      });
    },

    removeScenario(id) {
      const project = get().project;
      if (!scenarios(project).some((s) => s.id === id)) return;
      const rest = scenarios(project).filter((s) => s.id !== id);
      const { scenarios: _gone, ...others } = project;
      commit(rest.length > 0 ? { ...project, scenarios: rest } : others);
    },

    addScenarioChange(id, change) {
      const bad = checkChange(change);
      if (bad) return fail(bad);
      return withScenario(id, (s) => ({ ...s, changes: [...s.changes, change] }));
    },

    updateScenarioChange(id, index, change) {
      const bad = checkChange(change);
      if (bad) return fail(bad);
      return withScenario(id, (s) => (index >= 0 && index < s.changes.length ? { ...s, changes: s.changes.map((c, i) => (i === index ? change : c)) } : refuse('notFound', `difference ${index + 1} does not exist`, { id: String(index) })));
    },

    removeScenarioChange(id, index) {
      withScenario(id, (s) => ({ ...s, changes: s.changes.filter((_, i) => i !== index) }));
    },

    saveBaseline(name, savedOn) {
      const { project, plan, plannedProject } = get();
      if (!plan || plannedProject !== project) return fail(refuse('invalid', 'baseline: wait for the plan to finish', { field: 'baseline', detail: 'planning' }));
      const trimmed = name.trim();
      if (!trimmed) return fail(refuse('invalid', 'name: must not be empty', { field: 'name', detail: 'empty' }));
      const list = project.baselines ?? [];
      const id = freshId('baseline', new globalThis.Set(list.map((b) => b.id)), list.length + 1);
      return commit({ ...project, baselines: [...list, captureBaseline(project, plan, { id, name: trimmed, savedOn })] });
    },

    renameBaseline(id, name) {
      const project = get().project;
      const list = project.baselines ?? [];
      if (!list.some((b) => b.id === id)) return fail(refuse('notFound', `baseline '${id}' does not exist`, { id }));
      if (!name.trim()) return fail(refuse('invalid', 'name: must not be empty', { field: 'name', detail: 'empty' }));
      return commit({ ...project, baselines: list.map((b) => (b.id === id ? { ...b, name: name.trim().slice(0, 120) } : b)) });
    },

    removeBaseline(id) {
      const project = get().project;
      const list = project.baselines ?? [];
      if (!list.some((b) => b.id === id)) return;
      const rest = list.filter((b) => b.id !== id);
      const { baselines: _gone, ...others } = project;
      commit(rest.length > 0 ? { ...project, baselines: rest } : others);
    },

    setExchangeRate(rate) {
      const project = get().project;
      const parsed = ExchangeRateSchema.safeParse(rate);
      if (!parsed.success) return fail(refuseInvalid(parsed.error));
      if (rate.currency === project.project.currency) return fail(refuse('invalid', `currency: ${rate.currency} is the project's own`, { field: 'currency', detail: 'own' }));
      const list = project.project.exchangeRates ?? [];
      const next = list.some((r) => r.currency === rate.currency) ? list.map((r) => (r.currency === rate.currency ? parsed.data : r)) : [...list, parsed.data];
      return commit({ ...project, project: { ...project.project, exchangeRates: next } });
    },

    removeExchangeRate(currency) {
      const project = get().project;
      const usedBy = project.teams.find((t) => t.dayRateCurrency === currency)?.name ?? project.workloads.find((w) => w.costCurrency === currency)?.name;
      if (usedBy !== undefined) return fail(refuse('invalid', `exchange rate: ${usedBy} counts in ${currency}`, { field: 'exchangeRates', detail: usedBy }));
      const list = (project.project.exchangeRates ?? []).filter((r) => r.currency !== currency);
      const { exchangeRates: _gone, ...meta } = project.project;
      return commit({ ...project, project: list.length > 0 ? { ...meta, exchangeRates: list } : meta });
    },
  };
}

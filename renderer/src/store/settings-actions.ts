/**
 * Edits to what surrounds the workloads: assumptions, teams, the calendar and freeze windows,
 * and the project's own fields. Each validates before it lands and records one undo step.
 */
import {
  CalendarSchema,
  DEFAULT_ASSUMPTIONS,
  isAssumptionId,
  type Project,
  ProjectMetaSchema,
  type Team,
  TeamSchema,
} from '../../../shared/model';
import { applyPatch, freshId, OK, refuse, refuseInvalid } from './edit-result';
import { nextPresetSpan, presetFreezeName, presetSpan } from './freeze-presets';
import { commitProject, noteResult } from './history';
import type { DecampState, DocumentSlice, EditResult } from './types';

type Set = (partial: Partial<DecampState>) => void;
type Get = () => DecampState;
type Actions = Pick<
  DocumentSlice,
  'setAssumption' | 'resetAssumption' | 'updateTeam' | 'addTeam' | 'removeTeam' | 'updateCalendar' | 'addFreezeWindow' | 'removeFreezeWindow' | 'updateProjectMeta'
>;

export function settingsActions(set: Set, get: Get): Actions {
  const commit = (next: Project): EditResult => {
    commitProject(set, get, next);
    return OK;
  };
  const fail = (result: Extract<EditResult, { ok: false }>): EditResult => noteResult(set, result);

  return {
    setAssumption(id, value) {
      if (!Number.isFinite(value)) return fail(refuse('invalid', `${id}: must be a number`, { field: id, detail: 'number' }));
      const project = get().project;
      const existing = project.assumptions.find((a) => a.id === id);
      if (existing) {
        if (existing.value === value) return OK;
        return commit({ ...project, assumptions: project.assumptions.map((a) => (a.id === id ? { ...a, value } : a)) });
      }
      if (!isAssumptionId(id)) return fail(refuse('notFound', `assumption '${id}' is not known`, { id }));
      const d = DEFAULT_ASSUMPTIONS[id];
      return commit({ ...project, assumptions: [...project.assumptions, { id, value, unit: d.unit, source: d.source }] });
    },

    resetAssumption(id) {
      const project = get().project;
      if (!project.assumptions.some((a) => a.id === id)) return;
      if (!isAssumptionId(id)) {
        commit({ ...project, assumptions: project.assumptions.filter((a) => a.id !== id) });
        return;
      }
      const d = DEFAULT_ASSUMPTIONS[id];
      const current = project.assumptions.find((a) => a.id === id);
      if (current && current.value === d.value && current.source === d.source && current.unit === d.unit) return;
      commit({ ...project, assumptions: project.assumptions.map((a) => (a.id === id ? { id, value: d.value, unit: d.unit, source: d.source } : a)) });
    },

    updateTeam(id, patch) {
      const project = get().project;
      const current = project.teams.find((t) => t.id === id);
      if (!current) return fail(refuse('notFound', `team '${id}' does not exist`, { id }));
      const next = applyPatch(current, patch, 'id');
      const parsed = TeamSchema.safeParse(next);
      if (!parsed.success) return fail(refuseInvalid(parsed.error));
      return commit({ ...project, teams: project.teams.map((t) => (t.id === id ? next : t)) });
    },

    addTeam(partial = {}) {
      const project = get().project;
      const id = freshId('team', new Set(project.teams.map((t) => t.id)), project.teams.length + 1);
      const team: Team = applyPatch({ id, name: id, engineers: 3 }, { ...partial, id }, 'id');
      const parsed = TeamSchema.safeParse(team);
      if (!parsed.success) {
        fail(refuseInvalid(parsed.error));
        return '';
      }
      commit({ ...project, teams: [...project.teams, team] });
      return id;
    },

    removeTeam(id) {
      const project = get().project;
      if (!project.teams.some((t) => t.id === id)) return fail(refuse('notFound', `team '${id}' does not exist`, { id }));
      const owned = project.workloads.filter((w) => w.team === id).length;
      if (owned > 0) return fail(refuse('teamHasWorkloads', `team '${id}' still owns ${owned} workload(s)`, { id, count: owned }));
      if (project.teams.length <= 1) return fail(refuse('lastTeam', 'a project needs at least one team', { id }));
      return commit({ ...project, teams: project.teams.filter((t) => t.id !== id) });
    },

    updateCalendar(patch) {
      const project = get().project;
      const next = { ...project.calendar, ...patch };
      const parsed = CalendarSchema.safeParse(next);
      if (!parsed.success) return fail(refuseInvalid(parsed.error));
      const backwards = next.freezeWindows.find((f) => f.end < f.start);
      if (backwards) return fail(refuse('invalid', `freeze window '${backwards.name}' ends before it starts`, { field: 'freezeWindows', detail: backwards.name }));
      const ids = new Set(next.freezeWindows.map((f) => f.id));
      if (ids.size !== next.freezeWindows.length) return fail(refuse('invalid', 'freeze window ids must be unique', { field: 'freezeWindows', detail: 'id' }));
      return commit({ ...project, calendar: next });
    },

    addFreezeWindow(window) {
      const project = get().project;
      const taken = new Set(project.calendar.freezeWindows.map((f) => f.id));
      let entry;
      if ('preset' in window) {
        const found = window.year !== undefined ? { year: window.year, span: presetSpan(window.preset, window.year) } : nextPresetSpan(window.preset, project.project.startDate);
        if (!found || !found.span) return fail(refuse('invalid', `no dates known for ${window.preset} ${window.year ?? ''}`, { field: 'preset', detail: window.preset }));
        const base = `${window.preset}-${found.year}`;
        const id = taken.has(base) ? freshId(base, taken, 2) : base;
        entry = { id, name: presetFreezeName(window.preset, found.year), start: found.span.start, end: found.span.end, preset: window.preset };
      } else {
        entry = { id: freshId('freeze', taken, taken.size + 1), name: window.name, start: window.start, end: window.end };
      }
      return get().updateCalendar({ freezeWindows: [...project.calendar.freezeWindows, entry] });
    },

    removeFreezeWindow(id) {
      const project = get().project;
      if (!project.calendar.freezeWindows.some((f) => f.id === id)) return;
      commit({ ...project, calendar: { ...project.calendar, freezeWindows: project.calendar.freezeWindows.filter((f) => f.id !== id) } });
    },

    updateProjectMeta(patch) {
      const project = get().project;
      const next = applyPatch(project.project, patch, 'name');
      const merged = patch.name !== undefined ? { ...next, name: patch.name } : next;
      const parsed = ProjectMetaSchema.safeParse(merged);
      if (!parsed.success) return fail(refuseInvalid(parsed.error));
      return commit({ ...project, project: merged });
    },
  };
}

/**
 * The wave builder's conditions, in the order they win, in the spirit of Azure Migrate's automatic
 * wave planning. Critical conditions are never broken without an error-level issue; advisory ones
 * are broken with a warning that says why. Each finding below names its condition, so the Issues
 * view and the waves board can show which rule gave way and what would restore it.
 */
import type { Project } from '../../model/schema';
import { listNames, paramList } from '../english';
import type { PlanIssue, WaveConditionId } from '../types';

export interface WaveCondition {
  readonly id: WaveConditionId;
  readonly kind: 'critical' | 'advisory';
  readonly rule: string;
}

export const WAVE_CONDITIONS: readonly WaveCondition[] = [
  { id: 'move-group-together', kind: 'critical', rule: 'A move group (a cycle or a tight coupling) is never split across waves.' },
  { id: 'environments-apart', kind: 'critical', rule: 'Production and non-production (staging, test, development) never share a wave.' },
  { id: 'application-together', kind: 'advisory', rule: "An application's workloads in one environment move in the same wave." },
  { id: 'needs-first', kind: 'advisory', rule: 'What a workload needs moves in the same or an earlier wave (or the foundation); otherwise the dependency runs cross-cloud in between.' },
  { id: 'non-production-first', kind: 'advisory', rule: 'Non-production moves before production.' },
  { id: 'critical-later', kind: 'advisory', rule: 'Mission-critical and complexity-5 workloads stay out of the pilot and the first production wave.' },
  { id: 'wave-caps', kind: 'advisory', rule: "A wave keeps to its workload count, each team's capacity for `phase.wave.maxDays`, and the user's person-day cap." },
];

export const CONDITION_KIND: Readonly<Record<WaveConditionId, 'critical' | 'advisory'>> = Object.fromEntries(WAVE_CONDITIONS.map((c) => [c.id, c.kind])) as Record<WaveConditionId, 'critical' | 'advisory'>;

/** Builds an issue for a broken condition: error for a critical one, warning for an advisory one. */
export function conditionIssue(condition: WaveConditionId, code: string, key: string, params: PlanIssue['params'], message: string, path: PlanIssue['path'], workloadIds: readonly string[], severity?: PlanIssue['severity']): PlanIssue {
  return {
    id: `issue:${code}:${key}`,
    severity: severity ?? (CONDITION_KIND[condition] === 'critical' ? 'error' : 'warning'),
    code,
    params,
    message,
    path,
    workloadIds,
    condition,
  };
}

/** Workload names for texts (a name, else the id), with the ids kept for params. */
export function namesOf(project: Project, ids: readonly string[], max = 4): string {
  const byId = namesById(project);
  return listNames(ids.map((id) => byId.get(id) ?? id), max);
}

/** The same names for a text's params: joined with commas, never English "and" (paramList). */
export function namesParam(project: Project, ids: readonly string[], max = 4): string {
  const byId = namesById(project);
  return paramList(ids.map((id) => byId.get(id) ?? id), max);
}

const NAMES = new WeakMap<Project, Map<string, string>>();
const INDEXES = new WeakMap<Project, Map<string, number>>();

/** Position of each workload id in project.workloads (the first, for a duplicated id), built once per project. */
export function workloadIndex(project: Project, id: string): number {
  let byId = INDEXES.get(project);
  if (!byId) {
    byId = new Map();
    project.workloads.forEach((w, i) => {
      if (!byId!.has(w.id)) byId!.set(w.id, i);
    });
    INDEXES.set(project, byId);
  }
  return byId.get(id) ?? -1;
}

/** Workload names by id, built once per project (findings name workloads many times). */
export function namesById(project: Project): ReadonlyMap<string, string> {
  let byId = NAMES.get(project);
  if (!byId) {
    byId = new Map();
    for (const w of project.workloads) if (!byId.has(w.id)) byId.set(w.id, w.name);
    NAMES.set(project, byId);
  }
  return byId;
}

/**
 * Small hand-made projects and wave drafts for the numeric phases (estimate, schedule, simulate,
 * cost), so their tests do not depend on how the grouping and wave phases choose waves.
 */
import type { Project, Workload } from '../../../shared/model/schema';
import { defaultAssumptionList } from '../../../shared/plan/assumptions';
import type { WaveDraft } from '../../../shared/plan/types';

export function workload(id: string, over: Partial<Workload> = {}): Workload {
  return {
    id,
    name: id,
    kind: 'compute',
    sourceService: 'alibaba.ecs',
    strategy: 'rehost',
    criticality: 'low',
    complexity: 3,
    size: { instances: 1, dataGb: 0, dailyChangeGb: 0 },
    downtimeTolerance: 'hours',
    team: 'team-a',
    monthlyCost: 1000,
    tags: [],
    notes: '',
    ...over,
  };
}

export function project(over: Partial<Project> = {}): Project {
  return {
    formatVersion: 1,
    project: {
      name: 'Fixture',
      sourceProvider: 'alibaba',
      defaultTargets: ['aws'],
      startDate: '2027-03-01',
      locale: 'en',
      currency: 'CNY',
      compliance: { icpFiling: false, mlpsLevel: 0, crossBorderData: false },
    },
    workloads: [workload('a'), workload('b'), workload('c')],
    dependencies: [],
    teams: [{ id: 'team-a', name: 'Team A', engineers: 3 }],
    calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [], makeUpWorkdays: [], freezeWindows: [] },
    assumptions: defaultAssumptionList(),
    pins: [],
    overrides: [],
    actuals: [],
    ...over,
  };
}

/** Waves from lists of workload ids; the first is the pilot. Teams come from the workloads. */
export function drafts(p: Project, groups: readonly (readonly string[])[]): WaveDraft[] {
  const teamOf = new Map(p.workloads.map((w) => [w.id, w.team]));
  return groups.map((ids, index) => ({
    id: index === 0 ? 'pilot' : `wave-${index}`,
    index,
    name: index === 0 ? 'Pilot' : `Wave ${index}`,
    isPilot: index === 0,
    workloadIds: [...ids],
    moveGroupIds: ids.map((id) => `g:${id}`),
    teamIds: [...new Set(ids.map((id) => teamOf.get(id) ?? ''))].sort(),
    runbook: [],
  }));
}

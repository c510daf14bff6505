/**
 * Small hand-made projects and wave drafts for the numeric phases (estimate, schedule, simulate,
 * cost), so their tests do not depend on how the grouping and wave phases choose waves.
 */
import type { Project, Workload } from '../../../shared/model/schema';
import { makeProject } from './arbitraries';
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

/** The numeric phases' base project: the graph tests' builder with three workloads of one team of 3. */
/**
 * The fixed frame the hand-worked schedule tests were written for: assessment exactly 10 working
 * days and a landing-zone floor of exactly 10, whatever the estate (frame.ts scales both by
 * default); every production wave at least 10 days (its change approval) with 10 days of
 * hypercare, and decommission at 7 person-days a workload, so the three workloads of one team of
 * 2.1 a day take 10 days (wave-frame.ts scales all three by what the waves hold; wave-frame.test.ts
 * works the defaults).
 */
export const FIXED_FRAME: Readonly<Record<string, number>> = {
  'phase.cutover.changeApprovalDays': 10,
  'phase.hypercare.productionDays': 10,
  'phase.hypercare.criticalDays': 10,
  'phase.decommission.personDaysPerWorkload': 7,
  'phase.decommission.personDaysPerDataStore': 7,
  'phase.assess.baseDays': 10,
  'phase.assess.daysPerApplication': 0,
  'phase.foundation.daysPerProvider': 10,
  'phase.foundation.sharedAccountsPerProvider': 0,
  'phase.foundation.daysPerAccount': 0,
  'phase.foundation.daysPerRegion': 0,
  'phase.foundation.daysPerIdentityIntegration': 0,
};

export function project(over: Partial<Project> = {}): Project {
  const base = makeProject();
  return makeProject({
    // The hand-worked examples wait for no lead time; the lead-time tests say what is missing.
    project: { ...base.project, name: 'Fixture', startDate: '2027-03-01', inPlace: { hardware: true, dedicatedLine: true, accounts: true, securitySignOff: true } },
    assumptions: base.assumptions.map((a) => (a.id in FIXED_FRAME ? { ...a, value: FIXED_FRAME[a.id]! } : a)),
    workloads: [workload('a'), workload('b'), workload('c')],
    teams: [{ id: 'team-a', name: 'Team A', engineers: 3 }],
    ...over,
  });
}

/** A foundation with no platform workloads, built by the first team, for schedule tests. */
export function noFoundation(p: Project) {
  return { teamId: p.teams[0]!.id, effort: { optimistic: 0, likely: 0, pessimistic: 0, expected: 0, sigma: 0 }, workloadIds: [] as string[] };
}

/** Waves from lists of workload ids; the first is the pilot. Teams come from the workloads. */
export function drafts(p: Project, groups: readonly (readonly string[])[]): WaveDraft[] {
  const teamOf = new Map(p.workloads.map((w) => [w.id, w.team]));
  return groups.map((ids, index) => ({
    id: index === 0 ? 'pilot' : `wave-${index}`,
    index,
    name: index === 0 ? 'Pilot' : `Wave ${index}`,
    isPilot: index === 0,
    environment: 'production' as const,
    applications: [],
    workloadIds: [...ids],
    moveGroupIds: ids.map((id) => `g:${id}`),
    teamIds: [...new Set(ids.map((id) => teamOf.get(id) ?? ''))].sort(),
    runbook: [],
  }));
}

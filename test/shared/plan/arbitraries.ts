/**
 * Test builders for the planning engine: a minimal valid Project, workloads with sane defaults,
 * fake estimates, dated waves, and a fast-check arbitrary of whole projects (cycles, tight
 * couplings, retired/retained workloads, pins) for property tests. Shared with other engine tests.
 */
import fc from 'fast-check';
import { CURRENT_FORMAT_VERSION, type Dependency, type Pin, type Project, type Workload } from '../../../shared/model/schema';
import {
  CRITICALITIES,
  DEPENDENCY_KINDS,
  DOWNTIME_TOLERANCES,
  type Strategy,
  type TargetProvider,
  WORKLOAD_KINDS,
} from '../../../shared/model/vocabulary';
import { defaultAssumptionList, resolveAssumptions } from '../../../shared/plan/assumptions';
import { dayToIso, isoToDay } from '../../../shared/plan/calendar';
import { groupWorkloads } from '../../../shared/plan/group';
import { orderMoveGroups } from '../../../shared/plan/order';
import type { ThreePoint, Wave, WaveDraft, WorkloadEstimate, WorkloadId } from '../../../shared/plan/types';
import { buildWaves } from '../../../shared/plan/waves';

export function makeWorkload(id: string, over: Partial<Workload> = {}): Workload {
  return {
    id,
    name: id,
    kind: 'compute',
    sourceService: 'alibaba.ecs',
    strategy: 'rehost',
    criticality: 'medium',
    complexity: 3,
    size: { instances: 2, dataGb: 0, dailyChangeGb: 0 },
    downtimeTolerance: 'hours',
    team: 'core',
    monthlyCost: 100,
    tags: [],
    notes: '',
    ...over,
  };
}

export function dep(from: string, to: string, over: Partial<Dependency> = {}): Dependency {
  return { id: `${from}->${to}`, from, to, kind: 'sync', coupling: 'loose', ...over };
}

export function makeProject(over: Partial<Project> = {}): Project {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    project: {
      name: 'Test',
      sourceProvider: 'alibaba',
      defaultTargets: ['aws'],
      startDate: '2026-01-05',
      locale: 'en',
      currency: 'CNY',
      compliance: { icpFiling: false, mlpsLevel: 0, crossBorderData: false },
    },
    workloads: [],
    dependencies: [],
    teams: [{ id: 'core', name: 'Core', engineers: 4 }],
    calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [], makeUpWorkdays: [], freezeWindows: [] },
    assumptions: defaultAssumptionList(),
    pins: [],
    overrides: [],
    actuals: [],
    ...over,
  };
}

function threePoint(likely: number): ThreePoint {
  const o = likely * 0.8;
  const p = likely * 1.5;
  return { optimistic: o, likely, pessimistic: p, expected: (o + 4 * likely + p) / 6, sigma: (p - o) / 6 };
}

/** Every workload `likely` person-days (or a per-workload function), moved to the project's first target. */
export function fakeEstimates(project: Project, likely: number | ((w: Workload) => number) = 2): Record<WorkloadId, WorkloadEstimate> {
  const out: Record<WorkloadId, WorkloadEstimate> = {};
  for (const w of project.workloads) {
    const provider: TargetProvider = w.target?.provider ?? project.project.defaultTargets[0] ?? 'aws';
    out[w.id] = {
      workloadId: w.id,
      effort: threePoint(typeof likely === 'number' ? likely : likely(w)),
      factors: [],
      portability: 'data-config',
      targetProvider: provider,
      targetService: 'Target service',
      transferHours: 0,
      offlineTransferSuggested: false,
      lineWorkingDays: 0,
      applianceWorkingDays: 0,
      applianceDevices: 0,
      offlineSavesWorkingDays: 0,
      changeRateExceedsLine: false,
      requiredMbps: 0,
      replication: 'files',
      replicationMbps: 800,
      transferBoundBy: 'line',
      overridden: false,
      assumptionIds: [],
    };
  }
  return out;
}

/** Waves dated back to back: two calendar weeks each, cutover on the last two days. */
export function datedWaves(drafts: readonly WaveDraft[], start = '2026-01-05'): Wave[] {
  const base = isoToDay(start);
  return drafts.map((d, k) => {
    const s = dayToIso(base + 14 * k);
    const e = dayToIso(base + 14 * k + 11);
    const effort = threePoint(2 * d.workloadIds.length);
    return { ...d, effort, dataGb: 0, transferHours: 0, start: s, end: e, cutover: { start: dayToIso(base + 14 * k + 10), end: e }, teams: [], p50End: e, p80End: e, p95End: e };
  });
}

const STRATEGY_WEIGHTS: readonly [Strategy, number][] = [
  ['rehost', 6],
  ['replatform', 2],
  ['refactor', 1],
  ['retire', 1],
  ['retain', 1],
];

/** Projects of 1..maxWorkloads workloads with random dependencies (cycles and duplicates allowed), pins and teams. */
export function projectArb(maxWorkloads = 30): fc.Arbitrary<Project> {
  return fc.integer({ min: 1, max: maxWorkloads }).chain((n) => {
    const index = fc.integer({ min: 0, max: n - 1 });
    const workload = fc.record({
      kind: fc.constantFrom(...WORKLOAD_KINDS),
      strategy: fc.oneof(...STRATEGY_WEIGHTS.map(([s, weight]) => ({ arbitrary: fc.constant(s), weight }))),
      criticality: fc.constantFrom(...CRITICALITIES),
      downtimeTolerance: fc.constantFrom(...DOWNTIME_TOLERANCES),
      team: fc.constantFrom('core', 'data', 'edge'),
      dataGb: fc.integer({ min: 0, max: 500 }),
      target: fc.option(fc.constantFrom<TargetProvider>('aws', 'gcp', 'tencent'), { nil: undefined }),
    });
    const dependency = fc.record({ from: index, to: index, kind: fc.constantFrom(...DEPENDENCY_KINDS), tight: fc.boolean() });
    return fc
      .record({
        workloads: fc.array(workload, { minLength: n, maxLength: n }),
        dependencies: fc.array(dependency, { maxLength: n * 2 }),
        pins: fc.array(fc.record({ workload: index, wave: fc.integer({ min: 0, max: 6 }) }), { maxLength: 4 }),
        likely: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: n, maxLength: n }),
      })
      .map(({ workloads, dependencies, pins, likely }) => {
        const id = (i: number) => `w${String(i).padStart(2, '0')}`;
        const project = makeProject({
          teams: [
            { id: 'core', name: 'Core', engineers: 3 },
            { id: 'data', name: 'Data', engineers: 2, focus: 0.5 },
            { id: 'edge', name: 'Edge', engineers: 1 },
          ],
          workloads: workloads.map((w, i) =>
            makeWorkload(id(i), {
              kind: w.kind,
              strategy: w.strategy,
              criticality: w.criticality,
              downtimeTolerance: w.downtimeTolerance,
              team: w.team,
              size: { instances: 1, dataGb: w.dataGb, dailyChangeGb: w.dataGb / 100 },
              notes: String(likely[i]),
              ...(w.target ? { target: { provider: w.target } } : {}),
            }),
          ),
          dependencies: dependencies.map((d, k) => ({ id: `d${k}`, from: id(d.from), to: id(d.to), kind: d.kind, coupling: d.tight ? 'tight' : 'loose' })),
          pins: pins.map((p, k): Pin => ({ id: `p${k}`, workloadId: id(p.workload), wave: p.wave })),
        });
        return project;
      });
  });
}

/** Estimates for `projectArb` projects: each workload's likely effort is stored in its notes. */
export function arbEstimates(project: Project): Record<WorkloadId, WorkloadEstimate> {
  return fakeEstimates(project, (w) => Number(w.notes) || 2);
}

/** Phases 2-4 with fake estimates: what most engine tests need. */
export function runGraphPhases(project: Project, estimates: Record<WorkloadId, WorkloadEstimate> = fakeEstimates(project)) {
  const grouping = groupWorkloads(project);
  const order = orderMoveGroups(project, grouping);
  const plan = buildWaves(project, grouping, order, estimates, resolveAssumptions(project));
  return { grouping, order, plan, estimates };
}

/**
 * Assumptions that switch off every uncertainty source but the one a test is about: no spread, every
 * ratio 1, transfer at one rate, no scope growth, no failed drill. A test adds back what it measures.
 */
export const QUIET_SOURCES: Readonly<Record<string, number>> = {
  'simulation.programSpread': 0,
  'simulation.teamSpread': 0,
  'effort.optimisticRatio': 1,
  'effort.pessimisticRatio': 1,
  'effort.optimisticRatioRefactor': 1,
  'effort.pessimisticRatioRefactor': 1,
  'phase.optimisticRatio': 1,
  'phase.pessimisticRatio': 1,
  'compliance.optimisticRatio': 1,
  'compliance.pessimisticRatio': 1,
  'transfer.efficiencyLow': 0.8,
  'transfer.efficiencyHigh': 0.8,
  // No scope growth: the fixtures' workloads are unconfirmed, and these tests are about the other sources.
  'discovery.growthLikely': 0,
  'discovery.growthHigh': 0,
  'leadTime.optimisticRatio': 1,
  'leadTime.pessimisticRatio': 1,
  'rehearsal.failProbability': 0,
};

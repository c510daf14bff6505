/**
 * Phase 5, estimate: a three-point effort per workload (person-days) and the elapsed time its data
 * needs, online or on appliances, from the assumptions (docs/planning-model.md §3-4). Every factor
 * names the assumption it came from, so the UI can answer "why this number?".
 */
import { equivalentFor } from '../../catalog';
import type { AssumptionId } from '../../model/default-assumptions';
import type { Project, Workload } from '../../model/schema';
import type { TargetProvider } from '../../model/vocabulary';
import type { Assumptions } from '../assumptions';
import { formatDataSize } from '../english';
import type { EstimateFactor, ThreePoint, WorkloadEstimate, WorkloadId } from '../types';
import { estimateTransfer, METHOD_THROUGHPUT, replicationMethodOf } from './transfer';

export { estimateTransfer, lineGbPerDay, METHOD_THROUGHPUT, replicationMethodOf, type TransferEstimate } from './transfer';

type Portability = WorkloadEstimate['portability'];

/** What the catalog says a source service becomes on a target; `undefined` when it does not know. */
export type EquivalentLookup = (sourceServiceId: string, target: TargetProvider) => { readonly service: string; readonly portability: Portability } | undefined;

/**
 * Effort for every workload, keyed by id. Retired and retained workloads are estimated too (small
 * or zero). `sequence` is the migration order (the order phase's); a team's n-th workload in it
 * costs `effort.learningRate`^log2(n) of its first (Linthicum's "time improvements as you learn").
 * `lookup` is the service catalog; tests pass their own.
 */
export function estimateWorkloads(
  project: Project,
  assumptions: Assumptions,
  lookup: EquivalentLookup = equivalentFor,
  sequence: readonly WorkloadId[] = project.workloads.map((w) => w.id),
): Record<WorkloadId, WorkloadEstimate> {
  const overrides = new Map(project.overrides.map((o) => [o.workloadId, o]));
  const learning = learningFactors(project, assumptions, sequence);
  const out: Record<WorkloadId, WorkloadEstimate> = {};
  for (const w of project.workloads) {
    if (Object.prototype.hasOwnProperty.call(out, w.id)) continue;
    const base = estimateOne(project, w, assumptions, lookup, learning.get(w.id));
    const o = overrides.get(w.id);
    out[w.id] = o ? { ...base, effort: threePoint(o.optimistic, o.likely, o.pessimistic), overridden: true } : base;
  }
  return out;
}

/** Each moving workload's place in its team's sequence, as the learning factor it earns. */
function learningFactors(project: Project, a: Assumptions, sequence: readonly WorkloadId[]): Map<WorkloadId, { n: number; factor: number }> {
  const rate = Math.min(1, Math.max(0.5, a.value('effort.learningRate') || 1));
  const exponent = Math.log2(rate);
  const byId = new Map(project.workloads.map((w) => [w.id, w]));
  const seen = new Set<WorkloadId>();
  const count = new Map<string, number>();
  const out = new Map<WorkloadId, { n: number; factor: number }>();
  const visit = (id: WorkloadId) => {
    const w = byId.get(id);
    if (!w || seen.has(id)) return;
    seen.add(id);
    if (w.strategy === 'retain' || w.strategy === 'retire') return;
    const n = (count.get(w.team) ?? 0) + 1;
    count.set(w.team, n);
    out.set(id, { n, factor: Math.pow(n, exponent) });
  };
  for (const id of sequence) visit(id);
  for (const w of project.workloads) visit(w.id);
  return out;
}

/** The target a workload moves to: its own, else the project's first default target. */
export function targetProviderOf(project: Project, w: Workload): TargetProvider {
  return w.target?.provider ?? project.project.defaultTargets[0] ?? 'self-hosted';
}

function estimateOne(project: Project, w: Workload, a: Assumptions, lookup: EquivalentLookup, learning: { n: number; factor: number } | undefined): WorkloadEstimate {
  const factors: EstimateFactor[] = [];
  const used = new Set<AssumptionId>();
  const take = (name: string, id: AssumptionId, value = a.value(id), params?: EstimateFactor['params']): number => {
    const v = nonNegative(value);
    factors.push({ name, assumptionId: id, value: round(v, 4), ...(params ? { params } : {}) });
    used.add(id);
    return v;
  };

  const provider = targetProviderOf(project, w);
  const equivalent = lookup(w.sourceService, provider);
  const portability: Portability = equivalent?.portability ?? 'data-config';
  // A refactor's base already prices rewriting against the target's API; charging the catalog's
  // refactor factor on top would count the same code change twice.
  const priced: Portability = w.strategy === 'refactor' && portability === 'refactor' ? 'data-config' : portability;

  let likely = take(`base (${w.strategy})`, idOf('effort.base.', w.strategy));
  if (w.strategy !== 'retain' && w.strategy !== 'retire') {
    likely *= take(`kind (${w.kind})`, idOf('effort.kind.', w.kind));
    likely *= take(`complexity ${w.complexity}`, complexityId(w.complexity));
    const perDoubling = nonNegative(a.value('effort.size.perDoublingInstances'));
    likely *= take(`instances (${w.size.instances})`, 'effort.size.perDoublingInstances', 1 + perDoubling * Math.log2(Math.max(1, w.size.instances)));
    const perTenfold = nonNegative(a.value('effort.size.perTenfoldDataGb'));
    likely *= take(`data (${formatDataSize(w.size.dataGb)})`, 'effort.size.perTenfoldDataGb', 1 + perTenfold * Math.max(0, Math.log10(Math.max(w.size.dataGb, 1e-9) / 100)));
    // An unknown service is assumed to carry data and configuration; the factor's name says so.
    const label = equivalent ? `portability (${portability})` : `portability (unknown service ${w.sourceService}: assumed data-config)`;
    likely *= take(priced === portability ? label : `${label}, priced as data-config: the refactor base covers the code change`, idOf('effort.portability.', priced));
    likely *= take(`criticality (${w.criticality})`, idOf('effort.criticality.', w.criticality));
    // A second provider (another landing, pipeline, replication and failover) costs its own share.
    if (w.secondaryTarget && w.secondaryTarget.provider !== provider) likely *= take(`second provider (${w.secondaryTarget.mode})`, idOf('effort.multiTarget.', w.secondaryTarget.mode));
    if (learning && learning.n > 1) likely *= take(`learning (workload ${learning.n} of team ${w.team})`, 'effort.learningRate', learning.factor, { n: learning.n, team: w.team });
  }

  const wideTail = w.strategy === 'refactor' || portability === 'none' || portability === 'refactor';
  const optimisticRatio = take('optimistic ratio', wideTail ? 'effort.optimisticRatioRefactor' : 'effort.optimisticRatio');
  const pessimisticRatio = take('pessimistic ratio', wideTail ? 'effort.pessimisticRatioRefactor' : 'effort.pessimisticRatio');
  const effort = threePoint(likely * optimisticRatio, likely, likely * pessimisticRatio);

  const moves = w.strategy !== 'retain' && w.strategy !== 'retire';
  const perWeek = Math.max(1, Math.min(7, new Set(project.calendar.workingDays).size));
  const method = replicationMethodOf(w.kind, w.replication);
  const transfer = estimateTransfer(moves ? w.size.dataGb : 0, moves ? w.size.dailyChangeGb : 0, a, perWeek, method, w.replication !== undefined);
  for (const id of TRANSFER_IDS) used.add(id);
  if (method !== 'appliance' && moves && w.size.dataGb > 0) used.add(METHOD_THROUGHPUT[method]);

  return {
    workloadId: w.id,
    effort,
    factors,
    portability,
    targetProvider: provider,
    targetService: w.target?.service || equivalent?.service || '',
    transferHours: round(transfer.lineHours, 2),
    offlineTransferSuggested: transfer.offlineSuggested,
    lineWorkingDays: round(transfer.lineWorkingDays, 2),
    applianceWorkingDays: round(transfer.applianceWorkingDays, 2),
    applianceDevices: transfer.applianceDevices,
    offlineSavesWorkingDays: transfer.offlineSuggested ? round(transfer.lineWorkingDays - transfer.applianceWorkingDays, 1) : 0,
    changeRateExceedsLine: transfer.changeRateExceedsLine,
    requiredMbps: round(transfer.requiredMbps, 0),
    replication: transfer.method,
    replicationMbps: round(transfer.throughputMbps, 0),
    transferBoundBy: transfer.boundBy,
    overridden: false,
    assumptionIds: [...used].sort(),
  };
}

const TRANSFER_IDS: readonly AssumptionId[] = [
  'transfer.bandwidthMbps',
  'transfer.efficiency',
  'transfer.offlineThresholdDays',
  'transfer.appliance.capacityTb',
  'transfer.appliance.logisticsDays',
  'transfer.appliance.copyGbPerHour',
  'transfer.appliance.parallelDevices',
];

/** A three-point estimate from (O, M, P), sorted so O <= M <= P whatever the input. */
export function threePoint(o: number, m: number, p: number): ThreePoint {
  const [optimistic, likely, pessimistic] = [nonNegative(o), nonNegative(m), nonNegative(p)].sort((x, y) => x - y) as [number, number, number];
  return {
    optimistic: round(optimistic, 3),
    likely: round(likely, 3),
    pessimistic: round(pessimistic, 3),
    expected: round((optimistic + 4 * likely + pessimistic) / 6, 3),
    sigma: round((pessimistic - optimistic) / 6, 3),
  };
}

/** Sum of three-point estimates (independent, so sigmas add in quadrature). */
export function sumThreePoints(points: readonly ThreePoint[]): ThreePoint {
  let o = 0;
  let m = 0;
  let p = 0;
  let e = 0;
  let v = 0;
  for (const t of points) {
    o += t.optimistic;
    m += t.likely;
    p += t.pessimistic;
    e += t.expected;
    v += t.sigma * t.sigma;
  }
  return { optimistic: round(o, 3), likely: round(m, 3), pessimistic: round(p, 3), expected: round(e, 3), sigma: round(Math.sqrt(v), 3) };
}

const IDS = new Map<string, Map<string, AssumptionId>>();

/**
 * `prefix + key` as an assumption id, made once per pair: a string built anew for every workload
 * is hashed anew by every lookup, and the estimate looks up a dozen per workload.
 */
function idOf(prefix: string, key: string): AssumptionId {
  let byKey = IDS.get(prefix);
  if (!byKey) IDS.set(prefix, (byKey = new Map()));
  let id = byKey.get(key);
  if (id === undefined) byKey.set(key, (id = `${prefix}${key}` as AssumptionId));
  return id;
}

const COMPLEXITY_IDS = ['effort.complexity.1', 'effort.complexity.2', 'effort.complexity.3', 'effort.complexity.4', 'effort.complexity.5'] as const satisfies readonly AssumptionId[];

function complexityId(c: number): AssumptionId {
  const n = Math.min(5, Math.max(1, Math.round(c)));
  return COMPLEXITY_IDS[(Number.isFinite(n) ? n : 1) - 1]!;
}

function nonNegative(v: number): number {
  return Number.isFinite(v) && v > 0 ? v : 0;
}

/** Rounds for stable, readable output (the JSON of a plan is diffed and shown). */
export function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/**
 * The figures a comparison puts side by side, read from one Plan in one place: the dates, labour
 * P50/P80 and the deterministic end's percentile through shared/export/plan-facts (the documents'
 * reading of the Plan), the drivers of the range by working days at P80, risks and outage exposure.
 */
import { planFacts } from '../export/plan-facts';
import type { Project } from '../model/schema';
import { outageScenarios } from '../plan/outage-scenarios';
import { simulateOutage } from '../plan/outage';
import type { HistogramBin, IsoDate, OutageFailure, Plan, RiskSeverity, TextParams } from '../plan/types';

/** One cause of the spread: a workload's uncertainty (today's Plan) or a named driver (format 2). */
export interface ScenarioDriver {
  readonly id: string;
  /** Set when the driver is one workload's uncertainty: the app shows its name. */
  readonly workloadId?: string;
  /** The engine's English title, when it gives one. */
  readonly title: string;
  /** `days`: working days it adds at P80; `share`: share of the end date's variance, 0..1. */
  readonly measure: 'days' | 'share';
  readonly value: number;
}

/** Critical workloads one failure stops, before the move and once the plan is done. */
export interface OutageExposure {
  /** The outage scenario's id (`identity:alibaba`, `region:aws:cn-north-1`, `service:alibaba.oss`). */
  readonly id: string;
  readonly failure: OutageFailure;
  readonly title: string;
  readonly code: string;
  readonly params: TextParams;
  /** Which failure this row stands for in the comparison. */
  readonly role: 'source-identity' | 'target-identity' | 'worst-region' | 'worst-service';
  readonly today: number;
  readonly end: number;
}

/** A critical workload that one provider's identity failure still stops once the plan is done, and why. */
export interface SingleProviderDependency {
  readonly workloadId: string;
  /** The provider whose identity service it cannot run without. */
  readonly provider: string;
  /** The chain from what fails to the workload: itself alone when it runs there, else what it needs in between. */
  readonly via: readonly string[];
}

export interface ScenarioFigures {
  readonly start: IsoDate;
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
  readonly deterministicEnd: IsoDate;
  /** Share of runs finishing by the deterministic end, 0..1. */
  readonly deterministicPercentile: number;
  /** Likely person-days of the moving workloads. */
  readonly effort: number;
  readonly labour: number;
  readonly labourP50?: number;
  readonly labourP80?: number;
  readonly dualRunning: number;
  readonly sourceMonthly: number;
  readonly targetMonthly: number;
  readonly totalCost: number;
  readonly waves: number;
  readonly crossCloudLinks: number;
  readonly hardCrossCloudLinks: number;
  /** Largest first, at most five. */
  readonly drivers: readonly ScenarioDriver[];
  readonly risks: { readonly total: number; readonly bySeverity: Readonly<Record<RiskSeverity, number>>; readonly top: readonly { readonly code: string; readonly params: TextParams; readonly title: string; readonly severity: RiskSeverity }[] };
  /** High and mission-critical workloads: what the outage shares are out of. */
  readonly criticalWorkloads: number;
  readonly outage: readonly OutageExposure[];
  /** Critical workloads still stopped by a single provider's identity failure at the end, in workload order. */
  readonly singleProvider: readonly SingleProviderDependency[];
  readonly histogram: readonly HistogramBin[];
  readonly runs: number;
}

const TOP_DRIVERS = 5;
const TOP_RISKS = 3;
const SEVERITIES: readonly RiskSeverity[] = ['critical', 'high', 'medium', 'low'];

/** The engine's drivers of the range (risks and sources of uncertainty), by working days at P80. */
export function scenarioDrivers(plan: Plan): ScenarioDriver[] {
  return plan.simulation.drivers
    .filter((d) => d.daysAtP80 > 0)
    .slice(0, TOP_DRIVERS)
    .map((d) => ({ id: d.id, title: d.title, measure: 'days' as const, value: d.daysAtP80 }));
}

export function scenarioFigures(project: Project, plan: Plan): ScenarioFigures {
  const facts = planFacts(project, plan);
  const bySeverity: Record<RiskSeverity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const r of plan.risks) bySeverity[r.severity]++;
  const rank = (s: RiskSeverity) => SEVERITIES.indexOf(s);
  const top = [...plan.risks].sort((a, b) => rank(a.severity) - rank(b.severity)).slice(0, TOP_RISKS);
  const exposure = outageExposure(project, plan);
  return {
    start: plan.schedule.start,
    p50End: facts.p50End,
    p80End: facts.p80End,
    p95End: facts.p95End,
    deterministicEnd: facts.deterministicEnd,
    deterministicPercentile: facts.deterministicPercentile,
    effort: round(plan.waves.reduce((s, w) => s + w.effort.likely, 0)),
    labour: facts.labour,
    ...(facts.labourP50 !== undefined ? { labourP50: facts.labourP50 } : {}),
    ...(facts.labourP80 !== undefined ? { labourP80: facts.labourP80 } : {}),
    dualRunning: plan.cost.dualRunning,
    sourceMonthly: plan.cost.sourceMonthly,
    targetMonthly: plan.cost.targetMonthly,
    totalCost: plan.cost.total,
    waves: plan.waves.length,
    crossCloudLinks: plan.crossCloudLinks.length,
    hardCrossCloudLinks: plan.crossCloudLinks.filter((l) => l.hard).length,
    drivers: scenarioDrivers(plan),
    risks: { total: plan.risks.length, bySeverity, top: top.map((r) => ({ code: r.code, params: r.params, title: r.title, severity: r.severity })) },
    criticalWorkloads: exposure.critical,
    outage: exposure.rows,
    singleProvider: exposure.singleProvider,
    histogram: plan.simulation.histogram,
    runs: plan.runs,
  };
}

/**
 * The outage exposure a comparison shows: the source's identity service (the AK/SK lesson), each
 * target provider's identity service, and the region and the single service whose failure stops the
 * most critical workloads once the plan is done.
 */
export function outageExposure(project: Project, plan: Plan): { critical: number; rows: OutageExposure[]; singleProvider: SingleProviderDependency[] } {
  const critical = new Set(project.workloads.filter((w) => w.criticality === 'high' || w.criticality === 'mission-critical').map((w) => w.id));
  const last = plan.waves.length > 0 ? Math.max(...plan.waves.map((w) => w.index)) : -1;
  const stopped = (failure: OutageFailure, atWave: number) => simulateOutage(project, plan, failure, atWave).stopped.reduce((n, s) => n + (critical.has(s.workloadId) ? 1 : 0), 0);
  // One provider's identity failure at the end: the critical workloads it still stops are single-provider dependencies.
  const single = new Map<string, SingleProviderDependency>();
  const noteSingle = (failure: OutageFailure) => {
    if (failure.type !== 'identity') return;
    for (const s of simulateOutage(project, plan, failure, last).stopped) {
      if (critical.has(s.workloadId) && !single.has(s.workloadId)) single.set(s.workloadId, { workloadId: s.workloadId, provider: failure.provider, via: s.via });
    }
  };
  const rows: OutageExposure[] = [];
  let worstRegion: OutageExposure | undefined;
  let worstService: OutageExposure | undefined;
  const source = project.project.sourceProvider;
  for (const s of outageScenarios(project, plan)) {
    const isSourceIdentity = s.failure.type === 'identity' && s.failure.provider === source;
    if (s.failure.type === 'identity' && !isSourceIdentity && s.side === 'source') continue;
    const row = (role: OutageExposure['role']): OutageExposure => ({ id: s.id, failure: s.failure, title: s.title, code: s.code, params: s.params, role, today: stopped(s.failure, -1), end: stopped(s.failure, last) });
    if (s.failure.type === 'identity') {
      rows.push(row(isSourceIdentity ? 'source-identity' : 'target-identity'));
      noteSingle(s.failure);
    }
    else if (s.failure.type === 'region') {
      const r = row('worst-region');
      if (!worstRegion || r.end > worstRegion.end) worstRegion = r;
    } else {
      const r = row('worst-service');
      if (!worstService || r.end > worstService.end) worstService = r;
    }
  }
  if (worstRegion) rows.push(worstRegion);
  if (worstService) rows.push(worstService);
  const order = new Map(project.workloads.map((w, i) => [w.id, i]));
  return { critical: critical.size, rows, singleProvider: [...single.values()].sort((a, b) => (order.get(a.workloadId) ?? 0) - (order.get(b.workloadId) ?? 0)) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

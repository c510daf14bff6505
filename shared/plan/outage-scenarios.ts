/**
 * The outage simulation across the plan, for views and reports: which failures this estate can
 * have (each provider's identity service, each region, each service, on the source side before the
 * move and on the target side after it), each with a name, and what each stops before the move and
 * after every wave. Built on `simulateOutage`; nothing here decides anything of its own.
 */
import { catalogEntry, identityServiceOf, providerName, regionInfo } from '../catalog';
import { sourceProviderOf, targetProviderOf, targetRegionOf } from '../catalog/placement';
import type { Project } from '../model/schema';
import type { Provider } from '../model/vocabulary';
import { currentServices, movedAfterWave, type PlanPlacement, simulateOutage } from './outage';
import type { OutageFailure, OutageResult, TextParams, WorkloadId } from './types';

/** Which side of the move a failure can hit: what runs today, what runs after, or both. */
export type OutageSide = 'source' | 'target' | 'both';

/** One failure worth simulating, named. */
export interface OutageScenario {
  /** Stable: `identity:<provider>`, `region:<provider>:<region>`, `service:<catalog id>`. */
  readonly id: string;
  readonly failure: OutageFailure;
  readonly side: OutageSide;
  /** English name, e.g. "Huawei Cloud identity (Identity and Access Management (IAM)) fails". */
  readonly title: string;
  /** `outage-identity`, `outage-region` or `outage-service`, with `provider`, `service`, `region` params. */
  readonly code: string;
  readonly params: TextParams;
  /** Workloads it can hit directly at some point of the plan (a region's or a service's users). */
  readonly workloads: number;
  /** Of those, the ones it hits directly once they have moved (0 for a source-only failure). */
  readonly onTarget: number;
}

/** The outage at one point of the plan. */
export interface OutageStep {
  /** -1 = before the move; n = after wave n has cut over. */
  readonly atWave: number;
  readonly result: OutageResult;
  /** Stopped workloads that are high or mission-critical. */
  readonly criticalStopped: number;
}

type Where = PlanPlacement;

const isCritical = (c: string) => c === 'high' || c === 'mission-critical';

/**
 * Every failure worth simulating for this project: the identity service of each provider the
 * estate runs on before or after the move, each region it uses (source regions, target regions),
 * and each service (source services, target products). Ordered identity, region, service; source
 * side first within each.
 */
export function outageScenarios(project: Project, plan: Where): OutageScenario[] {
  const moves = new Set<WorkloadId>(movedAfterWave(plan).keys());
  const providers = new Map<Provider, Set<OutageSide>>();
  const regions = new Map<string, { provider: Provider; region: string; sides: Set<OutageSide>; count: number; moved: number }>();
  const services = new Map<string, { sides: Set<OutageSide>; count: number; moved: number }>();
  const mark = <T extends { sides: Set<OutageSide> }>(m: Map<string, T>, key: string, make: () => T, side: OutageSide) => {
    const entry = m.get(key) ?? make();
    entry.sides.add(side);
    m.set(key, entry);
    return entry;
  };
  const sideOf = (set: Set<OutageSide>): OutageSide => (set.size > 1 ? 'both' : [...set][0]!);
  providers.set(project.project.sourceProvider, new Set(['source']));
  for (const w of project.workloads) {
    const from = sourceProviderOf(w, project);
    (providers.get(from) ?? providers.set(from, new Set()).get(from)!).add('source');
    if (w.region) mark(regions, `${from}:${w.region}`, () => ({ provider: from, region: w.region!, sides: new Set(), count: 0, moved: 0 }), 'source').count++;
    mark(services, w.sourceService, () => ({ sides: new Set(), count: 0, moved: 0 }), 'source').count++;
    if (!moves.has(w.id)) continue;
    const to = targetProviderOf(w, project);
    (providers.get(to) ?? providers.set(to, new Set()).get(to)!).add('target');
    const region = targetRegionOf(w, project);
    const r = mark(regions, `${to}:${region}`, () => ({ provider: to, region, sides: new Set(), count: 0, moved: 0 }), 'target');
    r.count++;
    r.moved++;
    for (const id of currentServices(w, project, true)) {
      const s = mark(services, id, () => ({ sides: new Set(), count: 0, moved: 0 }), 'target');
      s.count++;
      s.moved++;
    }
  }
  const out: OutageScenario[] = [];
  const onProvider = new Map<Provider, number>();
  for (const w of project.workloads) if (moves.has(w.id)) onProvider.set(targetProviderOf(w, project), (onProvider.get(targetProviderOf(w, project)) ?? 0) + 1);
  for (const [provider, sides] of providers) {
    const service = identityServiceOf(provider).name;
    out.push({
      id: `identity:${provider}`,
      failure: { type: 'identity', provider },
      side: sideOf(sides),
      title: `${providerName(provider)} identity (${service}) fails`,
      code: 'outage-identity',
      params: { provider, service },
      workloads: project.workloads.length,
      onTarget: onProvider.get(provider) ?? 0,
    });
  }
  for (const { provider, region, sides, count, moved } of regions.values()) {
    const name = regionInfo(provider, region)?.name;
    out.push({
      id: `region:${provider}:${region}`,
      failure: { type: 'region', provider, region },
      side: sideOf(sides),
      title: `${providerName(provider)} region ${region}${name ? ` (${name})` : ''} fails`,
      code: 'outage-region',
      params: { provider, region, regionName: name ?? region },
      workloads: count,
      onTarget: moved,
    });
  }
  for (const [id, { sides, count, moved }] of services) {
    const name = catalogEntry(id)?.name ?? id;
    out.push({ id: `service:${id}`, failure: { type: 'service', serviceId: id }, side: sideOf(sides), title: `${name} fails`, code: 'outage-service', params: { service: name, serviceId: id }, workloads: count, onTarget: moved });
  }
  const rank: Readonly<Record<OutageSide, number>> = { source: 0, both: 1, target: 2 };
  const typeRank = { identity: 0, region: 1, service: 2 } as const;
  return out.sort((a, b) => typeRank[a.failure.type] - typeRank[b.failure.type] || rank[a.side] - rank[b.side] || b.workloads - a.workloads || (a.id < b.id ? -1 : 1));
}

/** A failure before the move (-1) and after each wave, in plan order. */
export function outageAcrossPlan(project: Project, plan: Where, failure: OutageFailure): OutageStep[] {
  const critical = new Set(project.workloads.filter((w) => isCritical(w.criticality)).map((w) => w.id));
  return [-1, ...plan.waves.map((w) => w.index)].map((atWave) => {
    const result = simulateOutage(project, plan, failure, atWave);
    return { atWave, result, criticalStopped: result.stopped.filter((s) => critical.has(s.workloadId)).length };
  });
}

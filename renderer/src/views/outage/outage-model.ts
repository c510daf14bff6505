/**
 * What the outage view can ask and what it shows, from shared/plan's `simulateOutage`: the
 * failures this estate can have (each provider's identity service, each region a workload runs in,
 * each service it uses), and the outage run before the move and after every wave.
 */
import { catalogEntry } from '../../../../shared/catalog';
import type { Project } from '../../../../shared/model';
import { simulateOutage } from '../../../../shared/plan';
import type { OutageFailure, OutageResult, Plan } from '../../../../shared/plan/types';
import { sourceProviderOf, targetProviderOf } from '../shared/plan-labels';

export interface FailureChoices {
  readonly providers: readonly string[];
  readonly regions: readonly { readonly provider: string; readonly region: string }[];
  readonly services: readonly { readonly id: string; readonly name: string }[];
}

/** Providers, regions and services the estate runs on, before or after the move. */
export function failureChoices(project: Project): FailureChoices {
  const providers = new Set<string>([project.project.sourceProvider]);
  const regions = new Map<string, { provider: string; region: string }>();
  const services = new Map<string, string>();
  for (const w of project.workloads) {
    const from = sourceProviderOf(w, project);
    providers.add(from);
    providers.add(targetProviderOf(w, project));
    if (w.region) regions.set(`${from}|${w.region}`, { provider: from, region: w.region });
    services.set(w.sourceService, catalogEntry(w.sourceService)?.name ?? w.sourceService);
    if (w.target?.service) services.set(w.target.service, w.target.service);
  }
  return {
    providers: [...providers],
    regions: [...regions.values()].sort((a, b) => (a.provider + a.region).localeCompare(b.provider + b.region)),
    services: [...services].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The November 2023 case: the source provider's AK/SK authentication fails everywhere at once. */
export function identityOutageOfSource(project: Project): OutageFailure {
  return { type: 'identity', provider: project.project.sourceProvider };
}

export interface OutageStep {
  readonly atWave: number;
  readonly result: OutageResult;
  /** Stopped workloads that are high or mission-critical. */
  readonly criticalStopped: number;
}

/** The outage before the move (-1) and after each wave, in order. */
export function outageAcrossPlan(project: Project, plan: Plan, failure: OutageFailure): OutageStep[] {
  const critical = new Set(project.workloads.filter((w) => w.criticality === 'high' || w.criticality === 'mission-critical').map((w) => w.id));
  return [-1, ...plan.waves.map((w) => w.index)].map((atWave) => {
    const result = simulateOutage(project, plan, failure, atWave);
    return { atWave, result, criticalStopped: result.stopped.filter((s) => critical.has(s.workloadId)).length };
  });
}

/** How much of the critical estate the source's identity outage still stops after the last wave, against before the move. */
export function endOfPlanExposure(project: Project, plan: Plan): { critical: number; before: number; after: number } {
  const critical = project.workloads.filter((w) => w.criticality === 'high' || w.criticality === 'mission-critical').length;
  const failure = identityOutageOfSource(project);
  const ids = new Set(project.workloads.filter((w) => w.criticality === 'high' || w.criticality === 'mission-critical').map((w) => w.id));
  const count = (r: OutageResult) => r.stopped.filter((s) => ids.has(s.workloadId)).length;
  const last = plan.waves.length > 0 ? plan.waves[plan.waves.length - 1]!.index : -1;
  return { critical, before: count(simulateOutage(project, plan, failure, -1)), after: count(simulateOutage(project, plan, failure, last)) };
}

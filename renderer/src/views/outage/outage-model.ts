/**
 * What the outage view can ask and what it shows, from shared/plan's `simulateOutage`: the
 * failures this estate can have (each provider's identity service, each region a workload runs in,
 * each service it uses), and the outage run before the move and after every wave.
 */
import type { Project } from '../../../../shared/model';
// The modules, not shared/plan's index: the index pulls the whole engine into the main chunk, which the planner loads in its worker.
import { simulateOutage } from '../../../../shared/plan/outage';
import { outageAcrossPlan as acrossPlan, outageScenarios, type OutageStep } from '../../../../shared/plan/outage-scenarios';
import type { OutageFailure, OutageResult, Plan } from '../../../../shared/plan/types';

export type { OutageStep };

export interface FailureChoices {
  readonly providers: readonly string[];
  readonly regions: readonly { readonly provider: string; readonly region: string }[];
  readonly services: readonly { readonly id: string; readonly name: string }[];
}

/**
 * Providers, regions and services the estate runs on, before or after the move: shared/plan's
 * scenarios, so target regions (each workload's, else the project's per provider) and the target
 * products workloads become are failures you can pick too.
 */
export function failureChoices(project: Project, plan: Pick<Plan, 'waves' | 'excluded'> | null): FailureChoices {
  const scenarios = outageScenarios(project, plan ?? { waves: [], excluded: [] });
  const providers: string[] = [];
  const regions: { provider: string; region: string }[] = [];
  const services: { id: string; name: string }[] = [];
  for (const s of scenarios) {
    const f = s.failure;
    if (f.type === 'identity') providers.push(f.provider);
    else if (f.type === 'region') regions.push({ provider: f.provider, region: f.region });
    else services.push({ id: f.serviceId, name: String(s.params.service) });
  }
  return {
    providers,
    regions: regions.sort((a, b) => (a.provider + a.region).localeCompare(b.provider + b.region)),
    services: services.sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The November 2023 case: the source provider's AK/SK authentication fails everywhere at once. */
export function identityOutageOfSource(project: Project): OutageFailure {
  return { type: 'identity', provider: project.project.sourceProvider };
}

/** The outage before the move (-1) and after each wave, in order. */
export function outageAcrossPlan(project: Project, plan: Plan, failure: OutageFailure): OutageStep[] {
  return acrossPlan(project, plan, failure);
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

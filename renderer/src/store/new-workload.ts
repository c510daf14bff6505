/**
 * What a new workload looks like before the user says otherwise: the cheapest strategy, middling
 * criticality and complexity, and the catalog's usual service for its kind on the source provider.
 */
import { defaultSourceServiceForKind } from '../../../shared/catalog';
import type { Project, Workload, WorkloadKind } from '../../../shared/model';
import { freshId } from './edit-result';

/** An id `workload-N` unused in the project. */
export function newWorkloadId(project: Project, taken: ReadonlySet<string> = new Set(project.workloads.map((w) => w.id))): string {
  return freshId('workload', taken, project.workloads.length + 1);
}

export function defaultWorkload(project: Project, id: string, kind: WorkloadKind = 'compute'): Workload {
  return {
    id,
    name: id,
    kind,
    sourceService: defaultSourceServiceForKind(project.project.sourceProvider, kind)?.id ?? `${project.project.sourceProvider}.other`,
    strategy: 'rehost',
    criticality: 'medium',
    complexity: 3,
    size: { instances: 0, dataGb: 0, dailyChangeGb: 0 },
    downtimeTolerance: 'hours',
    team: project.teams[0]?.id ?? 'team-1',
    monthlyCost: 0,
    tags: [],
    notes: '',
  };
}

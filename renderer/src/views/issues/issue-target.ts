/**
 * Where an issue points: the view to open and, for workload issues, which workload and field.
 * The planner locates issues by JSON path; this maps the path onto the app's views.
 */
import type { Project } from '../../../../shared/model';
import type { PlanIssue } from '../../../../shared/plan/types';
import type { ViewId } from '../../store';

export interface IssueTarget {
  readonly view: ViewId;
  readonly workloadId: string | null;
  readonly field: string | null;
}

export function issueTarget(issue: PlanIssue, project: Project): IssueTarget {
  const [head, index, field] = issue.path;
  if (head === 'workloads' && typeof index === 'number') {
    const id = project.workloads[index]?.id ?? issue.workloadIds[0] ?? null;
    return { view: 'inventory', workloadId: id, field: typeof field === 'string' ? field : null };
  }
  if (head === 'dependencies' && typeof index === 'number') {
    const dep = project.dependencies[index];
    return { view: 'inventory', workloadId: dep?.from ?? issue.workloadIds[0] ?? null, field: 'dependencies' };
  }
  if ((head === 'pins' || head === 'overrides') && typeof index === 'number') {
    const item = head === 'pins' ? project.pins[index] : project.overrides[index];
    return { view: 'inventory', workloadId: item?.workloadId ?? issue.workloadIds[0] ?? null, field: head };
  }
  if (head === 'teams' || head === 'calendar' || head === 'assumptions' || head === 'project') return { view: 'assumptions', workloadId: null, field: null };
  const first = issue.workloadIds[0];
  return first ? { view: 'inventory', workloadId: first, field: null } : { view: 'assumptions', workloadId: null, field: null };
}

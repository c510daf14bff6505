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
  // Recorded progress is kept on the waves board, on each wave's column.
  if (head === 'actuals') return { view: 'waves', workloadId: null, field: null };
  if (head === 'teams' || head === 'calendar' || head === 'assumptions' || head === 'project') return { view: 'assumptions', workloadId: null, field: null };
  const first = issue.workloadIds[0];
  return first ? { view: 'inventory', workloadId: first, field: null } : { view: 'assumptions', workloadId: null, field: null };
}

/** Where an issue is, in the user's words: the workload (by name) and field, the dependency, the team; never a JSON path. */
export interface IssuePlace {
  readonly key: 'workload' | 'workloadField' | 'dependency' | 'pin' | 'override' | 'team' | 'calendar' | 'assumptions' | 'project' | 'risks' | 'waves' | 'actuals' | 'nowhere';
  readonly params: Readonly<Record<string, string>>;
  /** For workloadField: the field, looked up in the inventory's column and field names. */
  readonly field?: string;
}

export function issuePlace(issue: PlanIssue, project: Project): IssuePlace {
  const [head, index, field] = issue.path;
  const nameOf = (id: string | undefined) => (id === undefined ? '—' : (project.workloads.find((w) => w.id === id)?.name ?? id));
  const at = typeof index === 'number' ? index : -1;
  switch (head) {
    case 'workloads': {
      const name = project.workloads[at]?.name ?? nameOf(issue.workloadIds[0]);
      return typeof field === 'string' ? { key: 'workloadField', params: { name }, field } : { key: 'workload', params: { name } };
    }
    case 'dependencies': {
      const dep = project.dependencies[at];
      return { key: 'dependency', params: { from: nameOf(dep?.from ?? issue.workloadIds[0]), to: nameOf(dep?.to ?? issue.workloadIds[1]) } };
    }
    case 'pins':
      return { key: 'pin', params: { name: nameOf(project.pins[at]?.workloadId ?? issue.workloadIds[0]) } };
    case 'overrides':
      return { key: 'override', params: { name: nameOf(project.overrides[at]?.workloadId ?? issue.workloadIds[0]) } };
    case 'teams':
      return { key: 'team', params: { name: project.teams[at]?.name ?? '—' } };
    case 'calendar':
    case 'assumptions':
    case 'project':
    case 'risks':
    case 'waves':
    case 'actuals':
      return { key: head, params: {} };
    default:
      return issue.workloadIds[0] ? { key: 'workload', params: { name: nameOf(issue.workloadIds[0]) } } : { key: 'nowhere', params: {} };
  }
}

/**
 * The readable `decamp plan` output: what a manager asks first (when, how sure, what could go
 * wrong), then the waves. Plain text that survives a CI log.
 */
import { formatPath } from '../../shared/model/load';
import type { Project } from '../../shared/model/schema';
import type { Plan } from '../../shared/plan/types';
import { counted } from './io';

const TOP_RISKS = 5;

export function formatPlanSummary(project: Project, plan: Plan): string {
  const lines: string[] = [];
  const { schedule, simulation } = plan;
  const meta = project.project;
  lines.push(`Decamp plan: ${meta.name} (${meta.sourceProvider} -> ${meta.defaultTargets.join(', ')})`);
  lines.push(
    `${counted(project.workloads.length - plan.excluded.length, 'workload')} to move in ${counted(plan.waves.length, 'wave')}` +
      `, ${plan.excluded.length} retired or retained; ${counted(simulation.runs, 'simulated run')}, seed ${simulation.seed}`,
  );
  lines.push('');
  lines.push(`Program  start ${schedule.start}  planned end ${schedule.end}`);
  lines.push(`         P50 ${schedule.p50End}  P80 ${schedule.p80End}  P95 ${schedule.p95End}`);
  lines.push(`Cost     labour ${money(plan.cost.labour)}  dual running ${money(plan.cost.dualRunning)}  total ${money(plan.cost.total)} ${plan.cost.currency}`);
  lines.push('');
  lines.push('Waves');
  lines.push(
    table(
      ['#', 'Wave', 'Workloads', 'Effort (person-days, likely)', 'Start', 'End', 'P50 end', 'P80 end'],
      plan.waves.map((w) => [String(w.index), w.name, String(w.workloadIds.length), w.effort.likely.toFixed(1), w.start, w.end, w.p50End, w.p80End]),
    ),
  );
  lines.push('');
  const risks = plan.risks.slice(0, TOP_RISKS);
  lines.push(`Top risks (${risks.length} of ${plan.risks.length})`);
  for (const r of risks) lines.push(`  [${r.severity}] ${r.title}`);
  const errors = plan.issues.filter((i) => i.severity === 'error').length;
  const warnings = plan.issues.filter((i) => i.severity === 'warning').length;
  lines.push('');
  const notes = plan.issues.length - errors - warnings;
  // Listed here, where the count is: some come from planning (waves, pins, the calendar), which validate does not run.
  lines.push(`Issues: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}${notes > 0 ? `, ${counted(notes, 'note')}` : ''}`);
  const order = { error: 0, warning: 1, info: 2 } as const;
  for (const issue of [...plan.issues].sort((a, b) => order[a.severity] - order[b.severity])) {
    lines.push(`  [${issue.severity}] ${issue.path.length > 0 ? `${formatPath(issue.path)}: ` : ''}${issue.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function money(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')}`.trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * The readable `decamp plan` output: what a manager asks first (when, how sure, what could go
 * wrong), then the waves. Plain text that survives a CI log.
 */
import { formatPath } from '../../shared/model/load';
import type { Project } from '../../shared/model/schema';
import type { Plan } from '../../shared/plan/types';
import { counted } from './io';

const TOP_RISKS = 5;
const TOP_DRIVERS = 5;

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
  if (schedule.targetDate !== undefined && schedule.onTimeProbability !== undefined) {
    // A date to meet leads: it is the question the plan answers first.
    lines.push(`Target   done by ${schedule.targetDate}: ${Math.round(schedule.onTimeProbability * 100)}% of runs make it`);
    const reaching = (schedule.toReach80 ?? []).filter((l) => l.onTimeProbability >= 0.8);
    const lever = reaching[0] ?? schedule.toReach80?.[0];
    if (schedule.onTimeProbability < 0.8) lines.push(lever ? `         ${reaching.length > 0 ? 'to reach 80%' : 'the best single change'}: ${lever.change.title} (${Math.round(lever.onTimeProbability * 100)}%)` : '         no single change among the levers raises it');
  }
  lines.push(`Program  start ${schedule.start}  most likely schedule ends ${schedule.deterministicEnd} (${schedule.deterministicPercentile}% of runs finish by then)`);
  lines.push(`         P50 ${schedule.p50End}  P80 ${schedule.p80End}  P95 ${schedule.p95End}`);
  lines.push(
    `         contingency ${counted(schedule.contingencyDays, 'working day')} (P80 minus the most likely end); P80 standard error ${simulation.p80StandardErrorDays} working days` +
      (simulation.converged ? ', converged' : ''),
  );
  const moving = project.workloads.filter((w) => w.strategy !== 'retire' && w.strategy !== 'retain');
  const unconfirmed = moving.filter((w) => w.confirmed !== true).length;
  const discovery = simulation.drivers.find((d) => d.id === 'uncertainty:discovery');
  if (unconfirmed > 0 && discovery) {
    lines.push(`         ${unconfirmed} of ${counted(moving.length, 'workload')} not confirmed: work still to be found around them adds ${discovery.daysAtP80} working days at P80, ${Math.round(discovery.share * 100)}% of P95 - P50`);
  }
  // Where waits and fixed-length phases are most of the plan, more engineers are not the lever: say so.
  if (schedule.deterministicWorkingDays > 0 && schedule.fixedLengthDays * 2 >= schedule.deterministicWorkingDays) {
    lines.push(`         ${schedule.fixedLengthDays} of the most likely plan's ${counted(schedule.deterministicWorkingDays, 'working day')} would remain with unlimited engineers (waits, approvals, gates, minimum lengths, rehearsals, hypercare)`);
  }
  lines.push(
    `Cost     labour ${money(plan.cost.labour)} on the most likely schedule (${money(plan.cost.labourP50)} at P50, ${money(plan.cost.labourP80)} at P80: the team time the plan holds)` +
      `  dual running ${money(plan.cost.dualRunning)}  total ${money(plan.cost.totalP50)} at P50, ${money(plan.cost.totalP80)} at P80 (${money(plan.cost.total)} on the most likely schedule) ${plan.cost.currency}`,
  );
  const team = project.teams.find((t) => t.id === plan.foundation.teamId)?.name ?? plan.foundation.teamId;
  if (plan.foundation.workloadIds.length > 0) {
    lines.push(`Landing zone  ${counted(plan.foundation.workloadIds.length, 'platform workload')} rebuilt by ${team}, ${plan.foundation.effort.likely.toFixed(1)} person-days, ${plan.foundation.start} to ${plan.foundation.end}`);
  }
  const drivers = simulation.drivers.filter((d) => d.daysAtP80 > 0).slice(0, TOP_DRIVERS);
  if (drivers.length > 0) {
    lines.push('');
    lines.push('What moves the P80 (working days each adds, turned off in turn)');
    for (const d of drivers) lines.push(`  ${d.daysAtP80.toFixed(1).padStart(6)}  ${d.title}${d.kind === 'risk' && d.occurrence !== undefined ? ` (a risk; happens in ${Math.round(d.occurrence * 100)}% of runs)` : ''}`);
  }
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
  // Listed here, where the count is, so a CI log shows what the plan planned around.
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

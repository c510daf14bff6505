/**
 * Per-phase timings of one estate (`npx tsx bench/profile.ts 5000 2000`): where the time goes, in
 * CPU milliseconds of this process (robust to other processes on the machine), best of three.
 */
import { equivalentFor } from '../shared/catalog';
import { resolveAssumptions } from '../shared/plan/assumptions';
import { WorkingCalendar } from '../shared/plan/calendar';
import { estimateWorkloads } from '../shared/plan/estimate';
import { buildFoundation, platformWorkloads } from '../shared/plan/foundation';
import { groupWorkloads } from '../shared/plan/group';
import { horizonIssues } from '../shared/plan/horizon';
import { orderMoveGroups } from '../shared/plan/order';
import { planDeterministic, planProject } from '../shared/plan/plan-project';
import { scheduleProgram } from '../shared/plan/schedule';
import { findPlanIssues } from '../shared/plan/validate';
import { buildWaves } from '../shared/plan/waves';
import { generateProject } from './generate';

const n = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 2000);
const project = generateProject(n);
const best = new Map<string, number>();
function step<T>(name: string, f: () => T): T {
  const c = process.cpuUsage();
  const v = f();
  const d = process.cpuUsage(c);
  const ms = (d.user + d.system) / 1000;
  best.set(name, Math.min(best.get(name) ?? Infinity, ms));
  return v;
}
for (let k = 0; k < 3; k++) {
  const a = resolveAssumptions(project);
  step('validate', () => findPlanIssues(project));
  const roles = step('platform', () => platformWorkloads(project));
  const grouping = step('group', () => groupWorkloads(project, new Set(roles.keys())));
  const order = step('order', () => orderMoveGroups(project, grouping));
  const sequence = [...roles.keys(), ...order.orderedGroupIds.flatMap((id) => grouping.moveGroups.find((m) => m.id === id)?.workloadIds ?? [])];
  const estimates = step('estimate', () => estimateWorkloads(project, a, equivalentFor, sequence));
  const foundation = step('foundation', () => buildFoundation(project, estimates, a, roles));
  const waves = step('waves', () => buildWaves(project, grouping, order, estimates, a, foundation));
  const calendar = new WorkingCalendar(project.calendar, project.project.startDate);
  const scheduled = step('schedule', () => scheduleProgram(project, foundation, waves.waves, estimates, a, calendar));
  step('horizon', () => horizonIssues(project, scheduled, waves.waves, estimates, calendar));
  step('planDeterministic', () => planDeterministic(project));
  step(`planProject x${runs}`, () => planProject(project, { runs }));
}
for (const [name, ms] of best) console.log(name.padEnd(22), ms.toFixed(1).padStart(8), 'ms CPU');

/** Per-phase timings of one estate (`npx tsx bench/profile.ts 5000`): where the deterministic time goes. */
import { resolveAssumptions } from '../shared/plan/assumptions';
import { WorkingCalendar } from '../shared/plan/calendar';
import { findCrossCloudLinks } from '../shared/plan/cross-cloud';
import { estimateWorkloads } from '../shared/plan/estimate';
import { groupWorkloads } from '../shared/plan/group';
import { orderMoveGroups } from '../shared/plan/order';
import { assessRisks } from '../shared/plan/risks';
import { scheduleProgram } from '../shared/plan/schedule';
import { simulateProgram } from '../shared/plan/simulate';
import { findPlanIssues } from '../shared/plan/validate';
import { buildWaves } from '../shared/plan/waves';
import { generateProject } from './generate';

const n = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 2000);
const project = generateProject(n);
const times: [string, number][] = [];
function step<T>(name: string, f: () => T): T {
  const t = performance.now();
  const v = f();
  times.push([name, performance.now() - t]);
  return v;
}
const assumptions = resolveAssumptions(project);
step('validate', () => findPlanIssues(project));
const grouping = step('group', () => groupWorkloads(project));
const order = step('order', () => orderMoveGroups(project, grouping));
const estimates = step('estimate', () => estimateWorkloads(project, assumptions));
const wavePlan = step('waves', () => buildWaves(project, grouping, order, estimates, assumptions));
const calendar = new WorkingCalendar(project.calendar, project.project.startDate);
const scheduled = step('schedule', () => scheduleProgram(project, wavePlan.waves, estimates, assumptions, calendar));
const sim = step(`simulate x${runs}`, () => simulateProgram(scheduled.model, calendar, assumptions, { seed: 1, runs, waveIds: wavePlan.waves.map((w) => w.id), criticalPath: scheduled.criticalPath }));
const waves = wavePlan.waves.map((d, i) => ({ ...d, effort: { optimistic: 0, likely: 0, pessimistic: 0, expected: 0, sigma: 0 }, dataGb: 0, transferHours: 0, start: scheduled.waves[i]!.start, end: scheduled.waves[i]!.end, cutover: scheduled.waves[i]!.cutover, p50End: sim.p50End, p80End: sim.p80End, p95End: sim.p95End }));
const links = step('cross-cloud', () => findCrossCloudLinks(project, waves, wavePlan.excluded, assumptions));
step('risks', () => assessRisks({ project, grouping, waves, estimates, crossCloudLinks: links, assumptions }));
for (const [name, ms] of times) console.log(name.padEnd(16), ms.toFixed(1).padStart(8), 'ms');

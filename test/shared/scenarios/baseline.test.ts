import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../../shared/model/schema';
import { workingDaysBetween } from '../../../shared/plan/calendar';
import { addWorkingDays } from '../plan/working-days';
import { planProject } from '../../../shared/plan/plan-project';
import { baselineVariance, captureBaseline, latestBaseline } from '../../../shared/scenarios/baseline';
import { loadSample } from '../../../shared/samples';

const RUNS = { runs: 200 };

/** The working day `n` working days before `iso`, stepping back a day at a time. */
function workingDaysBefore(calendar: Parameters<typeof workingDaysBetween>[0], iso: string, n: number): string {
  let day = new Date(`${iso}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    day = new Date(day.getTime() - 86_400_000);
    const d = day.toISOString().slice(0, 10);
    if (workingDaysBetween(calendar, d, d) === 1) left--;
  }
  return day.toISOString().slice(0, 10);
}

describe('baselines', () => {
  const project = loadSample('online-shop');
  const plan = planProject(project, RUNS);

  it('records the plan as it stands: dates, effort, cost, each wave', () => {
    const b = captureBaseline(project, plan, { id: 'b1', name: 'Approved', savedOn: '2027-01-04' });
    expect(b).toMatchObject({ id: 'b1', name: 'Approved', savedOn: '2027-01-04', start: plan.schedule.start, p80End: plan.schedule.p80End, currency: project.project.currency });
    expect(b.waves.map((w) => w.wave)).toEqual(plan.waves.map((w) => w.index));
    expect(b.waves[0]).toMatchObject({ start: plan.waves[0]!.start, end: plan.waves[0]!.end, workloads: plan.waves[0]!.workloadIds.length });
  });

  it('has no variance against a baseline of the same plan', () => {
    const v = baselineVariance(project, plan, captureBaseline(project, plan, { id: 'b1', name: 'Now', savedOn: '2027-01-04' }));
    expect(v.program).toMatchObject({ startDays: 0, endDays: 0, p50Days: 0, p80Days: 0, p95Days: 0, effortDelta: 0, costDelta: 0 });
    expect(v.waves.every((w) => w.status === 'both' && w.endDays === 0 && w.p80Days === 0)).toBe(true);
  });

  it('gives each wave its slip in working days, checked by hand against dates moved by known amounts', () => {
    const now = captureBaseline(project, plan, { id: 'b1', name: 'Now', savedOn: '2027-01-04' });
    const cal = project.calendar;
    // A baseline whose first wave was to end 3 working days earlier and whose P80 was 5 days later than now.
    const first = now.waves[0]!;
    const baseline: Baseline = {
      ...now,
      effort: now.effort - 10,
      cost: now.cost + 1000,
      waves: [{ ...first, end: workingDaysBefore(cal, first.end, 3), p80End: addWorkingDays(cal, first.p80End, 5), effort: first.effort - 2.5, workloads: first.workloads + 1 }, ...now.waves.slice(1), { wave: 99, name: 'Old wave', start: '2027-09-01', end: '2027-09-30', p80End: '2027-10-08', workloads: 2, effort: 8 }],
    };
    const v = baselineVariance(project, plan, baseline);
    expect(v.waves[0]).toMatchObject({ status: 'both', endDays: 3, p80Days: -5, effortDelta: 2.5, workloadsDelta: -1 });
    expect(v.waves.at(-1)).toMatchObject({ wave: 99, status: 'gone', name: 'Old wave' });
    expect(v.program.effortDelta).toBe(10);
    expect(v.program.costDelta).toBe(-1000);
  });

  it('shows the plan slipping after an edit: one engineer less on every team', () => {
    const saved = captureBaseline(project, plan, { id: 'b1', name: 'Approved', savedOn: '2027-01-04' });
    const edited = { ...project, teams: project.teams.map((t) => ({ ...t, engineers: Math.max(1, t.engineers - 1) })) };
    const v = baselineVariance(edited, planProject(edited, RUNS), saved);
    expect(v.program.endDays).toBeGreaterThan(0);
    expect(v.program.p80Days).toBeGreaterThan(0);
    expect(v.waves.some((w) => (w.endDays ?? 0) > 0)).toBe(true);
  });

  it('leaves cost out of the variance when the baseline was saved in another currency', () => {
    const saved = { ...captureBaseline(project, plan, { id: 'b1', name: 'USD', savedOn: '2027-01-04' }), currency: 'USD' as const };
    expect(baselineVariance(project, plan, saved).program.costDelta).toBeUndefined();
  });

  it('takes the last saved baseline by default', () => {
    const a = captureBaseline(project, plan, { id: 'a', name: 'A', savedOn: '2027-01-04' });
    const b = { ...a, id: 'b', name: 'B' };
    expect(latestBaseline({ baselines: [a, b] })?.id).toBe('b');
    expect(latestBaseline({})).toBeUndefined();
  });
});

/**
 * What every plan of every project must hold about its waves, checked on random projects (with
 * pins, cycles, three teams of different capacity and random change freezes): a wave cuts over
 * only after the waves holding what it needs, unless a pin (or the pilot's fallback) wins and the
 * plan says so in an issue naming the workloads; no cutover falls on a frozen or non-working day;
 * no team works a wave faster than its engineers can. Without the first check, a schedule that
 * ignores wave dependencies cut waves 2 and 3 of the large sample over on wave 1's day and no test
 * failed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FreezeWindow, Project } from '../../../shared/model/schema';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { isoToDay, WorkingCalendar } from '../../../shared/plan/calendar';
import { addWorkingDays } from './working-days';
import { planProject } from '../../../shared/plan/plan-project';
import type { Plan } from '../../../shared/plan/types';
import { loadSample } from '../../../shared/samples';
import { projectArb } from './arbitraries';

/** Random freeze windows over the first year of a project: a few days to a few weeks each. */
function withFreezes(p: Project): fc.Arbitrary<Project> {
  const window = fc.record({ from: fc.integer({ min: 0, max: 260 }), length: fc.integer({ min: 1, max: 20 }) });
  return fc.array(window, { maxLength: 4 }).map((ws) => {
    const freezeWindows: FreezeWindow[] = ws.map((w, k) => {
      const start = addWorkingDays(p.calendar, p.project.startDate, w.from);
      return { id: `freeze-${k}`, name: `Freeze ${k}`, start, end: addWorkingDays(p.calendar, start, w.length) };
    });
    return { ...p, calendar: { ...p.calendar, freezeWindows } };
  });
}

const projects = projectArb(25).chain(withFreezes);

/** Each wave's cutover comes after the cutover of every wave holding something it needs, or the plan flags the dependency. */
export function checkWaveOrder(p: Project, plan: Plan): void {
  const waveOf = new Map<string, number>();
  plan.waves.forEach((w, i) => w.workloadIds.forEach((id) => waveOf.set(id, i)));
  const flagged = (ids: readonly string[]) => plan.issues.some((issue) => ids.every((id) => issue.workloadIds.includes(id)));
  for (const dep of p.dependencies) {
    const needs = waveOf.get(dep.from);
    const needed = waveOf.get(dep.to);
    if (needs === undefined || needed === undefined || needs === needed) continue;
    const [a, b] = [plan.waves[needs]!, plan.waves[needed]!];
    if (needed < needs) {
      expect(isoToDay(a.cutover.start), `${dep.from} (${a.name}) needs ${dep.to} (${b.name}): cutover ${a.cutover.start} must come after ${b.cutover.start}`).toBeGreaterThan(isoToDay(b.cutover.start));
    } else {
      // The dependant is in the earlier wave: only a pin or the pilot's fallback puts it there, and the plan must say so.
      expect(flagged([dep.from]) || flagged([dep.to]), `${dep.from} (${a.name}) needs ${dep.to} (${b.name}, later) with no issue naming them`).toBe(true);
    }
  }
}

/** No cutover on a day the calendar does not allow one. */
export function checkCutoverDays(p: Project, plan: Plan): void {
  const calendar = new WorkingCalendar(p.calendar, p.project.startDate);
  for (const w of plan.waves) {
    const k = calendar.indexOnOrAfter(w.cutover.start);
    expect(calendar.dateOf(k), `${w.name} cuts over on ${w.cutover.start}, not a working day`).toBe(w.cutover.start);
    const frozen = p.calendar.freezeWindows.find((f) => f.start <= w.cutover.start && w.cutover.start <= f.end);
    expect(frozen, `${w.name} cuts over on ${w.cutover.start}, inside ${frozen?.name} (${frozen?.start}..${frozen?.end})`).toBeUndefined();
  }
}

/** No team does more person-days in a wave than its engineers x focus over the working days it spends on it. */
export function checkTeamCapacity(p: Project, plan: Plan): void {
  const focus = resolveAssumptions(p).value('team.focusFactor');
  const capacity = new Map(p.teams.map((t) => [t.id, t.engineers * (t.focus ?? focus)]));
  for (const w of plan.waves) {
    for (const part of w.teams) {
      if (part.effort <= 0) continue;
      const perDay = capacity.get(part.teamId);
      expect(perDay, `${w.name}: team ${part.teamId} is not in the project`).toBeDefined();
      expect(part.workingDays, `${w.name}: team ${part.teamId} works ${part.effort} person-days in no working days`).toBeGreaterThan(0);
      expect(part.effort, `${w.name}: team ${part.teamId} does ${part.effort} person-days in ${part.workingDays} days at ${perDay} a day`).toBeLessThanOrEqual(perDay! * part.workingDays + 1e-6);
    }
  }
}

describe('wave invariants', () => {
  it.each(['online-shop', 'ecommerce-iot', 'large-estate'] as const)('hold on the %s sample', (id) => {
    const p = loadSample(id);
    const plan = planProject(p, { seed: 3, runs: 50 });
    checkWaveOrder(p, plan);
    checkCutoverDays(p, plan);
    checkTeamCapacity(p, plan);
  });

  it('hold on random projects with pins, cycles, three teams and change freezes', () => {
    fc.assert(
      fc.property(projects, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const plan = planProject(p, { seed, runs: 30 });
        checkWaveOrder(p, plan);
        checkCutoverDays(p, plan);
        checkTeamCapacity(p, plan);
      }),
      { numRuns: 80, seed: 20261201 },
    );
  });
});

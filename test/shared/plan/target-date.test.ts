/**
 * A date to meet (issue 16): the chance of meeting the project's target date comes from the runs,
 * each driver says the chance without it, and the levers say which single change brings the chance
 * to 80%, re-planned with the same seed.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { leverText } from '../../../shared/export/report-target-date';
import type { Project } from '../../../shared/model/schema';
import { isoToDay, WorkingCalendar } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import { lastWorkingDayBy, leversToReach80 } from '../../../shared/plan/target-date';
import { loadSample } from '../../../shared/samples';
import { makeProject, makeWorkload } from './arbitraries';

const withTarget = (p: Project, targetDate: string): Project => ({ ...p, project: { ...p.project, targetDate } });

describe('the chance of meeting a target date', () => {
  const shop = loadSample('online-shop');
  // Planned in each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  const planShop = () => planProject(shop, { runs: 400 });

  it('is the share of runs that end by it: 0 before the P50 is impossible, 1 past the last run', () => {
    const plan = planShop();
    const first = planProject(withTarget(shop, plan.simulation.histogram[0]!.start), { runs: 400 });
    expect(first.schedule.onTimeProbability).toBeLessThan(0.05);
    const late = planProject(withTarget(shop, '2030-01-01'), { runs: 400 });
    expect(late.schedule.onTimeProbability).toBe(1);
    expect(late.schedule.toReach80).toEqual([]);
    // By the P80 date, about 80% of runs are done (nearest rank: at least 80%).
    const p80 = planProject(withTarget(shop, plan.schedule.p80End), { runs: 400 });
    expect(p80.schedule.onTimeProbability).toBeGreaterThanOrEqual(0.8);
    expect(p80.schedule.onTimeProbability).toBeLessThan(0.9);
    expect(p80.schedule.targetDate).toBe(plan.schedule.p80End);
  });

  it('is absent without a target date', () => {
    const plan = planShop();
    expect(plan.schedule.onTimeProbability).toBeUndefined();
    expect(plan.schedule.toReach80).toBeUndefined();
    expect(plan.simulation.drivers.every((d) => d.onTimeWithout === undefined)).toBe(true);
  });

  it('says, per driver, the chance without it: never lower than with it for a driver that adds days', () => {
    const plan = planShop();
    const at = planProject(withTarget(shop, plan.schedule.p50End), { runs: 400 });
    const chance = at.schedule.onTimeProbability!;
    for (const d of at.simulation.drivers) if (d.removalDaysAtP80 > 0) expect(d.onTimeWithout!).toBeGreaterThanOrEqual(chance - 0.05);
    expect(Math.max(...at.simulation.drivers.map((d) => d.onTimeWithout!))).toBeGreaterThan(chance);
  });

  it('counts the last working day on or before the date', () => {
    const cal = new WorkingCalendar({ workingDays: [1, 2, 3, 4, 5], holidays: [], makeUpWorkdays: [], freezeWindows: [] }, '2027-01-04');
    expect(lastWorkingDayBy(cal, '2027-01-04')).toBe(0); // a Monday, the first working day
    expect(lastWorkingDayBy(cal, '2027-01-10')).toBe(4); // Sunday: Friday was the last
    expect(lastWorkingDayBy(cal, '2027-01-03')).toBe(-1); // before the start: nothing can meet it
  });
});

describe('the levers that bring the chance to 80%', () => {
  it('adds engineers to the team that gains most until the date is met, and puts the smallest change that reaches 80% first', () => {
    // One team of two works six complexity-4 rehosts; a date at its P50 needs more hands.
    const p = makeProject({ teams: [{ id: 'core', name: 'Core', engineers: 2 }], workloads: Array.from({ length: 6 }, (_, i) => makeWorkload(`w${i}`, { complexity: 4, team: 'core' })) });
    const base = planProject(p, { runs: 300 });
    const target = base.schedule.p50End;
    const plan = planProject(withTarget(p, target), { runs: 300 });
    const levers = plan.schedule.toReach80!;
    expect(plan.schedule.onTimeProbability!).toBeLessThan(0.8);
    expect(levers.length).toBeGreaterThan(0);
    expect(levers[0]!.onTimeProbability).toBeGreaterThanOrEqual(0.8);
    expect(levers[0]!.change.kind).toBe('engineer');
    // The lever is real: the changed project, planned in full, meets the date at least as often.
    const extra = Number(levers[0]!.change.params.extra ?? 1);
    const team = String(levers[0]!.change.params.teamId);
    const changed = { ...p, teams: p.teams.map((t) => (t.id === team ? { ...t, engineers: t.engineers + extra } : t)) };
    expect(planProject(withTarget(changed, target), { runs: 300 }).schedule.onTimeProbability!).toBeGreaterThan(plan.schedule.onTimeProbability!);
    expect(isoToDay(planProject(changed, { runs: 300 }).schedule.p50End)).toBeLessThan(isoToDay(target) + 1);
  });

  it('tries every team, every mitigation not yet adopted and the largest refactors, and keeps only what helps', () => {
    const p = makeProject({ workloads: [makeWorkload('a', { strategy: 'refactor' }), makeWorkload('b')] });
    const seen: string[] = [];
    const levers = leversToReach80(p, 0.1, (changed) => {
      const moved = changed.workloads.find((w) => w.id === 'a')!.strategy !== 'refactor';
      const more = changed.teams[0]!.engineers - p.teams[0]!.engineers;
      seen.push(moved ? 'strategy' : more > 0 ? `+${more}` : 'other');
      return moved ? 0.9 : more > 0 ? 0.2 + 0.1 * more : 0.05;
    });
    expect(seen).toContain('strategy');
    expect(seen).toContain('+1');
    expect(seen).toContain('+5'); // one was not enough, so up to five more were tried
    // The strategy change reaches 80% and so leads; every lever kept beats the plan's 10%.
    expect(levers[0]!.change.kind).toBe('strategy');
    expect(levers.every((l) => l.onTimeProbability > 0.1)).toBe(true);
  });
});

describe('the appliance lever', () => {
  it('ships data on appliances past a day of copying, in the words the Summary and the report show', async () => {
    const p = makeProject({ workloads: [makeWorkload('db', { kind: 'database', size: { instances: 1, dataGb: 5000, dailyChangeGb: 0 } })] });
    // The re-plan meets the date only with the threshold at one day (the default is 7).
    const threshold = (changed: Project) => changed.assumptions.find((a) => a.id === 'transfer.offlineThresholdDays')?.value;
    const levers = leversToReach80(p, 0.1, (changed) => (threshold(changed) === 1 ? 0.9 : 0.05));
    const lever = levers.find((l) => l.change.kind === 'transfer');
    expect(lever).toMatchObject({ onTimeProbability: 0.9, change: { id: 'transfer:offline', code: 'lever.offline', params: { days: 1, from: 7 } } });
    const i18n = i18next.createInstance();
    const catalog = JSON.parse(readFileSync('renderer/src/i18n/locales/en/target-date.json', 'utf8')) as Record<string, unknown>;
    await i18n.init({ lng: 'en', resources: { en: { 'target-date': catalog } }, interpolation: { escapeValue: false }, showSupportNotice: false });
    const words = 'Ship data on appliances whenever a copy over the line would take more than 1 day (now 7 days)';
    expect(lever!.change.title).toBe(words);
    expect(leverText(lever!, { t: (key, o) => i18n.t(key, o) })).toBe(words);
  });
});

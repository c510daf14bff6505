/**
 * Scope growth (issue 16): until a workload is confirmed, each run draws a share of further,
 * not-yet-known work around it (a PERT-beta on discovery.growthLow/Likely/High = 0, 0.15, 1), added
 * to the effort of the part it is in, in proportion to the unconfirmed share of that part.
 *
 * Hand-worked case: one workload of exactly 200 person-days (an override with O = M = P), one team
 * of two at full focus, and every other source of uncertainty switched off (no program or team
 * spread, elapsed phases and lead times at exactly their likely length, no risks, no data, no compliance). Its one
 * wave then takes 200 / 2 = 100 working days, and a run's end is the deterministic end plus
 * 100 x g working days, g the drawn growth share. The PERT-beta on (0, 0.15, 1) is Beta(1.6, 4.4)
 * on [0, 1]: median 0.240, 80th percentile 0.409, 95th percentile 0.583 (numerical quantiles), so
 * P50, P80 and P95 come about 24, 41 and 58 working days after the deterministic end. Half the
 * work confirmed halves each: about 12, 20 and 29. All of it confirmed: none.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { isoToDay, WorkingCalendar } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import { loadSample } from '../../../shared/samples';
import { makeProject, makeWorkload } from './arbitraries';

const QUIET: Record<string, number> = {
  'simulation.programSpread': 0,
  'simulation.teamSpread': 0,
  'phase.optimisticRatio': 1,
  'phase.pessimisticRatio': 1,
  'team.focusFactor': 1,
  // Lead times (accounts, sign-off) at exactly their likely length too.
  'leadTime.optimisticRatio': 1,
  'leadTime.pessimisticRatio': 1,
};

function quiet(p: Project): Project {
  return { ...p, risks: [], assumptions: p.assumptions.map((a) => (a.id in QUIET ? { ...a, value: QUIET[a.id]! } : a)) };
}

/** `confirmed` for each of the workloads (each `200 / n` person-days, one team of two). */
function estate(confirmed: readonly boolean[]): Project {
  const share = 200 / confirmed.length;
  return quiet(
    makeProject({
      teams: [{ id: 'core', name: 'Core', engineers: 2 }],
      workloads: confirmed.map((c, i) => makeWorkload(`w${i}`, { application: 'Shop', ...(c ? { confirmed: true } : {}) })),
      overrides: confirmed.map((_, i) => ({ id: `o${i}`, workloadId: `w${i}`, optimistic: share, likely: share, pessimistic: share })),
    }),
  );
}

// Made in the beforeEach below: a WorkingCalendar is code of the folder under test.
let cal: WorkingCalendar;
/** Working days from the deterministic end to a percentile date. */
const after = (plan: ReturnType<typeof planProject>, iso: string) => cal.indexOnOrAfter(iso) - cal.indexOnOrAfter(plan.schedule.deterministicEnd);

describe('scope growth from an unconfirmed inventory', () => {
  // Planned before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let open: ReturnType<typeof planProject>;
  let half: ReturnType<typeof planProject>;
  let closed: ReturnType<typeof planProject>;
  beforeEach(() => {
    cal = new WorkingCalendar({ workingDays: [1, 2, 3, 4, 5], holidays: [], makeUpWorkdays: [], freezeWindows: [] }, '2026-01-05');
    open = planProject(estate([false, false]), { runs: 2000 });
    half = planProject(estate([true, false]), { runs: 2000 });
    closed = planProject(estate([true, true]), { runs: 2000 });
  });

  it('leaves the most likely schedule alone: the inventory as listed is what it plans', () => {
    expect(open.schedule.deterministicEnd).toBe(closed.schedule.deterministicEnd);
    expect(half.schedule.deterministicEnd).toBe(closed.schedule.deterministicEnd);
  });

  it('moves P50, P80 and P95 later by 100 working days x the growth quantiles, and widens the range', () => {
    expect(after(open, open.schedule.p50End)).toBeGreaterThanOrEqual(22);
    expect(after(open, open.schedule.p50End)).toBeLessThanOrEqual(26);
    expect(after(open, open.schedule.p80End)).toBeGreaterThanOrEqual(39);
    expect(after(open, open.schedule.p80End)).toBeLessThanOrEqual(43);
    expect(after(open, open.schedule.p95End)).toBeGreaterThanOrEqual(55);
    expect(after(open, open.schedule.p95End)).toBeLessThanOrEqual(61);
  });

  it('shrinks as the confirmed share grows: half confirmed, half the growth; all confirmed, none', () => {
    expect(after(half, half.schedule.p50End)).toBeGreaterThanOrEqual(10);
    expect(after(half, half.schedule.p50End)).toBeLessThanOrEqual(14);
    expect(after(half, half.schedule.p80End)).toBeGreaterThanOrEqual(18);
    expect(after(half, half.schedule.p80End)).toBeLessThanOrEqual(23);
    expect(after(half, half.schedule.p95End)).toBeGreaterThanOrEqual(26);
    expect(after(half, half.schedule.p95End)).toBeLessThanOrEqual(32);
    for (const p of [closed.schedule.p50End, closed.schedule.p80End, closed.schedule.p95End]) expect(p).toBe(closed.schedule.deterministicEnd);
  });

  it('has its own driver, which explains the whole contingency here and is absent once everything is confirmed', () => {
    const driver = (plan: typeof open) => plan.simulation.drivers.find((d) => d.id === 'uncertainty:discovery');
    const openDriver = driver(open)!;
    expect(openDriver.code).toBe('driver.uncertainty.discovery');
    expect(openDriver.params).toEqual({ source: 'discovery' });
    // The only source that varies, so its steps add up to the contingency and the whole P95 - P50.
    expect(openDriver.daysAtP80).toBeCloseTo(open.schedule.contingencyDays, 0);
    expect(openDriver.share).toBeCloseTo(1, 2);
    expect(driver(half)!.daysAtP80).toBeLessThan(openDriver.daysAtP80 * 0.6);
    expect(driver(closed)).toBeUndefined();
  });
});

describe('the embedded samples', () => {
  it('say what their inventories are: the shop is confirmed, the retail group is not, the platform team of the e-commerce sample is', () => {
    const shop = loadSample('online-shop');
    expect(shop.workloads.every((w) => w.confirmed === true)).toBe(true);
    expect(shop.project.description).toMatch(/confirmed/);
    const group = loadSample('large-estate');
    expect(group.workloads.some((w) => w.confirmed === true)).toBe(false);
    expect(group.project.description).toMatch(/not yet confirmed/);
    const iot = loadSample('ecommerce-iot');
    expect(iot.workloads.filter((w) => w.confirmed).every((w) => w.team === 'platform')).toBe(true);
    expect(iot.workloads.some((w) => w.confirmed)).toBe(true);
    expect(iot.workloads.some((w) => !w.confirmed)).toBe(true);
  });

  it('plan later with the retail group unconfirmed than confirmed, by the discovery driver', () => {
    const group = loadSample('large-estate');
    const asListed = planProject(group, { runs: 500 });
    const confirmed = planProject({ ...group, workloads: group.workloads.map((w) => ({ ...w, confirmed: true })) }, { runs: 500 });
    expect(isoToDay(asListed.schedule.p80End)).toBeGreaterThan(isoToDay(confirmed.schedule.p80End));
    expect(asListed.simulation.drivers.some((d) => d.id === 'uncertainty:discovery' && d.daysAtP80 > 0)).toBe(true);
  });
});

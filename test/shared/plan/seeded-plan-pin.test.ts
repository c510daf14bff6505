/**
 * A seeded plan, pinned: the samples' percentiles, deterministic end and its percentile,
 * contingency, the P80's standard error, every wave's P80, the five largest drivers and the labour
 * P80, as the engine gives them for a fixed seed and run count. Speed work must leave every one of
 * these unchanged (the figures were taken from main's engine at 4e22004, scope growth and phase lengths included, and the speed work gives the same); a change to
 * the model that moves them updates this file in the same commit and says why.
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan/plan-project';
import { loadSample } from '../../../shared/samples';

const PINNED = [
  {
    id: 'online-shop', seed: 7, runs: 2000,
    p50: '2027-05-19', p80: '2027-06-11', p95: '2027-07-26', det: '2027-05-06', pct: 31, cont: 26, se: 0.77,
    waves: ['2027-03-19', '2027-05-10'],
    drivers: [['uncertainty:program', 8.7, 27.8], ['uncertainty:wave-minimums', 6.7, 10.6], ['risk:risk.key-people-unavailable', 2.9, 2.9], ['uncertainty:foundation', 2.9, 2.9], ['risk:risk.unplanned-freeze', 2.9, 1.9]],
    labourP80: 556200, driverRuns: 1000,
  },
  {
    id: 'ecommerce-iot', seed: 7, runs: 2000,
    p50: '2028-02-23', p80: '2028-05-16', p95: '2028-08-23', det: '2027-11-25', pct: 14, cont: 123, se: 2.55,
    waves: ['2027-06-21', '2027-07-21', '2027-09-14', '2027-12-08', '2028-01-06', '2028-02-02', '2028-04-03'],
    drivers: [['uncertainty:discovery', 38.7, 18.9], ['uncertainty:program', 27.1, 57.6], ['risk:risk.key-people-unavailable', 20.3, 8.9], ['uncertainty:teams', 10.7, 4], ['risk:risk.unplanned-freeze', 9.2, 8.9]],
    labourP80: 11621400, driverRuns: 1000,
  },
  {
    id: 'large-estate', seed: 8, runs: 1000,
    p50: '2028-04-10', p80: '2028-07-14', p95: '2028-11-08', det: '2027-12-30', pct: 11, cont: 141, se: 4.59,
    waves: ['2027-07-26', '2027-09-27', '2027-11-17', '2027-12-06', '2028-03-14', '2028-03-29', '2028-04-20', '2028-05-18', '2028-05-25'],
    drivers: [['uncertainty:discovery', 41, 22], ['uncertainty:program', 32, 75], ['uncertainty:hypercare', 13.1, 9.8], ['risk:risk.key-people-unavailable', 13, 14], ['uncertainty:effort', 9, 8]],
    labourP80: 29563000, driverRuns: 1000,
  },
] as const;

describe('a seeded plan, pinned', () => {
  it.each(PINNED)('$id, seed $seed, $runs runs', (pin) => {
    const plan = planProject(loadSample(pin.id), { seed: pin.seed, runs: pin.runs });
    const s = plan.schedule;
    expect({ p50: s.p50End, p80: s.p80End, p95: s.p95End, det: s.deterministicEnd, pct: s.deterministicPercentile, cont: s.contingencyDays, se: plan.simulation.p80StandardErrorDays }).toEqual({
      p50: pin.p50, p80: pin.p80, p95: pin.p95, det: pin.det, pct: pin.pct, cont: pin.cont, se: pin.se,
    });
    expect(plan.simulation.waves.map((w) => w.p80End)).toEqual(pin.waves);
    expect(plan.simulation.drivers.slice(0, 5).map((d) => [d.id, d.daysAtP80, d.spreadDays])).toEqual(pin.drivers);
    expect(plan.cost.labourP80).toBe(pin.labourP80);
    expect(plan.simulation.driverRuns).toBe(pin.driverRuns);
  });
});

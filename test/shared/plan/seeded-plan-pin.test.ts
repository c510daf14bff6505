/**
 * A seeded plan, pinned: the samples' percentiles, deterministic end and its percentile,
 * contingency, the P80's standard error, every wave's P80, the five largest drivers and the labour
 * P80, as the engine gives them for a fixed seed and run count. Speed work must leave every one of
 * these unchanged (the figures were taken before it and checked against main's engine); a change to
 * the model that moves them updates this file in the same commit and says why.
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan/plan-project';
import { loadSample } from '../../../shared/samples';

const PINNED = [
  {
    id: 'online-shop', seed: 7, runs: 2000,
    p50: '2027-05-25', p80: '2027-06-18', p95: '2027-07-30', det: '2027-05-11', pct: 32, cont: 27, se: 0.77,
    waves: ['2027-03-26', '2027-05-14'],
    drivers: [['uncertainty:program', 9.6, 27.4], ['uncertainty:wave-minimums', 6.8, 11.8], ['uncertainty:foundation', 3.9, 2], ['risk:risk.key-people-unavailable', 2.9, 2.9], ['risk:risk.unplanned-freeze', 1.9, 2]],
    labourP80: 583200, driverRuns: 1000,
  },
  {
    id: 'ecommerce-iot', seed: 7, runs: 2000,
    p50: '2028-01-05', p80: '2028-03-16', p95: '2028-06-01', det: '2027-11-18', pct: 27, cont: 85, se: 2.3,
    waves: ['2027-06-21', '2027-07-15', '2027-08-23', '2027-11-16', '2027-11-17', '2028-01-06', '2028-02-02'],
    drivers: [['uncertainty:program', 25.1, 54.4], ['risk:risk.key-people-unavailable', 16.4, 12.4], ['uncertainty:teams', 14.5, 9.5], ['uncertainty:effort', 10.6, -6.7], ['uncertainty:foundation', 7.7, 16.2]],
    labourP80: 9876000, driverRuns: 1000,
  },
  {
    id: 'large-estate', seed: 8, runs: 1000,
    p50: '2028-03-01', p80: '2028-05-17', p95: '2028-08-31', det: '2027-12-30', pct: 23, cont: 99, se: 3.06,
    waves: ['2027-07-23', '2027-09-16', '2027-10-28', '2027-11-16', '2028-01-28', '2028-02-11', '2028-02-29', '2028-03-21', '2028-03-28'],
    drivers: [['uncertainty:program', 32, 76], ['risk:risk.unplanned-freeze', 16, 0], ['risk:risk.key-people-unavailable', 11, 14], ['uncertainty:effort', 11, 8], ['uncertainty:teams', 6, -1]],
    labourP80: 25162400, driverRuns: 1000,
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

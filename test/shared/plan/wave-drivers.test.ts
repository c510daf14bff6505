/**
 * What moves each wave's P80 cutover (simulate/wave-drivers.ts), on a "quiet" project where every
 * source of uncertainty is switched off, so a risk's effect on each wave is worked out by hand:
 * the pilot (wave 0) and one wave (wave 1) of one team; wave 1 starts after the pilot's cutover
 * and lessons, so what holds the pilot holds wave 1 too, and what holds wave 1 leaves the pilot.
 */
import { describe, expect, it } from 'vitest';
import type { Project, RiskEntry } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { loadSample } from '../../../shared/samples';
import { isoToDay } from '../../../shared/plan/calendar';
import { waveP80s } from '../../../shared/plan/simulate/wave-drivers';
import { percentiles } from '../../../shared/plan/simulate/percentiles';
import { makeProject, makeWorkload, QUIET_SOURCES } from './arbitraries';

function quiet(risks: RiskEntry[]): Project {
  const p = makeProject({
    workloads: [makeWorkload('pilot-app', { criticality: 'low' }), makeWorkload('db', { kind: 'database', criticality: 'mission-critical', sourceService: 'alibaba.rds-mysql' }), makeWorkload('app', { criticality: 'high' })],
    dependencies: [{ id: 'app->db', from: 'app', to: 'db', kind: 'sync', coupling: 'tight' }],
    risks,
  });
  return { ...p, assumptions: [...p.assumptions.filter((a) => !(a.id in QUIET_SOURCES)), ...Object.entries(QUIET_SOURCES).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
}

function risk(id: string, over: Partial<RiskEntry>): RiskEntry {
  return { id, title: `Risk ${id}`, probability: 1, impact: { type: 'days', optimistic: 5, likely: 5, pessimistic: 5 }, hits: { kind: 'wave', wave: 1 }, enabled: true, source: 'test', ...over };
}

/** Working days (Monday to Friday; the fixture has no holidays) from `from` to `to`. */
function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = isoToDay(from) + 1; d <= isoToDay(to); d++) if ((((d + 3) % 7) + 7) % 7 < 5) n++;
  return n;
}

describe("each wave's drivers", () => {
  it('a certain 5-day hold on wave 1 adds 5 working days to its P80 cutover and nothing to the pilot', () => {
    const plan = planProject(quiet([risk('hold', {})]), { runs: 200 });
    const [pilot, wave] = plan.simulation.waves;
    expect(pilot!.drivers).toEqual([]);
    expect(pilot!.p80End).toBe(plan.waves[0]!.cutover.start);
    expect(workingDaysBetween(plan.waves[1]!.cutover.start, wave!.p80End)).toBe(5);
    expect(wave!.drivers).toEqual([{ id: 'risk:hold', daysAtP80: 5 }]);
  });

  it('a 6-day hold on the pilot moves the pilot and, through its cutover, wave 1; a 3-day hold on wave 1 moves only wave 1', () => {
    const plan = planProject(quiet([risk('pilot', { hits: { kind: 'wave', wave: 0 }, impact: { type: 'days', optimistic: 6, likely: 6, pessimistic: 6 } }), risk('late', { impact: { type: 'days', optimistic: 3, likely: 3, pessimistic: 3 } })]), { runs: 200 });
    const [pilot, wave] = plan.simulation.waves;
    expect(pilot!.drivers).toEqual([{ id: 'risk:pilot', daysAtP80: 6 }]);
    expect(wave!.drivers).toEqual([{ id: 'risk:pilot', daysAtP80: 6 }, { id: 'risk:late', daysAtP80: 3 }]);
    expect(workingDaysBetween(plan.waves[1]!.cutover.start, wave!.p80End)).toBe(9);
    // The program's drivers are the same two, measured on the same replays.
    expect(plan.simulation.drivers.filter((d) => d.daysAtP80 > 0).map((d) => [d.id, d.daysAtP80])).toEqual([['risk:pilot', 6], ['risk:late', 3]]);
  });

  it.each([[['a-hold', 'b-hold']], [['b-hold', 'a-hold']]])('two equal holds on wave 1, registered as %j, share its 6 days and are listed by id', (ids) => {
    const three = { type: 'days', optimistic: 3, likely: 3, pessimistic: 3 } as const;
    const plan = planProject(quiet(ids.map((id) => risk(id, { impact: three }))), { runs: 200 });
    expect(workingDaysBetween(plan.waves[1]!.cutover.start, plan.simulation.waves[1]!.p80End)).toBe(6);
    expect(plan.simulation.waves[1]!.drivers).toEqual([{ id: 'risk:a-hold', daysAtP80: 3 }, { id: 'risk:b-hold', daysAtP80: 3 }]);
  });

  it('a 50% chance of 10 days on wave 1 is at its P80 in every other run: 10 working days, all of that risk', () => {
    const plan = planProject(quiet([risk('coin', { probability: 0.5, impact: { type: 'days', optimistic: 10, likely: 10, pessimistic: 10 } })]), { runs: 2000 });
    expect(plan.simulation.waves[1]!.drivers).toEqual([{ id: 'risk:coin', daysAtP80: 10 }]);
    expect(plan.simulation.waves[0]!.drivers).toEqual([]);
  });

  it('a hold on a wave the plan does not have (2 and 7 of a pilot and one wave) drives nothing: the plan is the one without it', () => {
    // The register's later entries draw from streams of their own, so leaving them off changes no other draw.
    const hold = risk('hold', { probability: 0.5 });
    const plan = planProject(quiet([hold, risk('edge', { hits: { kind: 'wave', wave: 2 } }), risk('far', { hits: { kind: 'wave', wave: 7 } })]), { seed: 3, runs: 300 });
    const without = planProject(quiet([hold]), { seed: 3, runs: 300 });
    expect(plan.waves).toHaveLength(2);
    expect(plan.simulation.drivers).toEqual(without.simulation.drivers);
    expect(plan.simulation.waves).toEqual(without.simulation.waves);
    expect([plan.simulation.p50End, plan.simulation.p80End, plan.simulation.p95End]).toEqual([without.simulation.p50End, without.simulation.p80End, without.simulation.p95End]);
  });

  it('are empty for a wave whose finish is recorded: it keeps its dates in every run', () => {
    const p = quiet([risk('pilot', { hits: { kind: 'wave', wave: 0 } })]);
    const planned = planProject(p, { runs: 50 });
    const recorded = planProject({ ...p, actuals: [{ id: 'pilot-done', wave: 0, start: planned.waves[0]!.start, finish: planned.waves[0]!.cutover.start }] }, { runs: 50 });
    expect(planned.simulation.waves[0]!.drivers).toEqual([{ id: 'risk:pilot', daysAtP80: 5 }]);
    expect(recorded.simulation.waves[0]!.drivers).toEqual([]);
  });

  it('on the samples: positive, largest first, named as program drivers, and within each wave\'s P80 past its planned cutover', () => {
    for (const id of ['online-shop', 'ecommerce-iot'] as const) {
      const plan = planProject(loadSample(id), { runs: 500 });
      const known = new Set(plan.simulation.drivers.map((d) => d.id));
      plan.simulation.waves.forEach((forecast, w) => {
        const days = forecast.drivers.map((d) => d.daysAtP80);
        expect(days.every((d) => d > 0)).toBe(true);
        expect([...days].sort((a, b) => b - a)).toEqual(days);
        expect(forecast.drivers.every((d) => known.has(d.id))).toBe(true);
        expect(forecast.drivers.length).toBeLessThanOrEqual(5);
        const slack = workingDaysBetween(plan.waves[w]!.cutover.start, forecast.p80End);
        expect(days.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(slack + 0.5);
      });
      // Some wave has drivers: the samples' waves are uncertain.
      expect(plan.simulation.waves.some((w) => w.drivers.length > 0)).toBe(true);
    }
  });
});

describe('waveP80s', () => {
  it('is the nearest-rank P80 of each column, counted or sorted', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (const [R, W, span] of [[1, 3, 5], [71, 5, 40], [200, 4, 5000], [37, 2, 1]] as const) {
      const m = new Int32Array(R * W).map(() => 100 + (next() % span));
      const got = waveP80s(m, R, W, new Int32Array(R), { buffer: new Int32Array(4) });
      for (let w = 0; w < W; w++) {
        const column = Int32Array.from({ length: R }, (_, r) => m[r * W + w]!);
        expect(got[w]).toBe(percentiles(column, 0, R)[1]);
      }
    }
  });
});

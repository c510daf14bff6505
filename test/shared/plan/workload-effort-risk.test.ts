/**
 * A register risk on one workload with a share impact adds that share of the workload's likely
 * effort to its part in the runs it strikes (shared/plan/simulate/risk-events.ts compiles it to a
 * part-add event, sources.ts adds it; survivor sources.ts:422 of sample probe-4, no spec had such a
 * risk). On a quiet project (every source of uncertainty off), a risk that always strikes and
 * doubles the work of the only (large) workload of the second wave moves every percentile of the end
 * later by one same amount, no more than that wave's planned length, and the drivers name it.
 */
import { describe, expect, it } from 'vitest';
import type { Project, RiskEntry } from '../../../shared/model/schema';
import { isoToDay } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import { makeProject, makeWorkload, QUIET_SOURCES } from './arbitraries';

function quiet(risks: RiskEntry[]): Project {
  const p = makeProject({
    workloads: [makeWorkload('pilot-app', { criticality: 'low' }), makeWorkload('app', { criticality: 'high', complexity: 5, size: { instances: 60, dataGb: 0, dailyChangeGb: 0 } })],
    risks,
  });
  return { ...p, assumptions: [...p.assumptions.filter((a) => !(a.id in QUIET_SOURCES)), ...Object.entries(QUIET_SOURCES).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
}

const doubled: RiskEntry = {
  id: 'app-rework', title: 'The app needs reworking', probability: 1, impact: { type: 'share', optimistic: 1, likely: 1, pessimistic: 1 }, hits: { kind: 'workload', workloadId: 'app' }, enabled: true, source: 'test',
};

describe('a share risk on one workload', () => {
  it('that always doubles its work moves the P50, P80 and P95 end later, alike, and is a driver', () => {
    const without = planProject(quiet([]), { seed: 5, runs: 200 });
    const withRisk = planProject(quiet([doubled]), { seed: 5, runs: 200 });
    const shift = (iso: string, base: string) => isoToDay(iso) - isoToDay(base);
    expect(without.schedule.p95End).toBe(without.schedule.p50End);
    const later = shift(withRisk.schedule.p50End, without.schedule.p50End);
    expect(later).toBeGreaterThan(0);
    // Doubling the work of the wave's only workload adds at most the wave's own planned length.
    const app = without.waves[1]!;
    expect(app.workloadIds).toEqual(['app']);
    expect(later).toBeLessThanOrEqual(shift(app.end, app.start) + 1);
    expect(shift(withRisk.schedule.p80End, without.schedule.p80End)).toBe(later);
    expect(shift(withRisk.schedule.p95End, without.schedule.p95End)).toBe(later);
    expect(withRisk.simulation.drivers.map((d) => d.id)).toContain('risk:app-rework');
  });
});

/**
 * A register risk on the hypercare phase lengthens every wave's hypercare in the runs it strikes
 * (shared/plan/simulate/sources.ts, the hypercare days/share loop; survivor sources.ts:493 of
 * sample probe-2, no spec had such a risk). On a quiet project (every source of uncertainty off), a
 * risk that always strikes and adds 5 days of hypercare moves every percentile of the end later than
 * the same project without it, by the same amount in every run, and the drivers name it.
 */
import { describe, expect, it } from 'vitest';
import type { Project, RiskEntry } from '../../../shared/model/schema';
import { isoToDay } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import { makeProject, makeWorkload, QUIET_SOURCES } from './arbitraries';

function quiet(risks: RiskEntry[]): Project {
  const p = makeProject({
    workloads: [makeWorkload('pilot-app', { criticality: 'low' }), makeWorkload('app', { criticality: 'high' })],
    risks,
  });
  return { ...p, assumptions: [...p.assumptions.filter((a) => !(a.id in QUIET_SOURCES)), ...Object.entries(QUIET_SOURCES).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
}

const hypercareRisk = (impact: RiskEntry['impact']): RiskEntry => ({
  id: 'long-hypercare', title: 'Hypercare runs long', probability: 1, impact, hits: { kind: 'phase', phase: 'hypercare' }, enabled: true, source: 'test',
});

describe('a risk on the hypercare phase', () => {
  it('that always adds days moves the P50, P80 and P95 end later, alike, and is a driver', () => {
    const without = planProject(quiet([]), { seed: 5, runs: 200 });
    const withRisk = planProject(quiet([hypercareRisk({ type: 'days', optimistic: 5, likely: 5, pessimistic: 5 })]), { seed: 5, runs: 200 });
    const shift = (iso: string, base: string) => isoToDay(iso) - isoToDay(base);
    // Quiet: every run of the project without it ends on its deterministic end.
    expect(without.schedule.p95End).toBe(without.schedule.p50End);
    // The risk strikes every run with the same 5 days, so every run ends on one later day.
    const later = shift(withRisk.schedule.p50End, without.schedule.p50End);
    expect(later).toBeGreaterThanOrEqual(5);
    expect(shift(withRisk.schedule.p80End, without.schedule.p80End)).toBe(later);
    expect(shift(withRisk.schedule.p95End, without.schedule.p95End)).toBe(later);
    expect(withRisk.simulation.drivers.map((d) => d.id)).toContain('risk:long-hypercare');
  });

  it('that always adds a share moves the end later too', () => {
    const without = planProject(quiet([]), { seed: 5, runs: 200 });
    const withRisk = planProject(quiet([hypercareRisk({ type: 'share', optimistic: 1, likely: 1, pessimistic: 1 })]), { seed: 5, runs: 200 });
    expect(isoToDay(withRisk.schedule.p50End)).toBeGreaterThan(isoToDay(without.schedule.p50End));
  });
});

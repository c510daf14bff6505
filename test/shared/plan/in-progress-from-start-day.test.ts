/**
 * A wave whose recorded start is the project's start date (working day 0) and that has not cut
 * over is still in progress on the data date (shared/plan/schedule/model.ts): its cutover cannot
 * be in the past, so it is forecast on or after the latest recorded date, like a wave that started
 * on any later day.
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { project, workload } from './numeric-fixtures';

describe('a wave in progress since the start date', () => {
  it('is forecast to cut over no earlier than the data date', () => {
    // Two waves: a pilot of the two low-criticality workloads, then the ten others.
    const p = project({ workloads: Array.from({ length: 12 }, (_, i) => workload(`w${i}`, { criticality: i < 2 ? 'low' : 'high' })) });
    const plan = planProject({ ...p, actuals: [{ id: 'a-0', wave: 0, start: '2027-03-01' }, { id: 'a-1', wave: 1, start: '2027-06-01' }] }, { seed: 3, runs: 100 });
    expect(plan.provenance.actuals?.inProgressWaves).toEqual(['wave-0', 'wave-1']);
    expect(plan.provenance.actuals?.dataDate).toBe('2027-06-01');
    const pilot = plan.waves[0]!;
    expect(pilot.start).toBe('2027-03-01');
    // Planned alone it takes two weeks (2027-03-22 to 2027-04-02), long done by 2027-06-01: what is
    // left of it is forecast from the data date itself, at the earliest.
    expect(pilot.end).toBe('2027-06-01');
    expect(pilot.p80End >= '2027-06-01').toBe(true);
  });
});

/**
 * A wave whose recorded cutover falls on the project's first working day (working day 0) is
 * finished like any other (shared/plan/schedule/actuals.ts): the Summary's progress notes count it
 * among the finished waves, not the ones in progress.
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { project } from './numeric-fixtures';

describe('an actual cutover on the start date', () => {
  it('counts the pilot that started and cut over on the start date as finished, not in progress', () => {
    // The fixture starts on Monday 2027-03-01, a working day: the pilot's recorded day is day 0.
    const p = project();
    const plan = planProject({ ...p, actuals: [{ id: 'a-0', wave: 0, start: '2027-03-01', finish: '2027-03-01' }] }, { seed: 3, runs: 100 });
    const pilot = plan.waves[0]!;
    expect(pilot.isPilot).toBe(true);
    expect(plan.provenance.actuals?.finishedWaves).toEqual([pilot.id]);
    expect(plan.provenance.actuals?.inProgressWaves).toEqual([]);
    // History, shown as recorded, with no spread.
    expect([pilot.start, pilot.end, pilot.p80End]).toEqual(['2027-03-01', '2027-03-01', '2027-03-01']);
  });
});

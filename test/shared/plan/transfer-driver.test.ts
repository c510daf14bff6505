/**
 * The data transfer is a driver of the spread only when some wave copies data online
 * (shared/plan/simulate/active-sources.ts): a plan that moves no data lists no transfer driver, and
 * one that copies a database in one of its waves lists it, whatever the other waves hold.
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { project, workload } from './numeric-fixtures';

const pins = [{ id: 'pin-b', workloadId: 'b', wave: 0 }, { id: 'pin-a', workloadId: 'a', wave: 1 }, { id: 'pin-c', workloadId: 'c', wave: 2 }];

describe('the transfer driver', () => {
  it('is not among the drivers of a plan that moves no data', () => {
    // The fixture's three stateless workloads hold no data: nothing is copied, online or not.
    const plan = planProject(project({ pins }), { seed: 3, runs: 200 });
    const ids = plan.simulation.drivers.map((d) => d.id);
    expect(ids).toContain('uncertainty:effort');
    expect(ids).not.toContain('uncertainty:transfer');
  });

  it('is among the drivers when one wave copies a database online and the others copy nothing', () => {
    const db = workload('a', { kind: 'database', size: { instances: 1, dataGb: 5000, dailyChangeGb: 50 } });
    const plan = planProject(project({ pins, workloads: [db, workload('b'), workload('c')] }), { seed: 3, runs: 200 });
    expect(plan.waves.map((w) => w.workloadIds)).toEqual([['b'], ['a'], ['c']]);
    expect(plan.simulation.drivers.map((d) => d.id)).toContain('uncertainty:transfer');
  });
});

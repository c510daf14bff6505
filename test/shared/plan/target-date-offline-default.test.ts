/**
 * The appliance lever of a project that lists no offline threshold of its own (target-date.ts):
 * the lever adds the threshold at one day to the project's assumptions, so the re-plan ships data
 * on appliances, and the Summary shows the lever with the chance that re-plan gives. A project
 * saved before the assumption existed, or one that lists only its overrides, takes this branch.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { leversToReach80 } from '../../../shared/plan/target-date';
import { makeProject, makeWorkload } from './arbitraries';

const SNOWBALL = 'AWS Snowball guidance: when a transfer over the network would take more than a week, ship the data on a device';

describe('the appliance lever when the project lists no offline threshold', () => {
  it('adds the threshold at one day, in days with its source, and shows the chance of that re-plan', () => {
    const bandwidth = { id: 'transfer.bandwidthMbps', value: 500, unit: 'Mbit/s', source: 'measured' };
    const p = makeProject({
      assumptions: [bandwidth],
      workloads: [makeWorkload('db', { kind: 'database', size: { instances: 1, dataGb: 5000, dailyChangeGb: 0 } })],
    });
    const tried: Project['assumptions'][] = [];
    // The planner reads a changed project's threshold the way any plan does: through its assumptions.
    const levers = leversToReach80(p, 0.1, (changed) => {
      tried.push(changed.assumptions);
      return resolveAssumptions(changed).value('transfer.offlineThresholdDays') === 1 ? 0.9 : 0.05;
    });
    const lever = levers.find((l) => l.change.kind === 'transfer');
    expect(lever).toEqual({
      change: {
        kind: 'transfer',
        id: 'transfer:offline',
        title: 'Ship data on appliances whenever a copy over the line would take more than 1 day (now 7 days)',
        code: 'lever.offline',
        params: { days: 1, from: 7 },
      },
      onTimeProbability: 0.9,
    });
    // It reaches 80% and no other lever does, so it leads.
    expect(levers[0]).toBe(lever);
    // The re-planned project keeps the project's own assumptions and adds the threshold after them.
    expect(tried).toContainEqual([bandwidth, { id: 'transfer.offlineThresholdDays', value: 1, unit: 'days', source: SNOWBALL }]);
    expect(p.assumptions).toEqual([bandwidth]);
  });
});

/**
 * How many rehearsals a workload's runbook holds (waves/runbook.ts): the failover drills the
 * schedule dates (`rehearsalDrills`) for mission-critical and zero-downtime cutovers only, two for
 * other high-criticality ones, one for a database, none otherwise. Giving every workload the drills
 * once they are set survived every other plan spec (mutation sample, docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { runbookFor, type RunbookContext } from '../../../shared/plan/waves/runbook';
import { fakeEstimates, makeProject, makeWorkload } from './arbitraries';

const ctx: RunbookContext = { targetProvider: 'aws', targetService: 'Amazon S3', method: '', hardDependants: [], dnsZones: [], dnsTtlLeadDays: 5, hypercareDays: 10 };
const rehearsals = (w: ReturnType<typeof makeWorkload>, drills?: number) => {
  const estimate = fakeEstimates(makeProject({ workloads: [w] }))[w.id]!;
  return runbookFor(w, estimate, { ...ctx, ...(drills === undefined ? {} : { rehearsalDrills: drills }) }).filter((s) => s.phase === 'rehearse').length;
};

describe('runbook rehearsals', () => {
  it.each([
    ['a low-criticality VM', makeWorkload('vm', { criticality: 'low', downtimeTolerance: 'hours' }), 0, 0],
    ['a database', makeWorkload('db', { kind: 'database', criticality: 'low', downtimeTolerance: 'hours' }), 1, 1],
    ['a high-criticality VM', makeWorkload('hi', { criticality: 'high', downtimeTolerance: 'hours' }), 2, 2],
    ['a mission-critical VM', makeWorkload('mc', { criticality: 'mission-critical', downtimeTolerance: 'hours' }), 2, 4],
    ['a zero-downtime VM', makeWorkload('zd', { criticality: 'low', downtimeTolerance: 'zero' }), 0, 4],
  ])('gives %s %i without drills and %i with four drills', (_name, w, without, withDrills) => {
    expect(rehearsals(w)).toBe(without);
    expect(rehearsals(w, 4)).toBe(withDrills);
  });
});

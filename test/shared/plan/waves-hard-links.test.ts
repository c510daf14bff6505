/**
 * The wave builder keeps hard links inside a wave when it can: a group that hard-needs one in the
 * wave being filled joins it before groups that merely come earlier in the order.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { dep, makeProject, makeWorkload, runGraphPhases } from './arbitraries';

/** Two waves' worth of room (two workloads each), no pilot, so the packing alone decides. */
function twoPerWave(over: Partial<Project>): Project {
  const base = makeProject(over);
  const caps: Record<string, number> = { 'phase.wave.maxWorkloads': 2, 'phase.pilot.maxWorkloads': 0 };
  return { ...base, assumptions: base.assumptions.map((a) => (a.id in caps ? { ...a, value: caps[a.id]! } : a)) };
}

const waveOf = (waves: readonly { workloadIds: readonly string[] }[], id: string) => waves.findIndex((w) => w.workloadIds.includes(id));

describe('hard links stay inside a wave when there is room', () => {
  it('puts a service in the wave of the database it calls, ahead of an unrelated database', () => {
    // The provider's batch order puts databases before containers, so next-fit in that order
    // would fill the first wave with both databases and leave app -> db-a running cross-cloud.
    const project = twoPerWave({
      workloads: [makeWorkload('db-a', { kind: 'database' }), makeWorkload('db-b', { kind: 'database' }), makeWorkload('app', { kind: 'container' })],
      dependencies: [dep('app', 'db-a', { kind: 'sync' })],
    });
    const { plan: wavePlan } = runGraphPhases(project);
    expect(waveOf(wavePlan.waves, 'app')).toBe(waveOf(wavePlan.waves, 'db-a'));
    expect(waveOf(wavePlan.waves, 'db-b')).toBeGreaterThan(waveOf(wavePlan.waves, 'db-a'));
  });

  it('does not do it for a soft link: async and data dependants wait their turn in group order', () => {
    const project = twoPerWave({
      workloads: [makeWorkload('db-a', { kind: 'database' }), makeWorkload('db-b', { kind: 'database' }), makeWorkload('app', { kind: 'container' })],
      dependencies: [dep('app', 'db-a', { kind: 'async' })],
    });
    const { plan: wavePlan } = runGraphPhases(project);
    expect(waveOf(wavePlan.waves, 'db-b')).toBe(waveOf(wavePlan.waves, 'db-a'));
    expect(waveOf(wavePlan.waves, 'app')).toBeGreaterThan(waveOf(wavePlan.waves, 'db-a'));
  });
});

/**
 * Every wave's hypercare is a phase of its own on the timeline (shared/plan/schedule/index.ts):
 * named by its wave (`hypercare:<wave id>`), after that wave's cutover, and the source's
 * decommission waits for every hypercare. Each dependency the timeline draws, and each step of the
 * critical path, names a phase it shows; the criticality index lists every hypercare by that id.
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { project } from './numeric-fixtures';

describe('hypercare phases on the timeline', () => {
  it('gives each wave a hypercare phase named by it, which the decommission waits for', () => {
    // Three workloads pinned to a pilot and two waves.
    const p = project({ pins: [{ id: 'pin-a', workloadId: 'a', wave: 0 }, { id: 'pin-b', workloadId: 'b', wave: 1 }, { id: 'pin-c', workloadId: 'c', wave: 2 }] });
    const plan = planProject(p, { seed: 3, runs: 100 });
    const waveIds = plan.waves.map((w) => w.id);
    expect(waveIds).toHaveLength(3);
    const phases = plan.schedule.phases;
    const hypercare = phases.filter((ph) => ph.kind === 'hypercare');
    expect(hypercare.map((ph) => ph.id)).toEqual(waveIds.map((id) => `hypercare:${id}`));
    for (const [i, ph] of hypercare.entries()) {
      expect(ph.waveId).toBe(waveIds[i]);
      expect(ph.dependsOn).toEqual([`wave:${waveIds[i]}`]);
    }
    expect(phases.find((ph) => ph.id === 'decommission')?.dependsOn).toEqual(waveIds.map((id) => `hypercare:${id}`));
    // No arrow on the timeline points at a phase it does not show.
    const shown = new Set(phases.map((ph) => ph.id));
    for (const ph of phases) for (const dep of ph.dependsOn) expect(shown.has(dep), `${ph.id} depends on ${dep}`).toBe(true);
    // The critical path and the criticality index name hypercare by the same ids.
    for (const id of plan.simulation.criticalPath) expect(shown.has(id), `critical path: ${id}`).toBe(true);
    const indexed = plan.simulation.criticality.map((c) => c.id);
    for (const id of waveIds) expect(indexed).toContain(`hypercare:${id}`);
  });
});

/** A cutover held back by a change freeze is reported, with how long it waits, so the date is no surprise. */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan/plan-project';
import { loadSample } from '../../../shared/samples';

describe('freeze-delay risk', () => {
  it('names the wave and the freeze that holds its cutover', () => {
    const plan = planProject(loadSample('online-shop'), { runs: 50 });
    const delays = plan.risks.filter((r) => r.code === 'freeze-delay');
    expect(delays.length).toBeGreaterThan(0);
    for (const r of delays) {
      const wave = plan.waves.find((w) => w.name === r.params.wave)!;
      expect(wave).toBeDefined();
      expect(r.params.freeze).toMatch(/Spring Festival/);
      expect(r.params.cutover).toBe(wave.cutover.start);
      expect(Number(r.params.days)).toBeGreaterThanOrEqual(5);
      expect(r.workloadIds).toEqual(wave.workloadIds.slice(0, 50));
    }
  });

  it('is gone when the freeze is removed', () => {
    const project = loadSample('online-shop');
    const unfrozen = { ...project, calendar: { ...project.calendar, freezeWindows: [] } };
    const plan = planProject(unfrozen, { runs: 50 });
    expect(plan.risks.filter((r) => r.code === 'freeze-delay')).toEqual([]);
  });
});

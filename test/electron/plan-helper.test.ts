/**
 * The Node hosts' two-thread plan (electron/plan-helper): a real worker thread, loading the engine
 * through tsx as the CLI does, simulates the later runs from the host's set-up and replays its share of the drivers' runs
 * with one source switched off alone, and the plan is planProject's to the byte.
 */
import { describe, expect, it } from 'vitest';
import { PlanHelper } from '../../electron/plan-helper';
import { planWithHelper } from '../../shared/plan/plan-parallel';
import { helperAloneRequest, helperSetup, mergeLaterRuns, planEarlierRuns, splitPoint } from '../../shared/plan/plan-parallel';
import { planProject, setUpPlan } from '../../shared/plan/plan-project';
import { loadSample } from '../../shared/samples';

describe('the plan on two threads in Node', () => {
  it('a worker thread simulates the later runs and half the alone replays, and the plan is the one-thread plan', async () => {
    const project = loadSample('ecommerce-iot');
    const helper = new PlanHelper();
    try {
      // The helper is sent the host's set-up (the schedule model, not the project).
      const setup = setUpPlan(project, { seed: 11, runs: 600 });
      const later = await helper.laterRuns(helperSetup(setup)!);
      expect(later?.part).not.toBeNull();
      expect([later!.part!.from, later!.part!.to]).toEqual([splitPoint(setup), 600]);
      // Its share of the drivers' replays with one source switched off alone, from the host's merged runs.
      const merged = mergeLaterRuns(setup, planEarlierRuns(setup), later!.part);
      const share = await helper.aloneShare(later!.of, helperAloneRequest(merged)!);
      expect(share).not.toBeNull();
      expect([...share!.sources]).toEqual(merged.helperSources);
      expect(merged.helperSources.length).toBeGreaterThan(2);
      const plan = await planWithHelper(project, { seed: 11, runs: 600 }, helper);
      expect(JSON.stringify(plan)).toBe(JSON.stringify(planProject(project, { seed: 11, runs: 600 })));
    } finally {
      await helper.close();
    }
  }, 60_000);

  it('a helper that is gone leaves this thread to simulate every run, with the same plan', async () => {
    const project = loadSample('online-shop');
    const helper = new PlanHelper();
    await helper.close();
    (helper as unknown as { failed: boolean }).failed = true;
    expect(await helper.laterRuns(helperSetup(setUpPlan(project, { seed: 2, runs: 300 }))!)).toBeNull();
    const plan = await planWithHelper(project, { seed: 2, runs: 300 }, helper);
    expect(JSON.stringify(plan)).toBe(JSON.stringify(planProject(project, { seed: 2, runs: 300 })));
  });
});

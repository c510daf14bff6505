/**
 * The turns' runs on two threads (plan-parallel.ts): the helper replays the later half of every
 * step's runs and the host the earlier half, `replayHostTurns`, which must hand back exactly runs
 * [0, request.from) of every step. A host that returned nothing still gave the single thread's plan
 * (finishDrivers replays the runs no share holds), but replayed every run itself, the helper's work
 * thrown away: the plan on two threads no faster than on one. Planned inside the `it`.
 * Survivor: plan-parallel.ts:178 (`drivers === undefined` as `drivers !== undefined`).
 */
import { describe, expect, it } from 'vitest';
import { aloneShares, finishMergedPlan, helperAloneRequest, helperSetup, helperTurnsRequest, mergeLaterRuns, planEarlierRuns, planLaterRuns, replayHostAlone, replayHostTurns, replayLaterAlone, replayLaterTurns } from '../../../shared/plan/plan-parallel';
import { planProject, setUpPlan } from '../../../shared/plan/plan-project';
import { loadSample } from '../../../shared/samples';

describe("the host's share of the turns' runs", () => {
  it('is runs [0, from) of every step, and with the helper\'s the plan is the single thread\'s', () => {
    const project = loadSample('online-shop');
    const options = { seed: 3, runs: 400 };
    const setup = setUpPlan(project, options);
    const sent = helperSetup(setup);
    expect(sent).not.toBeNull();
    const helper = planLaterRuns(structuredClone(sent!));
    const merged = mergeLaterRuns(setup, planEarlierRuns(setup), structuredClone(helper.part));
    const request = helperAloneRequest(merged);
    expect(request).not.toBeNull();
    const helperAlone = replayLaterAlone(helper, structuredClone(request!));
    const shares = aloneShares(merged, replayHostAlone(merged), structuredClone(helperAlone.share));
    const turns = helperTurnsRequest(merged, shares);
    expect(turns).not.toBeNull();
    const replaying = turns!.steps.length;
    const host = replayHostTurns(merged, shares, turns);
    expect(host).not.toBeNull();
    expect([host!.from, host!.to]).toEqual([0, turns!.from]);
    expect(host!.ends.length).toBe(replaying * turns!.from);
    const later = structuredClone(replayLaterTurns(helperAlone, structuredClone(turns!)));
    expect([later.from, later.to]).toEqual([turns!.from, turns!.to]);
    expect(JSON.stringify(finishMergedPlan(merged, shares![0]!, shares![1]!, undefined, [host, later]))).toBe(JSON.stringify(planProject(project, options)));
  });
});

/**
 * A helper thread answers replays only for the plan it keeps (shared/plan/plan-parallel.ts
 * `answerHelper`): asked for the alone replays of another plan, or before any plan, it throws
 * rather than replay on the wrong context; asked for the plan it holds, it answers.
 */
import { describe, expect, it } from 'vitest';
import { answerHelper, type HelperState, helperAloneRequest, helperSetup, mergeLaterRuns, planEarlierRuns } from '../../../shared/plan/plan-parallel';
import { setUpPlan } from '../../../shared/plan/plan-project';
import type { RunsPart } from '../../../shared/plan/simulate';
import { project } from './numeric-fixtures';

describe('a helper asked for replays', () => {
  it('throws for a plan it does not hold and answers for the one it does', () => {
    const setup = setUpPlan(project(), { seed: 3, runs: 200 });
    const sent = helperSetup(setup);
    expect(sent).not.toBeNull();
    const state: HelperState = {};
    const part = answerHelper(state, { kind: 'later', id: 7, setup: structuredClone(sent!) }) as RunsPart | null;
    const merged = mergeLaterRuns(setup, planEarlierRuns(setup), part ? structuredClone(part) : null);
    const request = helperAloneRequest(merged);
    expect(request).not.toBeNull();
    // Another plan's replays (this helper keeps plan 7): refused, and nothing forgotten.
    expect(() => answerHelper(state, { kind: 'alone', id: 8, of: 8, request: structuredClone(request!) })).toThrow('the plan of these replays is no longer here');
    expect(state.kept?.of).toBe(7);
    // A helper that holds no plan refuses too.
    expect(() => answerHelper({}, { kind: 'alone', id: 8, of: 7, request: structuredClone(request!) })).toThrow('the plan of these replays is no longer here');
    // Its own plan's: answered.
    expect(answerHelper(state, { kind: 'alone', id: 8, of: 7, request: structuredClone(request!) })).not.toBeNull();
    expect(state.kept?.alone).toBeDefined();
  });
});

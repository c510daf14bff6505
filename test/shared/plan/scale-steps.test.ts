/**
 * The drivers' steps scaled from the replayed runs to all runs (shared/plan/simulate/scale-steps.ts).
 * What the Risks view promises: each driver's days at P80 add up to the contingency, so the scaled
 * steps must add up to the total and keep the replay's shares; where the replay has no spread, or
 * one of the other sign, the total is shared by what each source removes alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleTo } from '../../../shared/plan/simulate/scale-steps';

const scaled = (steps: number[], replayed: number, total: number, alone: number[]) => {
  const out = [...steps];
  scaleTo(out, replayed, total, alone);
  return out;
};

describe('scaleTo', () => {
  it('keeps the replay’s shares and adds up to the total', () => {
    expect(scaled([2, 3, 5], 10, 20, [9, 9, 9])).toEqual([4, 6, 10]);
    const typed = Float64Array.from([1, 3]);
    scaleTo(typed, 4, 2, [0, 0]);
    expect(Array.from(typed)).toEqual([0.5, 1.5]);
    // No contingency at all: nothing to attribute.
    expect(scaled([2, 3], 5, 0, [1, 1])).toEqual([0, 0]);
  });

  it('any steps of the total’s sign add up to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 200 }), (steps, total) => {
        const replayed = steps.reduce((a, b) => a + b, 0);
        fc.pre(replayed > 0);
        const out = scaled(steps, replayed, total, steps);
        expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 9);
        out.forEach((v, k) => expect(v).toBeCloseTo((steps[k]! / replayed) * total, 9));
      }),
      { numRuns: 200, seed: 22 },
    );
  });

  it('without spread in the replay, shares the total by what each source removes alone', () => {
    expect(scaled([0, 0, 0], 0, 8, [1, 3, 0])).toEqual([2, 6, 0]);
  });

  it('with a replay of the other sign, does the same, counting a source that adds days alone as none', () => {
    expect(scaled([-2, -3, 0], -5, 10, [-1, 2, 2])).toEqual([0, 5, 5]);
  });

  it('shares the total equally when no source removes anything alone', () => {
    expect(scaled([0, 0, 0], 0, 9, [0, -1, 0])).toEqual([3, 3, 3]);
  });
});

/**
 * assumptionSensitivity with a delta that is not a finite number (NaN from an empty field, or
 * Infinity): the default ±20% is used, exactly as if no delta had been given.
 */
import { describe, expect, it } from 'vitest';
import { assumptionSensitivity } from '../../../shared/plan/sensitivity';
import { dep, makeProject, makeWorkload } from './arbitraries';

const project = makeProject({
  workloads: [makeWorkload('web'), makeWorkload('db', { kind: 'database', sourceService: 'alibaba.rds', size: { instances: 1, dataGb: 50, dailyChangeGb: 1 } })],
  dependencies: [dep('web', 'db')],
});

describe('a sensitivity delta that is not finite', () => {
  for (const delta of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
    it(`${delta} falls back to the default 0.2, shifts as with no delta`, () => {
      const result = assumptionSensitivity(project, { delta });
      expect(result.delta).toBe(0.2);
      const focus = result.assumptions.find((a) => a.assumptionId === 'team.focusFactor');
      // Default focus 0.7, varied by ±20%: 0.56 and 0.84.
      expect(focus?.lower.value).toBeCloseTo(0.56, 10);
      expect(focus?.higher.value).toBeCloseTo(0.84, 10);
      expect(result).toEqual(assumptionSensitivity(project));
    });
  }
});

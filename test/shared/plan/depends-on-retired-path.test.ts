/**
 * A dependency on a workload that is to be retired (validate.ts): one warning, located at the
 * dependency's `to` (the end that is switched off), with the words, code and params the Issues view shows.
 */
import { describe, expect, it } from 'vitest';
import { findPlanIssues } from '../../../shared/plan/validate';
import { dep, makeProject, makeWorkload } from './arbitraries';

describe('a dependency on a retired workload', () => {
  it('is a warning located at the dependency’s `to`, naming both ends and the kind', () => {
    const project = makeProject({
      workloads: [makeWorkload('web'), makeWorkload('old', { strategy: 'retire' })],
      dependencies: [dep('web', 'old', { kind: 'sync' })],
    });
    expect(findPlanIssues(project)).toEqual([
      {
        id: 'issue:depends-on-retired:web->old',
        severity: 'warning',
        code: 'depends-on-retired',
        params: { dependency: 'web->old', from: 'web', to: 'old', kind: 'sync' },
        message: 'web needs old (sync), but old is to be retired: once it is switched off, web loses it. Replace the dependency or keep old.',
        path: ['dependencies', 0, 'to'],
        workloadIds: ['web', 'old'],
      },
    ]);
  });
});

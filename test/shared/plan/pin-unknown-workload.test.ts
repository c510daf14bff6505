/**
 * A pin naming a workload the project does not have (validate.ts): one error, located at the pin's
 * workload id, in the words `decamp validate` and the CLI's plan summary print, with the code and
 * params the Issues view translates (falling back to those words).
 */
import { describe, expect, it } from 'vitest';
import { findPlanIssues } from '../../../shared/plan/validate';
import { makeProject, makeWorkload } from './arbitraries';

describe('a pin on a workload the project lacks', () => {
  it('is an error saying which pin names which missing workload, and that the planner ignores it', () => {
    const project = makeProject({
      workloads: [makeWorkload('web'), makeWorkload('db')],
      pins: [
        { id: 'pin-web', workloadId: 'web', wave: 1 },
        { id: 'pin-ghost', workloadId: 'ghost', wave: 2 },
      ],
    });
    expect(findPlanIssues(project)).toEqual([
      {
        id: 'issue:unknown-workload:pin-ghost',
        severity: 'error',
        code: 'unknown-workload',
        params: { pin: 'pin-ghost', workload: 'ghost' },
        message: "Pin 'pin-ghost' names workload 'ghost', which does not exist; the planner ignores it.",
        path: ['pins', 1, 'workloadId'],
        workloadIds: [],
      },
    ]);
  });
});

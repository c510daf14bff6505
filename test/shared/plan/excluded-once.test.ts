/**
 * The workloads a plan leaves where they are (shared/plan/waves/index.ts): retained and retired
 * ones, listed once each in `plan.excluded`, even when the project repeats an id (an error the
 * plan's issues report).
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { project, workload } from './numeric-fixtures';

describe('the excluded workloads', () => {
  it('are the retained and retired ones, each once even when an id repeats', () => {
    const p = project({
      workloads: [workload('kept', { strategy: 'retain' }), workload('a'), workload('kept', { strategy: 'retain' }), workload('gone', { strategy: 'retire' }), workload('b')],
    });
    const plan = planProject(p, { seed: 3, runs: 50 });
    expect(plan.excluded).toEqual(['kept', 'gone']);
    expect(plan.waves.flatMap((w) => w.workloadIds).sort()).toEqual(['a', 'b']);
  });
});

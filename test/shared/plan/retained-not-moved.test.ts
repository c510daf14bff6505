/**
 * What is retired or retained does not move, so nothing a move earns or needs applies to it: it
 * is not a step on its team's learning curve (a team's first moved workload is its first, however
 * many kept ones come before it), and it needs no cutover rehearsal however critical it is.
 * A recorded actual with a start that is not a date is ignored rather than planned from.
 */
import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { estimateWorkloads } from '../../../shared/plan/estimate';
import { matchActuals } from '../../../shared/plan/schedule/actuals';
import { needsRehearsal } from '../../../shared/plan/schedule/lead-times';
import type { WaveDraft } from '../../../shared/plan/types';
import { project, workload } from './numeric-fixtures';

const configOnly = () => ({ service: 'X', portability: 'config-only' as const });

describe('retired and retained workloads', () => {
  it('are no step on their team\'s learning curve', () => {
    const ids = ['kept', 'gone', 'a', 'b'];
    const p = project({
      workloads: [workload('kept', { strategy: 'retain' }), workload('gone', { strategy: 'retire' }), workload('a'), workload('b')],
    });
    const e = estimateWorkloads(p, resolveAssumptions(p), configOnly, ids);
    const learning = (id: string) => e[id]!.factors.find((f) => f.assumptionId === 'effort.learningRate');
    // a is the team's first moved workload: it costs what it costs alone.
    const alone = project({ workloads: [workload('a')] });
    expect(e.a!.effort.likely).toBeCloseTo(estimateWorkloads(alone, resolveAssumptions(alone), configOnly, ['a']).a!.effort.likely, 9);
    expect(learning('b')!.name).toBe('learning (workload 2 of team team-a)');
  });

  it('need no cutover rehearsal, however critical', () => {
    for (const strategy of ['retain', 'retire'] as const) {
      expect(needsRehearsal({ criticality: 'mission-critical', downtimeTolerance: 'zero', strategy })).toBe(false);
    }
    expect(needsRehearsal({ criticality: 'mission-critical', downtimeTolerance: 'hours', strategy: 'rehost' })).toBe(true);
  });
});

describe('recorded wave actuals', () => {
  it('ignore one whose start is not a date, and one for a wave the plan does not have', () => {
    const waves = [{ index: 0 }, { index: 1 }] as unknown as WaveDraft[];
    const got = matchActuals([{ wave: 0, start: 'soon' }, { wave: 1, start: '2027-03-01', finish: '2027-03-10' }, { wave: 7, start: '2027-04-01' }] as never, waves);
    expect(got.start).toEqual([undefined, '2027-03-01']);
    expect(got.finish).toEqual([undefined, '2027-03-10']);
  });
});

/**
 * The engineer levers when one more engineer already reaches 80% (target-date.ts): the Summary
 * shows that one engineer and tries no bigger team; "2 more engineers" is offered only when one
 * is not enough.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { leversToReach80 } from '../../../shared/plan/target-date';
import { makeProject, makeWorkload } from './arbitraries';

describe('the engineer levers when one more engineer is enough', () => {
  it('offers that one engineer alone and re-plans no team with two or more extra', () => {
    const p = makeProject({
      teams: [
        { id: 'core', name: 'Core', engineers: 4 },
        { id: 'data', name: 'Data', engineers: 2 },
      ],
      workloads: [makeWorkload('a', { team: 'core' }), makeWorkload('b', { team: 'data' })],
    });
    const extras: string[] = [];
    // One more in Data gives 85%, one more in Core 30%; any larger team would give 95%.
    const chanceOf = (changed: Project) => {
      const core = changed.teams.find((t) => t.id === 'core')!.engineers - 4;
      const data = changed.teams.find((t) => t.id === 'data')!.engineers - 2;
      if (core > 0 || data > 0) extras.push(`core+${core} data+${data}`);
      if (core > 1 || data > 1) return 0.95;
      return data === 1 ? 0.85 : core === 1 ? 0.3 : 0.05;
    };
    const levers = leversToReach80(p, 0.1, chanceOf);
    expect(extras).toEqual(['core+1 data+0', 'core+0 data+1']);
    expect(levers.map((l) => [l.change.id, l.change.title, l.onTimeProbability])).toEqual([
      ['engineer:data', 'One more engineer in Data', 0.85],
      ['engineer:core', 'One more engineer in Core', 0.3],
    ]);
    expect(levers[0]!.change).toMatchObject({ kind: 'engineer', code: 'lever.engineer', params: { team: 'Data', teamId: 'data', engineers: 3 } });
  });
});

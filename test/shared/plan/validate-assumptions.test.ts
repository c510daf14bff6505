import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { findPlanIssues } from '../../../shared/plan/validate';
import { loadSample } from '../../../shared/samples';

function withValue(project: Project, id: string, value: number): Project {
  return { ...project, assumptions: project.assumptions.map((a) => (a.id === id ? { ...a, value } : a)) };
}
const codes = (p: Project) => findPlanIssues(p).filter((i) => i.code.includes('assumption'));

describe('assumption checks', () => {
  const shop = loadSample('online-shop');

  it('finds nothing wrong with the shipped defaults', () => {
    expect(codes(shop)).toEqual([]);
  });

  it('refuses a zero bandwidth at its value, as an error', () => {
    const [issue] = codes(withValue(shop, 'transfer.bandwidthMbps', 0));
    expect(issue).toMatchObject({ severity: 'error', code: 'assumption-out-of-range' });
    const index = shop.assumptions.findIndex((a) => a.id === 'transfer.bandwidthMbps');
    expect(issue!.path).toEqual(['assumptions', index, 'value']);
    expect(issue!.message).toContain('must be more than zero');
  });

  it.each(['transfer.bandwidthMbps', 'transfer.efficiency', 'simulation.runs', 'simulation.exportRuns', 'phase.wave.maxDays', 'phase.wave.maxWorkloads', 'phase.pilot.maxWorkloads'])('refuses %s at zero: the planner divides by it or needs at least one', (id) => {
    expect(codes(withValue(shop, id, 0)).map((i) => [i.severity, i.params.assumption, i.message.endsWith('; it must be more than zero.')])).toEqual([['error', id, true]]);
  });

  it('takes zero for a factor that may be zero', () => {
    expect(codes(withValue(shop, 'effort.size.perDoublingInstances', 0))).toEqual([]);
  });

  it('refuses a share above one and a negative factor', () => {
    expect(codes(withValue(shop, 'transfer.efficiency', 1.4))[0]?.message).toContain('at most 1');
    expect(codes(withValue(shop, 'effort.complexity.3', -1))[0]?.message).toContain('zero or more');
  });

  it('warns of unknown and repeated assumptions, and of the fixed minimums that are gone', () => {
    const project: Project = {
      ...shop,
      assumptions: [
        ...shop.assumptions,
        { id: 'transfer.bandwidthMpbs', value: 100, unit: 'Mbit/s', source: 'typo' },
        { id: 'team.focusFactor', value: 0.5, unit: 'ratio', source: 'again' },
        // A file from before the wave minimums, hypercare and decommission followed what drives them.
        { id: 'phase.wave.minDays', value: 10, unit: 'working days', source: 'older Decamp' },
      ],
    };
    const found = codes(project).map((i) => [i.severity, i.code, i.params.assumption]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['warning', 'unknown-assumption', 'transfer.bandwidthMpbs'],
        ['warning', 'unknown-assumption', 'phase.wave.minDays'],
        ['warning', 'duplicate-assumption', 'team.focusFactor'],
      ]),
    );
    const repeated = codes(project).find((i) => i.code === 'duplicate-assumption');
    // And it does: the second focus factor is the one planned with.
    expect(resolveAssumptions(project).value('team.focusFactor')).toBe(0.5);
    expect(repeated).toMatchObject({ message: "Assumption 'team.focusFactor' is given more than once; the planner uses the last value.", path: ['assumptions', shop.assumptions.length + 1, 'id'] });
  });
});

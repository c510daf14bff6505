import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
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
  });
});

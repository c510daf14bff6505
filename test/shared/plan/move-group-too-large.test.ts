/**
 * A move group over a wave's caps gets a finding naming the fewest dependencies whose loosening
 * would split it (waves/min-cut.ts), but past MAX_SPLIT_MEMBERS (400) workloads that search is
 * skipped, and the finding says the group is too large to search rather than that nothing splits it.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SPLIT_MEMBERS } from '../../../shared/plan/waves/min-cut';
import { dep, makeProject, makeWorkload, runGraphPhases } from './arbitraries';

/** One tight ring of `n` workloads: a single move group of n, bound by its cycle (a cycle's edges count as the cycle, tight or not: group.ts). */
function ring(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `w${String(i).padStart(3, '0')}`);
  return makeProject({
    teams: [{ id: 'core', name: 'Core', engineers: 40 }],
    workloads: ids.map((id) => makeWorkload(id)),
    dependencies: ids.map((id, i) => dep(id, ids[(i + 1) % n]!, { coupling: 'tight' })),
  });
}

describe('a move group too large to search for a split', () => {
  it('says a ring of 401 workloads is too large to search, with no dependencies to loosen', () => {
    expect(MAX_SPLIT_MEMBERS).toBe(400);
    const { plan } = runGraphPhases(ring(401));
    const over = plan.issues.filter((i) => i.code === 'move-group-over-cap');
    expect(over).toHaveLength(1);
    expect(over[0]!.params).toMatchObject({ workloads: 401, loosen: '', names: 'w000, w001, w002 +398' });
    expect(over[0]!.message).toMatch(/^The move group of w000, w001 and 399 others \(401 workloads, bound by a dependency cycle\) is larger than a wave's caps, so .+ holds it alone and over them\. /);
    expect(over[0]!.message).toMatch(/ It is too large \(401 workloads\) to search for a split here\.$/);
    expect(over[0]!.workloadIds).toHaveLength(401);
  });

  it('still searches a ring of 400, the largest searched, and names the two dependencies to loosen', () => {
    // Cutting a ring anywhere takes two of its links. Which two (and so the sizes of the parts) is
    // the search's choice, not pinned here: only that 400 is searched.
    const { plan } = runGraphPhases(ring(400));
    const over = plan.issues.filter((i) => i.code === 'move-group-over-cap');
    expect(over).toHaveLength(1);
    expect(over[0]!.params.workloads).toBe(400);
    expect(String(over[0]!.params.loosen).split(', ')).toHaveLength(2);
    expect(over[0]!.message).toMatch(/ Loosening 2 dependencies \(.+\) would split it into \d+ and \d+ workloads\.$/);
  });
});

/**
 * buildWaves takes the migration order as given, and a move group the order does not list still
 * moves, after the ordered ones (the fallback in waves/index.ts groupsInOrder; survivor
 * waves/index.ts:222 of sample probe-1, the fallback ids mapped to undefined). planProject always
 * passes orderMoveGroups' order, which lists every group, so only a caller of buildWaves with
 * another order meets this; the spec pins the contract the comment there states.
 */
import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { groupWorkloads } from '../../../shared/plan/group';
import { orderMoveGroups } from '../../../shared/plan/order';
import { buildWaves } from '../../../shared/plan/waves';
import { fakeEstimates, makeProject, makeWorkload } from './arbitraries';

describe('a move group the order lacks', () => {
  it('still lands in a wave, and every workload moves once', () => {
    const project = makeProject({ workloads: [makeWorkload('shop'), makeWorkload('blog'), makeWorkload('mail')] });
    const grouping = groupWorkloads(project);
    const full = orderMoveGroups(project, grouping);
    const mailGroup = grouping.groupOf.get('mail')!;
    expect(full.orderedGroupIds).toContain(mailGroup);
    const order = { ...full, orderedGroupIds: full.orderedGroupIds.filter((id) => id !== mailGroup) };
    const plan = buildWaves(project, grouping, order, fakeEstimates(project), resolveAssumptions(project));
    const moved = plan.waves.flatMap((w) => w.workloadIds);
    expect([...moved].sort()).toEqual(['blog', 'mail', 'shop']);
    expect(plan.excluded).toEqual([]);
  });

  it('moves nothing twice when the order already lists every group', () => {
    const project = makeProject({ workloads: [makeWorkload('shop'), makeWorkload('blog'), makeWorkload('mail')] });
    const grouping = groupWorkloads(project);
    const plan = buildWaves(project, grouping, orderMoveGroups(project, grouping), fakeEstimates(project), resolveAssumptions(project));
    expect(plan.waves.flatMap((w) => w.workloadIds).sort()).toEqual(['blog', 'mail', 'shop']);
  });
});

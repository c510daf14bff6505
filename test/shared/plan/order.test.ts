import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupWorkloads } from '../../../shared/plan/group';
import { orderMoveGroups } from '../../../shared/plan/order';
import { dep, makeProject, makeWorkload, projectArb } from './arbitraries';

describe('orderMoveGroups', () => {
  it('moves what others need first, then by the provider batch order, then by id', () => {
    const project = makeProject({
      workloads: [
        makeWorkload('app'),
        makeWorkload('db', { kind: 'database' }),
        makeWorkload('vpc', { kind: 'network' }),
        makeWorkload('ram', { kind: 'security' }),
        makeWorkload('logs', { kind: 'observability' }),
        makeWorkload('bucket', { kind: 'storage' }),
      ],
      dependencies: [dep('app', 'db'), dep('db', 'vpc'), dep('app', 'ram', { kind: 'auth' })],
    });
    const grouping = groupWorkloads(project);
    const { orderedGroupIds, levelByGroup } = orderMoveGroups(project, grouping);
    expect(orderedGroupIds).toEqual(['group:vpc', 'group:ram', 'group:bucket', 'group:db', 'group:app', 'group:logs']);
    expect(levelByGroup).toEqual({ 'group:app': 2, 'group:db': 1, 'group:vpc': 0, 'group:ram': 0, 'group:logs': 0, 'group:bucket': 0 });
  });

  it('respects every binding dependency between groups (and every loose one outside a loop), deterministically', () => {
    fc.assert(
      fc.property(projectArb(), (project) => {
        const grouping = groupWorkloads(project);
        const order = orderMoveGroups(project, grouping);
        expect(order.orderedGroupIds).toHaveLength(grouping.moveGroups.length);
        const position = new Map(order.orderedGroupIds.map((id, i) => [id, i]));
        project.dependencies.forEach((d, i) => {
          const a = grouping.groupOf.get(d.from);
          const b = grouping.groupOf.get(d.to);
          if (a === undefined || b === undefined || a === b) return;
          // A loose link closing a loop between groups is ordered around, never bound (group.ts).
          if (grouping.looseLoopDependencies.has(i)) {
            expect(d.coupling).toBe('loose');
            expect(['async', 'data']).toContain(d.kind);
            return;
          }
          expect(position.get(b)!).toBeLessThan(position.get(a)!);
          expect(order.levelByGroup[a]!).toBeGreaterThan(order.levelByGroup[b]!);
        });
        expect(orderMoveGroups(project, groupWorkloads(structuredClone(project)))).toEqual(order);
      }),
      { numRuns: 200 },
    );
  });
});

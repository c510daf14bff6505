import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupWorkloads, looseLoopIssues } from '../../../shared/plan/group';
import { orderMoveGroups } from '../../../shared/plan/order';
import { dep, makeProject, makeWorkload, projectArb } from './arbitraries';

describe('groupWorkloads', () => {
  it('puts a cycle in one group and explains it', () => {
    const project = makeProject({
      workloads: [makeWorkload('order-svc'), makeWorkload('order-db', { kind: 'database' }), makeWorkload('web')],
      dependencies: [dep('order-db', 'order-svc'), dep('order-svc', 'order-db'), dep('web', 'order-svc')],
    });
    const { moveGroups, groupOf } = groupWorkloads(project);
    expect(moveGroups.map((g) => g.id)).toEqual(['group:order-svc', 'group:web']);
    const cycle = moveGroups[0]!;
    expect(cycle.reason).toBe('cycle');
    expect(cycle.workloadIds).toEqual(['order-svc', 'order-db']);
    expect(cycle.bindingDependencyIds).toEqual(['order-db->order-svc', 'order-svc->order-db']);
    expect(cycle.explanation).toContain('order-svc and order-db depend on each other in a cycle (order-svc → order-db → order-svc)');
    expect(moveGroups[1]!.reason).toBe('single');
    expect(groupOf.get('order-db')).toBe('group:order-svc');
  });

  it('does not bind a loop that closes only through a loose asynchronous or data link, and says so', () => {
    const project = makeProject({
      workloads: [makeWorkload('orders'), makeWorkload('orders-db', { kind: 'database' }), makeWorkload('warehouse', { kind: 'analytics' })],
      // The warehouse reads the orders database nightly; the orders service calls the warehouse's API.
      dependencies: [dep('orders', 'orders-db'), dep('warehouse', 'orders-db', { kind: 'data' }), dep('orders-db', 'warehouse', { kind: 'async' })],
    });
    const grouping = groupWorkloads(project);
    expect(grouping.moveGroups.map((g) => g.workloadIds)).toEqual([['orders'], ['orders-db'], ['warehouse']]);
    expect([...grouping.looseLoopDependencies].map((d) => project.dependencies[d]!.id)).toEqual(['warehouse->orders-db', 'orders-db->warehouse']);
    expect(() => orderMoveGroups(project, grouping)).not.toThrow();
    expect(looseLoopIssues(project, grouping)[0]).toMatchObject({ severity: 'info', code: 'loose-loop', workloadIds: ['warehouse', 'orders-db'] });
    // The same loop through a tight link binds: one group.
    const tight = makeProject({ ...project, dependencies: [dep('warehouse', 'orders-db', { kind: 'data', coupling: 'tight' }), dep('orders-db', 'warehouse', { kind: 'async' })] });
    expect(groupWorkloads(tight).moveGroups.map((g) => g.workloadIds)).toEqual([['orders'], ['orders-db', 'warehouse']]);
  });

  it('merges tight couplings, and whatever sits on a path between tight ends', () => {
    const project = makeProject({
      workloads: ['a', 'b', 'c', 'd'].map((id) => makeWorkload(id)),
      // a -> b -> c, a -> c tight: b must come along. d -> a tight.
      dependencies: [dep('a', 'b'), dep('b', 'c'), dep('a', 'c', { coupling: 'tight' }), dep('d', 'a', { coupling: 'tight', kind: 'auth' })],
    });
    const { moveGroups } = groupWorkloads(project);
    expect(moveGroups).toHaveLength(1);
    expect(moveGroups[0]!.workloadIds).toEqual(['a', 'b', 'c', 'd']);
    expect(moveGroups[0]!.reason).toBe('cycle+tight-coupling');
    expect(moveGroups[0]!.explanation).toContain('a → c (sync) and d → a (auth) are tight couplings');
    expect(moveGroups[0]!.explanation).toContain('sits on a dependency path between tightly coupled workloads');
  });

  it('leaves retired and retained workloads out, and ignores their edges', () => {
    const project = makeProject({
      workloads: [makeWorkload('a'), makeWorkload('old', { strategy: 'retire' }), makeWorkload('keep', { strategy: 'retain' })],
      dependencies: [dep('a', 'keep', { coupling: 'tight' }), dep('keep', 'a'), dep('a', 'old')],
    });
    const { moveGroups, groupOf } = groupWorkloads(project);
    expect(moveGroups.map((g) => g.workloadIds)).toEqual([['a']]);
    expect(groupOf.has('old')).toBe(false);
  });

  it('groups a 100,000-long chain and a 100,000-long cycle without overflowing the stack', () => {
    const n = 100_000;
    const workloads = Array.from({ length: n }, (_, i) => makeWorkload(`w${i}`));
    const chain = makeProject({ workloads, dependencies: Array.from({ length: n - 1 }, (_, i) => dep(`w${i}`, `w${i + 1}`)) });
    const chainGroups = groupWorkloads(chain);
    expect(chainGroups.moveGroups).toHaveLength(n);
    const order = orderMoveGroups(chain, chainGroups);
    expect(order.orderedGroupIds[0]).toBe(`group:w${n - 1}`);
    expect(order.levelByGroup['group:w0']).toBe(n - 1);

    const cycle = makeProject({ workloads, dependencies: Array.from({ length: n }, (_, i) => dep(`w${i}`, `w${(i + 1) % n}`)) });
    const cycleGroups = groupWorkloads(cycle);
    expect(cycleGroups.moveGroups).toHaveLength(1);
    expect(cycleGroups.moveGroups[0]!.workloadIds).toHaveLength(n);
    expect(cycleGroups.moveGroups[0]!.explanation).toMatch(/^w0, w1, w2 and 99997 others depend on each other in a cycle \(w0 → w1 → .* → … → w0\)/);
    expect(orderMoveGroups(cycle, cycleGroups).orderedGroupIds).toEqual(['group:w0']);
  });

  it('puts every movable workload in exactly one group, deterministically', () => {
    fc.assert(
      fc.property(projectArb(), (project) => {
        const grouping = groupWorkloads(project);
        const seen = new Map<string, number>();
        for (const g of grouping.moveGroups) {
          expect(g.id).toBe(`group:${g.workloadIds[0]}`);
          for (const id of g.workloadIds) seen.set(id, (seen.get(id) ?? 0) + 1);
        }
        const movable = project.workloads.filter((w) => w.strategy !== 'retire' && w.strategy !== 'retain');
        expect([...seen.keys()].sort()).toEqual(movable.map((w) => w.id).sort());
        expect([...seen.values()].every((c) => c === 1)).toBe(true);
        for (const g of grouping.moveGroups) expect(g.reason === 'single').toBe(g.workloadIds.length === 1);
        // Tight couplings between movable workloads never cross groups.
        const movableIds = new Set(movable.map((w) => w.id));
        for (const d of project.dependencies) {
          if (d.coupling === 'tight' && movableIds.has(d.from) && movableIds.has(d.to)) expect(grouping.groupOf.get(d.from)).toBe(grouping.groupOf.get(d.to));
        }
        expect(groupWorkloads(structuredClone(project))).toEqual(grouping);
      }),
      { numRuns: 200 },
    );
  });
});

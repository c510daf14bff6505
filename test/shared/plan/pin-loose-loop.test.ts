/**
 * A loose link that closes a loop between move groups is ordered around, never bound (group.ts),
 * and its own "loose-loop" issue explains it. When a pin on either end makes the dependant cut over
 * before what it needs, the pin is still named in a "pin-breaks-order" issue: the loop's own issue
 * says nothing about the pin (pin-issues.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { dep, makeProject, makeWorkload } from './arbitraries';

let loop: Project;

const breaks = (pins: { id: string; workloadId: string; wave: number }[]) =>
  planProject({ ...loop, pins }, { runs: 20 }).issues.filter((i) => i.code === 'pin-breaks-order');

describe('a pin on an end of a loose loop', () => {
  // Built before each test, not when the file is collected: makeProject reads shared/plan's default
  // assumptions, and Stryker's per-test coverage credits collection-time work to no test.
  beforeEach(() => {
    // The warehouse reads the orders database nightly; the database feeds the warehouse's queue.
    loop = makeProject({
      workloads: [makeWorkload('orders', { name: 'Orders' }), makeWorkload('orders-db', { name: 'Orders DB', kind: 'database' }), makeWorkload('warehouse', { name: 'Warehouse', kind: 'analytics' })],
      dependencies: [dep('orders', 'orders-db'), dep('warehouse', 'orders-db', { kind: 'data' }), dep('orders-db', 'warehouse', { kind: 'async' })],
    });
  });

  it('without pins, only the loop is reported, not a broken order', () => {
    const plan = planProject(loop, { runs: 20 });
    expect(plan.issues.map((i) => i.code)).toContain('loose-loop');
    expect(plan.issues.filter((i) => i.code === 'pin-breaks-order')).toEqual([]);
  });

  it('names a pin on the dependant that moves it before what it needs', () => {
    // Only the warehouse is pinned, to the pilot: it needs the database (unpinned), which moves later.
    const issues = breaks([{ id: 'pin-wh', workloadId: 'warehouse', wave: 0 }]);
    const issue = issues.find((i) => i.params.fromId === 'warehouse');
    expect(issue).toMatchObject({ id: 'issue:pin-breaks-order:warehouse->orders-db', params: { from: 'Warehouse', to: 'Orders DB', pin: 'pin-wh' }, path: ['pins', 0, 'wave'] });
  });

  it('names a pin on the dependee that moves it after its dependant', () => {
    // Only the warehouse is pinned, late: the database (unpinned) needs it and moves first.
    const issues = breaks([{ id: 'pin-wh', workloadId: 'warehouse', wave: 3 }]);
    const issue = issues.find((i) => i.params.fromId === 'orders-db');
    expect(issue).toMatchObject({ id: 'issue:pin-breaks-order:orders-db->warehouse', params: { from: 'Orders DB', to: 'Warehouse', pin: 'pin-wh' }, path: ['pins', 0, 'wave'] });
  });
});

import { describe, expect, it } from 'vitest';
import { AUTO_COLLAPSE_WORKLOADS, buildDependencyMap, FOUNDATION_CLUSTER_ID, groupClusterId, STAYING_CLUSTER_ID, waveClusterId } from '../../../shared/layout/dependency-map';
import { layoutHierarchy } from '../../../shared/layout/graph/hierarchy';
import type { LayoutItem } from '../../../shared/layout/graph/types';
import { planProject } from '../../../shared/plan';
import { loadSample } from '../../../shared/samples';
import { largeEstate } from '../../../bench/renderer/estate';

const leaves = (items: readonly LayoutItem[]): string[] => items.flatMap((i) => (i.kind === 'leaf' ? [i.id] : leaves(i.children)));

describe('buildDependencyMap', () => {
  const project = loadSample('ecommerce-iot');
  const plan = planProject(project, { runs: 50 });

  it('has the foundation, one column per wave in plan order, then what stays, and every workload exactly once', () => {
    const map = buildDependencyMap(project, plan, { direction: 'LR', grouping: 'moveGroup' });
    const columns = map.items.map((i) => i.id);
    expect(columns[0]).toBe(FOUNDATION_CLUSTER_ID);
    expect(columns.slice(1, plan.waves.length + 1)).toEqual(plan.waves.map((w) => waveClusterId(w.index)));
    if (plan.excluded.length > 0) expect(columns.at(-1)).toBe(STAYING_CLUSTER_ID);
    const all = leaves(map.items);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(project.workloads.map((w) => w.id).sort());
  });

  it('boxes each move group of several workloads inside its wave, with its reason', () => {
    const map = buildDependencyMap(project, plan, { direction: 'LR', grouping: 'moveGroup' });
    const multi = plan.moveGroups.filter((g) => g.workloadIds.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const g of multi) {
      const info = map.clusters.get(groupClusterId(g.id));
      expect(info).toMatchObject({ kind: 'moveGroup', workloadCount: g.workloadIds.length });
    }
  });

  it('draws each dependency between two cards as itself, edges running from what is needed to what needs it', () => {
    const map = buildDependencyMap(project, plan, { direction: 'LR', grouping: 'none' });
    const dep = project.dependencies[0]!;
    const edge = map.edges.find((e) => e.dependencyId === dep.id);
    expect(edge).toMatchObject({ source: dep.to, target: dep.from, count: 1 });
  });

  it('draws one counted edge per pair of boxes into a collapsed wave', () => {
    const collapsed = { ...Object.fromEntries(plan.waves.map((w) => [waveClusterId(w.index), true])), [FOUNDATION_CLUSTER_ID]: true };
    const map = buildDependencyMap(project, plan, { direction: 'LR', grouping: 'moveGroup', collapsed });
    expect(map.edges.every((e) => e.dependencyId === null)).toBe(true);
    const counted = map.edges.reduce((s, e) => s + e.count, 0);
    const crossWave = project.dependencies.filter((d) => map.boxOf.get(d.from) !== map.boxOf.get(d.to)).length;
    expect(counted).toBe(crossWave);
    expect(new Set(map.edges.map((e) => e.id)).size).toBe(map.edges.length);
  });

  it('filters by team and by wave', () => {
    const team = project.teams[1]!.id;
    const byTeam = buildDependencyMap(project, plan, { direction: 'LR', grouping: 'none', filter: { team } });
    expect(leaves(byTeam.items).every((id) => project.workloads.find((w) => w.id === id)!.team === team)).toBe(true);
    const byWave = buildDependencyMap(project, plan, { direction: 'LR', grouping: 'none', filter: { wave: 1 } });
    expect(byWave.items.map((i) => i.id)).toEqual([waveClusterId(1)]);
    expect(byWave.shownWorkloads).toBe(plan.waves[1]!.workloadIds.length);
  });

  it(`opens collapsed above ${AUTO_COLLAPSE_WORKLOADS} workloads, and the user's choice wins`, () => {
    const big = largeEstate(AUTO_COLLAPSE_WORKLOADS + 100);
    const bigPlan = planProject(big, { runs: 1 });
    const map = buildDependencyMap(big, bigPlan, { direction: 'LR', grouping: 'moveGroup' });
    expect(map.autoCollapsed).toBe(true);
    expect(map.items.every((i) => i.kind === 'cluster' && i.collapsed)).toBe(true);
    const one = waveClusterId(0);
    const opened = buildDependencyMap(big, bigPlan, { direction: 'LR', grouping: 'moveGroup', collapsed: { [one]: false } });
    expect(opened.items.find((i) => i.id === one)).toMatchObject({ collapsed: false });
    const layout = layoutHierarchy(map.items, map.layoutEdges, { direction: 'LR' });
    expect(layout.items).toHaveLength(map.items.length);
  });
});

/**
 * Layout benchmark (`npm run bench layout`): the dependency map's hierarchical layout
 * (shared/layout) on synthetic estates, cold (empty cache) and warm (one edit, one group expanded),
 * expanded and collapsed. Writes the Layout section of docs/performance.md. The frame times while
 * panning the map and scrolling the timeline are measured in Chromium by bench/renderer/index.ts.
 */
import { cpus, loadavg } from 'node:os';
import type { Project } from '../shared/model/schema';
import { buildDependencyMap, type DependencyMapOptions, STAYING_CLUSTER_ID, waveClusterId } from '../shared/layout/dependency-map';
import { LayoutCache, layoutHierarchy } from '../shared/layout/graph/hierarchy';
import { buildTimeline } from '../shared/layout/timeline';
import { planProject } from '../shared/plan/plan-project';
import { everyWorkloadMoves, generateProject, withDependencies } from './generate';
import { writeReportSection } from './report-section';

const LAYOUT_TARGET_MS = 500;

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

/** `n` workloads with `perWorkload` dependencies each (taken evenly through the generated ones). */
function estate(n: number, perWorkload: number): Project {
  return withDependencies(generateProject(n), perWorkload);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(project: Project, label: string, collapsedAll: boolean) {
  const plan = planProject(project, { runs: 1 });
  const options = (collapsed?: Record<string, boolean>): DependencyMapOptions => ({ direction: 'LR', grouping: 'moveGroup', collapsed });
  const allCollapsed = Object.fromEntries([...plan.waves.map((w) => waveClusterId(w.index)), STAYING_CLUSTER_ID].map((id) => [id, collapsedAll]));
  const colds: number[] = [];
  let map = buildDependencyMap(project, plan, options(allCollapsed));
  for (let i = 0; i < 3; i++) {
    const [m, buildMs] = time(() => buildDependencyMap(project, plan, options(allCollapsed)));
    map = m;
    colds.push(buildMs + time(() => layoutHierarchy(m.items, m.layoutEdges, { direction: 'LR' }, new LayoutCache()))[1]);
  }
  const cache = new LayoutCache();
  layoutHierarchy(map.items, map.layoutEdges, { direction: 'LR' }, cache);
  // One more dependency inside the first wave with two workloads.
  const wave = plan.waves.find((w) => w.workloadIds.length >= 2)!;
  const edited: Project = { ...project, dependencies: [...project.dependencies, { id: 'bench-new', from: wave.workloadIds[1]!, to: wave.workloadIds[0]!, kind: 'sync', coupling: 'loose' }] };
  const [editMap, editBuild] = time(() => buildDependencyMap(edited, plan, options(allCollapsed)));
  const [editLayout, editLay] = time(() => layoutHierarchy(editMap.items, editMap.layoutEdges, { direction: 'LR' }, cache));
  const shownNodes = map.items.length;
  return {
    label,
    workloads: project.workloads.length,
    dependencies: project.dependencies.length,
    waves: plan.waves.length,
    boxes: layoutHierarchy(map.items, map.layoutEdges, { direction: 'LR' }, cache).items.length,
    shownNodes,
    coldMs: median(colds),
    editMs: editBuild + editLay,
    editLaidOut: editLayout.laidOut,
    editReused: editLayout.reused,
  };
}

function main() {
  // Warm the JIT on a small estate so the first figure is not charged for compilation.
  measure(estate(200, 2), 'warm-up', false);
  const rows = [
    measure(estate(1_000, 2), '1,000 workloads, all waves expanded', false),
    measure(estate(1_000, 2), '1,000 workloads, waves collapsed', true),
    measure(estate(5_000, 2), '5,000 workloads, waves collapsed (as opened)', true),
    measure(estate(5_000, 2), '5,000 workloads, all waves expanded', false),
  ];
  // Every workload moves, so all 5,000 are workload rows (the generated estate retires or keeps about a quarter).
  const timelineProject = everyWorkloadMoves(estate(5_000, 2));
  const timelinePlan = planProject(timelineProject, { runs: 200 });
  const [timeline, timelineMs] = time(() => buildTimeline(timelineProject, timelinePlan, { scale: 'week', expanded: 'all' }));
  const workloadRows = timeline.rows.filter((r) => r.kind === 'workload').length;
  const table = [
    '| estate | workloads | dependencies | waves | boxes placed | layout from scratch ms (median of 3) | after one edit ms | levels laid out / reused |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.label} | ${r.workloads.toLocaleString('en')} | ${r.dependencies.toLocaleString('en')} | ${r.waves} | ${r.boxes.toLocaleString('en')} | ${r.coldMs.toFixed(0)} | ${r.editMs.toFixed(1)} | ${r.editLaidOut} / ${r.editReused} |`),
  ];
  const target = rows[0]!;
  const verdict = `${target.coldMs.toFixed(0)} ms (target <= ${LAYOUT_TARGET_MS} ms): ${target.coldMs <= LAYOUT_TARGET_MS ? 'met' : 'not met'}`;
  for (const line of table) console.log(line);
  console.log(`1,000 / 2,000 expanded: ${verdict}; timeline geometry for 5,000 expanded: ${timelineMs.toFixed(0)} ms, ${timeline.rows.length} rows (${workloadRows} workload rows)`);
  const when = new Date().toISOString().slice(0, 10);
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}`;
  writeReportSection(
    'layout',
    [
      '## Dependency map and timeline layout',
      '',
      `Measured by \`npm run bench layout\` (bench/layout.ts) on ${when}, Node ${process.version}, ${machine}. Other processes share the cores, so single runs vary.`,
      'Estates from bench/generate.ts thinned to about two dependencies per workload; "from scratch" is `buildDependencyMap` + `layoutHierarchy` with an empty',
      'cache (what the layout worker does when a file opens); "after one edit" adds a dependency inside one wave and lays out again with the warm cache.',
      '',
      `- Target: 1,000 workloads / 2,000 dependencies, every wave expanded, laid out in ${verdict}.`,
      `- Timeline geometry (\`buildTimeline\`, every wave expanded to its workloads, week scale) for 5,000 workloads that all move: ${timelineMs.toFixed(0)} ms for ${timeline.rows.length.toLocaleString('en')} rows (${workloadRows.toLocaleString('en')} of them workloads).`,
      '',
      ...table,
      '',
      'Why it is fast enough: dagre runs once per wave (and per move group) over the edges inside it, never over the whole estate; boxes with no edge',
      'at their level go into a grid and a lone pair is placed by hand, so dagre sees only real components; waves are columns in plan order (no dagre at',
      'the top); each level is cached by a hash of its subgraph, so an edit lays out one wave and the column row.',
      '',
    ].join('\n'),
  );
}

main();

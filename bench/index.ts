/**
 * The planning engine's benchmark (`npm run bench`). Each estate size runs in a fresh child
 * process so its peak memory (maxRSS) is its own. Prints a table and writes docs/performance.md.
 *
 * Targets: 5,000 workloads with 2,000 runs in <= 1 s for the whole planProject; 50,000 workloads
 * with 1,000 runs in <= 10 s.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { groupWorkloads } from '../shared/plan/group';
import { orderMoveGroups } from '../shared/plan/order';
import { planDeterministic, planProject } from '../shared/plan/plan-project';
import { generateEdges, generateProject } from './generate';
import { writeReportSection } from './report-section';
import { graphlibChainLimit, graphlibSccTopo, oursSccTopo, survives } from './graph';

const SIZES = [1_000, 5_000, 20_000, 50_000];
const RUNS = 2_000;
const self = fileURLToPath(import.meta.url);

interface SizeResult {
  workloads: number;
  dependencies: number;
  waves: number;
  deterministicMs: number;
  deterministicWallMs: number;
  total2000Ms: number;
  total2000WallMs: number;
  mc2000Ms: number;
  total1000Ms: number | null;
  total1000WallMs: number | null;
  groupOrderMs: number;
  oursGraphMs: number;
  graphlibGraphMs: number;
  maxRssMb: number;
  heapUsedMb: number;
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

/** Median of `k` timings. */
function median(k: number, f: () => unknown): number {
  const xs = Array.from({ length: k }, () => time(f)[1]).sort((a, b) => a - b);
  return xs[Math.floor(k / 2)]!;
}

/** CPU milliseconds of this process (user + system): robust to other processes sharing the cores. */
function cpu<T>(f: () => T): [T, number] {
  const c = process.cpuUsage();
  const v = f();
  const d = process.cpuUsage(c);
  return [v, (d.user + d.system) / 1000];
}

/** Best of `k` CPU timings: the load of other processes only ever adds. */
function bestCpu(k: number, f: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < k; i++) best = Math.min(best, cpu(f)[1]);
  return best;
}

function measureSize(n: number): SizeResult {
  const project = generateProject(n);
  // Warm the JIT on a smaller estate so the first size is not charged for compilation.
  planProject(generateProject(500, 99), { runs: 50 });
  // One untimed pass on this estate too: the first call at a new size pays for compiling its paths.
  const plan = planProject(project, { runs: 1 });
  const repeats = n >= 20_000 ? 1 : 3;
  const deterministicMs = bestCpu(repeats, () => planDeterministic(project));
  const deterministicWallMs = median(repeats, () => planDeterministic(project));
  const total2000Ms = bestCpu(repeats, () => planProject(project, { runs: RUNS }));
  const total2000WallMs = time(() => planProject(project, { runs: RUNS }))[1];
  const total1000Ms = n >= 50_000 ? bestCpu(1, () => planProject(project, { runs: 1000 })) : null;
  const total1000WallMs = n >= 50_000 ? time(() => planProject(project, { runs: 1000 }))[1] : null;
  const groupOrderMs = median(repeats, () => orderMoveGroups(project, groupWorkloads(project)));
  const edges = generateEdges(n);
  oursSccTopo(n, edges);
  graphlibSccTopo(n, edges);
  const oursGraphMs = median(5, () => oursSccTopo(n, edges));
  const graphlibGraphMs = median(n >= 20_000 ? 1 : 3, () => graphlibSccTopo(n, edges));
  return {
    workloads: n,
    dependencies: project.dependencies.length,
    waves: plan.waves.length,
    deterministicMs,
    deterministicWallMs,
    total2000Ms,
    total2000WallMs,
    mc2000Ms: Math.max(0, total2000Ms - deterministicMs),
    total1000Ms,
    total1000WallMs,
    groupOrderMs,
    oursGraphMs,
    graphlibGraphMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
  };
}

function measureChains() {
  const ours = [1_000, 10_000, 100_000, 1_000_000].map((n) => ({ n, ok: survives(oursSccTopo, n) }));
  return { ours, graphlib: graphlibChainLimit() };
}

function child(args: string[]): unknown {
  const r = spawnSync(process.execPath, [...process.execArgv, self, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench child ${args.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

const fmt = (ms: number | null) => (ms === null ? '-' : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

function main(): void {
  const arg = process.argv.indexOf('--size');
  if (arg >= 0) {
    console.log(JSON.stringify(measureSize(Number(process.argv[arg + 1]))));
    return;
  }
  if (process.argv.includes('--chains')) {
    console.log(JSON.stringify(measureChains()));
    return;
  }
  const results: SizeResult[] = [];
  for (const n of SIZES) {
    process.stderr.write(`measuring ${n} workloads...\n`);
    results.push(child(['--size', String(n)]) as SizeResult);
  }
  process.stderr.write('probing chains...\n');
  const chains = child(['--chains']) as ReturnType<typeof measureChains>;

  const header = '| workloads | dependencies | waves | deterministic phases ms CPU (wall) | planProject 2,000 runs ms CPU (wall) | of which Monte Carlo ms CPU | planProject 1,000 runs ms CPU (wall) | group+order ms | ours SCC+topo ms | graphlib tarjan+topsort ms | graphlib / ours | max RSS MB | heap used MB |';
  const rule = '|' + '---|'.repeat(13);
  const rows = results.map(
    (r) =>
      `| ${r.workloads.toLocaleString('en')} | ${r.dependencies.toLocaleString('en')} | ${r.waves} | ${fmt(r.deterministicMs)} (${fmt(r.deterministicWallMs)}) | ${fmt(r.total2000Ms)} (${fmt(r.total2000WallMs)}) | ${fmt(r.mc2000Ms)} | ${r.total1000Ms === null ? '-' : `${fmt(r.total1000Ms)} (${fmt(r.total1000WallMs)})`} | ${fmt(r.groupOrderMs)} | ${fmt(r.oursGraphMs)} | ${fmt(r.graphlibGraphMs)} | ${(r.graphlibGraphMs / r.oursGraphMs).toFixed(1)}x | ${r.maxRssMb.toFixed(0)} | ${r.heapUsedMb.toFixed(0)} |`,
  );
  const chainLine = `Longest dependency chain without a stack overflow: ours ${chains.ours.map((c) => `${c.n.toLocaleString('en')} ${c.ok ? 'ok' : 'FAILED'}`).join(', ')}; graphlib handled ${chains.graphlib.handled.toLocaleString('en')}${chains.graphlib.failedAt ? ` and overflowed at ${chains.graphlib.failedAt.toLocaleString('en')}` : ' (no overflow up to the cap)'}.`;
  const table = [header, rule, ...rows].join('\n');
  console.log(table);
  console.log(chainLine);

  const five = results.find((r) => r.workloads === 5_000);
  const fifty = results.find((r) => r.workloads === 50_000);
  const verdict = [
    five ? `- 5,000 workloads, 2,000 runs: ${fmt(five.total2000Ms)} ms (target <= 1,000 ms): ${five.total2000Ms <= 1000 ? 'met' : 'MISSED'}.` : '',
    fifty && fifty.total1000Ms !== null ? `- 50,000 workloads, 1,000 runs: ${fmt(fifty.total1000Ms)} ms (target <= 10,000 ms): ${fifty.total1000Ms <= 10_000 ? 'met' : 'MISSED'}.` : '',
  ].join('\n');
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}, load average ${os.loadavg()[0]!.toFixed(1)} when it finished (other processes share the cores, so single runs vary by up to 2x)`;
  writeReportSection('engine', performanceDoc(date, machine, table, chainLine, verdict));
  console.log(`\n${verdict}\nwrote the engine section of docs/performance.md`);
}

function performanceDoc(date: string, machine: string, table: string, chainLine: string, verdict: string): string {
  return `## Planning engine

Measured by \`npm run bench\` (bench/index.ts) on ${date}, on ${machine}.
Each size runs in a fresh child process; "max RSS" is that process's peak resident memory.

### What is measured
- Synthetic estates (bench/generate.ts, seeded): about four dependencies per workload, mostly on
  recent workloads, 1% back edges closing cycles, 1% tight couplings, one team of 8 per 250 workloads.
- "deterministic phases": \`planProject\` with one Monte Carlo run, after one untimed warm-up call (validate, group, order, estimate,
  waves, schedule, cross-cloud links, risks, cost, provenance).
- "planProject 2,000 runs": the whole engine as the app calls it; "of which Monte Carlo" is
  \`simulateProgram\` timed alone on the same schedule model. The 50,000 row also runs 1,000 runs, the target for very large estates.
- "ours SCC+topo" vs "graphlib tarjan+topsort": the same edge lists; ours is CSR adjacency +
  iterative Tarjan + Kahn on the condensation (shared/plan/graph); graphlib's \`alg.topsort\` needs a
  DAG, so it runs on the condensation built from its own \`alg.tarjan\` result. "group+order" is the
  engine's full phases 2-3 on the project (SCC, tight-coupling union-find, ordering with tie-breaks).

### Targets
${verdict}

### Results
${table}

${chainLine}

### Why it is fast
- The Monte Carlo draws every workload's effort from its PERT-beta by table lookup (one uniform,
  one interpolation; shared/plan/pert.ts), sums them per wave in typed arrays, and re-schedules with
  the same numeric model as the deterministic plan (shared/plan/schedule-model.ts): O(workloads +
  waves) per run with no allocation. Percentiles come from counting sorts over working-day numbers.
- Dates are working-day numbers until the end; a precomputed calendar index maps them to ISO dates
  and moves cutovers out of freeze windows in O(1).
- Graph work is iterative (no recursion), so chain length is bounded by memory, not the call stack.
`;
}

main();

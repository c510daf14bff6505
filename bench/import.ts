/**
 * The import benchmark (`npm run bench import`): a 5,000-row CSV inventory with 20,000 dependencies
 * (targets: <= 1 s), and a 50 MB Terraform state (<= 5 s), each read, mapped and merged into a new
 * project, the way the CLI and the Import dialog do it. Median of five runs after a warm-up, in wall
 * time (what a user waits; the target) and in CPU time (the work itself, which other processes on
 * a loaded machine do not inflate the way they inflate the wall clock).
 */
import { cpus, loadavg } from 'node:os';
import { importFiles, mergeFragment, newProjectForImport } from '../shared/import';
import { inventoryCsv, terraformState } from './import-inputs';
import { writeReportSection } from './report-section';

const encoder = new TextEncoder();

async function measure(name: string, bytes: Uint8Array, runs = 5): Promise<{ ms: number; cpuMs: number; workloads: number; dependencies: number }> {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let workloads = 0;
  let dependencies = 0;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const outcome = await importFiles([{ name, bytes }], { sourceProvider: 'alibaba' });
    const { project } = mergeFragment(newProjectForImport({ name: 'bench', startDate: '2027-01-04', sourceProvider: 'alibaba' }), outcome.fragment);
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    if (!outcome.ok) throw new Error(`${name}: ${outcome.report.messages.find((m) => m.severity === 'error')?.message}`);
    workloads = project.workloads.length;
    dependencies = project.dependencies.length;
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  return { ms: median(times), cpuMs: median(cpuTimes), workloads, dependencies };
}

const csv = encoder.encode(inventoryCsv(5_000, 4));
const state = encoder.encode(terraformState(50));
// Warm the JIT on small inputs so the first measurement is not charged for compilation.
await measure('warm.csv', encoder.encode(inventoryCsv(200, 4)), 1);
await measure('warm.tfstate', encoder.encode(terraformState(1)), 1);

const csvResult = await measure('inventory.csv', csv);
const stateResult = await measure('terraform.tfstate', state);
const rows = [
  '| input | size | workloads | dependencies | median ms | median CPU ms | target ms |',
  '|---|---|---|---|---|---|---|',
  `| CSV inventory, 5,000 rows | ${(csv.byteLength / 1024 / 1024).toFixed(1)} MB | ${csvResult.workloads.toLocaleString('en')} | ${csvResult.dependencies.toLocaleString('en')} | ${csvResult.ms.toFixed(0)} | ${csvResult.cpuMs.toFixed(0)} | <= 1,000 |`,
  `| Terraform state | ${(state.byteLength / 1024 / 1024).toFixed(1)} MB | ${stateResult.workloads.toLocaleString('en')} | ${stateResult.dependencies.toLocaleString('en')} | ${stateResult.ms.toFixed(0)} | ${stateResult.cpuMs.toFixed(0)} | <= 5,000 |`,
];
console.log(rows.join('\n'));
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}`;
const loaded = (loadavg()[0] ?? 0) > cpus().length;
writeReportSection(
  'import',
  [
    '## Import',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine} (\`npm run bench import\`): read, map and merge into a new project, median of five runs after a warm-up. CPU time counts every thread of the process (the garbage collector's helpers too); under load the wall time grows with the wait for a core, the CPU time far less.${loaded ? ' The machine was loaded while this ran, so the wall times here are mostly waiting: read the CPU times, and a run on a quiet machine for the wall times.' : ''}`,
    '',
    ...rows,
  ].join('\n'),
);
if (csvResult.ms > 1_000 || stateResult.ms > 5_000) {
  console.error('import benchmark: over target');
  process.exitCode = 1;
}

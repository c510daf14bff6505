/**
 * The sensitivity benchmark (`npx tsx bench/sensitivity.ts [sizes...]`): `assumptionSensitivity`
 * on the synthetic estates, next to one `planProject` with 2,000 runs, so the cost of "what moves
 * the date most" reads as a multiple of a plan. The app computes it in the plan worker after the
 * plan is posted and skips it above 5,000 workloads; this says whether that limit is right.
 */
import { planProject } from '../shared/plan/plan-project';
import { assumptionSensitivity, startSensitivity } from '../shared/plan/sensitivity';
import { cpus, loadavg } from 'node:os';
import { generateProject } from './generate';
import { writeReportSection } from './report-section';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

// Warm the JIT on a small estate so the first size is not charged for compilation.
assumptionSensitivity(generateProject(300, 99));

const rows = ['| workloads | candidates | re-plans | sensitivity ms | per re-plan ms | longest re-plan ms | planProject 2,000 runs ms |', '|---|---|---|---|---|---|---|'];
for (const n of sizes.length > 0 ? sizes : [1_000, 5_000]) {
  const project = generateProject(n);
  const [run, setupMs] = time(() => startSensitivity(project));
  let longest = 0;
  let stepsMs = 0;
  for (let done = false; !done; ) {
    const [finished, ms] = time(() => run.step());
    done = finished;
    longest = Math.max(longest, ms);
    stepsMs += ms;
  }
  const result = run.result();
  const planMs = time(() => planProject(project, { runs: 2_000 }))[1];
  const total = setupMs + stepsMs;
  rows.push(
    `| ${n.toLocaleString('en')} | ${result.assumptions.length} | ${run.total} | ${total.toFixed(0)} | ${(stepsMs / Math.max(1, run.total)).toFixed(1)} | ${longest.toFixed(0)} | ${planMs.toFixed(0)} |`,
  );
}

console.log(rows.join('\n'));
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}`;
writeReportSection(
  'sensitivity',
  [
    '## Sensitivity',
    '',
    `Measured by \`npx tsx bench/sensitivity.ts\` on ${new Date().toISOString().slice(0, 10)}, ${machine}.`,
    '`assumptionSensitivity` (shared/plan/sensitivity.ts) re-plans the deterministic schedule twice per',
    'candidate assumption (-20% and +20%) without the Monte Carlo. Grouping and ordering are computed once;',
    'a variant re-estimates only when the estimate read the varied assumption, and rebuilds waves only',
    'when the estimate changed or the wave builder read it (the reads are recorded on the base run).',
    '',
    ...rows,
  ].join('\n'),
);

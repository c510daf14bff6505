/**
 * The sensitivity benchmark (`npx tsx bench/sensitivity.ts [sizes...]`): `assumptionSensitivity`
 * on the synthetic estates, next to one `planProject` with 2,000 runs, so the cost of "what moves
 * the date most" reads as a multiple of a plan. The app computes it in the plan worker after the
 * plan is posted and skips it above 5,000 workloads; this says whether that limit is right.
 */
import { planProject } from '../shared/plan/plan-project';
import { assumptionSensitivity, startSensitivity } from '../shared/plan/sensitivity';
import { generateProject } from './generate';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

// Warm the JIT on a small estate so the first size is not charged for compilation.
assumptionSensitivity(generateProject(300, 99));

console.log('| workloads | candidates | re-plans | sensitivity ms | per re-plan ms | longest re-plan ms | planProject 2,000 runs ms |');
console.log('|---|---|---|---|---|---|---|');
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
  console.log(
    `| ${n.toLocaleString('en')} | ${result.assumptions.length} | ${run.total} | ${total.toFixed(0)} | ${(stepsMs / Math.max(1, run.total)).toFixed(1)} | ${longest.toFixed(0)} | ${planMs.toFixed(0)} |`,
  );
}

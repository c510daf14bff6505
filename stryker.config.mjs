// @ts-check
import { readFileSync } from 'node:fs';

/**
 * Mutation testing (docs/testing.md): `npm run mutation [FOLDER...]` runs this once per folder
 * through scripts/mutation.mjs, which sets DECAMP_MUTATE to the folder. Incremental: a rerun tests
 * only the mutants whose code or covering tests changed since the last run of that folder.
 * The incremental file is tracked (test/mutation/), not in the ignored reports/: a run takes hours
 * on this project, and a result kept only on the machine that measured it is lost with it.
 * A sampled run (`--sample N`, scripts/mutation-sample.mjs) has DECAMP_MUTATION_SAMPLE: the file
 * listing the sampled mutants, whose ranges it mutates, and whose name suffix (`.sample-200`) keeps
 * its incremental file and report apart from the full run's.
 */
const folder = process.env.DECAMP_MUTATE ?? 'shared/plan'; // a folder, or one .ts file
const sample = process.env.DECAMP_MUTATION_SAMPLE ? JSON.parse(readFileSync(process.env.DECAMP_MUTATION_SAMPLE, 'utf8')) : undefined;
const name = folder.replace(/\//g, '-') + (sample ? `.${sample.label}` : '');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner', ...(sample ? ['./scripts/mutation-sample-ignorer.mjs'] : [])],
  ...(sample ? { ignorers: ['decamp-sample'] } : {}),
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: sample ? sample.ranges : folder.endsWith('.ts') ? [folder] : [`${folder}/**/*.ts`],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `test/mutation/${name}.incremental.json`,
  reporters: ['json', 'html', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Two cores are shared by everyone working on this machine: one mutant at a time unless asked.
  concurrency: Number(process.env.DECAMP_MUTATION_CONCURRENCY ?? 1),
  timeoutMS: 20_000,
  // The first run of every related spec, with coverage per test, on a loaded machine.
  dryRunTimeoutMinutes: 40,
  timeoutFactor: 2,
  // test/mutation: the incremental files, read by Stryker from here, never by a spec in the sandbox.
  ignorePatterns: ['test/mutation', 'out', 'dist', 'dist-web', 'release', 'test-results', 'reports', 'coverage', 'docs/images'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 80, low: 70, break: null },
};

// @ts-check
/**
 * Mutation testing (docs/testing.md): `npm run mutation [FOLDER...]` runs this once per folder
 * through scripts/mutation.mjs, which sets DECAMP_MUTATE to the folder. Incremental: a rerun tests
 * only the mutants whose code or covering tests changed since the last run of that folder.
 * The incremental file is tracked (test/mutation/), not in the ignored reports/: a run takes hours
 * on this project, and a result kept only on the machine that measured it is lost with it.
 */
const folder = process.env.DECAMP_MUTATE ?? 'shared/plan'; // a folder, or one .ts file
const name = folder.replace(/\//g, '-');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: folder.endsWith('.ts') ? [folder] : [`${folder}/**/*.ts`],
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

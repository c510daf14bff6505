import { defineConfig } from 'vitest/config';

/**
 * The specs Stryker runs against each mutant (`npm run mutation`, docs/testing.md): the mutated
 * folder's own specs, test/<folder>/ (electron/services: the specs at the top of test/electron/).
 * A mutant only another folder's specs would catch counts as survived, so a score says how well a
 * folder's own tests guard it; and the dry run stays minutes, not the whole node suite
 * instrumented (over ten minutes, and it failed twice under load).
 * Left out: the crash test and the large-file test, whose savers and openers are child processes
 * that never see the active mutant (and whose memory bounds do not hold for instrumented code).
 */
const mutated = process.env.DECAMP_MUTATE ?? 'shared/plan'; // a folder or a file, as stryker.config.mjs
const folder = mutated.split('/').slice(0, 2).join('/');
const own = folder === 'electron/services' ? ['test/electron/*.test.ts'] : [`test/${folder}/**/*.test.ts`];

export default defineConfig({
  test: {
    environment: 'node',
    include: own,
    exclude: [
      'test/electron/atomic-save-crash.test.ts',
      'test/electron/large-file-open.test.ts',
      // Never-crash fuzzing (2,000 inputs per importer; 1,000-workload generated projects): 40 s and 8 s
      // plain, past their own 240 s limits once instrumented, and they assert only that nothing throws,
      // which the specs that check the answers assert too.
      'test/shared/import/fuzz.test.ts',
      'test/shared/plan/robustness.test.ts',
      '**/node_modules/**',
    ],
    // Instrumented code with coverage per test runs tens of times slower in the dry run: the
    // corrupted-file property (2.5 s plain) passed 60 s there and failed the whole run.
    testTimeout: 600_000,
  },
});

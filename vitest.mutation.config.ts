import { defineConfig } from 'vitest/config';

/**
 * The specs Stryker runs against each mutant (`npm run mutation`, docs/testing.md): the node specs
 * of shared/ and electron/, as one project (the Stryker vitest runner finds the specs related to a
 * mutated file through the module graph). Left out: the crash test and the large-file test, whose
 * savers and openers are child processes that never see the active mutant (and whose memory
 * bounds do not hold for instrumented code), and the tooling specs, which test no mutated code.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts'],
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

#!/usr/bin/env node
// The last line of .ci/run: "N passed, N failed, N skipped" from vitest's JSON report.
// usage: node scripts/ci-summary.mjs <vitest.json> <failed gates> <vitest exit code>
// Counted as failures, so nothing passes unseen:
// - a test file that failed to load (it has no failed test of its own);
// - vitest exiting non-zero with every test passed (an unhandled error, say);
// - under CI, a browser test (test/e2e/) that was skipped: CI installs Chromium, so a skipped journey
//   means the browser tests did not run at all, which must not read as green.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The counts for a parsed vitest JSON report. */
export function summarize(report, { failedGates = 0, vitestExit = 0, ci = false } = {}) {
  const files = report.testResults ?? [];
  const brokenFiles = files.filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  const skippedBrowser = ci
    ? files
        .filter((f) => /[\\/]test[\\/]e2e[\\/]/.test(f.name ?? ''))
        .flatMap((f) => f.assertionResults ?? [])
        .filter((t) => t.status === 'pending' || t.status === 'skipped' || t.status === 'todo').length
    : 0;
  const counted = report.numFailedTests + brokenFiles + skippedBrowser;
  const runnerFailed = vitestExit !== 0 && counted === 0 ? 1 : 0;
  return {
    passed: report.numPassedTests,
    failed: counted + runnerFailed + failedGates,
    skipped: report.numPendingTests - skippedBrowser,
    skippedBrowser,
  };
}

const isCi = (value) => value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, gates, exit] = process.argv.slice(2);
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    report = { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0, testResults: [] };
  }
  const s = summarize(report, { failedGates: Number(gates ?? 0), vitestExit: Number(exit ?? 0), ci: isCi(process.env.CI) });
  if (s.skippedBrowser > 0) process.stderr.write(`${s.skippedBrowser} browser test(s) were skipped under CI: counted as failed.\n`);
  process.stdout.write(`${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
  process.exitCode = s.failed > 0 ? 1 : 0;
}

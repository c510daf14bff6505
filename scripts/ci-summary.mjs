#!/usr/bin/env node
// The last line of .ci/run: "N passed, N failed, N skipped" from vitest's JSON report.
// usage: node scripts/ci-summary.mjs <vitest.json> <failed gates> <vitest exit code>
// Counted as failures, so nothing passes unseen:
// - a test file that failed to load (it has no failed test of its own);
// - vitest exiting non-zero with every test passed (an unhandled error, say);
// - under CI, any skipped test: CI has everything a test can skip for (Chromium for test/e2e/,
//   LibreOffice and poppler for the export read-backs, ../shared/fixtures/real for the real-file
//   tests), so a skip there means a check did not run, which must not read as green. The browser
//   skips are counted apart, since without them no journey ran at all.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const isSkip = (t) => t.status === 'pending' || t.status === 'skipped' || t.status === 'todo';
const isBrowserSpec = (f) => /[\\/]test[\\/]e2e[\\/]/.test(f.name ?? '');

/** The counts for a parsed vitest JSON report. */
export function summarize(report, { failedGates = 0, vitestExit = 0, ci = false } = {}) {
  const files = report.testResults ?? [];
  const brokenFiles = files.filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  const skippedIn = (pick) => files.filter(pick).flatMap((f) => f.assertionResults ?? []).filter(isSkip).length;
  const skippedBrowser = ci ? skippedIn(isBrowserSpec) : 0;
  const skippedUnderCi = ci ? skippedIn(() => true) : 0;
  const counted = report.numFailedTests + brokenFiles + skippedUnderCi;
  const runnerFailed = vitestExit !== 0 && counted === 0 ? 1 : 0;
  return {
    passed: report.numPassedTests,
    failed: counted + runnerFailed + failedGates,
    skipped: report.numPendingTests - skippedUnderCi,
    skippedBrowser,
    skippedUnderCi,
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
  if (s.skippedUnderCi > s.skippedBrowser) {
    const other = (report.testResults ?? [])
      .filter((f) => !isBrowserSpec(f))
      .flatMap((f) => (f.assertionResults ?? []).filter(isSkip).map((t) => `  ${f.name}: ${t.title}`));
    process.stderr.write(`${other.length} other test(s) were skipped under CI (is ../shared/fixtures/real there? are LibreOffice and poppler installed?): counted as failed.\n${other.join('\n')}\n`);
  }
  process.stdout.write(`${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
  process.exitCode = s.failed > 0 ? 1 : 0;
}

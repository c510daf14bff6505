/**
 * .ci/run's last line comes from scripts/ci-summary.mjs. Under CI any skipped test is a failure (CI
 * installs Chromium and the document readers and has ../shared/fixtures/real, so a skip means a check
 * never ran); elsewhere it is a skip.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, typed by the test's use of it
import { summarize } from '../../scripts/ci-summary.mjs';

const report = (e2eStatus: string) => ({
  numPassedTests: 10,
  numFailedTests: 0,
  numPendingTests: e2eStatus === 'passed' ? 1 : 3,
  testResults: [
    { name: '/repo/test/shared/model/load.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'skipped' }] },
    { name: '/repo/test/e2e/journeys.test.ts', status: 'passed', assertionResults: [{ status: e2eStatus }, { status: e2eStatus }] },
  ],
});

describe('ci summary', () => {
  it('under CI counts skipped browser tests as failed', () => {
    expect(summarize(report('skipped'), { ci: true })).toMatchObject({ failed: 3, skipped: 0, skippedBrowser: 2, skippedUnderCi: 3 });
  });

  it('under CI counts any other skip as failed too (a real-file test whose ../shared/fixtures is missing)', () => {
    expect(summarize(report('passed'), { ci: true })).toMatchObject({ passed: 10, failed: 1, skipped: 0, skippedBrowser: 0, skippedUnderCi: 1 });
  });

  it('outside CI they are skips', () => {
    expect(summarize(report('skipped'), { ci: false })).toMatchObject({ failed: 0, skipped: 3 });
  });

  it('counts a file that failed to load, a runner that failed with every test green, and failed gates', () => {
    const broken = { numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, testResults: [{ name: '/repo/test/x.test.ts', status: 'failed', assertionResults: [] }] };
    expect(summarize(broken, {}).failed).toBe(1);
    expect(summarize({ numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, testResults: [] }, { vitestExit: 1 }).failed).toBe(1);
    expect(summarize({ numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, testResults: [] }, { failedGates: 2 }).failed).toBe(2);
  });

  it('is what .ci/run uses, and .ci/run installs Chromium and the CJK fonts', async () => {
    const { readFileSync } = await import('node:fs');
    const run = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    expect(run).toContain('scripts/ci-summary.mjs');
    expect(run).toMatch(/need\+=\(chromium\)/);
    expect(run).toMatch(/need\+=\(fonts-noto-cjk\)/);
    expect(run).toMatch(/apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y/);
  });

  it('the README says to install Chromium and the CJK fonts (without them every Chinese string renders as empty boxes)', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('apt-get install chromium fonts-noto-cjk');
    expect(readme).toMatch(/empty boxes/);
  });
});

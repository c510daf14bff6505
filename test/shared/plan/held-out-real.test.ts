/**
 * A held-out real system, planned as a user would get it: the Online Boutique's release manifests
 * (GoogleCloudPlatform/microservices-demo, read in place from ../shared/fixtures/real, never copied)
 * imported by the Kubernetes importer into a new project, with the project defaults (one team of
 * four, the estate's default risk register) and nothing tuned. Nobody calibrated the model on it,
 * so its range is a check of the model, like the samples' (calibration.test.ts).
 *
 * The rule for "drivers that explain the spread": the drivers' shares of P95 - P50 (`spreadDays`,
 * measured by switching the sources off in turn with common random numbers) add up to the plan's
 * P95 - P50 within rounding, the five largest explain at least half of it, and the largest,
 * switched off alone, brings the P80 in (`removalDaysAtP80` > 0): a measured effect, not only an
 * attribution.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../shared/import/run';
import { mergeFragment } from '../../../shared/import/merge/merge';
import { newProjectForImport } from '../../../shared/import/new-project';
import { workingDaysBetween } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import { HAVE_REAL, realFile, SKIP_REASON } from '../import/fixtures';

if (!HAVE_REAL) console.warn(`Skipping the held-out Online Boutique plan: ${SKIP_REASON}`);

describe.skipIf(!HAVE_REAL)('the Online Boutique, imported from its Kubernetes manifests and planned', () => {
  async function boutique() {
    const out = await importFiles([realFile('online-boutique-k8s/kubernetes-manifests.yaml')], { sourceProvider: 'alibaba' });
    expect(out.ok).toBe(true);
    const { project } = mergeFragment(newProjectForImport({ name: 'Online Boutique', startDate: '2027-03-01', sourceProvider: 'alibaba' }), out.fragment);
    return project;
  }

  it('plans its twelve services with a range as wide as IT schedules are (P95/P50 of elapsed working days >= 1.15)', async () => {
    const project = await boutique();
    expect(project.workloads).toHaveLength(12);
    const plan = planProject(project, { seed: 7, runs: 2000 });
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(plan.waves.flatMap((w) => w.workloadIds)).toHaveLength(12);
    const elapsed = (iso: string) => workingDaysBetween(project.calendar, project.project.startDate, iso);
    const s = plan.schedule;
    expect(elapsed(s.p95End) / elapsed(s.p50End)).toBeGreaterThanOrEqual(1.15);
    expect(s.deterministicPercentile).toBeLessThan(50);
  });

  it('names the drivers that explain P95 - P50: they add up to it, the five largest explain at least half', async () => {
    const project = await boutique();
    const plan = planProject(project, { seed: 7, runs: 2000 });
    const s = plan.schedule;
    const spread = workingDaysBetween(project.calendar, s.p50End, s.p95End) - 1;
    expect(spread).toBeGreaterThan(0);
    const d = plan.simulation.drivers;
    const total = d.reduce((a, x) => a + x.spreadDays, 0);
    expect(Math.abs(total - spread)).toBeLessThanOrEqual(0.05 * d.length + 1e-9);
    const topFive = [...d].sort((a, b) => b.spreadDays - a.spreadDays).slice(0, 5);
    expect(topFive.reduce((a, x) => a + x.spreadDays, 0)).toBeGreaterThanOrEqual(0.5 * spread);
    expect(d[0]!.removalDaysAtP80).toBeGreaterThan(0);
  });
});

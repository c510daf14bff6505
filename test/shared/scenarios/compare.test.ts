import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { compareScenarios, startComparison } from '../../../shared/scenarios/compare';
import { signedWorkingDays } from '../../../shared/scenarios/calendar-days';
import { loadSample } from '../../../shared/samples';

const calendar: Project['calendar'] = { workingDays: [1, 2, 3, 4, 5], holidays: [{ date: '2027-03-10', name: 'A holiday' }], makeUpWorkdays: [], freezeWindows: [] };

describe('signedWorkingDays', () => {
  // March 2027: the 1st is a Monday; the 10th (a Wednesday) is a holiday here.
  it('counts the working days after the first date up to the second, by hand', () => {
    expect(signedWorkingDays({ calendar }, '2027-03-01', '2027-03-01')).toBe(0);
    expect(signedWorkingDays({ calendar }, '2027-03-01', '2027-03-05')).toBe(4); // Tue..Fri
    expect(signedWorkingDays({ calendar }, '2027-03-01', '2027-03-08')).toBe(5); // + Mon 8th; the weekend counts nothing
    expect(signedWorkingDays({ calendar }, '2027-03-08', '2027-03-12')).toBe(3); // Tue 9, Thu 11, Fri 12: the 10th is a holiday
    expect(signedWorkingDays({ calendar }, '2027-03-12', '2027-03-08')).toBe(-3);
    expect(signedWorkingDays({ calendar }, '2027-03-06', '2027-03-08')).toBe(1); // from a Saturday: Monday only
  });
});

describe('compareScenarios', () => {
  const sample = (): Project => {
    const p = loadSample('ecommerce-iot');
    const team = p.teams[0]!;
    return {
      ...p,
      scenarios: [
        { id: 'two-more', name: 'Two more engineers', changes: [{ kind: 'team', teamId: team.id, addEngineers: 2 }] },
        { id: 'gone', name: 'Refactor a workload that left', changes: [{ kind: 'workload', workloadId: 'not-there', strategy: 'refactor' }] },
      ],
    };
  };

  it('plans the baseline first, then each scenario with the same seed and runs', () => {
    const c = compareScenarios(sample(), { runs: 300 });
    expect(c.columns.map((col) => col.id)).toEqual(['baseline', 'two-more', 'gone']);
    expect(c.columns.map((col) => col.figures.runs)).toEqual([300, 300, 300]);
    expect(c.columns[0]!.delta).toEqual({ p50: 0, p80: 0, p95: 0, deterministic: 0 });
  });

  it('shows two more engineers finishing no later, with the delta in working days of the baseline calendar', () => {
    const p = sample();
    const c = compareScenarios(p, { runs: 300 });
    const [base, more] = c.columns;
    expect(more!.figures.p80End <= base!.figures.p80End).toBe(true);
    expect(more!.figures.deterministicEnd < base!.figures.deterministicEnd).toBe(true);
    expect(more!.delta.p80).toBe(signedWorkingDays(p, base!.figures.p80End, more!.figures.p80End));
    expect(more!.delta.p80).toBeLessThan(0);
  });

  it('carries a stale difference into its column and plans the scenario as the baseline', () => {
    const c = compareScenarios(sample(), { runs: 300 });
    const gone = c.columns[2]!;
    expect(gone.outcomes[0]!.status).toBe('stale');
    expect(gone.figures.p80End).toBe(c.columns[0]!.figures.p80End);
  });

  it('is deterministic, and a given baseline plan gives the same comparison as planning it', () => {
    const p = sample();
    const a = compareScenarios(p, { runs: 200, seed: 7 });
    const b = compareScenarios(p, { runs: 200, seed: 7, baselinePlan: planProject({ ...p, scenarios: undefined }, { runs: 200, seed: 7 }) });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(compareScenarios(p, { runs: 200, seed: 7 }))).toBe(JSON.stringify(a));
  });

  it('steps one plan at a time and can be limited to chosen scenarios', () => {
    const run = startComparison(sample(), { runs: 100, only: ['gone'] });
    expect(run.total).toBe(2);
    expect(run.step()).toBe(true);
    expect(run.done).toBe(1);
    expect(run.result().columns.map((c) => c.id)).toEqual(['baseline', 'gone']);
    expect(run.done).toBe(2);
  });

  it('lists outage exposure: the source identity today and at the end, and each target identity', () => {
    const c = compareScenarios(sample(), { runs: 100 });
    const rows = c.columns[0]!.figures.outage;
    const source = rows.find((r) => r.role === 'source-identity')!;
    expect(source.id).toBe('identity:alibaba');
    expect(source.today).toBeGreaterThan(source.end);
    expect(rows.some((r) => r.role === 'target-identity' && r.id === 'identity:aws')).toBe(true);
  });
});

describe('single-provider dependencies', () => {
  it('lists the critical workloads one provider’s identity failure still stops at the end, with the chain to each', () => {
    const project = loadSample('ecommerce-iot');
    const [base] = compareScenarios(project, { runs: 100, only: [] }).columns;
    const f = base!.figures;
    const identityEnd = Math.max(...f.outage.filter((o) => o.failure.type === 'identity').map((o) => o.end));
    // Every critical workload bound for AWS depends on AWS IAM once moved: the list is at least the worst identity row.
    expect(f.singleProvider.length).toBeGreaterThanOrEqual(identityEnd);
    expect(f.singleProvider.length).toBeLessThanOrEqual(f.criticalWorkloads);
    const critical = new Set(project.workloads.filter((w) => w.criticality === 'high' || w.criticality === 'mission-critical').map((w) => w.id));
    for (const d of f.singleProvider) {
      expect(critical.has(d.workloadId)).toBe(true);
      expect(['alibaba', 'aws']).toContain(d.provider);
      expect(d.via.at(-1)).toBe(d.workloadId);
    }
  });
});

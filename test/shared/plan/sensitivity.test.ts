import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { isoToDay } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan';
import { assumptionSensitivity, sensitivityCandidates, startSensitivity } from '../../../shared/plan/sensitivity';
import type { SensitivityResult } from '../../../shared/plan/types';
import { loadSample } from '../../../shared/samples';
import { makeProject, makeWorkload } from './arbitraries';
import { projectArb } from './arbitraries';

const row = (r: SensitivityResult, id: string) => {
  const found = r.assumptions.find((a) => a.assumptionId === id);
  if (!found) throw new Error(`${id} is not in the result`);
  return found;
};

describe('assumptionSensitivity', () => {
  const mid = loadSample('ecommerce-iot');
  // Worked out before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let midResult: SensitivityResult;
  beforeEach(() => {
    midResult = assumptionSensitivity(mid);
  });

  it('starts from the plan’s own deterministic end', () => {
    expect(midResult.baseEnd).toBe(planProject(mid, { runs: 1 }).schedule.end);
    expect(midResult.delta).toBe(0.2);
  });

  it('less team focus ends the mid-size sample later, more focus earlier', () => {
    const focus = row(midResult, 'team.focusFactor');
    expect(focus.value).toBe(0.7);
    expect(focus.lower.value).toBeCloseTo(0.56, 10);
    expect(focus.higher.value).toBeCloseTo(0.84, 10);
    expect(focus.lower.workingDays).toBeGreaterThan(0);
    expect(focus.lower.calendarDays).toBeGreaterThan(0);
    expect(focus.higher.workingDays).toBeLessThan(0);
    expect(focus.higher.calendarDays).toBeLessThan(0);
  });

  it('reports each shift against the base end, in working and calendar days', () => {
    for (const a of midResult.assumptions) {
      for (const s of [a.lower, a.higher]) {
        expect(isoToDay(s.end) - isoToDay(midResult.baseEnd)).toBe(s.calendarDays);
        expect(Math.sign(s.calendarDays)).toBe(Math.sign(s.workingDays));
        expect(Math.abs(s.calendarDays)).toBeGreaterThanOrEqual(Math.abs(s.workingDays));
      }
    }
  });

  it('sorts by the larger absolute shift, ties by id', () => {
    const reach = (i: number) => {
      const a = midResult.assumptions[i]!;
      return Math.max(Math.abs(a.lower.workingDays), Math.abs(a.higher.workingDays));
    };
    expect(midResult.assumptions.length).toBeGreaterThan(5);
    for (let i = 1; i < midResult.assumptions.length; i++) {
      expect(reach(i - 1)).toBeGreaterThanOrEqual(reach(i));
      if (reach(i - 1) === reach(i)) expect(midResult.assumptions[i - 1]!.assumptionId < midResult.assumptions[i]!.assumptionId).toBe(true);
    }
    expect(reach(0)).toBeGreaterThan(0);
  });

  it('rounds assumptions counted in whole days', () => {
    const hypercare = row(midResult, 'phase.hypercare.criticalDays');
    expect(hypercare.lower.value).toBe(8);
    expect(hypercare.higher.value).toBe(12);
    const mlps = row(midResult, 'compliance.mlpsAssessmentDays');
    expect(Number.isInteger(mlps.lower.value) && Number.isInteger(mlps.higher.value)).toBe(true);
  });

  it('is deterministic: the same project gives the same result, stepped or at once', () => {
    expect(assumptionSensitivity(structuredClone(mid))).toEqual(midResult);
    const run = startSensitivity(mid);
    expect(run.total).toBe(midResult.assumptions.length * 2);
    let steps = 0;
    while (!run.step()) steps++;
    expect(steps).toBe(run.total - 1);
    expect(run.done()).toBe(run.total);
    expect(run.result()).toEqual(midResult);
  });

  it('leaves out what the project does not use: unused strategies, unset compliance gates, the simulation spread', () => {
    const ids = sensitivityCandidates(mid);
    expect(mid.workloads.some((w) => w.strategy === 'relocate')).toBe(false);
    expect(ids).not.toContain('effort.base.relocate');
    expect(ids).not.toContain('effort.base.retain');
    expect(ids).not.toContain('simulation.programSpread');
    expect(ids).not.toContain('compliance.crossBorderAssessmentDays');
    expect(ids).toEqual(expect.arrayContaining(['team.focusFactor', 'effort.base.replatform', 'effort.base.refactor', 'compliance.icpFilingDays', 'compliance.mlpsAssessmentDays', 'phase.hypercare.criticalDays']));

    const noRefactor: Project = { ...mid, workloads: mid.workloads.map((w) => (w.strategy === 'refactor' ? { ...w, strategy: 'replatform' as const } : w)) };
    expect(sensitivityCandidates(noRefactor)).not.toContain('effort.base.refactor');
    // Asked for anyway, an assumption nothing reads moves nothing.
    const forced = assumptionSensitivity(noRefactor, { candidates: ['effort.base.refactor'] });
    expect(forced.assumptions).toHaveLength(1);
    expect(forced.assumptions[0]!.lower.workingDays).toBe(0);
    expect(forced.assumptions[0]!.higher.workingDays).toBe(0);
  });

  it('drops team focus when every team sets its own', () => {
    const ownFocus: Project = { ...mid, teams: mid.teams.map((t) => ({ ...t, focus: 0.6 })) };
    expect(sensitivityCandidates(ownFocus)).not.toContain('team.focusFactor');
  });

  it('bandwidth matters once the line gets thin enough for the data to decide the date', () => {
    // Online copies only (no appliance would be ordered), so the line decides the date.
    const base = makeProject({ workloads: [makeWorkload('app'), makeWorkload('db', { kind: 'database', size: { instances: 2, dataGb: 30_000, dailyChangeGb: 50 } })] });
    const data = { ...base, assumptions: [...base.assumptions.filter((a) => a.id !== 'transfer.offlineThresholdDays'), { id: 'transfer.offlineThresholdDays', value: 1000, unit: 'days', source: 'test' }] };
    expect(sensitivityCandidates(data)).toContain('transfer.bandwidthMbps');
    const r = assumptionSensitivity(data, { delta: 0.9, candidates: ['transfer.bandwidthMbps'] });
    const bw = row(r, 'transfer.bandwidthMbps');
    expect(bw.lower.value).toBe(100);
    expect(bw.lower.workingDays).toBeGreaterThan(10);
    expect(bw.higher.workingDays).toBeLessThanOrEqual(0);
  }, 20_000);

  it('ignores unknown ids, clamps a wild delta and never crashes on odd projects', () => {
    const r = assumptionSensitivity(mid, { candidates: ['no.such.thing' as never, 'team.focusFactor'], delta: 7 });
    expect(r.delta).toBe(0.9);
    expect(r.assumptions.map((a) => a.assumptionId)).toEqual(['team.focusFactor']);
    expect(assumptionSensitivity(mid, { delta: Number.NaN }).delta).toBe(0.2);
    fc.assert(
      fc.property(projectArb(12), (p) => {
        const out = assumptionSensitivity(p);
        for (const a of out.assumptions) expect(Number.isFinite(a.lower.workingDays) && Number.isFinite(a.higher.workingDays)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { buildTimeline, datedSteps } from '../../../shared/layout/timeline';
import { compileCalendar, isoToDay, isWorkingDay } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan';
import { loadSample } from '../../../shared/samples';

describe('runbook step dates', () => {
  const project = loadSample('ecommerce-iot');
  const plan = planProject(project, { runs: 50 });
  const steps = datedSteps(plan, project.calendar);
  const cal = compileCalendar(project.calendar);

  it('dates every step of every wave, inside its phase, preparation on working days before the cutover', () => {
    expect(steps).toHaveLength(plan.waves.reduce((n, w) => n + w.runbook.length, 0));
    for (const { step, wave, start, end } of steps) {
      expect(start <= end, step.id).toBe(true);
      if (step.phase === 'cutover') expect({ start, end }).toEqual(wave.cutover);
      else if (step.phase !== 'hypercare' && step.phase !== 'decommission') {
        expect(start >= wave.start && end < wave.cutover.start || wave.cutover.start <= wave.start, step.id).toBe(true);
        expect(isWorkingDay(cal, isoToDay(start)) && isWorkingDay(cal, isoToDay(end)), `${step.id} ${start}..${end} on working days`).toBe(true);
      }
    }
  });

  it('starts a step no earlier than the steps it comes after', () => {
    const byId = new Map(steps.map((s) => [s.step.id, s]));
    let checked = 0;
    for (const s of steps) {
      for (const a of s.step.after) {
        const before = byId.get(a);
        if (!before || s.step.phase === 'cutover' || before.step.phase === 'cutover') continue;
        expect(s.start >= before.start, `${s.step.id} after ${a}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives the documents the dates the timeline draws', () => {
    const g = buildTimeline(project, plan, { scale: 'week', expanded: 'all', expandedWorkloads: project.workloads.map((w) => w.id) });
    const bars = new Map(g.bars.filter((b) => b.kind === 'step').map((b) => [b.id.slice('bar:step:'.length), b]));
    expect(bars.size).toBeGreaterThan(0);
    for (const s of steps) {
      const bar = bars.get(s.step.id);
      if (bar) expect({ start: bar.start, end: bar.end }, s.step.id).toEqual({ start: s.start, end: s.end });
    }
  });
});

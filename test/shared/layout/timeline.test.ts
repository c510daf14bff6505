import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisDayAt, axisTicks, axisX, buildTimeline, calendarShading, dayNumber, isoOfDay, packIntervals, timeAxis, TIME_SCALES, type TimelineGeometry, weekdayOf } from '../../../shared/layout/timeline';
import { planProject } from '../../../shared/plan';
import { loadSample } from '../../../shared/samples';
import { projectArb } from '../plan/arbitraries';

/** Every bar and band inside its row, on the axis, with width; bands ordered P50 <= P80 <= P95. */
function expectWellFormed(g: TimelineGeometry): void {
  const rows = new Map(g.rows.map((r) => [r.id, r]));
  let y = 0;
  for (const r of g.rows) {
    expect(r.y, `${r.id} follows the row above`).toBeCloseTo(y, 6);
    y += r.height;
  }
  expect(g.height).toBeCloseTo(y, 6);
  for (const b of g.bars) {
    const r = rows.get(b.rowId)!;
    expect(r, b.id).toBeDefined();
    expect(b.y >= r.y - 1e-6 && b.y + b.height <= r.y + r.height + 1e-6, `${b.id} inside its lane ${r.id}`).toBe(true);
    expect(b.x >= 0 && b.x + b.width <= g.width + 1e-6, `${b.id} on the axis`).toBe(true);
    expect(b.width).toBeGreaterThan(0);
    expect(b.start <= b.end, `${b.id} ends after it starts`).toBe(true);
  }
  for (const band of g.bands) {
    const r = rows.get(band.rowId)!;
    expect(band.y >= r.y - 1e-6 && band.y + band.height <= r.y + r.height + 1e-6, `${band.id} inside its lane`).toBe(true);
    expect(band.p50.x <= band.p80.x && band.p80.x <= band.p95.x, `${band.id} P50 <= P80 <= P95`).toBe(true);
    expect(band.p95.x).toBeLessThanOrEqual(g.width + 1e-6);
  }
  // Bars sharing a lane sub-row never overlap.
  const lanes = new Map<string, typeof g.bars>();
  for (const b of g.bars) if (b.kind === 'wave' || b.kind === 'pilot') lanes.set(`${b.rowId}@${b.y}`, [...(lanes.get(`${b.rowId}@${b.y}`) ?? []), b]);
  for (const list of lanes.values()) {
    const sorted = [...list].sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x, `${sorted[i]!.id} after ${sorted[i - 1]!.id}`).toBeGreaterThanOrEqual(sorted[i - 1]!.x + sorted[i - 1]!.width - 1e-6);
  }
}

describe('time axis', () => {
  it('maps dates to x at each zoom and back, with ticks on Mondays, first days of months and quarters', () => {
    for (const scale of TIME_SCALES) {
      const axis = timeAxis('2027-01-11', '2027-06-30', scale);
      expect(axis.width).toBeGreaterThan(0);
      const x = axisX(axis, '2027-03-15');
      expect(isoOfDay(axisDayAt(axis, x + 0.1))).toBe('2027-03-15');
      const ticks = axisTicks(axis);
      expect(ticks.length).toBeGreaterThan(0);
      for (const t of ticks) {
        if (scale === 'week') expect(weekdayOf(t.day)).toBe(1);
        if (scale === 'month') expect(t.iso.endsWith('-01')).toBe(true);
        if (scale === 'quarter') expect(['01', '04', '07', '10']).toContain(t.iso.slice(5, 7));
      }
    }
    expect(weekdayOf(dayNumber('2027-01-11'))).toBe(1);
    expect(axisX(timeAxis('2027-01-01', '2027-02-01', 'day'), '2027-01-02') - axisX(timeAxis('2027-01-01', '2027-02-01', 'day'), '2027-01-01')).toBe(28);
  });

  it('shades weekends, holidays and freezes as merged spans, weekends only where a day is wide enough', () => {
    const calendar = { workingDays: [1, 2, 3, 4, 5], holidays: [{ date: '2027-01-15', name: 'A holiday' }], makeUpWorkdays: [], freezeWindows: [{ id: 'f', name: 'Freeze', start: '2027-01-20', end: '2027-01-25' }] };
    const week = calendarShading(timeAxis('2027-01-11', '2027-01-31', 'week'), calendar);
    // Friday 15 Jan (holiday) joins the weekend after it: one span of three days.
    const holiday = week.find((s) => s.kind === 'holiday')!;
    expect(holiday).toMatchObject({ start: '2027-01-15', end: '2027-01-17', name: 'A holiday' });
    expect(week.filter((s) => s.kind === 'freeze')).toHaveLength(1);
    const month = calendarShading(timeAxis('2027-01-11', '2027-01-31', 'month'), calendar);
    expect(month.some((s) => s.kind === 'off')).toBe(false);
    expect(month.find((s) => s.kind === 'holiday')).toMatchObject({ start: '2027-01-15', end: '2027-01-15' });
  });

  it('packs overlapping intervals into sub-rows, first fit', () => {
    expect(packIntervals([{ start: 0, end: 5 }, { start: 3, end: 8 }, { start: 6, end: 9 }])).toEqual({ slots: [0, 1, 0], count: 2 });
  });
});

describe('buildTimeline', () => {
  const project = loadSample('ecommerce-iot');
  const plan = planProject(project, { runs: 200 });

  it('has the program phases, a lane per team with its waves and bands, hypercare, decommission and the program band', () => {
    const g = buildTimeline(project, plan, { scale: 'week' });
    expectWellFormed(g);
    expect(g.rows.filter((r) => r.kind === 'lane').map((r) => r.teamId)).toEqual(project.teams.filter((t) => plan.waves.some((w) => w.teamIds.includes(t.id))).map((t) => t.id));
    for (const w of plan.waves) {
      for (const team of w.teamIds) expect(g.bars.some((b) => b.waveId === w.id && b.rowId === `lane:${team}`)).toBe(true);
      expect(g.bands.some((b) => b.waveId === w.id)).toBe(true);
    }
    const program = g.bands.find((b) => b.id === 'band:program')!;
    expect(program.p50.date).toBe(plan.simulation.p50End);
    expect(program.deterministic.date).toBe(plan.schedule.end);
    expect(g.bars.filter((b) => b.critical).map((b) => b.phaseId)).toEqual(expect.arrayContaining(plan.simulation.criticalPath.filter((id) => !id.startsWith('hypercare'))));
    expect(g.links.length).toBeGreaterThan(0);
  });

  it("draws a wave several teams work on at each team's own dates, then its wait for the cutover; criticality by phase id", () => {
    const g = buildTimeline(project, plan, { scale: 'week' });
    const shared = plan.waves.filter((w) => w.teams.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const w of shared) {
      const phase = plan.schedule.phases.find((p) => p.waveId === w.id && (p.kind === 'wave' || p.kind === 'pilot'))!;
      for (const part of w.teams) {
        const b = g.bars.find((x) => x.id === `bar:${phase.id}:${part.teamId}`)!;
        expect([b.start, b.end, b.teamId], `${w.id} ${part.teamId}`).toEqual([part.start, part.end, part.teamId]);
        const wait = g.bars.find((x) => x.id === `wait:${phase.id}:${part.teamId}`);
        if (part.end < phase.end) expect([wait?.kind, wait?.end, wait && wait.start > part.end]).toEqual(['wait', phase.end, true]);
        else expect(wait).toBeUndefined();
      }
    }
    // A wave one team works alone keeps the wave's own dates.
    const alone = plan.waves.find((w) => w.teams.length === 1)!;
    const phase = plan.schedule.phases.find((p) => p.waveId === alone.id && (p.kind === 'wave' || p.kind === 'pilot'))!;
    const b = g.bars.find((x) => x.id === `bar:${phase.id}:${alone.teams[0]!.teamId}`)!;
    expect([b.start, b.end]).toEqual([phase.start, phase.end]);
    const index = new Map(plan.simulation.criticality.map((c) => [c.id, c.index]));
    for (const bar of g.bars.filter((x) => x.kind === 'wave' || x.kind === 'pilot' || x.kind === 'foundation')) expect(bar.criticality, bar.id).toBe(index.get(bar.phaseId!));
  });

  it('opens a wave into its workloads and a workload into its runbook steps, inside the wave dates', () => {
    const wave = plan.waves[1]!;
    const workloadId = wave.workloadIds[0]!;
    const closed = buildTimeline(project, plan, { scale: 'day' });
    expect(closed.rows.some((r) => r.kind === 'workload')).toBe(false);
    const open = buildTimeline(project, plan, { scale: 'day', expanded: [wave.id], expandedWorkloads: [workloadId] });
    expectWellFormed(open);
    expect(open.rows.filter((r) => r.kind === 'workload').map((r) => r.workloadId).sort()).toEqual([...wave.workloadIds].sort());
    const steps = open.bars.filter((b) => b.kind === 'step');
    expect(steps).toHaveLength(wave.runbook.filter((s) => s.workloadId === workloadId).length);
    const prepare = steps.filter((b) => b.id.includes(':prepare.'));
    for (const s of prepare) expect(s.start >= wave.start && s.end < wave.cutover.start).toBe(true);
    // Steps in runbook order never start before the step they follow.
    const byStep = new Map(steps.map((b) => [b.id.slice('bar:step:'.length), b]));
    for (const s of wave.runbook.filter((x) => x.workloadId === workloadId)) for (const a of s.after) expect(byStep.get(s.id)!.start >= byStep.get(a)!.start).toBe(true);
  });

  it('draws the actuals a project records under the planned bar', () => {
    const withActual = { ...project, actuals: [{ id: 'a0', wave: 0, start: plan.waves[0]!.start, finish: plan.waves[0]!.end }] };
    const g = buildTimeline(withActual, planProject(withActual, { runs: 50 }), { scale: 'week', today: '2027-03-01' });
    expect(g.bars.some((b) => b.kind === 'actual')).toBe(true);
    expect(g.markers.find((m) => m.kind === 'today')?.date).toBe('2027-03-01');
    expectWellFormed(g);
  });

  it('keeps every bar inside its lane and bands ordered P50 <= P80 <= P95 on random projects (property)', () => {
    fc.assert(
      fc.property(projectArb(12), fc.constantFrom(...TIME_SCALES), (p, scale) => {
        const planned = planProject(p, { runs: 30 });
        const g = buildTimeline(p, planned, { scale, expanded: 'all', expandedWorkloads: p.workloads.map((w) => w.id) });
        expectWellFormed(g);
      }),
      { numRuns: 25 },
    );
  });
});

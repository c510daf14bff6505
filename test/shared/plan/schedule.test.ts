import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS as D } from '../../../shared/model/default-assumptions';
import type { Project } from '../../../shared/model/schema';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { isoToDay, WorkingCalendar } from '../../../shared/plan/calendar';
import { estimateWorkloads } from '../../../shared/plan/estimate';
import { scheduleProgram } from '../../../shared/plan/schedule';
import type { WaveDraft } from '../../../shared/plan/types';
import { drafts, project, workload } from './numeric-fixtures';

function run(p: Project, waves: WaveDraft[]) {
  const a = resolveAssumptions(p);
  const estimates = estimateWorkloads(p, a, () => ({ service: 'EC2', portability: 'config-only' }));
  return scheduleProgram(p, waves, estimates, a, new WorkingCalendar(p.calendar, p.project.startDate));
}

const phase = (r: ReturnType<typeof run>, id: string) => r.schedule.phases.find((x) => x.id === id)!;

describe('scheduleProgram', () => {
  it('runs assess, foundation overlapping it, pilot, waves, hypercare, decommission in order', () => {
    const p = project();
    const r = run(p, drafts(p, [['a'], ['b', 'c']]));
    const assess = phase(r, 'assess');
    const foundation = phase(r, 'foundation');
    const pilot = phase(r, 'wave:pilot');
    const wave = phase(r, 'wave:wave-1');
    const decommission = phase(r, 'decommission');
    expect(assess.start).toBe('2027-03-01');
    expect(assess.workingDays).toBe(D['phase.assess.minDays'].value);
    // Foundation starts in the last week of assess.
    expect(isoToDay(foundation.start)).toBeLessThan(isoToDay(assess.end));
    expect(isoToDay(pilot.start)).toBeGreaterThan(isoToDay(foundation.end));
    expect(pilot.kind).toBe('pilot');
    expect(pilot.workingDays).toBe(D['phase.pilot.minDays'].value);
    expect(isoToDay(wave.end)).toBeGreaterThan(isoToDay(pilot.end));
    expect(isoToDay(phase(r, 'hypercare:wave-1').start)).toBeGreaterThan(isoToDay(wave.end));
    expect(isoToDay(decommission.start)).toBeGreaterThan(isoToDay(phase(r, 'hypercare:wave-1').end));
    expect(r.schedule.end).toBe(decommission.end);
    expect(r.schedule.milestones.map((m) => m.id)).toEqual(['landing-zone-ready', 'pilot-cutover', 'cutover:wave-1', 'program-end']);
    expect(r.criticalPath[0]).toBe('assess');
    expect(r.criticalPath.at(-1)).toBe('decommission');
  });

  it('stretches a wave when its effort exceeds what the team delivers in the minimum', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `w${i}`);
    const p = project({ workloads: ids.map((id) => workload(id, { strategy: 'refactor', criticality: 'high' })) });
    const r = run(p, drafts(p, [['w0'], ids.slice(1)]));
    // 19 refactors at high criticality over 3 engineers x the focus factor.
    const each = D['effort.base.refactor'].value * D['effort.criticality.high'].value;
    expect(phase(r, 'wave:wave-1').workingDays).toBe(Math.ceil((19 * each) / (3 * D['team.focusFactor'].value)));
  });

  it('runs waves of different teams in parallel, and serialises waves of one team', () => {
    const two = project({
      workloads: [workload('a'), workload('b'), workload('c', { team: 'team-b' })],
      teams: [
        { id: 'team-a', name: 'A', engineers: 3 },
        { id: 'team-b', name: 'B', engineers: 3 },
      ],
    });
    const parallel = run(two, drafts(two, [['a'], ['b'], ['c']]));
    expect(phase(parallel, 'wave:wave-2').start).toBe(phase(parallel, 'wave:pilot').start);
    const one = project();
    const serial = run(one, drafts(one, [['a'], ['b'], ['c']]));
    expect(isoToDay(phase(serial, 'wave:wave-2').start)).toBeGreaterThan(isoToDay(phase(serial, 'wave:wave-1').start));
  });

  it('cuts a wave over only after the waves holding what it needs', () => {
    const p = project({
      workloads: [workload('a'), workload('b'), workload('c', { team: 'team-b', strategy: 'refactor', complexity: 5 }), workload('d', { team: 'team-a' })],
      teams: [
        { id: 'team-a', name: 'A', engineers: 3 },
        { id: 'team-b', name: 'B', engineers: 3 },
      ],
      dependencies: [{ id: 'd1', from: 'd', to: 'c', kind: 'sync', coupling: 'loose' }],
    });
    const r = run(p, drafts(p, [['a'], ['c'], ['d']]));
    expect(isoToDay(phase(r, 'wave:wave-2').end)).toBeGreaterThan(isoToDay(phase(r, 'wave:wave-1').end));
    expect(phase(r, 'wave:wave-2').dependsOn).toContain('wave:wave-1');
  });

  it('moves a cutover out of a freeze window', () => {
    const p = project();
    const waves = drafts(p, [['a'], ['b', 'c']]);
    const free = run(p, waves);
    const cutover = free.waves[1]!.cutover.start;
    const frozen = { ...p, calendar: { ...p.calendar, freezeWindows: [{ id: 'f', name: 'Freeze', start: cutover, end: '2027-06-20' }] } };
    const r = run(frozen, waves);
    expect(r.waves[1]!.cutover.start).toBe('2027-06-21');
    expect(isoToDay(r.schedule.end)).toBeGreaterThan(isoToDay(free.schedule.end));
  });

  it('gates production cutovers on compliance tasks, which join the critical path', () => {
    const p = project();
    const waves = drafts(p, [['a'], ['b', 'c']]);
    const gated = { ...p, project: { ...p.project, compliance: { icpFiling: true, mlpsLevel: 3, crossBorderData: true } } };
    const r = run(gated, waves);
    const ids = r.schedule.phases.filter((x) => x.kind === 'compliance').map((x) => x.id);
    expect(ids).toEqual(['compliance:icp', 'compliance:mlps', 'compliance:pipl']);
    const lastGate = Math.max(...r.schedule.phases.filter((x) => x.kind === 'compliance').map((x) => isoToDay(x.end)));
    expect(isoToDay(r.waves[1]!.cutover.start)).toBeGreaterThan(lastGate);
    // PIPL (45 days from the end of assess) ends last, so it binds.
    expect(r.criticalPath).toContain('compliance:pipl');
    expect(isoToDay(r.schedule.end)).toBeGreaterThan(isoToDay(run(p, waves).schedule.end));
  });

  it('waits for the data when the shared line is the bottleneck, and ships an appliance past the threshold', () => {
    const slowLine = (p: Project): Project => ({ ...p, assumptions: [...p.assumptions.filter((x) => x.id !== 'transfer.bandwidthMbps'), { id: 'transfer.bandwidthMbps', value: 100, unit: 'Mbit/s', source: 'test' }] });
    const stores = ['s1', 's2', 's3', 's4', 's5'];
    const p = slowLine(project({ workloads: [workload('a'), ...stores.map((id) => workload(id, { kind: 'storage', size: { instances: 1, dataGb: 5000, dailyChangeGb: 0 } }))] }));
    // Each copy takes 5.8 days (under the 7-day threshold), so they share the line: 28.9 days = 20.7 working days.
    expect(phase(run(p, drafts(p, [['a'], stores])), 'wave:wave-1').workingDays).toBe(21);
    const lake = slowLine(project({ workloads: [workload('a'), workload('lake', { kind: 'storage', size: { instances: 1, dataGb: 40_000, dailyChangeGb: 0 } })] }));
    // 46 days online passes the threshold: an appliance (10 working days) carries it instead.
    expect(phase(run(lake, drafts(lake, [['a'], ['lake']])), 'wave:wave-1').workingDays).toBe(Math.max(D['transfer.offlineApplianceDays'].value, D['phase.wave.minDays'].value));
  });

  it('plans a project with no waves as assess, foundation and decommission', () => {
    const p = project({ workloads: [] });
    const r = run(p, []);
    expect(r.schedule.phases.map((x) => x.id)).toEqual(['assess', 'foundation', 'decommission']);
    expect(r.criticalPath).toEqual(['assess', 'foundation', 'decommission']);
  });
});

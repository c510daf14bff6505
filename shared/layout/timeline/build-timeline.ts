/**
 * The timeline of a plan, top to bottom: the program's opening phases, compliance gates and lead
 * times; one
 * lane per team with its waves (a wave several teams work on shows in each of their lanes), a
 * wave opening into its workloads and a workload into its runbook steps, its rehearsals drawn over
 * its bar; then hypercare,
 * decommission and the program's end with its P50-P80-P95 band. Pure: Project + Plan in.
 *
 * Runbook steps carry no dates of their own in the plan; they are drawn inside the dates the
 * schedule gives their workload (step-dates.ts, the same dates the exports give them).
 */
import type { Project } from '../../model/schema';
import type { Plan, ProgramPhase } from '../../plan/types';
import { calendarShading } from './calendar-shading';
import { packIntervals } from './pack';
import { stepContexts, stepDates } from './step-dates';
import { axisTicks, axisX, axisXEnd, dayNumber, timeAxis } from './scale';
import { TIMELINE_SIZES as S, type TimelineBand, type TimelineBar, type TimelineBarKind, type TimelineGeometry, type TimelineLink, type TimelineMarker, type TimelineOptions, type TimelineRow } from './types';

type PlanPart = Pick<Plan, 'waves' | 'schedule' | 'simulation'>;

const PHASE_BAR: Readonly<Record<ProgramPhase['kind'], TimelineBarKind>> = {
  assess: 'assess',
  foundation: 'foundation',
  compliance: 'compliance',
  'lead-time': 'lead-time',
  pilot: 'pilot',
  rehearsal: 'rehearsal',
  wave: 'wave',
  hypercare: 'hypercare',
  decommission: 'decommission',
};

/** The plan's criticality index by phase id (`assess`, `wave:<id>`, `hypercare:<id>`, ...). */
function criticalityIndex(plan: PlanPart): ReadonlyMap<string, number> {
  return new Map(plan.simulation.criticality.map((c) => [c.id, c.index]));
}

/** The next calendar day after an ISO date. */
function dayAfter(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function buildTimeline(project: Project, plan: PlanPart, options: TimelineOptions): TimelineGeometry {
  const phases = plan.schedule.phases;
  const first = [plan.schedule.start, ...phases.map((p) => p.start)].sort()[0]!;
  const last = [plan.schedule.end, plan.schedule.p95End, ...phases.map((p) => p.end), ...plan.waves.map((w) => w.p95End)].sort().at(-1)!;
  const axis = timeAxis(first, last, options.scale);
  const critical = new Set(plan.simulation.criticalPath);
  const criticality = criticalityIndex(plan);
  const expandedWaves = options.expanded === 'all' ? null : new Set(options.expanded ?? []);
  const isWaveOpen = (id: string) => expandedWaves === null || expandedWaves.has(id);
  const openWorkloads = new Set(options.expandedWorkloads ?? []);
  const phaseById = new Map(phases.map((p) => [p.id, p]));
  const waveByPhase = new Map(plan.waves.map((w) => [`wave:${w.id}`, w]));
  const teamOf = new Map(project.workloads.map((w) => [w.id, w.team]));
  const names = new Map(project.workloads.map((w) => [w.id, w.name]));

  const rows: TimelineRow[] = [];
  const bars: TimelineBar[] = [];
  const bands: TimelineBand[] = [];
  const markers: TimelineMarker[] = [];
  /** The first bar drawn for each phase id: where links start and end. */
  const barOfPhase = new Map<string, TimelineBar>();
  let y = 0;

  const row = (r: Omit<TimelineRow, 'y'>) => {
    const placed = { ...r, y };
    rows.push(placed);
    y += r.height;
    return placed;
  };
  const bar = (b: Omit<TimelineBar, 'x' | 'width' | 'critical' | 'criticality'> & { critical?: boolean }) => {
    const x = axisX(axis, b.start);
    const placed: TimelineBar = { ...b, x, width: Math.max(axis.pxPerDay, axisXEnd(axis, b.end) - x), critical: b.critical ?? (b.phaseId !== undefined && critical.has(b.phaseId)), criticality: b.phaseId !== undefined ? (criticality.get(b.phaseId) ?? null) : null };
    bars.push(placed);
    if (b.phaseId && !barOfPhase.has(b.phaseId)) barOfPhase.set(b.phaseId, placed);
    return placed;
  };
  const band = (id: string, rowId: string, top: number, deterministic: string, p50: string, p80: string, p95: string, waveId?: string) => {
    const at = (date: string) => ({ x: axisXEnd(axis, date), date });
    bands.push({ id, rowId, y: top, height: S.band, deterministic: at(deterministic), p50: at(p50), p80: at(p80), p95: at(p95), ...(waveId ? { waveId } : {}) });
  };
  const phaseRow = (p: ProgramPhase, section: 'program' | 'close') => {
    const r = row({ id: `row:${p.id}`, kind: 'phase', depth: 0, height: S.phase, title: p.name, section, phaseId: p.id });
    bar({ id: `bar:${p.id}`, rowId: r.id, kind: PHASE_BAR[p.kind], y: r.y + (S.phase - S.bar) / 2, height: S.bar, start: p.start, end: p.end, title: p.name, phaseId: p.id });
  };

  // ---- the program's opening: assess, foundation, compliance gates, lead times
  row({ id: 'section:program', kind: 'section', depth: 0, height: S.section, title: 'Program', section: 'program' });
  for (const p of phases) if (p.kind === 'assess' || p.kind === 'foundation' || p.kind === 'compliance') phaseRow(p, 'program');
  for (const p of phases) if (p.kind === 'lead-time') phaseRow(p, 'program');
  const rehearsalOf = new Map(phases.filter((p) => p.kind === 'rehearsal' && p.waveId).map((p) => [p.waveId!, p]));

  // ---- one lane per team with its waves, packed so overlapping waves do not cover each other
  row({ id: 'section:waves', kind: 'section', depth: 0, height: S.section, title: 'Waves by team', section: 'waves' });
  const wavePhases = phases.filter((p) => p.kind === 'pilot' || p.kind === 'wave');
  const decommission = phases.find((p) => p.kind === 'decommission');
  const stepContextOf = stepContexts(plan, project.calendar);
  const actualByWave = new Map(project.actuals.map((a) => [a.wave, a]));
  const teamIds = [...project.teams.map((t) => t.id)];
  for (const teamId of teamIds) {
    const mine = wavePhases.filter((p) => (p.teamIds.length > 0 ? p.teamIds : (waveByPhase.get(p.id)?.teamIds ?? [])).includes(teamId));
    if (mine.length === 0) continue;
    const waves = mine.map((p) => waveByPhase.get(p.id)!).filter(Boolean);
    const { slots, count } = packIntervals(
      mine.map((p, i) => ({ start: dayNumber(p.start), end: Math.max(dayNumber(p.end), dayNumber(waves[i]?.p95End ?? p.end)) })),
      1,
    );
    const team = project.teams.find((t) => t.id === teamId)!;
    const lane = row({ id: `lane:${teamId}`, kind: 'lane', depth: 0, height: count * S.laneRow, title: team.name, section: 'waves', teamId });
    mine.forEach((p, i) => {
      const wave = waves[i];
      const top = lane.y + slots[i]! * S.laneRow + 3;
      // A wave several teams work on shows each team's own part in its lane, then how long it waits
      // for the slowest team before the wave cuts over.
      const part = wave && wave.teams.length > 1 ? wave.teams.find((x) => x.teamId === teamId) : undefined;
      const b = bar({ id: `bar:${p.id}:${teamId}`, rowId: lane.id, kind: PHASE_BAR[p.kind], y: top, height: S.bar, start: part?.start ?? p.start, end: part?.end ?? p.end, title: p.name, phaseId: p.id, teamId, ...(wave ? { waveId: wave.id } : {}) });
      if (part && part.end < p.end) bar({ id: `wait:${p.id}:${teamId}`, rowId: lane.id, kind: 'wait', y: top + S.bar / 2 - 1, height: 2, start: dayAfter(part.end), end: p.end, title: p.name, phaseId: p.id, teamId, ...(wave ? { waveId: wave.id } : {}), critical: false });
      if (!wave) return;
      // The drills sit inside the wave, between its teams' work and its cutover: a strip over its bar.
      const drills = rehearsalOf.get(wave.id);
      if (drills) bar({ id: `bar:${drills.id}:${teamId}`, rowId: lane.id, kind: 'rehearsal', y: top + S.bar / 4, height: S.bar / 2, start: drills.start, end: drills.end, title: drills.name, phaseId: drills.id, waveId: wave.id, critical: false });
      band(`band:${wave.id}:${teamId}`, lane.id, top + S.bar + S.gap, wave.end, wave.p50End, wave.p80End, wave.p95End, wave.id);
      markers.push({ id: `cutover:${wave.id}:${teamId}`, kind: 'cutover', x: axisX(axis, wave.cutover.start), date: wave.cutover.start, rowId: lane.id, y: b.y + S.bar / 2, title: wave.name, waveId: wave.id });
      const actual = actualByWave.get(wave.index);
      if (actual) {
        const end = actual.finish ?? ([actual.start, options.today ?? actual.start].sort().at(-1) as string);
        bar({ id: `actual:${wave.id}:${teamId}`, rowId: lane.id, kind: 'actual', y: top + S.bar + S.gap + S.band + 1, height: 3, start: actual.start, end, title: wave.name, waveId: wave.id, critical: false });
      }
    });
    // A wave opened in this lane lists this team's workloads in it, each openable into its steps.
    for (const p of mine) {
      const wave = waveByPhase.get(p.id);
      if (!wave || !isWaveOpen(wave.id)) continue;
      for (const workloadId of wave.workloadIds) {
        if (teamOf.get(workloadId) !== teamId) continue;
        const open = openWorkloads.has(workloadId);
        const r = row({ id: `workload:${wave.id}:${workloadId}`, kind: 'workload', depth: 1, height: S.workload, title: names.get(workloadId) ?? workloadId, section: 'waves', teamId, waveId: wave.id, workloadId, expandable: true, expanded: open });
        bar({ id: `bar:workload:${workloadId}`, rowId: r.id, kind: 'workload', y: r.y + (S.workload - 12) / 2, height: 12, start: wave.start, end: wave.cutover.end, title: r.title, waveId: wave.id, workloadId, critical: critical.has(p.id) });
        if (!open) continue;
        const steps = wave.runbook.filter((s) => s.workloadId === workloadId);
        const dates = stepDates(steps, wave, stepContextOf(wave));
        for (const s of steps) {
          const d = dates.get(s.id);
          if (!d) continue;
          const sr = row({ id: `step:${s.id}`, kind: 'step', depth: 2, height: S.step, title: s.title, section: 'waves', teamId, waveId: wave.id, workloadId, stepId: s.id, stepCode: s.code });
          bar({ id: `bar:step:${s.id}`, rowId: sr.id, kind: 'step', y: sr.y + (S.step - 10) / 2, height: 10, start: d.start, end: d.end, title: s.title, waveId: wave.id, workloadId, critical: false });
        }
      }
    }
  }

  // ---- the close: hypercare (packed), decommission, the program's end and its band
  const hypercare = phases.filter((p) => p.kind === 'hypercare');
  row({ id: 'section:close', kind: 'section', depth: 0, height: S.section, title: 'Close', section: 'close' });
  if (hypercare.length > 0) {
    const { slots, count } = packIntervals(hypercare.map((p) => ({ start: dayNumber(p.start), end: dayNumber(p.end) })), 1);
    const r = row({ id: 'row:hypercare', kind: 'phase', depth: 0, height: count * (S.bar + 6) + 6, title: 'Hypercare', section: 'close', phaseId: 'hypercare' });
    hypercare.forEach((p, i) => bar({ id: `bar:${p.id}`, rowId: r.id, kind: 'hypercare', y: r.y + 6 + slots[i]! * (S.bar + 6), height: S.bar, start: p.start, end: p.end, title: p.name, phaseId: p.id }));
  }
  if (decommission) phaseRow(decommission, 'close');
  const programRow = row({ id: 'row:program-end', kind: 'program', depth: 0, height: S.program, title: 'Program end', section: 'close' });
  band('band:program', programRow.id, programRow.y + (S.program - S.band * 2) / 2, plan.schedule.end, plan.schedule.p50End, plan.schedule.p80End, plan.schedule.p95End);
  for (const m of plan.schedule.milestones) {
    if (m.id !== 'program-end' && m.id !== 'landing-zone-ready' && m.id !== 'compliance-cleared') continue;
    markers.push({ id: `milestone:${m.id}`, kind: 'milestone', x: axisXEnd(axis, m.date), date: m.date, rowId: programRow.id, y: programRow.y + S.program / 2, title: m.name });
  }
  if (options.today && dayNumber(options.today) >= axis.startDay && dayNumber(options.today) <= axis.endDay) {
    markers.push({ id: 'today', kind: 'today', x: axisX(axis, options.today), date: options.today, rowId: null, y: 0, title: 'Today' });
  }

  // ---- links: each phase from the one that held it back last (the latest-ending of what it waits for)
  const links: TimelineLink[] = [];
  for (const p of phases) {
    const to = barOfPhase.get(p.id);
    if (!to || p.dependsOn.length === 0) continue;
    const binding = p.dependsOn.map((id) => phaseById.get(id)).filter((q): q is ProgramPhase => q !== undefined).sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0))[0];
    const from = binding ? barOfPhase.get(binding.id) : undefined;
    if (!from) continue;
    const x0 = from.x + from.width;
    const y0 = from.y + from.height / 2;
    const x1 = to.x;
    const y1 = to.y + to.height / 2;
    const elbow = Math.max(x0 + 4, Math.min(x1 - 4, x0 + 8));
    links.push({ id: `link:${from.id}>${to.id}`, fromBarId: from.id, toBarId: to.id, points: [{ x: x0, y: y0 }, { x: elbow, y: y0 }, { x: elbow, y: y1 }, { x: Math.max(x1, elbow), y: y1 }], critical: from.critical && to.critical });
  }

  return { axis, ticks: axisTicks(axis), rows, bars, bands, markers, links, shading: calendarShading(axis, project.calendar), width: axis.width, height: y };
}

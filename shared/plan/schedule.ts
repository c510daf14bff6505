/**
 * Phase 6, schedule: the program on a working-day calendar (PLANNING-MODEL §1 and §4) with likely
 * efforts. Assess, then the landing zone (overlapping the end of assess), compliance gates, the
 * pilot and the waves with team capacity and freeze windows, hypercare after each cutover, and
 * decommission after the last hypercare. Also returns the numeric model the simulation re-runs.
 */
import type { Project } from '../model/schema';
import { applyActuals, matchActuals, workloadVelocitySamples } from './actuals';
import type { Assumptions } from './assumptions';
import type { WorkingCalendar } from './calendar';
import { buildScheduleModel, programFrame, type ProgramFrame } from './schedule-build';
import { createBuffers, runSchedule, type ScheduleModel } from './schedule-model';
import type { ActualsEffect, IsoDate, Milestone, ProgramPhase, Schedule, WaveDraft, WaveId, WorkloadEstimate, WorkloadId } from './types';

/** Dates of one wave in the deterministic schedule. */
export interface WaveDates {
  readonly waveId: WaveId;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly cutover: { readonly start: IsoDate; readonly end: IsoDate };
  /** Working-day numbers, for the simulation and for cost. */
  readonly startDay: number;
  readonly cutoverDay: number;
}

export interface ScheduledProgram {
  readonly schedule: Omit<Schedule, 'p50End' | 'p80End' | 'p95End'>;
  readonly waves: readonly WaveDates[];
  readonly model: ScheduleModel;
  /** Assess, foundation, compliance, hypercare and decommission as numbers. */
  readonly frame: ProgramFrame;
  /** Exclusive working-day number of the deterministic end. */
  readonly endDay: number;
  /** Program phase ids on the critical path, first to last. */
  readonly criticalPath: readonly string[];
  /** Per wave (model order): its recorded actual finish, which every run keeps. */
  readonly actualFinish: readonly (IsoDate | undefined)[];
  /** What the actuals did to the forecast; undefined when the project records none. */
  readonly actuals: ActualsEffect | undefined;
}

export const phaseIdOfWave = (waveId: WaveId): string => `wave:${waveId}`;
export const hypercareIdOfWave = (waveId: WaveId): string => `hypercare:${waveId}`;

/** Schedules the program with likely efforts. Waves must come in plan order (index ascending). */
export function scheduleProgram(
  project: Project,
  waves: readonly WaveDraft[],
  estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>,
  assumptions: Assumptions,
  calendar: WorkingCalendar,
): ScheduledProgram {
  const frame = programFrame(project, waves, assumptions);
  const dates = matchActuals(project.actuals, waves);
  const actuals = applyActuals(
    buildScheduleModel(project, waves, estimates, assumptions, calendar, frame),
    dates,
    calendar,
    waves.map((w) => w.id),
    workloadVelocitySamples(project, estimates),
  );
  const model = actuals.model;
  const buf = createBuffers(model);
  const trace = { startBy: new Int32Array(model.waveCount), cutoverBy: new Int32Array(model.waveCount) };
  const effort = new Float64Array(model.waveCount);
  for (let w = 0; w < model.waveCount; w++) {
    for (let i = model.waveWorkloadStart[w]!; i < model.waveWorkloadStart[w + 1]!; i++) effort[w]! += model.likely[i]!;
  }
  const endDay = runSchedule(model, effort, calendar, buf, trace);

  const d = (k: number) => calendar.dateOf(k);
  const allTeams = project.teams.map((t) => t.id);
  const phases: ProgramPhase[] = [];
  const span = (startDay: number, endExclusive: number) => ({ start: d(startDay), end: d(Math.max(startDay, endExclusive - 1)), workingDays: Math.max(0, endExclusive - startDay) });
  phases.push({ id: 'assess', kind: 'assess', name: 'Assess', ...span(0, frame.assessDays), teamIds: allTeams, dependsOn: [] });
  phases.push({ id: 'foundation', kind: 'foundation', name: 'Foundation (landing zone)', ...span(frame.foundationStart, frame.readyDay), teamIds: allTeams, dependsOn: ['assess'] });
  for (const c of frame.compliance) {
    phases.push({ id: c.id, kind: 'compliance', name: c.name, ...span(c.start, c.end), teamIds: [], dependsOn: [c.after] });
  }

  const waveDates: WaveDates[] = [];
  let lastHypercare = '';
  let lastHypercareEnd = -1;
  waves.forEach((wave, w) => {
    const s = buf.start[w]!;
    const c = buf.cutover[w]!;
    const dependsOn = new Set<string>(['foundation']);
    if (model.pilot >= 0 && model.pilot < w) dependsOn.add(phaseIdOfWave(waves[model.pilot]!.id));
    for (let k = model.waveDepStart[w]!; k < model.waveDepStart[w + 1]!; k++) dependsOn.add(phaseIdOfWave(waves[model.waveDeps[k]!]!.id));
    if (model.gated[w] === 1) for (const g of frame.compliance) dependsOn.add(g.id);
    if (trace.startBy[w]! >= 0) dependsOn.add(phaseIdOfWave(waves[trace.startBy[w]!]!.id));
    const teamIds = teamIdsOf(model, w);
    // Recorded dates are shown as recorded, even on a weekend; the numbers stay on working days.
    const startIso = dates.start[w] ?? d(s);
    const cutoverIso = dates.finish[w] ?? d(c);
    phases.push({ id: phaseIdOfWave(wave.id), kind: wave.isPilot ? 'pilot' : 'wave', name: wave.name, ...span(s, c + 1), start: startIso, end: cutoverIso, waveId: wave.id, teamIds, dependsOn: [...dependsOn] });
    const hcEnd = c + 1 + model.hypercareDays;
    phases.push({ id: hypercareIdOfWave(wave.id), kind: 'hypercare', name: `Hypercare: ${wave.name}`, ...span(c + 1, hcEnd), waveId: wave.id, teamIds, dependsOn: [phaseIdOfWave(wave.id)] });
    if (hcEnd >= lastHypercareEnd) {
      lastHypercareEnd = hcEnd;
      lastHypercare = hypercareIdOfWave(wave.id);
    }
    waveDates.push({ waveId: wave.id, start: startIso, end: cutoverIso, cutover: { start: cutoverIso, end: cutoverIso }, startDay: s, cutoverDay: c });
  });
  const decommissionStart = endDay - model.decommissionDays;
  phases.push({
    id: 'decommission',
    kind: 'decommission',
    name: 'Decommission the source',
    ...span(decommissionStart, endDay),
    teamIds: allTeams,
    dependsOn: waves.length > 0 ? waves.map((w) => hypercareIdOfWave(w.id)) : ['foundation'],
  });

  const milestones: Milestone[] = [{ id: 'landing-zone-ready', code: 'milestone.landingZoneReady', name: 'Landing zone ready', date: d(frame.readyDay - 1) }];
  if (frame.compliance.length > 0) {
    milestones.push({ id: 'compliance-cleared', code: 'milestone.complianceCleared', name: 'Compliance gates cleared', date: d(Math.max(...frame.compliance.map((c) => c.end)) - 1) });
  }
  waves.forEach((wave, w) => {
    milestones.push(
      wave.isPilot
        ? { id: 'pilot-cutover', code: 'milestone.pilotCutover', name: `Pilot cutover: ${wave.name}`, date: dates.finish[w] ?? d(buf.cutover[w]!) }
        : { id: `cutover:${wave.id}`, code: 'milestone.waveCutover', name: `Cutover: ${wave.name}`, date: dates.finish[w] ?? d(buf.cutover[w]!) },
    );
  });
  milestones.push({ id: 'program-end', code: 'milestone.programEnd', name: 'Program complete', date: d(endDay - 1) });

  return {
    schedule: { start: d(0), end: d(endDay - 1), phases, milestones },
    waves: waveDates,
    model,
    frame,
    endDay,
    criticalPath: criticalPath(waves, model, trace, frame, lastHypercare),
    actualFinish: dates.finish,
    actuals: actuals.effect,
  };
}

function teamIdsOf(model: ScheduleModel, w: number): string[] {
  const ids: string[] = [];
  for (let t = model.waveTeamStart[w]!; t < model.waveTeamStart[w + 1]!; t++) ids.push(model.teamIds[model.waveTeams[t]!] ?? '');
  return ids;
}

/** Walks back from decommission through whatever bound each start and cutover. */
function criticalPath(waves: readonly WaveDraft[], model: ScheduleModel, trace: { startBy: Int32Array; cutoverBy: Int32Array }, frame: ProgramFrame, lastHypercare: string): string[] {
  const path = ['decommission'];
  if (waves.length === 0) return ['assess', 'foundation', ...path];
  path.push(lastHypercare);
  let w = waves.findIndex((x) => hypercareIdOfWave(x.id) === lastHypercare);
  let tail: string[] = ['foundation', 'assess'];
  for (let guard = 0; w >= 0 && guard <= waves.length; guard++) {
    path.push(phaseIdOfWave(waves[w]!.id));
    const by = trace.cutoverBy[w]!;
    if (by >= 0) {
      w = by;
      continue;
    }
    if (by === -2 && frame.compliance.length > 0) {
      const gate = [...frame.compliance].sort((a, b) => b.end - a.end)[0]!;
      tail = gate.after === 'assess' ? [gate.id, 'assess'] : [gate.id, 'foundation', 'assess'];
      break;
    }
    w = trace.startBy[w]!;
  }
  return [...path, ...tail].reverse().filter((id, i, a) => a.indexOf(id) === i);
}

/**
 * Phase 6, schedule: the deterministic plan on a working-day calendar, every uncertain input at its
 * likely value and no risk event: assessment, the landing zone built by the platform team,
 * compliance gates, the pilot and the waves worked team by team, hypercare after each cutover and
 * decommission after the last. Also returns the numeric model the simulation re-runs (model.ts).
 */
import type { Project } from '../../model/schema';
import type { Assumptions } from '../assumptions';
import type { WorkingCalendar } from '../calendar';
import type { FoundationDraft } from '../foundation';
import type { ActualsEffect, IsoDate, Milestone, ProgramPhase, Schedule, WaveDraft, WaveId, WaveTeamPart, WorkloadEstimate, WorkloadId } from '../types';
import { applyActuals, matchActuals, workloadVelocitySamples } from './actuals';
import { blockedHolds } from './blocked';
import { buildScheduleModel, complianceTasks, type ComplianceTask } from './build';
import { leadTimeTasks, type LeadTimeTask, rehearsalRule } from './lead-times';
import { phaseIndex, walkCriticalPath } from './critical-path';
import { createBuffers, likelyInputs, runSchedule, type RunInputs, type ScheduleBuffers, type ScheduleModel } from './model';

export { complianceTasks, type ComplianceTask } from './build';
export { LEAD_TIME_KINDS, leadTimeTasks, needsRehearsal, rehearsalLikelyDays, rehearsalRule, type LeadTimeKind, type LeadTimeTask, type RehearsalRule } from './lead-times';
export { phaseIndex, walkCriticalPath, type PhaseIndex } from './critical-path';
export { createBuffers, likelyInputs, runSchedule, type RunInputs, type ScheduleBuffers, type ScheduleModel, type ScheduleTrace } from './model';

/** Dates of one wave in the deterministic schedule. */
export interface WaveDates {
  readonly waveId: WaveId;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly cutover: { readonly start: IsoDate; readonly end: IsoDate };
  readonly teams: readonly WaveTeamPart[];
  /** Working-day numbers, for the simulation, cost and risks. */
  readonly startDay: number;
  readonly cutoverDay: number;
  /** The day the cutover could have happened, before a freeze held it (equal to `cutoverDay` when none did). */
  readonly wantedCutoverDay: number;
  readonly hypercareEndDay: number;
}

export interface ScheduledProgram {
  readonly schedule: Omit<Schedule, 'p50End' | 'p80End' | 'p95End' | 'deterministicPercentile' | 'contingencyDays'>;
  readonly waves: readonly WaveDates[];
  readonly model: ScheduleModel;
  /** The likely inputs the deterministic plan ran on. */
  readonly inputs: RunInputs;
  readonly compliance: readonly ComplianceTask[];
  /** The lead times the model waits for (model order). */
  readonly leadTimes: readonly LeadTimeTask[];
  /** Exclusive working-day number of the deterministic end. */
  readonly endDay: number;
  /** Landing zone: first working day of its work and the working day it is ready. */
  readonly foundationStartDay: number;
  readonly readyDay: number;
  /** Program phase ids on the critical path, first to last. */
  readonly criticalPath: readonly string[];
  /** Every program phase id in schedule order, by the dense number the criticality index uses. */
  readonly phaseIds: readonly string[];
  /** Per wave (model order): its recorded actual finish, which every run keeps. */
  readonly actualFinish: readonly (IsoDate | undefined)[];
  /** What the actuals did to the forecast; undefined when the project records none. */
  readonly actuals: ActualsEffect | undefined;
  /** The buffers of the deterministic run (dates as working-day numbers). */
  readonly buffers: ScheduleBuffers;
}

export const phaseIdOfWave = (waveId: WaveId): string => `wave:${waveId}`;
export const hypercareIdOfWave = (waveId: WaveId): string => `hypercare:${waveId}`;
export const rehearsalIdOfWave = (waveId: WaveId): string => `rehearsal:${waveId}`;

/** Schedules the program with likely inputs. Waves must come in plan order (index ascending). */
export function scheduleProgram(
  project: Project,
  foundation: Pick<FoundationDraft, 'teamId' | 'effort' | 'workloadIds'>,
  waves: readonly WaveDraft[],
  estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>,
  assumptions: Assumptions,
  calendar: WorkingCalendar,
): ScheduledProgram {
  const dates = matchActuals(project.actuals, waves);
  const actuals = applyActuals(buildScheduleModel(project, foundation, waves, estimates, assumptions, calendar), dates, calendar, waves.map((w) => w.id), workloadVelocitySamples(project, estimates), blockedHolds(project, waves, calendar));
  const model = actuals.model;
  const tasks = complianceTasks(project, assumptions);
  const leadById = new Map(leadTimeTasks(project, assumptions).map((l) => [l.id, l]));
  const leads = model.leadIds.map((id) => leadById.get(id)!);
  const rule = rehearsalRule(assumptions);
  const buf = createBuffers(model);
  const trace = { startBy: new Int32Array(model.waveCount), cutoverBy: new Int32Array(model.waveCount) };
  const inputs = likelyInputs(model);
  const endDay = runSchedule(model, inputs, calendar, buf, trace);
  const f = buf.frame;
  const fixedLengthDays = Math.min(endDay, fixedLength(model, calendar));

  const d = (k: number) => calendar.dateOf(k);
  const allTeams = project.teams.map((t) => t.id);
  const span = (startDay: number, endExclusive: number) => ({ start: d(startDay), end: d(Math.max(startDay, endExclusive - 1)), workingDays: Math.max(0, endExclusive - startDay) });
  const phases: ProgramPhase[] = [];
  phases.push({ id: 'assess', kind: 'assess', name: 'Assess', ...span(0, f.assessEnd), teamIds: allTeams, dependsOn: [] });
  const readyLeads = leads.filter((l) => l.gate === 'ready').map((l) => l.id);
  phases.push({ id: 'foundation', kind: 'foundation', name: 'Foundation (landing zones)', ...span(f.foundationStart, f.ready), teamIds: [foundation.teamId], dependsOn: ['assess', ...readyLeads] });
  const taskEnds: number[] = [];
  tasks.forEach((c, g) => {
    const anchor = c.anchor === 'foundation-start' ? f.foundationStart : c.anchor === 'ready' ? f.ready : f.assessEnd;
    const end = Math.min(model.horizon, anchor + Math.max(1, Math.round(inputs.complianceDays[g]!)));
    taskEnds.push(end);
    phases.push({ id: c.id, kind: 'compliance', name: c.name, ...span(anchor, end), teamIds: [], dependsOn: [c.anchor === 'assess' ? 'assess' : 'foundation'] });
  });

  // Lead times: waits with nobody's effort behind them, each from its anchor to its (drawn) end.
  leads.forEach((l, k) => {
    phases.push({ id: l.id, kind: 'lead-time', name: l.name, ...span(buf.leadStart[k]!, buf.leadEnd[k]!), teamIds: [], dependsOn: [l.anchor === 'ready' ? 'foundation' : 'assess'], code: l.code, params: l.params });
  });
  const lineLeads = leads.filter((l) => l.gate === 'transfer').map((l) => l.id);
  const cutoverLeads = leads.filter((l) => l.gate === 'cutover').map((l) => l.id);

  const waveDates: WaveDates[] = [];
  waves.forEach((wave, w) => {
    const s = buf.start[w]!;
    const c = buf.cutover[w]!;
    const dependsOn = new Set<string>(['foundation']);
    if (model.pilot >= 0 && model.pilot < w) dependsOn.add(phaseIdOfWave(waves[model.pilot]!.id));
    for (let k = model.waveDepStart[w]!; k < model.waveDepStart[w + 1]!; k++) dependsOn.add(phaseIdOfWave(waves[model.waveDeps[k]!]!.id));
    if (model.gated[w] === 1) for (const g of tasks) dependsOn.add(g.id);
    for (const id of cutoverLeads) dependsOn.add(id);
    if (model.onlineDays[w]! > 0) for (const id of lineLeads) dependsOn.add(id);
    if (trace.startBy[w]! >= 0) dependsOn.add(phaseIdOfWave(waves[trace.startBy[w]!]!.id));
    const teamParts: WaveTeamPart[] = [];
    for (let p = model.waveFirstPart[w]!; p < model.waveFirstPart[w + 1]!; p++) {
      teamParts.push({ teamId: model.teamIds[model.partTeam[p]!] ?? '', effort: round2(inputs.partEffort[p]!), ...span(buf.partStart[p]!, buf.partEnd[p]!) });
    }
    // Recorded dates are shown as recorded, even on a weekend; the numbers stay on working days.
    const startIso = dates.start[w] ?? d(s);
    const cutoverIso = dates.finish[w] ?? d(c);
    phases.push({ id: phaseIdOfWave(wave.id), kind: wave.isPilot ? 'pilot' : 'wave', name: wave.name, ...span(s, c + 1), start: startIso, end: cutoverIso, waveId: wave.id, teamIds: [...wave.teamIds], dependsOn: [...dependsOn] });
    const rs = buf.rehearsalStart[w]!;
    if (rs >= 0 && model.rehearsalDrills[w]! > 0) {
      const drills = model.rehearsalDrills[w]!;
      const days = Math.max(1, Math.round(inputs.waveRehearsalDays[w]!));
      phases.push({ id: rehearsalIdOfWave(wave.id), kind: 'rehearsal', name: `Rehearsals: ${wave.name} (${drills} failover drill${drills === 1 ? '' : 's'})`, ...span(rs, Math.min(model.horizon, rs + days)), waveId: wave.id, teamIds: [...wave.teamIds], dependsOn: [], code: 'rehearsal.drills', params: { wave: wave.id, count: drills, drillDays: rule.drillDays, lessonsDays: rule.lessonsDays } });
    }
    phases.push({ id: hypercareIdOfWave(wave.id), kind: 'hypercare', name: `Hypercare: ${wave.name}`, ...span(c + 1, buf.hypercareEnd[w]!), waveId: wave.id, teamIds: [...wave.teamIds], dependsOn: [phaseIdOfWave(wave.id)] });
    waveDates.push({ waveId: wave.id, start: startIso, end: cutoverIso, cutover: { start: cutoverIso, end: cutoverIso }, teams: teamParts, startDay: s, cutoverDay: c, wantedCutoverDay: buf.wanted[w]!, hypercareEndDay: buf.hypercareEnd[w]! });
  });
  phases.push({
    id: 'decommission',
    kind: 'decommission',
    name: 'Decommission the source',
    ...span(f.decommissionStart, endDay),
    teamIds: allTeams,
    dependsOn: waves.length > 0 ? waves.map((w) => hypercareIdOfWave(w.id)) : ['foundation'],
  });

  const milestones: Milestone[] = [{ id: 'landing-zone-ready', code: 'milestone.landingZoneReady', name: 'Landing zones ready', date: d(f.ready - 1) }];
  if (tasks.length > 0) milestones.push({ id: 'compliance-cleared', code: 'milestone.complianceCleared', name: 'Compliance gates cleared', date: d(Math.max(...taskEnds) - 1) });
  waves.forEach((wave, w) => {
    const date = dates.finish[w] ?? d(buf.cutover[w]!);
    milestones.push(wave.isPilot ? { id: 'pilot-cutover', code: 'milestone.pilotCutover', name: `Pilot cutover: ${wave.name}`, date } : { id: `cutover:${wave.id}`, code: 'milestone.waveCutover', name: `Cutover: ${wave.name}`, date });
  });
  milestones.push({ id: 'program-end', code: 'milestone.programEnd', name: 'Program complete', date: d(endDay - 1) });

  const index = phaseIndex(model);
  const phaseIds = new Array<string>(index.count);
  phaseIds[index.assess] = 'assess';
  phaseIds[index.foundation] = 'foundation';
  tasks.forEach((c, g) => (phaseIds[index.compliance(g)] = c.id));
  model.leadIds.forEach((id, l) => (phaseIds[index.lead(l)] = id));
  waves.forEach((wave, w) => {
    phaseIds[index.wave(w)] = phaseIdOfWave(wave.id);
    phaseIds[index.hypercare(w)] = hypercareIdOfWave(wave.id);
  });
  phaseIds[index.decommission] = 'decommission';
  const visited: number[] = [];
  walkCriticalPath(model, buf, trace, index, new Int32Array(index.count), new Int32Array(index.count).fill(-1), 0, visited);
  const path = visited.map((k) => phaseIds[k]!);

  return {
    schedule: { start: d(0), end: d(endDay - 1), deterministicEnd: d(endDay - 1), deterministicWorkingDays: endDay, fixedLengthDays, phases, milestones },
    waves: waveDates,
    model,
    inputs,
    compliance: tasks,
    leadTimes: leads,
    endDay,
    foundationStartDay: f.foundationStart,
    readyDay: f.ready,
    criticalPath: path.reverse().filter((id, i, a) => a.indexOf(id) === i),
    phaseIds,
    actualFinish: dates.finish,
    actuals: actuals.effect,
    buffers: buf,
  };
}

/**
 * The working days the deterministic plan would still take if every team had unlimited engineers
 * (each part of a wave and the landing zone's work then take a day): what waits, approvals,
 * gates, minimum lengths, rehearsals, the pilot's lessons and hypercare hold, which no head count
 * shortens. The Summary says so when they are most of the plan.
 */
function fixedLength(model: ScheduleModel, calendar: WorkingCalendar): number {
  const unlimited: ScheduleModel = { ...model, teamCapacity: model.teamCapacity.map((c) => (c > 0 ? c * 1e9 : c)), decommissionDays: 1 };
  return runSchedule(unlimited, likelyInputs(unlimited), calendar, createBuffers(unlimited));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

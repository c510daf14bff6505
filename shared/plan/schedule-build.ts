/**
 * From a project and its waves to the numbers the schedule runs on: the fixed program frame
 * (assess, foundation, compliance gates, hypercare, decommission) and the per-wave typed arrays.
 */
import { complianceGates } from '../catalog/compliance-gates';
import type { Project } from '../model/schema';
import type { Assumptions } from './assumptions';
import type { WorkingCalendar } from './calendar';
import type { ScheduleModel } from './schedule-model';
import type { WaveDraft, WorkloadEstimate, WorkloadId } from './types';

/** A compliance task that gates production cutovers. Working-day numbers, half-open. */
export interface ComplianceTask {
  readonly id: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The phase it starts from (for dependencies and the critical path). */
  readonly after: 'assess' | 'foundation';
  readonly assumptionId: string;
}

/** The parts of the program that do not depend on effort. */
export interface ProgramFrame {
  readonly assessDays: number;
  readonly foundationStart: number;
  readonly readyDay: number;
  readonly compliance: readonly ComplianceTask[];
  readonly hypercareDays: number;
  readonly decommissionDays: number;
  /** Team ids by index; waves refer to teams by these indexes. */
  readonly teamIds: readonly string[];
  /** 0..1: where the estate sits between the smallest and largest program (log of workload count). */
  readonly scale: number;
}

const days = (v: number) => Math.max(0, Math.round(Number.isFinite(v) ? v : 0));

export function programFrame(project: Project, waves: readonly WaveDraft[], a: Assumptions): ProgramFrame {
  const moving = waves.reduce((n, w) => n + w.workloadIds.length, 0);
  const lo = Math.max(1, a.value('phase.scale.workloadsAtMin'));
  const hi = Math.max(lo + 1, a.value('phase.scale.workloadsAtMax'));
  const scale = clamp01(Math.log(Math.max(1, moving) / lo) / Math.log(hi / lo));
  const between = (min: number, max: number, t: number) => days(min + Math.max(0, max - min) * clamp01(t));

  const assessDays = Math.max(1, between(a.value('phase.assess.minDays'), a.value('phase.assess.maxDays'), scale));
  const targets = new Set(project.workloads.map((w) => w.target?.provider ?? project.project.defaultTargets[0]));
  const foundationT = scale + a.value('phase.foundation.perExtraTarget') * Math.max(0, targets.size - 1);
  const foundationDays = Math.max(1, between(a.value('phase.foundation.minDays'), a.value('phase.foundation.maxDays'), foundationT));
  const foundationStart = Math.max(0, assessDays - days(a.value('phase.foundation.overlapDays')));
  const readyDay = Math.max(assessDays, foundationStart + foundationDays);

  const compliance: ComplianceTask[] = [];
  const c = project.project.compliance;
  // Which gates apply follows the regions: ICP only where a mainland domain moves to a new provider.
  const gates = complianceGates(project);
  if (gates.icp.applies) {
    // Filing needs the new provider's account, which the landing zone creates first.
    const n = days(a.value('compliance.icpFilingDays'));
    compliance.push({ id: 'compliance:icp', name: 'ICP filing with the new provider', start: foundationStart, end: foundationStart + n, after: 'foundation', assumptionId: 'compliance.icpFilingDays' });
  }
  if (gates.mlps.applies) {
    // MLPS assesses the new environment, so it can only start once the landing zone exists.
    const n = days(a.value('compliance.mlpsAssessmentDays'));
    compliance.push({ id: 'compliance:mlps', name: `MLPS 2.0 level ${c.mlpsLevel} re-assessment`, start: readyDay, end: readyDay + n, after: 'foundation', assumptionId: 'compliance.mlpsAssessmentDays' });
  }
  if (gates.pipl.applies) {
    // The PIPL assessment needs the data-flow inventory that assess produces.
    const n = days(a.value('compliance.crossBorderAssessmentDays'));
    compliance.push({ id: 'compliance:pipl', name: 'PIPL cross-border data assessment', start: assessDays, end: assessDays + n, after: 'assess', assumptionId: 'compliance.crossBorderAssessmentDays' });
  }

  return {
    assessDays,
    foundationStart,
    readyDay,
    compliance,
    hypercareDays: days(a.value('phase.hypercare.days')),
    decommissionDays: Math.max(1, between(a.value('phase.decommission.minDays'), a.value('phase.decommission.maxDays'), scale)),
    teamIds: project.teams.map((t) => t.id),
    scale,
  };
}

export function buildScheduleModel(
  project: Project,
  waves: readonly WaveDraft[],
  estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>,
  a: Assumptions,
  calendar: WorkingCalendar,
  frame: ProgramFrame,
): ScheduleModel {
  const n = waves.reduce((s, w) => s + w.workloadIds.length, 0);
  const workloadIds: WorkloadId[] = [];
  const waveWorkloadStart = new Int32Array(waves.length + 1);
  const optimistic = new Float64Array(n);
  const likely = new Float64Array(n);
  const pessimistic = new Float64Array(n);
  const capacity = new Float64Array(waves.length);
  const minDays = new Int32Array(waves.length);
  const transferDays = new Float64Array(waves.length);
  const gated = new Uint8Array(waves.length);

  const teamIndex = new Map(frame.teamIds.map((id, i) => [id, i]));
  const teamOfWorkload = new Map(project.workloads.map((w) => [w.id, w.team]));
  const focusDefault = a.value('team.focusFactor');
  const teamCapacity = project.teams.map((t) => t.engineers * clampFocus(t.focus ?? focusDefault));
  const extraTeams: string[] = [];
  const waveTeamLists: number[][] = [];

  const hoursToWorkingDays = (h: number) => (h / 24) * (calendar.workingDaysPerWeek / 7);
  const applianceDays = Math.max(0, a.value('transfer.offlineApplianceDays'));
  const waveOf = new Map<WorkloadId, number>();
  const workloadById = new Map(project.workloads.map((w) => [w.id, w]));
  const lineGbPerDay = (Math.max(1, a.value('transfer.bandwidthMbps')) * 1e6 * Math.min(1, Math.max(0.05, a.value('transfer.efficiency'))) * 86_400) / 8e9;
  const gateEnd = frame.compliance.reduce((m, c) => Math.max(m, c.end), 0);
  const hasProductionWave = waves.some((w) => !w.isPilot);

  let k = 0;
  waves.forEach((wave, w) => {
    waveWorkloadStart[w] = k;
    let online = 0;
    let offline = 0;
    let catchUp = 0;
    const teams = new Set<string>(wave.teamIds);
    for (const id of wave.workloadIds) {
      const e = estimates[id];
      workloadIds.push(id);
      optimistic[k] = e?.effort.optimistic ?? 0;
      likely[k] = e?.effort.likely ?? 0;
      pessimistic[k] = e?.effort.pessimistic ?? 0;
      k++;
      waveOf.set(id, w);
      if (wave.teamIds.length === 0) teams.add(teamOfWorkload.get(id) ?? '');
      const t = hoursToWorkingDays(e?.transferHours ?? 0);
      // A line is shared, so online copies add up; appliances ship in parallel, and what changed
      // while the appliance travelled still has to cross the line before cutover.
      if (e?.offlineTransferSuggested && applianceDays < t) {
        offline = Math.max(offline, applianceDays);
        catchUp += hoursToWorkingDays(catchUpHours(workloadById.get(id)?.size.dailyChangeGb ?? 0, applianceDays * (7 / calendar.workingDaysPerWeek), lineGbPerDay));
      } else online += t;
    }
    transferDays[w] = Math.max(online, offline) + catchUp;
    const list: number[] = [];
    let cap = 0;
    for (const id of [...teams].sort()) {
      let idx = teamIndex.get(id);
      if (idx === undefined) {
        // An unknown team still needs a slot of its own; it counts as one engineer.
        idx = frame.teamIds.length + extraTeams.length;
        teamIndex.set(id, idx);
        extraTeams.push(id);
        teamCapacity[idx] = clampFocus(focusDefault);
      }
      list.push(idx);
      cap += teamCapacity[idx] ?? 0;
    }
    waveTeamLists.push(list);
    capacity[w] = cap > 0 ? cap : clampFocus(focusDefault);
    minDays[w] = Math.max(1, Math.round(a.value(wave.isPilot ? 'phase.pilot.minDays' : 'phase.wave.minDays')));
    // Compliance gates production cutovers; the pilot is gated only when it is all there is.
    gated[w] = gateEnd > 0 && (!wave.isPilot || !hasProductionWave) ? 1 : 0;
  });
  waveWorkloadStart[waves.length] = k;

  const waveTeamStart = new Int32Array(waves.length + 1);
  const flatTeams: number[] = [];
  waveTeamLists.forEach((list, w) => {
    waveTeamStart[w] = flatTeams.length;
    flatTeams.push(...list);
  });
  waveTeamStart[waves.length] = flatTeams.length;

  // Wave w must cut over after every earlier wave holding something its workloads need.
  const deps: Set<number>[] = waves.map(() => new Set<number>());
  for (const dep of project.dependencies) {
    const from = waveOf.get(dep.from);
    const to = waveOf.get(dep.to);
    if (from !== undefined && to !== undefined && to < from) deps[from]!.add(to);
  }
  const waveDepStart = new Int32Array(waves.length + 1);
  const flatDeps: number[] = [];
  deps.forEach((set, w) => {
    waveDepStart[w] = flatDeps.length;
    flatDeps.push(...[...set].sort((x, y) => x - y));
  });
  waveDepStart[waves.length] = flatDeps.length;

  return {
    waveCount: waves.length,
    workloadIds,
    waveWorkloadStart,
    optimistic,
    likely,
    pessimistic,
    capacity,
    minDays,
    transferDays,
    waveTeamStart,
    waveTeams: Int32Array.from(flatTeams),
    teamIds: [...frame.teamIds, ...extraTeams],
    teamCount: frame.teamIds.length + extraTeams.length,
    waveDepStart,
    waveDeps: Int32Array.from(flatDeps),
    gated,
    gateEnd,
    ...complianceDurations(frame.compliance, a),
    pilot: waves.findIndex((w) => w.isPilot),
    readyDay: frame.readyDay,
    hypercareDays: frame.hypercareDays,
    decommissionDays: frame.decommissionDays,
    // No actuals until applyActuals (actuals.ts) puts them in.
    actualStart: new Int32Array(waves.length).fill(-1),
    actualCutover: new Int32Array(waves.length).fill(-1),
    actualPrepEnd: new Int32Array(waves.length).fill(-1),
    statusDay: 0,
  };
}

/**
 * Compliance durations as three points: authority reviews run early, and late (materials sent back,
 * the clock stopped for supplements); `compliance.optimisticRatio` / `compliance.pessimisticRatio`
 * of the likely duration. Effort's program factor does not apply: the authority is not the team.
 */
function complianceDurations(tasks: readonly ComplianceTask[], a: Assumptions) {
  const lo = Math.min(1, Math.max(0, a.value('compliance.optimisticRatio')));
  const hi = Math.max(1, a.value('compliance.pessimisticRatio'));
  const likely = Float64Array.from(tasks, (t) => t.end - t.start);
  return {
    complianceStart: Int32Array.from(tasks, (t) => t.start),
    complianceOptimistic: likely.map((d) => d * lo),
    complianceLikely: likely,
    compliancePessimistic: likely.map((d) => d * hi),
  };
}

/**
 * Hours the line needs to carry the changes made while an appliance was in transit, while new
 * changes keep arriving (the line's spare share, floored at 10% as in the estimate).
 */
function catchUpHours(dailyChangeGb: number, transitDays: number, lineGbPerDay: number): number {
  const change = Math.max(0, dailyChangeGb);
  const spare = Math.max(0.1 * lineGbPerDay, lineGbPerDay - change);
  return ((change * transitDays) / spare) * 24;
}

function clampFocus(f: number): number {
  return Number.isFinite(f) && f > 0 ? Math.min(1, f) : 0.7;
}

function clamp01(t: number): number {
  return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
}

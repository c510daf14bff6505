/**
 * From a project, its foundation and its waves to the numbers the schedule runs on: the program
 * frame (assessment, landing zone, compliance gates, hypercare, decommission) and the per-wave,
 * per-team typed arrays (model.ts).
 */
import { complianceGates } from '../../catalog/compliance-gates';
import type { AssumptionId } from '../../model/default-assumptions';
import type { Project } from '../../model/schema';
import type { Assumptions } from '../assumptions';
import type { WorkingCalendar } from '../calendar';
import type { FoundationDraft } from '../foundation';
import type { WaveDraft, WorkloadEstimate, WorkloadId } from '../types';
import { assessmentSize, foundationSize, isConfirmed } from './frame';
import { LEAD_TIME_KINDS, leadTimeTasks, needsRehearsal, rehearsalLikelyDays, rehearsalRule } from './lead-times';
import type { ScheduleModel } from './model';
import { decommissionDays, decommissionPersonDays, hypercareDays, waveMinimum } from './wave-frame';

/** A compliance task that gates production cutovers. */
export interface ComplianceTask {
  readonly id: string;
  readonly gate: 'icp' | 'mlps' | 'pipl';
  readonly name: string;
  /** What it starts from: the landing zone's start, its readiness, or the end of assessment. */
  readonly anchor: 'foundation-start' | 'ready' | 'assess';
  readonly likelyDays: number;
  readonly assumptionId: AssumptionId;
}

/** Effort estimates are clamped to this many person-days: an absurd override plans, and the horizon check reports it. */
export const MAX_EFFORT_PERSON_DAYS = 1e7;

export function complianceTasks(project: Project, a: Assumptions): ComplianceTask[] {
  const c = project.project.compliance;
  const days = (id: AssumptionId) => Math.max(1, Math.round(finite(a.value(id))));
  const tasks: ComplianceTask[] = [];
  // Which gates apply follows the regions: ICP only where a mainland domain moves to a new provider.
  const gates = complianceGates(project);
  // Filing needs the new provider's account, which the landing zone creates first.
  if (gates.icp.applies) tasks.push({ id: 'compliance:icp', gate: 'icp', name: 'ICP filing with the new provider', anchor: 'foundation-start', likelyDays: days('compliance.icpFilingDays'), assumptionId: 'compliance.icpFilingDays' });
  // MLPS assesses the new environment, so it can only start once the landing zone exists.
  if (gates.mlps.applies) tasks.push({ id: 'compliance:mlps', gate: 'mlps', name: `MLPS 2.0 level ${c.mlpsLevel} re-assessment`, anchor: 'ready', likelyDays: days('compliance.mlpsAssessmentDays'), assumptionId: 'compliance.mlpsAssessmentDays' });
  // The PIPL assessment needs the data-flow inventory that assessment produces.
  if (gates.pipl.applies) tasks.push({ id: 'compliance:pipl', gate: 'pipl', name: 'PIPL cross-border data assessment', anchor: 'assess', likelyDays: days('compliance.crossBorderAssessmentDays'), assumptionId: 'compliance.crossBorderAssessmentDays' });
  return tasks;
}

export function buildScheduleModel(
  project: Project,
  foundation: Pick<FoundationDraft, 'teamId' | 'effort' | 'workloadIds'>,
  waves: readonly WaveDraft[],
  estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>,
  a: Assumptions,
  calendar: WorkingCalendar,
): ScheduleModel {
  const W = waves.length;
  const teamIds = project.teams.map((t) => t.id);
  const teamIndex = new Map(teamIds.map((id, i) => [id, i]));
  const focusDefault = a.value('team.focusFactor');
  const capacity: number[] = project.teams.map((t) => t.engineers * clampFocus(t.focus ?? focusDefault));
  const engineers: number[] = project.teams.map((t) => Math.max(0, t.engineers));
  const teamOfWorkload = new Map(project.workloads.map((w) => [w.id, w.team]));
  const teamOf = (id: string): number => {
    const team = teamOfWorkload.get(id) ?? '';
    let idx = teamIndex.get(team);
    if (idx === undefined) {
      // An unknown team (the validator reports it) still needs a slot of its own: one engineer.
      idx = teamIds.length;
      teamIds.push(team);
      teamIndex.set(team, idx);
      capacity.push(clampFocus(focusDefault));
      engineers.push(1);
    }
    return idx;
  };

  // Parts: per wave, one per team, teams in project order; workloads grouped by part.
  const workloadIds: WorkloadId[] = [];
  const o: number[] = [];
  const m: number[] = [];
  const p: number[] = [];
  const partTeam: number[] = [];
  const partWave: number[] = [];
  const partWorkloadStart: number[] = [];
  const waveFirstPart = new Int32Array(W + 1);
  const minDays = new Float64Array(W);
  const onlineDays = new Float64Array(W);
  const applianceDays = new Float64Array(W);
  const gated = new Uint8Array(W);
  const waveOf = new Map<WorkloadId, number>();
  const toWorkingDays = (hours: number) => (hours / 24) * (calendar.workingDaysPerWeek / 7);
  const tasks = complianceTasks(project, a);
  const leads = leadTimeTasks(project, a);
  const rule = rehearsalRule(a);
  const rehearsed = new Set(project.workloads.filter(needsRehearsal).map((w) => w.id));
  const rehearsalDrills = new Int32Array(W);
  const rehearsalDays = new Float64Array(W);
  const hasProductionWave = waves.some((w) => !w.isPilot);
  const workloadById = new Map(project.workloads.map((w) => [w.id, w]));
  const hypercare = new Float64Array(W);
  waves.forEach((wave, w) => {
    waveFirstPart[w] = partTeam.length;
    const byTeam = new Map<number, WorkloadId[]>();
    for (const id of wave.workloadIds) {
      waveOf.set(id, w);
      const t = teamOf(id);
      const list = byTeam.get(t);
      if (list) list.push(id);
      else byTeam.set(t, [id]);
    }
    for (const t of [...byTeam.keys()].sort((x, y) => x - y)) {
      partTeam.push(t);
      partWave.push(w);
      partWorkloadStart.push(workloadIds.length);
      for (const id of byTeam.get(t)!) {
        const e = estimates[id]?.effort;
        workloadIds.push(id);
        o.push(effortOf(e?.optimistic));
        m.push(effortOf(e?.likely));
        p.push(effortOf(e?.pessimistic));
      }
    }
    // A line is shared, so online copies add up; appliances ship in parallel, each with its own
    // catch-up over the line (estimate/transfer.ts).
    let online = 0;
    let offline = 0;
    for (const id of wave.workloadIds) {
      const e = estimates[id];
      if (!e) continue;
      if (e.offlineTransferSuggested) offline = Math.max(offline, e.applianceWorkingDays);
      else online += toWorkingDays(e.transferHours);
    }
    onlineDays[w] = Math.min(calendar.horizon, online);
    applianceDays[w] = Math.min(calendar.horizon, offline);
    // What no effort explains: its cutover's approvals and notice, its watch afterwards (wave-frame.ts).
    const held = wave.workloadIds.flatMap((id) => workloadById.get(id) ?? []);
    minDays[w] = waveMinimum(wave, held, a).days;
    hypercare[w] = Math.round(hypercareDays(wave.environment, held, a));
    // Compliance gates production cutovers; the pilot is gated only when it is all there is.
    gated[w] = tasks.length > 0 && (!wave.isPilot || !hasProductionWave) ? 1 : 0;
    // A wave holding a mission-critical or zero-downtime workload rehearses its cutover.
    if (rule.drills > 0 && wave.workloadIds.some((id) => rehearsed.has(id))) {
      rehearsalDrills[w] = rule.drills;
      rehearsalDays[w] = rehearsalLikelyDays(rule);
    }
  });
  waveFirstPart[W] = partTeam.length;
  partWorkloadStart.push(workloadIds.length);

  // Wave w must cut over after every earlier wave holding something its workloads need.
  const deps: Set<number>[] = waves.map(() => new Set<number>());
  for (const dep of project.dependencies) {
    const from = waveOf.get(dep.from);
    const to = waveOf.get(dep.to);
    if (from !== undefined && to !== undefined && to < from) deps[from]!.add(to);
  }
  const { start: waveDepStart, deps: flatDeps } = transitiveReduction(deps);

  // The frame: assessment and the landing zone's elapsed time from what drives them (frame.ts),
  // decommission with the estate's size; the landing zone's work is the platform team's effort.
  const byId = new Map(project.workloads.map((w) => [w.id, w]));
  const movingWorkloads = [...waves.flatMap((w) => w.workloadIds), ...foundation.workloadIds].flatMap((id) => byId.get(id) ?? []);
  const assessment = assessmentSize(project, movingWorkloads, a);
  const landingZone = foundationSize(project, movingWorkloads, new Set(foundation.workloadIds), a);
  // Per part: the share of its likely effort on workloads nobody has confirmed (scope growth, simulate/sources.ts).
  const partUnconfirmed = new Float64Array(partTeam.length);
  for (let q = 0; q < partTeam.length; q++) {
    let all = 0;
    let open = 0;
    for (let i = partWorkloadStart[q]!; i < partWorkloadStart[q + 1]!; i++) {
      all += m[i]!;
      if (!isConfirmed(byId.get(workloadIds[i]!) ?? {})) open += m[i]!;
    }
    partUnconfirmed[q] = all > 0 ? open / all : 0;
  }
  // Decommission: each owner team deletes its own source resources at its capacity.
  const decommissionByTeam = new Map<number, number>();
  for (const wl of movingWorkloads) {
    const t = teamOf(wl.id);
    decommissionByTeam.set(t, (decommissionByTeam.get(t) ?? 0) + decommissionPersonDays(wl, a));
  }
  const platformTeam = teamIndex.get(foundation.teamId) ?? 0;
  if (capacity.length === 0) {
    capacity.push(clampFocus(focusDefault));
    engineers.push(1);
  }
  return {
    waveCount: W,
    teamCount: teamIds.length,
    teamIds,
    teamCapacity: Float64Array.from(capacity),
    teamEngineers: Float64Array.from(engineers),
    workloadIds,
    optimistic: Float64Array.from(o),
    likely: Float64Array.from(m),
    pessimistic: Float64Array.from(p),
    partCount: partTeam.length,
    partTeam: Int32Array.from(partTeam),
    partWave: Int32Array.from(partWave),
    partWorkloadStart: Int32Array.from(partWorkloadStart),
    partUnconfirmed,
    waveFirstPart,
    minDays,
    onlineDays,
    applianceDays,
    waveDepStart,
    waveDeps: flatDeps,
    gated,
    pilot: waves.findIndex((w) => w.isPilot),
    assessDays: assessment.days,
    overlapDays: Math.max(0, Math.round(finite(a.value('phase.foundation.overlapDays')))),
    foundationMinDays: landingZone.days,
    foundationEffort: { optimistic: effortOf(foundation.effort.optimistic), likely: effortOf(foundation.effort.likely), pessimistic: effortOf(foundation.effort.pessimistic) },
    platformTeam,
    lessonsDays: Math.max(0, Math.round(finite(a.value('phase.pilot.lessonsDays')))),
    hypercareDays: hypercare,
    hypercareShare: clamp01(finite(a.value('team.hypercareShare'))),
    decommissionDays: decommissionDays(decommissionByTeam, capacity),
    complianceIds: tasks.map((t) => t.id),
    complianceAnchor: Int8Array.from(tasks, (t) => (t.anchor === 'foundation-start' ? 0 : t.anchor === 'ready' ? 1 : 2)),
    complianceOptimistic: Float64Array.from(tasks, (t) => t.likelyDays * clamp01(finite(a.value('compliance.optimisticRatio')))),
    complianceLikely: Float64Array.from(tasks, (t) => t.likelyDays),
    compliancePessimistic: Float64Array.from(tasks, (t) => t.likelyDays * Math.max(1, finite(a.value('compliance.pessimisticRatio')))),
    leadIds: leads.map((l) => l.id),
    leadAnchor: Int8Array.from(leads, (l) => (l.anchor === 'foundation-start' ? 0 : 1)),
    leadGate: Int8Array.from(leads, (l) => (l.gate === 'ready' ? 0 : l.gate === 'transfer' ? 1 : 2)),
    leadKind: Int8Array.from(leads, (l) => LEAD_TIME_KINDS.indexOf(l.kind)),
    leadOptimistic: Float64Array.from(leads, (l) => l.optimisticDays),
    leadLikely: Float64Array.from(leads, (l) => l.likelyDays),
    leadPessimistic: Float64Array.from(leads, (l) => l.pessimisticDays),
    rehearsalDrills,
    rehearsalDays,
    // No actuals until applyActuals (actuals.ts) puts them in.
    actualStart: new Int32Array(W).fill(-1),
    actualCutover: new Int32Array(W).fill(-1),
    actualPrepEnd: new Int32Array(W).fill(-1),
    statusDay: 0,
    blockedUntil: new Int32Array(W).fill(-1),
    horizon: calendar.horizon,
  };
}

/**
 * Only the direct constraints that matter: if wave w follows v, and v follows u, then w already
 * cuts over after u, so w's constraint on u is dropped (exact, and it keeps every Monte Carlo run
 * linear in the waves of a large estate). Bitsets of what each wave follows, latest first.
 */
function transitiveReduction(deps: readonly Set<number>[]): { start: Int32Array; deps: Int32Array } {
  const W = deps.length;
  const words = Math.ceil(W / 32);
  const reach = new Uint32Array(W * words);
  const start = new Int32Array(W + 1);
  const kept: number[] = [];
  for (let w = 0; w < W; w++) {
    start[w] = kept.length;
    const base = w * words;
    for (const d of [...deps[w]!].sort((x, y) => y - x)) {
      if (reach[base + (d >>> 5)]! & (1 << (d & 31))) continue;
      kept.push(d);
      reach[base + (d >>> 5)]! |= 1 << (d & 31);
      for (let k = 0; k < words; k++) reach[base + k]! |= reach[d * words + k]!;
    }
  }
  start[W] = kept.length;
  // Each wave's kept constraints in ascending order, as the schedule reads them.
  const out = new Int32Array(kept.length);
  for (let w = 0; w < W; w++) {
    const slice = kept.slice(start[w]!, start[w + 1]!).sort((x, y) => x - y);
    out.set(slice, start[w]!);
  }
  return { start, deps: out };
}

function effortOf(x: number | undefined): number {
  return Number.isFinite(x) && (x as number) > 0 ? Math.min(MAX_EFFORT_PERSON_DAYS, x as number) : 0;
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

function clampFocus(f: number): number {
  return Number.isFinite(f) && f > 0 ? Math.min(1, Math.max(1e-3, f)) : 0.7;
}

function clamp01(t: number): number {
  return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
}

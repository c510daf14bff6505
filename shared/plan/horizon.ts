/**
 * Checks that need the deterministic schedule: a plan that cannot finish inside the ten-year
 * horizon is an error naming the cause (a freeze longer than the horizon, a team without real
 * capacity, an absurd effort, a copy that takes years, a phase set to years), and a daily change
 * rate the line cannot carry is an error with the line speed that would do. `decamp validate`
 * reports these exactly as `plan` does (it runs `planDeterministic`).
 */
import type { Project } from '../model/schema';
import type { WorkingCalendar } from './calendar';
import { formatDataSize, plural } from './english';
import type { ScheduledProgram } from './schedule';
import type { PlanIssue, WaveDraft, WorkloadEstimate, WorkloadId } from './types';
import { workloadIndex } from './waves/conditions';

export function horizonIssues(project: Project, scheduled: ScheduledProgram, waves: readonly WaveDraft[], estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>, calendar: WorkingCalendar): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const names = new Map(project.workloads.map((w) => [w.id, w.name]));
  const indexOf = (id: string) => workloadIndex(project, id);

  // Change rates the line cannot carry: the incremental sync never catches up.
  for (const w of project.workloads) {
    const e = estimates[w.id];
    if (!e?.changeRateExceedsLine) continue;
    issues.push({
      id: `issue:change-rate-exceeds-line:${w.id}`,
      severity: 'error',
      code: 'change-rate-exceeds-line',
      params: { workload: w.name, workloadId: w.id, dailyChangeGb: w.size.dailyChangeGb, dailyChange: formatDataSize(w.size.dailyChangeGb), requiredMbps: e.requiredMbps },
      message:
        `${w.name} writes ${formatDataSize(w.size.dailyChangeGb)} a day, more than the line carries (transfer.bandwidthMbps x transfer.efficiency), so its incremental sync can never catch up and it can never cut over. ` +
        `A line of at least ${e.requiredMbps.toLocaleString('en-US')} Mbit/s would leave half of it for the copy; or cut the change rate before the move.`,
      path: ['workloads', indexOf(w.id), 'size', 'dailyChangeGb'],
      workloadIds: [w.id],
    });
  }

  const model = scheduled.model;
  const H = model.horizon;
  if (scheduled.endDay < H) return issues;
  const horizonEnd = calendar.dateOf(H);
  const causes: string[] = [];
  const frame = scheduled.buffers.frame;
  if (frame.assessEnd >= H) causes.push('the assessment (phase.assess.baseDays, daysPerApplication, maxDays) is longer than the horizon');
  if (frame.ready >= H) causes.push('the landing zone cannot be ready inside it (phase.foundation.daysPerProvider, daysPerAccount, daysPerRegion, daysPerIdentityIntegration, or the platform team\'s capacity for the platform work)');
  if (frame.gateEnd >= H) causes.push('a compliance review is set longer than the horizon');
  waves.forEach((wave, w) => {
    const buf = scheduled.buffers;
    // Cutovers are clamped to the horizon's last day; one held there by a freeze never happens.
    if (buf.wanted[w]! < H - 1 && buf.cutover[w]! >= H - 1 && calendar.freezesAt(buf.wanted[w]!).length > 0) {
      const freeze = calendar.freezesAt(buf.wanted[w]!)[0];
      causes.push(`${wave.name} is ready on ${calendar.dateOf(buf.wanted[w]!)} but the freeze window ${freeze ? `'${freeze.name}' (${freeze.start} to ${freeze.end})` : ''} holds every cutover past the horizon`);
    }
    for (let p = model.waveFirstPart[w]!; p < model.waveFirstPart[w + 1]!; p++) {
      if (buf.partEnd[p]! < H) continue;
      const t = model.partTeam[p]!;
      const team = project.teams.find((x) => x.id === model.teamIds[t]);
      let biggest = '';
      let most = -1;
      for (let i = model.partWorkloadStart[p]!; i < model.partWorkloadStart[p + 1]!; i++) {
        if (model.likely[i]! > most) {
          most = model.likely[i]!;
          biggest = model.workloadIds[i]!;
        }
      }
      const capacity = model.teamCapacity[t]!;
      const override = project.overrides.find((o) => o.workloadId === biggest);
      causes.push(
        `team ${team?.name ?? model.teamIds[t]} works ${round(capacity)} person-days a working day (engineers x focus) and its part of ${wave.name} needs ${round(scheduled.inputs.partEffort[p]!)}` +
          (most > 0 ? `, most of it ${names.get(biggest) ?? biggest} (${round(most)} person-days${override ? `, the override '${override.id}'` : ''})` : ''),
      );
    }
    if (buf.start[w]! + Math.max(model.onlineDays[w]!, model.applianceDays[w]!) >= H) causes.push(`the data of ${wave.name} needs ${plural(Math.round(Math.max(model.onlineDays[w]!, model.applianceDays[w]!)), 'working day')} on the line or the appliances`);
  });
  if (causes.length === 0) causes.push('the waves, hypercare and decommission together are longer than the horizon (phase.hypercare.*, phase.decommission.*, phase.cutover.*)');
  issues.push({
    id: 'issue:beyond-horizon:program',
    severity: 'error',
    code: 'beyond-horizon',
    params: { horizonEnd, causes: causes.length, cause: causes[0]! },
    message: `The plan cannot finish inside ten years (by ${horizonEnd}); its dates stop there. ${capitalise(causes.slice(0, 3).join('; '))}${causes.length > 3 ? `; and ${causes.length - 3} more` : ''}.`,
    path: [],
    workloadIds: [],
  });
  return issues;
}

function round(x: number): string {
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : String(Math.round(x * 100) / 100);
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

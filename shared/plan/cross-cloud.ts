/**
 * Cross-cloud links: dependencies whose two ends run on different providers for a while, because
 * they cut over in different waves, because one end never moves (retained), or because the two
 * ends go to different targets (a multi-target plan keeps them apart for good).
 *
 * Dates: a link opens when the first end cuts over (the end of its wave's cutover) and closes when
 * the second one does. When the ends never meet again (one is retained, or their targets differ)
 * the link lasts to the end of the last wave: the horizon of the plan, not a real end date.
 *
 * Costs: hard links (sync, auth, shared storage, network) add `crossCloud.latencyMs` to every call.
 * Data and async links carry data: we take the daily change of the end that produces it x 22
 * working days a month. For async, that is the `to` end (the queue or service written to); for data
 * replication the file does not say which end writes, so we take the larger of the two ends'
 * daily change (an upper bound). Egress cost is that volume x `crossCloud.egressPerGb`.
 */
import type { Project } from '../model/schema';
import { HARD_DEPENDENCY_KINDS } from '../model/vocabulary';
import type { Assumptions } from './assumptions';
import { WorkingCalendar } from './calendar';
import type { CrossCloudLink, WaveDates, WorkloadId } from './types';

/** Working days in a month, to turn a daily change rate into monthly egress. */
export const WORKING_DAYS_PER_MONTH = 22;

export function findCrossCloudLinks(project: Project, waves: readonly WaveDates[], excluded: readonly WorkloadId[], assumptions: Assumptions): CrossCloudLink[] {
  if (waves.length === 0) return [];
  const waveOf = new Map<WorkloadId, number>();
  for (const w of waves) for (const id of w.workloadIds) waveOf.set(id, w.index);
  const retained = new Set<WorkloadId>();
  const workloads = new Map<WorkloadId, Project['workloads'][number]>();
  for (const w of project.workloads) if (!workloads.has(w.id)) workloads.set(w.id, w);
  for (const id of excluded) if (workloads.get(id)?.strategy === 'retain') retained.add(id);

  let programStart = waves[0]!.start;
  let programEnd = waves[0]!.end;
  for (const w of waves) {
    if (w.start < programStart) programStart = w.start;
    if (w.end > programEnd) programEnd = w.end;
  }
  // Each wave's cutover end and its working-day number, computed once (not per dependency).
  const calendar = new WorkingCalendar(project.calendar, programStart);
  const cutover = new Map(waves.map((w) => [w.index, { date: w.cutover.end, day: calendar.indexOnOrAfter(w.cutover.end) }]));
  const programEndDay = calendar.indexOnOrAfter(programEnd);
  const latency = assumptions.value('crossCloud.latencyMs');
  const egressPerGb = assumptions.value('crossCloud.egressPerGb');
  const defaultTarget = project.project.defaultTargets[0];

  const links: CrossCloudLink[] = [];
  for (const d of project.dependencies) {
    if (d.from === d.to) continue;
    const from = workloads.get(d.from);
    const to = workloads.get(d.to);
    if (!from || !to) continue;
    const fromWave = waveOf.get(d.from) ?? null;
    const toWave = waveOf.get(d.to) ?? null;
    if ((fromWave === null && !retained.has(d.from)) || (toWave === null && !retained.has(d.to))) continue; // retired, or unknown to the plan
    if (fromWave === null && toWave === null) continue; // both stay on the source
    const fromProvider = fromWave === null ? 'source' : (from.target?.provider ?? defaultTarget);
    const toProvider = toWave === null ? 'source' : (to.target?.provider ?? defaultTarget);
    const apartForGood = fromProvider !== toProvider;
    if (fromWave === toWave && !apartForGood) continue;

    const a = fromWave === null ? undefined : cutover.get(fromWave);
    const b = toWave === null ? undefined : cutover.get(toWave);
    const first = a && b ? (a.day <= b.day ? a : b) : (a ?? b);
    const second = a && b ? (a.day <= b.day ? b : a) : (a ?? b);
    if (!first || !second) continue;
    const end = apartForGood ? { date: programEnd, day: programEndDay } : second;
    const hard = HARD_DEPENDENCY_KINDS.has(d.kind);
    const dailyGb = d.kind === 'async' ? to.size.dailyChangeGb : d.kind === 'data' ? Math.max(to.size.dailyChangeGb, from.size.dailyChangeGb) : 0;
    const egressGbPerMonth = round2(dailyGb * WORKING_DAYS_PER_MONTH);
    links.push({
      dependencyId: d.id,
      from: d.from,
      to: d.to,
      kind: d.kind,
      hard,
      fromWave,
      toWave,
      start: first.date,
      end: end.date < first.date ? first.date : end.date,
      workingDays: Math.max(0, end.day - first.day),
      latencyMs: hard ? latency : 0,
      egressGbPerMonth,
      egressCostPerMonth: round2(egressGbPerMonth * egressPerGb),
    });
  }
  return links;
}

function round2(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 100) / 100 : 0;
}

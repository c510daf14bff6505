/**
 * Blocked work in the re-forecast: what is blocked cannot finish before it is unblocked. A wave
 * marked blocked, or a wave holding a blocked workload, cannot cut over before the day the block
 * is expected to clear. Nobody knows that day, so the model judges it from how long the block has
 * already lasted (docs/planning-model.md, section 7):
 *
 *   remaining = max(MIN_REMAINING_BLOCK_DAYS, elapsed)   working days from the data date
 *
 * where `elapsed` is the working days from `blocked.since` to the data date (the latest date the
 * progress records). Waits on a vendor, an approval or a contract have long tails: the longer one
 * has lasted, the longer it is likely to last yet. For a Pareto-like duration of shape 1 the median
 * time still to come equals the time already waited (P(T > 2t | T > t) = 1/2), so the model expects
 * a block to last as long again as it has, and at least a week, the least an escalation or a change
 * approval takes. Both are the model's judgement, not published figures. The hold is the same in
 * every run: it is a known state, not a drawn uncertainty.
 */
import type { Project } from '../../model/schema';
import { isoToDay, workingDaysBetween, type WorkingCalendar } from '../calendar';
import type { BlockedHold, IsoDate, WaveDraft } from '../types';

/** The least a block is expected to last yet from the data date, in working days (judgement: a week). */
export const MIN_REMAINING_BLOCK_DAYS = 5;

export interface BlockedHolds {
  /** Per wave (model order): the first working-day number its cutover may fall on, -1 when nothing in it is blocked. */
  readonly until: Int32Array;
  readonly holds: readonly BlockedHold[];
}

/** The latest date the progress records: wave and workload starts and finishes, and the days blocks began. */
export function progressDataDate(project: Pick<Project, 'actuals' | 'workloadActuals'>): IsoDate | undefined {
  const dates: IsoDate[] = [];
  for (const a of project.actuals) dates.push(a.start, ...(a.finish ? [a.finish] : []), ...(a.blocked ? [a.blocked.since] : []));
  for (const a of project.workloadActuals ?? []) dates.push(...(a.start ? [a.start] : []), ...(a.finish ? [a.finish] : []), ...(a.blocked ? [a.blocked.since] : []));
  return dates.filter((d) => Number.isFinite(isoToDay(d))).sort().at(-1);
}

/**
 * The holds the blocked items put on their waves. A finished wave is history and a finished
 * workload is done: a block still recorded on them holds nothing.
 */
export function blockedHolds(project: Pick<Project, 'actuals' | 'workloadActuals' | 'calendar'>, waves: readonly WaveDraft[], calendar: WorkingCalendar): BlockedHolds {
  const until = new Int32Array(waves.length).fill(-1);
  const holds: BlockedHold[] = [];
  const dataDate = progressDataDate(project);
  if (dataDate === undefined) return { until, holds };
  const dataDay = calendar.indexOnOrAfter(dataDate);
  const byIndex = new Map(waves.map((w, k) => [w.index, k]));
  const waveOf = new Map<string, number>();
  waves.forEach((w, k) => w.workloadIds.forEach((id) => waveOf.set(id, k)));
  const finishedWaves = new Set(project.actuals.filter((a) => a.finish !== undefined).map((a) => a.wave));

  const hold = (k: number, since: IsoDate, reason: string, workloadId?: string) => {
    const wave = waves[k]!;
    if (finishedWaves.has(wave.index) || !Number.isFinite(isoToDay(since))) return;
    // Counted on the project's calendar, not the plan's day numbers: a block may predate the start.
    const elapsed = since >= dataDate ? 0 : Math.max(0, workingDaysBetween(project.calendar, since, dataDate) - 1);
    const remaining = Math.max(MIN_REMAINING_BLOCK_DAYS, elapsed);
    const day = Math.min(calendar.horizon - 1, dataDay + remaining);
    if (day > until[k]!) until[k] = day;
    holds.push({ waveId: wave.id, ...(workloadId ? { workloadId } : {}), reason, since, elapsedDays: elapsed, remainingDays: remaining, unblockedOn: calendar.dateOf(day) });
  };
  for (const a of project.actuals) {
    const k = byIndex.get(a.wave);
    if (a.blocked && k !== undefined && a.finish === undefined) hold(k, a.blocked.since, a.blocked.reason);
  }
  for (const a of project.workloadActuals ?? []) {
    const k = waveOf.get(a.workloadId);
    if (a.blocked && k !== undefined && a.finish === undefined) hold(k, a.blocked.since, a.blocked.reason, a.workloadId);
  }
  return { until, holds };
}

/**
 * How long a workload's data takes to reach the target: online over the line, or on offline
 * appliances whose time scales with the volume and the devices' capacity. Both count round-the-clock
 * hours (a copy does not stop at night) and end when the target has caught up with the writes made
 * meanwhile. A daily change rate the line cannot carry means the incremental sync never catches up:
 * that is reported, never turned into a long but finite date.
 */
import type { AssumptionId } from '../../model/default-assumptions';
import type { ReplicationMethod, WorkloadKind } from '../../model/vocabulary';
import type { Assumptions } from '../assumptions';

const BYTES_PER_GB = 1e9;
/** Past this share of the line taken by changes, the copy is scheduled as if it were this (the error says why). */
const MAX_SCHEDULED_CHANGE_SHARE = 0.95;
/** The line speed that "would suffice" leaves the changes at most this share of it. */
const COMFORTABLE_CHANGE_SHARE = 0.5;

export interface TransferEstimate {
  /** Round-the-clock hours to copy everything online, including the writes made during the copy. */
  readonly lineHours: number;
  /** Share of the line the daily changes take (above 1: the line cannot keep up). */
  readonly changeShare: number;
  readonly changeRateExceedsLine: boolean;
  /** A line speed at which the daily changes take half the line, in Mbit/s. */
  readonly requiredMbps: number;
  /** Offline route: devices needed, and working days from ordering to caught up. */
  readonly applianceDevices: number;
  readonly applianceWorkingDays: number;
  /** The online route in working days (round-the-clock hours on the project's calendar). */
  readonly lineWorkingDays: number;
  /** Past `transfer.offlineThresholdDays` online, and the appliances are faster (or the method is the appliance). */
  readonly offlineSuggested: boolean;
  /** The replication method and the throughput the online copy runs at: the lower of the line's and the method's. */
  readonly method: ReplicationMethod;
  readonly throughputMbps: number;
  /** What limits the online copy: the line, or the replication product's own throughput. */
  readonly boundBy: 'line' | 'method';
}

/** The assumption that gives a method's achievable throughput (the appliance has its own figures). */
export const METHOD_THROUGHPUT: Readonly<Record<Exclude<ReplicationMethod, 'appliance'>, AssumptionId>> = {
  database: 'transfer.replication.databaseMbps',
  files: 'transfer.replication.filesMbps',
  application: 'transfer.replication.applicationMbps',
};

/** The usual method for a kind: a database product for databases, their own replication for caches and queues, file sync for the rest. */
export function replicationMethodOf(kind: WorkloadKind, given: ReplicationMethod | undefined): ReplicationMethod {
  if (given) return given;
  if (kind === 'database') return 'database';
  if (kind === 'cache' || kind === 'queue') return 'application';
  return 'files';
}

/** Usable throughput of the online copy in GB per round-the-clock day: the line's, capped by the method's. */
function copyGbPerDay(a: Assumptions, method: ReplicationMethod, efficiency: number): { gbPerDay: number; mbps: number; boundBy: 'line' | 'method' } {
  const lineMbps = Math.max(1, a.value('transfer.bandwidthMbps')) * efficiency;
  const id = method === 'appliance' ? undefined : METHOD_THROUGHPUT[method];
  const methodMbps = id ? Math.max(1, finiteOr(a.value(id), lineMbps)) : Number.POSITIVE_INFINITY;
  const mbps = Math.min(lineMbps, methodMbps);
  return { gbPerDay: (mbps * 1e6 * 86_400) / (8 * BYTES_PER_GB), mbps, boundBy: methodMbps < lineMbps ? 'method' : 'line' };
}

function finiteOr(x: number, fallback: number): number {
  return Number.isFinite(x) ? x : fallback;
}

/** Usable line throughput in GB per round-the-clock day, at `efficiency` (efficiencyOf). */
export function lineGbPerDay(a: Assumptions, efficiency: number): number {
  return (Math.max(1, a.value('transfer.bandwidthMbps')) * 1e6 * efficiency * 86_400) / (8 * BYTES_PER_GB);
}

export function efficiencyOf(a: Assumptions): number {
  return Math.min(1, Math.max(0.05, a.value('transfer.efficiency')));
}

/**
 * `method` is how the copy runs; `chosen` says the project named it, so an appliance is not
 * suggested in its place (an appliance is suggested only for the usual method of the kind).
 */
export function estimateTransfer(dataGb: number, dailyChangeGb: number, a: Assumptions, workingDaysPerWeek: number, method: ReplicationMethod = 'files', chosen = false): TransferEstimate {
  const data = Math.max(0, Number.isFinite(dataGb) ? dataGb : 0);
  const change = Math.max(0, Number.isFinite(dailyChangeGb) ? dailyChangeGb : 0);
  const efficiency = efficiencyOf(a);
  const line = lineGbPerDay(a, efficiency);
  const changeShare = change / line;
  const toWorkingDays = (hours: number) => (hours / 24) * (workingDaysPerWeek / 7);
  // The full copy runs at the method's throughput where that is below the line's; the changes
  // arriving meanwhile take their share of it (D / (rate - change), as for the line).
  const copy = copyGbPerDay(a, method, efficiency);
  const copyShare = Math.min(MAX_SCHEDULED_CHANGE_SHARE, change / copy.gbPerDay);
  const lineHours = ((data / copy.gbPerDay) * 24) / (1 - copyShare);
  const requiredMbps = (change * 8 * BYTES_PER_GB) / 86_400 / efficiency / 1e6 / COMFORTABLE_CHANGE_SHARE;

  // Offline: devices of `capacityTb`, filled `parallelDevices` at a time; each full device ships
  // while the next is filled, so the logistics are paid once; the last device is imported at the
  // provider; then the writes made since the copy began cross the line.
  const capacityGb = Math.max(1, a.value('transfer.appliance.capacityTb')) * 1000;
  const parallel = Math.max(1, Math.floor(a.value('transfer.appliance.parallelDevices')) || 1);
  const rate = Math.max(1, a.value('transfer.appliance.copyGbPerHour'));
  const logistics = Math.max(0, a.value('transfer.appliance.logisticsDays'));
  const devices = data > 0 ? Math.ceil(data / capacityGb) : 0;
  const perDeviceHours = devices > 0 ? data / devices / rate : 0;
  const copyHours = Math.ceil(devices / parallel) * perDeviceHours + perDeviceHours;
  const elapsedCalendarDays = logistics * (7 / workingDaysPerWeek) + copyHours / 24;
  // Past the line's capacity the sync never catches up; it is scheduled at the capped share (the error says why).
  const scheduledChange = Math.min(change, MAX_SCHEDULED_CHANGE_SHARE * line);
  const catchUpHours = change > 0 ? ((scheduledChange * elapsedCalendarDays) / (line - scheduledChange)) * 24 : 0;
  const applianceWorkingDays = devices > 0 ? logistics + toWorkingDays(copyHours + catchUpHours) : 0;
  const lineWorkingDays = toWorkingDays(lineHours);
  const offlineSuggested = devices > 0 && (method === 'appliance' || (!chosen && lineHours / 24 > a.value('transfer.offlineThresholdDays') && applianceWorkingDays < lineWorkingDays));
  return {
    lineHours,
    changeShare,
    changeRateExceedsLine: changeShare >= 1,
    requiredMbps,
    applianceDevices: devices,
    applianceWorkingDays,
    lineWorkingDays,
    offlineSuggested,
    method,
    throughputMbps: copy.mbps,
    boundBy: copy.boundBy,
  };
}

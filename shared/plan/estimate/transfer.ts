/**
 * How long a workload's data takes to reach the target: online over the line, or on offline
 * appliances whose time scales with the volume and the devices' capacity. Both count round-the-clock
 * hours (a copy does not stop at night) and end when the target has caught up with the writes made
 * meanwhile. A daily change rate the line cannot carry means the incremental sync never catches up:
 * that is reported, never turned into a long but finite date.
 */
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
  /** Past `transfer.offlineThresholdDays` online, and the appliances are faster. */
  readonly offlineSuggested: boolean;
}

/** Usable line throughput in GB per round-the-clock day. */
export function lineGbPerDay(a: Assumptions, efficiency = efficiencyOf(a)): number {
  return (Math.max(1, a.value('transfer.bandwidthMbps')) * 1e6 * efficiency * 86_400) / (8 * BYTES_PER_GB);
}

export function efficiencyOf(a: Assumptions): number {
  return Math.min(1, Math.max(0.05, a.value('transfer.efficiency')));
}

/**
 * Hours to copy `dataGb` online while `dailyChangeGb` keeps arriving: D / (line - change), i.e. the
 * plain copy time stretched by 1 / (1 - change share).
 */
export function transferHoursFor(dataGb: number, dailyChangeGb: number, a: Assumptions): number {
  const line = lineGbPerDay(a);
  const share = Math.max(0, dailyChangeGb) / line;
  const copyHours = (Math.max(0, dataGb) / line) * 24;
  return copyHours / (1 - Math.min(MAX_SCHEDULED_CHANGE_SHARE, share));
}

export function estimateTransfer(dataGb: number, dailyChangeGb: number, a: Assumptions, workingDaysPerWeek: number): TransferEstimate {
  const data = Math.max(0, Number.isFinite(dataGb) ? dataGb : 0);
  const change = Math.max(0, Number.isFinite(dailyChangeGb) ? dailyChangeGb : 0);
  const efficiency = efficiencyOf(a);
  const line = lineGbPerDay(a, efficiency);
  const changeShare = change / line;
  const toWorkingDays = (hours: number) => (hours / 24) * (workingDaysPerWeek / 7);
  const lineHours = transferHoursFor(data, change, a);
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
  const offlineSuggested = devices > 0 && lineHours / 24 > a.value('transfer.offlineThresholdDays') && applianceWorkingDays < lineWorkingDays;
  return {
    lineHours,
    changeShare,
    changeRateExceedsLine: changeShare >= 1,
    requiredMbps,
    applianceDevices: devices,
    applianceWorkingDays,
    lineWorkingDays,
    offlineSuggested,
  };
}

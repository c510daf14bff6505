import { round } from '../estimate';
import type { ScheduleModel } from '../schedule';
import type { SpreadDriver } from '../types';

export const MAX_SPREAD_DRIVERS = 10;
export const MIN_SPREAD_DRIVER_SHARE = 0.005;

/**
 * Workloads whose draws explain the most variance of the end date: the squared correlation of a
 * workload's effort with the program end across runs (a breakdown of the `effort` driver).
 */
export function spreadDrivers(model: Pick<ScheduleModel, 'workloadIds'>, lastDays: Int32Array, runs: number, sums: Float64Array): SpreadDriver[] {
  let sumY = 0;
  let sumYY = 0;
  for (let r = 0; r < runs; r++) {
    const y = lastDays[r]!;
    sumY += y;
    sumYY += y * y;
  }
  const meanY = sumY / runs;
  const varY = sumYY / runs - meanY * meanY;
  if (!(varY > 1e-12) || runs < 3) return [];
  const drivers: SpreadDriver[] = [];
  for (let i = 0; i < model.workloadIds.length; i++) {
    const meanX = sums[3 * i]! / runs;
    const varX = sums[3 * i + 1]! / runs - meanX * meanX;
    if (!(varX > 1e-12)) continue;
    const cov = sums[3 * i + 2]! / runs - meanX * meanY;
    const share = cov > 0 ? (cov * cov) / (varX * varY) : 0;
    if (share >= MIN_SPREAD_DRIVER_SHARE) drivers.push({ workloadId: model.workloadIds[i]!, share: round(Math.min(1, share), 3) });
  }
  drivers.sort((a, b) => b.share - a.share || (a.workloadId < b.workloadId ? -1 : a.workloadId > b.workloadId ? 1 : 0));
  return drivers.slice(0, MAX_SPREAD_DRIVERS);
}

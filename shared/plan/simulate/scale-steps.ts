/** Attribution steps scaled from the replayed runs' totals to all runs' (drivers.ts, wave-drivers.ts). */

/**
 * Scales steps that add up to `replayed` so they add up to `total`. When the replay saw no spread
 * at all, or the opposite sign, the total is shared in proportion to what each removes alone.
 */
export function scaleTo(steps: number[] | Float64Array, replayed: number, total: number, alone: ArrayLike<number>): void {
  const factor = replayed !== 0 ? total / replayed : Number.NaN;
  if (Number.isFinite(factor) && factor >= 0) {
    for (let k = 0; k < steps.length; k++) steps[k] = steps[k]! * factor;
    return;
  }
  let sum = 0;
  for (let k = 0; k < steps.length; k++) sum += Math.max(0, alone[k]!);
  for (let k = 0; k < steps.length; k++) steps[k] = total * (sum > 0 ? Math.max(0, alone[k]!) / sum : 1 / steps.length);
}

/**
 * Two adjacent run ranges as one, exactly as one thread would have simulated them: per-run values
 * (ends, cutovers, labour, the driver runs' draws and events) concatenate, counts add (integers,
 * and the freeze delays are sums of whole working days, so any order gives the same number), and
 * the spread drivers' floating sums take the later runs' effort draws one run at a time, in run
 * order, so every addition is the one the single thread made.
 */
import { appendEvents, createEventLog } from './risk-events';
import { addSpread, type RunContext, type RunsPart } from './simulate-runs';

export function mergeRuns(ctx: RunContext, a: RunsPart, b: RunsPart): RunsPart {
  if (a.to !== b.from) throw new Error(`Run ranges [${a.from}, ${a.to}) and [${b.from}, ${b.to}) are not adjacent`);
  const n = ctx.model.workloadIds.length;
  let spreadSums = a.spreadSums;
  if (b.spreadRows !== undefined) {
    if (spreadSums === undefined) throw new Error('The later runs carry effort draws but the earlier ones no sums');
    spreadSums = Float64Array.from(spreadSums);
    const rows = b.spreadRows.length / Math.max(1, n);
    for (let k = 0; k < rows; k++) addSpread(spreadSums, b.spreadRows, k * n, n, b.lastDays[k]!);
  }
  const log = createEventLog(Math.max(1, a.log.length + b.log.length));
  appendEvents(log, a.log, 0, a.log.length);
  appendEvents(log, b.log, 0, b.log.length);
  const eventStart = new Int32Array(a.stored.length + b.stored.length + 1);
  eventStart.set(a.eventStart.subarray(0, a.stored.length + 1));
  for (let k = 1; k <= b.stored.length; k++) eventStart[a.stored.length + k] = a.log.length + b.eventStart[k]!;
  return {
    from: a.from,
    to: b.to,
    converged: a.converged || b.converged,
    lastDays: concat(a.lastDays, b.lastDays),
    cutovers: concat(a.cutovers, b.cutovers),
    labour: concatFloat(a.labour, b.labour),
    occurred: add(a.occurred, b.occurred),
    onPath: add(a.onPath, b.onPath),
    freezeHeld: add(a.freezeHeld, b.freezeHeld),
    freezeDelay: Float64Array.from(a.freezeDelay, (x, f) => x + b.freezeDelay[f]!),
    beyond: a.beyond + b.beyond,
    ...(spreadSums !== undefined ? { spreadSums } : {}),
    stored: [...a.stored, ...b.stored],
    log,
    eventStart,
  };
}

function concat(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function concatFloat(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function add(a: Int32Array, b: Int32Array): Int32Array {
  return Int32Array.from(a, (x, k) => x + b[k]!);
}

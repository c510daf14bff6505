/**
 * The driver analysis's replays with one source switched off alone (four fifths of its replays),
 * split between two threads: each source's replay is independent of the others', so the host
 * sends the helper the driver runs' draws, events and ends, the helper replays its share of the
 * sources (`splitAloneSources`, about equal work) and sends back what each replay gives; the
 * host's `finishSummary` takes both shares as if it had replayed every source itself.
 */
import type { RunContext } from './simulate-runs';
import { type AloneShare, type DriverSetup, replayAlone, setUpDrivers } from './drivers';
import type { EventLog } from './risk-events';
import type { Draws } from './sources';
import { activeSources } from './active-sources';
import type { PendingSummary } from './index';

/** What the helper needs for its share of the alone replays (structured-clonable). */
export interface AloneRequest {
  readonly draws: readonly Draws[];
  readonly log: EventLog;
  readonly eventStart: Int32Array;
  /** The driver runs' ends and run-major cutovers, every source on. */
  readonly ends: Int32Array;
  readonly waveEnds: Int32Array;
  /** Sources (by position in the driver analysis) the helper replays. */
  readonly sources: readonly number[];
}

export function aloneRequest(pending: PendingSummary, sources: readonly number[]): AloneRequest {
  const { part, ctx } = pending;
  const R = part.stored.length;
  const W = ctx.model.waveCount;
  return { draws: part.stored, log: part.log, eventStart: part.eventStart, ends: part.lastDays.slice(0, R), waveEnds: part.cutovers.slice(0, R * W), sources };
}

/**
 * The helper's share, on its own context of the same plan (same model, risks and sources), and
 * the driver set-up it made for it, which it keeps for its share of the turns' runs.
 */
export function replayAloneShare(ctx: RunContext, request: AloneRequest): { readonly drivers: DriverSetup; readonly share: AloneShare } {
  const { model, options } = ctx;
  const setup = setUpDrivers({
    model,
    calendar: ctx.calendar,
    buffers: ctx.buffers,
    assembly: ctx.assembly,
    draws: request.draws,
    log: request.log,
    eventStart: request.eventStart,
    risks: ctx.risks,
    occurrence: [],
    active: activeSources(model, ctx.assumptions),
    deterministicLastDay: options.deterministicEndDay - 1,
    storedEnds: request.ends,
    storedWaveEnds: request.waveEnds,
    // The totals the steps are scaled to are the host's business: the alone replays do not read them.
    programP80Day: 0,
    programSpread: 0,
    ...(options.targetLastDay !== undefined ? { targetLastDay: options.targetLastDay } : {}),
  });
  if (setup === undefined) throw new Error('No driver runs to replay');
  return { drivers: setup, share: replayAlone(setup, request.sources) };
}

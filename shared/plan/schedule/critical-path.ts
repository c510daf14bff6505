/**
 * The critical path of one scheduled run: walking back from decommission through whatever bound
 * each cutover (a wave it needed, the pilot, a compliance gate) or each start (the team's previous
 * wave, the pilot's lessons, the landing zone). Phases are numbered densely so the Monte Carlo can
 * count, run by run, how often each one is on the path (its criticality index).
 */
import type { ScheduleBuffers, ScheduleModel, ScheduleTrace } from './model';

/** Dense phase numbers: assess, foundation, each compliance task, each lead time, then per wave its wave and its hypercare, then decommission. */
export interface PhaseIndex {
  readonly assess: 0;
  readonly foundation: 1;
  compliance(g: number): number;
  lead(l: number): number;
  wave(w: number): number;
  hypercare(w: number): number;
  readonly decommission: number;
  readonly count: number;
}

export function phaseIndex(model: Pick<ScheduleModel, 'complianceIds' | 'leadIds' | 'waveCount'>): PhaseIndex {
  const G = model.complianceIds.length;
  const L = model.leadIds.length;
  const W = model.waveCount;
  return {
    assess: 0,
    foundation: 1,
    compliance: (g) => 2 + g,
    lead: (l) => 2 + G + l,
    wave: (w) => 2 + G + L + 2 * w,
    hypercare: (w) => 2 + G + L + 2 * w + 1,
    decommission: 2 + G + L + 2 * W,
    count: 3 + G + L + 2 * W,
  };
}

/**
 * Counts each phase on the critical path once in `onPath` (run `run` stamps `seen` so a phase met
 * twice counts once); `order`, when given, receives them last phase first.
 */
export function walkCriticalPath(model: ScheduleModel, buf: ScheduleBuffers, trace: ScheduleTrace, index: PhaseIndex, onPath: Int32Array, seen: Int32Array, run: number, order?: number[]): void {
  const mark = (k: number) => {
    if (order) order.push(k);
    if (seen[k] !== run) {
      seen[k] = run;
      onPath[k]!++;
    }
  };
  mark(index.decommission);
  const frame = buf.frame;
  let w = frame.lastHypercareWave;
  // Readiness held back by a lead time (hardware, accounts) runs through it, not the landing zone's work.
  const markFrame = (fromReady: boolean) => {
    if (fromReady && frame.readyLead >= 0) mark(index.lead(frame.readyLead));
    else if (fromReady && frame.ready > frame.assessEnd) mark(index.foundation);
    mark(index.assess);
  };
  if (w < 0) {
    markFrame(true);
    return;
  }
  mark(index.hypercare(w));
  for (let guard = 0; guard <= model.waveCount; guard++) {
    mark(index.wave(w));
    const by = trace.cutoverBy[w]!;
    // A block sets the cutover: nothing before it moves the end.
    if (by === -3) return;
    if (by >= 0) {
      w = by;
      continue;
    }
    if (by === -2 && frame.gateTask >= 0) {
      mark(index.compliance(frame.gateTask));
      if (model.complianceAnchor[frame.gateTask] === 1) mark(frame.readyLead >= 0 ? index.lead(frame.readyLead) : index.foundation);
      mark(index.assess);
      return;
    }
    if (by === -4 && frame.lineLead >= 0) {
      mark(index.lead(frame.lineLead));
      markFrame(false);
      return;
    }
    if (by === -5 && frame.signoffLead >= 0) {
      mark(index.lead(frame.signoffLead));
      markFrame(true);
      return;
    }
    const sb = trace.startBy[w]!;
    if (sb >= 0) {
      w = sb;
      continue;
    }
    if (sb === -2 && model.pilot >= 0 && model.pilot !== w) {
      w = model.pilot;
      continue;
    }
    if (sb === -3) return;
    markFrame(true);
    return;
  }
}

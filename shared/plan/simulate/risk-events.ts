/**
 * The risk register as events the Monte Carlo draws. Each enabled risk is compiled once into the
 * places it can strike ("slots": one per matching cutover, wave or team, or one for the program);
 * in every run each slot happens with the risk's probability (its mitigated figures when the
 * mitigation is adopted) and, when it does, draws its impact from a PERT-beta on the three points.
 * What an impact does depends on what it hits:
 * - days: working days that hold a wave's cutover back (a workload, a wave, every cutover of a kind),
 *   lengthen a phase (assessment, hypercare, decommission), delay the landing zone, lengthen a
 *   compliance task, add to every data copy (transfer), or that a team loses in one of its waves;
 * - share: that share of the work it hits added: a workload's effort, a wave's effort, a team's
 *   work in every wave, a phase's length, a compliance task's length, every online copy.
 * When one risk strikes several workloads of one wave in a run, the wave waits for the longest
 * hold (they are redone in the same new window); different risks add up.
 */
import type { Project, RiskEntry, RiskImpact } from '../../model/schema';
import type { RiskPhase } from '../../model/vocabulary';
import type { ScheduleModel } from '../schedule';
import type { WaveDraft, WorkloadId } from '../types';
import type { Random } from './random';
import { buildPertTables, PERT_TABLE_STEPS } from './pert';

/** Where an event lands in a run's inputs. */
export const enum EventTarget {
  WaveDelay = 0,
  PartAdd = 1,
  WaveShare = 2,
  TeamShare = 3,
  TeamLostDays = 4,
  AssessDays = 5,
  AssessShare = 6,
  FoundationDelay = 7,
  FoundationShare = 8,
  TransferDays = 9,
  TransferShare = 10,
  HypercareDays = 11,
  HypercareShare = 12,
  DecommissionDays = 13,
  DecommissionShare = 14,
  GateDays = 15,
  GateShare = 16,
}

/** One place a risk can strike. */
interface Slot {
  readonly target: EventTarget;
  /** Wave, part, team or gate index, by target. */
  readonly index: number;
  /** For a share on a workload: its likely person-days (the event adds share x this). */
  readonly scale: number;
  /** Slots of one risk with the same group key in one run keep only their largest impact. */
  readonly group: number;
}

export interface CompiledRisk {
  readonly index: number;
  /** Per wave: where this run's hold for it sits in the log, and the run it was set in (scratch). */
  readonly holdAt: Int32Array;
  readonly holdRun: Int32Array;
  readonly entry: RiskEntry;
  readonly probability: number;
  readonly impact: RiskImpact;
  readonly slots: readonly Slot[];
  /** PERT table offset for the impact's shape. */
  readonly table: Float64Array;
  readonly offset: number;
  /** Scratch: a run's two uniforms per slot (whether it happens, its impact), drawn in one loop. */
  readonly uniforms: Float64Array;
}

/** A run's events, appended to a log the driver analysis replays. */
export interface EventLog {
  risk: Int32Array;
  target: Uint8Array;
  index: Int32Array;
  value: Float64Array;
  length: number;
}

export function createEventLog(capacity = 1024): EventLog {
  return { risk: new Int32Array(capacity), target: new Uint8Array(capacity), index: new Int32Array(capacity), value: new Float64Array(capacity), length: 0 };
}

/** Appends events [from, to) of `source` to `log`. */
export function appendEvents(log: EventLog, source: EventLog, from: number, to: number): void {
  for (let e = from; e < to; e++) push(log, source.risk[e]!, source.target[e]! as EventTarget, source.index[e]!, source.value[e]!);
}

function push(log: EventLog, risk: number, target: EventTarget, index: number, value: number): void {
  if (log.length === log.risk.length) {
    const grow = (a: Int32Array | Uint8Array | Float64Array) => {
      const b = new (a.constructor as Int32ArrayConstructor)(a.length * 2);
      b.set(a as Int32Array);
      return b;
    };
    log.risk = grow(log.risk) as Int32Array;
    log.target = grow(log.target) as unknown as Uint8Array;
    log.index = grow(log.index) as Int32Array;
    log.value = grow(log.value) as unknown as Float64Array;
  }
  log.risk[log.length] = risk;
  log.target[log.length] = target;
  log.index[log.length] = index;
  log.value[log.length] = value;
  log.length++;
}

/** What a risk on a program phase hits: fixed days, or a share of the phase. The pilot is a wave, so it is not here. */
const PHASE_TARGETS: Readonly<Record<Exclude<RiskPhase, 'pilot'>, readonly [days: EventTarget, share: EventTarget]>> = {
  assess: [EventTarget.AssessDays, EventTarget.AssessShare],
  foundation: [EventTarget.FoundationDelay, EventTarget.FoundationShare],
  transfer: [EventTarget.TransferDays, EventTarget.TransferShare],
  hypercare: [EventTarget.HypercareDays, EventTarget.HypercareShare],
  decommission: [EventTarget.DecommissionDays, EventTarget.DecommissionShare],
};

/** The register the plan draws: the project's own, else the defaults derived from the estate. */
export function compileRisks(project: Project, register: readonly RiskEntry[], model: ScheduleModel, waves: readonly WaveDraft[], platform: ReadonlySet<WorkloadId>): CompiledRisk[] {
  const partOfWorkload = new Map<WorkloadId, number>();
  for (let p = 0; p < model.partCount; p++) {
    for (let i = model.partWorkloadStart[p]!; i < model.partWorkloadStart[p + 1]!; i++) partOfWorkload.set(model.workloadIds[i]!, p);
  }
  const likelyOf = (id: WorkloadId) => {
    const p = partOfWorkload.get(id);
    if (p === undefined) return 0;
    for (let i = model.partWorkloadStart[p]!; i < model.partWorkloadStart[p + 1]!; i++) if (model.workloadIds[i] === id) return model.likely[i]!;
    return 0;
  };
  const workloads = new Map(project.workloads.map((w) => [w.id, w]));
  const teamIndex = new Map(model.teamIds.map((id, i) => [id, i]));
  const gateIndex = new Map(model.complianceIds.map((id, g) => [id.replace('compliance:', ''), g]));
  const out: CompiledRisk[] = [];
  register.forEach((entry, index) => {
    if (!entry.enabled) return;
    const adopted = entry.mitigation?.adopted === true;
    const probability = clampProbability(adopted ? entry.mitigation!.probability : entry.probability);
    const impact = adopted ? entry.mitigation!.impact : entry.impact;
    const days = impact.type === 'days';
    const slots: Slot[] = [];
    const hits = entry.hits;
    const onWorkload = (id: WorkloadId, group: number) => {
      const p = partOfWorkload.get(id);
      if (p !== undefined) {
        slots.push(days ? { target: EventTarget.WaveDelay, index: model.partWave[p]!, scale: 1, group: model.partWave[p]! } : { target: EventTarget.PartAdd, index: p, scale: likelyOf(id), group });
      } else if (platform.has(id)) {
        slots.push(days ? { target: EventTarget.FoundationDelay, index: 0, scale: 1, group: -1 } : { target: EventTarget.FoundationShare, index: 0, scale: 1, group });
      }
    };
    switch (hits.kind) {
      case 'workload':
        onWorkload(hits.workloadId, 0);
        break;
      case 'wave':
        if (hits.wave < model.waveCount) slots.push({ target: days ? EventTarget.WaveDelay : EventTarget.WaveShare, index: hits.wave, scale: 1, group: 0 });
        break;
      case 'phase':
        if (hits.phase === 'pilot') {
          if (model.pilot >= 0) slots.push({ target: days ? EventTarget.WaveDelay : EventTarget.WaveShare, index: model.pilot, scale: 1, group: 0 });
        } else {
          const [daysTarget, shareTarget] = PHASE_TARGETS[hits.phase];
          slots.push({ target: days ? daysTarget : shareTarget, index: 0, scale: 1, group: 0 });
        }
        break;
      case 'compliance': {
        const g = gateIndex.get(hits.gate);
        if (g !== undefined) slots.push({ target: days ? EventTarget.GateDays : EventTarget.GateShare, index: g, scale: 1, group: 0 });
        break;
      }
      case 'cutovers': {
        const matches = (id: WorkloadId) => {
          const w = workloads.get(id);
          if (!w) return false;
          if (hits.workloadKinds && !hits.workloadKinds.includes(w.kind)) return false;
          if (hits.criticalities && !hits.criticalities.includes(w.criticality)) return false;
          if (hits.environments && !hits.environments.includes(w.environment ?? 'production')) return false;
          return true;
        };
        if (hits.per === 'wave') {
          waves.forEach((wave, w) => {
            if (wave.workloadIds.some(matches)) slots.push({ target: days ? EventTarget.WaveDelay : EventTarget.WaveShare, index: w, scale: 1, group: w });
          });
        } else {
          for (const wave of waves) for (const id of wave.workloadIds) if (matches(id)) onWorkload(id, slots.length + 1);
        }
        break;
      }
      case 'team': {
        const teams = hits.teamId !== undefined ? [teamIndex.get(hits.teamId)].filter((t): t is number => t !== undefined) : model.teamIds.map((_, t) => t).filter((t) => teamHasWork(model, t));
        for (const t of teams) slots.push({ target: days ? EventTarget.TeamLostDays : EventTarget.TeamShare, index: t, scale: 1, group: 1000 + t });
        break;
      }
    }
    if (slots.length === 0 || probability <= 0) return;
    const o = Math.max(0, impact.optimistic);
    const m = Math.max(o, impact.likely);
    const p = Math.max(m, impact.pessimistic);
    const tables = buildPertTables(Float64Array.of(o), Float64Array.of(m), Float64Array.of(p));
    out.push({ index, holdAt: new Int32Array(model.waveCount), holdRun: new Int32Array(model.waveCount).fill(-1), entry, probability, impact: { ...impact, optimistic: o, likely: m, pessimistic: p }, slots, table: tables.values, offset: tables.offsetOf[0]!, uniforms: new Float64Array(2 * slots.length) });
  });
  return out;
}

function teamHasWork(model: ScheduleModel, t: number): boolean {
  if (t === model.platformTeam) return true;
  for (let p = 0; p < model.partCount; p++) if (model.partTeam[p] === t) return true;
  return false;
}

function clampProbability(p: number): number {
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
}

/**
 * Draws one run of one risk into the log: each slot happens with the risk's probability; slots of
 * one wave keep only the largest hold. Returns whether it happened at all.
 */
const STEPS = PERT_TABLE_STEPS;
const E_PART_ADD = EventTarget.PartAdd;
const E_WAVE_DELAY = EventTarget.WaveDelay;

/** Steps a risk's stream past `runs` runs: every run takes two uniforms per slot, struck or not. */
export function skipRisk(risk: CompiledRisk, rng: Random, runs: number): void {
  rng.skip(2 * risk.slots.length * runs);
}

export function drawRisk(risk: CompiledRisk, rng: Random, log: EventLog, run: number): boolean {
  let happened = false;
  const range = risk.impact.pessimistic - risk.impact.optimistic;
  const slots = risk.slots;
  // The same uniforms, in the same order, as two `next()` per slot.
  const uv = risk.uniforms;
  rng.fill(uv, 2 * slots.length);
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    const u = uv[2 * k]!;
    const v = uv[2 * k + 1]!;
    if (u >= risk.probability) continue;
    happened = true;
    const x = v * STEPS;
    const j = x | 0;
    const lo = risk.table[risk.offset + j]!;
    const hi = risk.table[risk.offset + Math.min(STEPS, j + 1)]!;
    let value = risk.impact.optimistic + range * (lo + (x - j) * (hi - lo));
    if (slot.target === E_PART_ADD) value *= slot.scale;
    if (slot.target === E_WAVE_DELAY) {
      const w = slot.index;
      if (risk.holdRun[w] === run) {
        const at = risk.holdAt[w]!;
        if (value > log.value[at]!) log.value[at] = value;
        continue;
      }
      risk.holdRun[w] = run;
      risk.holdAt[w] = log.length;
    }
    push(log, risk.index, slot.target, slot.index, value);
  }
  return happened;
}

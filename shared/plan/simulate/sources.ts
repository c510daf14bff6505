/**
 * The sources of uncertainty and how one run's draws become the schedule's inputs. Every source
 * draws from its own seeded stream, so switching one off (the driver analysis) leaves every other
 * draw of every run exactly as it was: common random numbers.
 *
 * - effort: each workload's person-days from its PERT-beta (O, M, P);
 * - program: one lognormal factor per run (`simulation.programSpread`) on all team work and every
 *   elapsed phase: onboarding, approvals and vendor pace move the whole program together;
 * - teams: one lognormal factor per team and run (`simulation.teamSpread`) on that team's work;
 * - assess, foundation (its minimum and the platform team's effort), wave-minimums, hypercare,
 *   decommission: elapsed phases drawn from a PERT-beta on (`phase.optimisticRatio`, 1,
 *   `phase.pessimisticRatio`) x their likely length (hypercare: one ratio per run on every
 *   wave's own length, so a run's watch periods are long or short together);
 * - transfer: one line efficiency per run, a PERT-beta on (`transfer.efficiencyLow`,
 *   `transfer.efficiency`, `transfer.efficiencyHigh`), scaling every online copy;
 * - compliance: each task's review from a PERT-beta on (`compliance.optimisticRatio`, 1,
 *   `compliance.pessimisticRatio`) x its nominal days (the program factor does not apply: the
 *   authority is not the team);
 * - discovery (scope growth): one share of further, not-yet-known work per run, a PERT-beta on
 *   (`discovery.growthLow`, `discovery.growthLikely`, `discovery.growthHigh`), added to each part's
 *   effort in proportion to its unconfirmed workloads' share (nothing once all are confirmed).
 * - lead times, one source per kind (hardware, line, accounts, sign-off): each task from a
 *   PERT-beta on (`leadTime.optimisticRatio`, 1, `leadTime.pessimisticRatio`) x its likely days,
 *   times the program factor (vendors' and approvers' pace is part of it);
 * - rehearsals: per wave with drills, each drill `rehearsal.drillDays` x a phase-ratio draw plus its
 *   lessons, repeated after its lessons when it fails (`rehearsal.failProbability`, at most
 *   MAX_REPEATS times a drill), times the program factor.
 * Risk events (risk-events.ts) come on top, each from its own stream too.
 */
import type { Assumptions } from '../assumptions';
import type { RunInputs, ScheduleModel } from '../schedule';
import { buildPertTables, PERT_TABLE_STEPS, type PertTables } from './pert';
import { createRandom, type Random } from './random';
import { EventTarget, type EventLog } from './risk-events';

// Module-level copies of imported constants: read once, not through a module binding in hot loops.
const STEPS = PERT_TABLE_STEPS;
const E_WAVE_DELAY = EventTarget.WaveDelay;
const E_PART_ADD = EventTarget.PartAdd;
const E_WAVE_SHARE = EventTarget.WaveShare;
const E_TEAM_SHARE = EventTarget.TeamShare;
const E_TEAM_LOST = EventTarget.TeamLostDays;
const E_ASSESS_DAYS = EventTarget.AssessDays;
const E_ASSESS_SHARE = EventTarget.AssessShare;
const E_FOUNDATION_DELAY = EventTarget.FoundationDelay;
const E_FOUNDATION_SHARE = EventTarget.FoundationShare;
const E_TRANSFER_DAYS = EventTarget.TransferDays;
const E_TRANSFER_SHARE = EventTarget.TransferShare;
const E_HYPERCARE_DAYS = EventTarget.HypercareDays;
const E_HYPERCARE_SHARE = EventTarget.HypercareShare;
const E_DECOMMISSION_DAYS = EventTarget.DecommissionDays;
const E_DECOMMISSION_SHARE = EventTarget.DecommissionShare;
const E_GATE_DAYS = EventTarget.GateDays;
const E_GATE_SHARE = EventTarget.GateShare;

// New sources go at the end: a source's stream is seeded by its position, so the others keep their draws.
export const UNCERTAINTY_SOURCES = ['effort', 'program', 'teams', 'assess', 'foundation', 'wave-minimums', 'transfer', 'hypercare', 'decommission', 'compliance', 'discovery', 'lead-hardware', 'lead-line', 'lead-accounts', 'lead-signoff', 'rehearsals'] as const;
export type UncertaintySource = (typeof UNCERTAINTY_SOURCES)[number];

/** One run's draws, before any source is switched off or any factor applied. */
export interface Draws {
  program: number;
  readonly team: Float64Array;
  /** Per part: the sum of its workloads' drawn person-days. */
  readonly part: Float64Array;
  assess: number;
  foundationMin: number;
  foundationEffort: number;
  readonly waveMin: Float64Array;
  /** Multiplier of online copy time: nominal efficiency / drawn efficiency. */
  line: number;
  /** Ratio of every wave's hypercare to its likely length. */
  hypercare: number;
  decommission: number;
  readonly gate: Float64Array;
  /** Scope growth: further work as a share of the unconfirmed workloads' effort. */
  discovery: number;
  /** Per lead time: drawn working days (before the program factor). */
  readonly lead: Float64Array;
  /** Per wave: drawn working days of its rehearsals, repeats included (before the program factor). */
  readonly rehearsal: Float64Array;
}

/** Sources switched off for a re-run, as a bit mask over UNCERTAINTY_SOURCES (bit k = source k). */
export type Off = number;

/** The bit of a source in an `Off` mask. */
export function offBit(source: UncertaintySource): number {
  return 1 << UNCERTAINTY_SOURCES.indexOf(source);
}

const EFFORT = 1 << 0;
const PROGRAM = 1 << 1;
const TEAMS = 1 << 2;
const ASSESS = 1 << 3;
const FOUNDATION = 1 << 4;
const WAVE_MINIMUMS = 1 << 5;
const TRANSFER = 1 << 6;
const HYPERCARE = 1 << 7;
const DECOMMISSION = 1 << 8;
const COMPLIANCE = 1 << 9;
const DISCOVERY = 1 << 10;
/** Lead-time sources by LEAD_TIME_KINDS index (hardware, line, accounts, sign-off). */
const LEAD_BITS = Int32Array.of(1 << 11, 1 << 12, 1 << 13, 1 << 14);
const REHEARSALS = 1 << 15;
const LEAD_SOURCES = ['lead-hardware', 'lead-line', 'lead-accounts', 'lead-signoff'] as const satisfies readonly UncertaintySource[];
/** A failed drill is repeated at most this many times (then the wave goes ahead or the plan is changed by hand). */
export const MAX_REPEATS = 3;

/** A PERT-beta on fixed ratios of a likely value, as one inverse-CDF table. */
class RatioDraw {
  private readonly table: PertTables;
  constructor(
    private readonly low: number,
    likely: number,
    private readonly high: number,
  ) {
    this.table = buildPertTables(Float64Array.of(low), Float64Array.of(likely), Float64Array.of(high));
  }
  /** The drawn ratio for a uniform `u`. */
  at(u: number): number {
    const x = u * STEPS;
    const j = x | 0;
    const v = this.table.values;
    const lo = v[j]!;
    const hi = v[Math.min(STEPS, j + 1)]!;
    return this.low + (this.high - this.low) * (lo + (x - j) * (hi - lo));
  }
}

export interface Sampler {
  readonly streams: Readonly<Record<UncertaintySource, Random>>;
  /** Fills `d` with the next run's draws (and, when given, the effort draws per workload in `workloadDraw`). */
  draw(d: Draws, workloadDraw: Float64Array | undefined): void;
  /** Steps every stream past `runs` runs' draws, computing none of them (a thread that starts mid-way). */
  skip(runs: number): void;
}

export function newDraws(model: ScheduleModel): Draws {
  return {
    program: 1,
    team: new Float64Array(Math.max(1, model.teamCount)),
    part: new Float64Array(model.partCount),
    assess: model.assessDays,
    foundationMin: model.foundationMinDays,
    foundationEffort: model.foundationEffort.likely,
    waveMin: Float64Array.from(model.minDays),
    line: 1,
    hypercare: 1,
    decommission: model.decommissionDays,
    gate: Float64Array.from(model.complianceLikely),
    discovery: 0,
    lead: Float64Array.from(model.leadLikely),
    rehearsal: Float64Array.from(model.rehearsalDays),
  };
}

/** Independent streams per source from one seed (splitmix32 spreads nearby seeds apart). */
export function streamSeed(seed: number, k: number): number {
  return (Math.trunc(seed) + Math.imul(k + 1, 0x9e3779b9)) | 0;
}

export function createSampler(model: ScheduleModel, a: Assumptions, seed: number): Sampler {
  const streams = Object.fromEntries(UNCERTAINTY_SOURCES.map((s, k) => [s, createRandom(streamSeed(seed, k))])) as Record<UncertaintySource, Random>;
  const programSpread = Math.max(0, finite(a.value('simulation.programSpread')));
  const teamSpread = Math.max(0, finite(a.value('simulation.teamSpread')));
  const phaseLow = Math.min(1, Math.max(0, finite(a.value('phase.optimisticRatio'))));
  const phaseHigh = Math.max(1, finite(a.value('phase.pessimisticRatio')));
  const phase = new RatioDraw(phaseLow, 1, phaseHigh);
  const nominal = Math.min(1, Math.max(0.05, finite(a.value('transfer.efficiency'))));
  const low = Math.min(nominal, Math.max(0.05, finite(a.value('transfer.efficiencyLow'))));
  const high = Math.max(nominal, Math.min(1, finite(a.value('transfer.efficiencyHigh'))));
  const efficiency = new RatioDraw(low, nominal, high);
  const effort = buildPertTables(model.optimistic, model.likely, model.pessimistic);
  const n = model.workloadIds.length;
  const effortLow = model.optimistic;
  const effortRange = Float64Array.from(model.pessimistic, (p, i) => Math.max(0, p - model.optimistic[i]!));
  const foundationDraw = new RatioDraw(model.foundationEffort.optimistic, model.foundationEffort.likely, model.foundationEffort.pessimistic);
  const gates = buildPertTables(model.complianceOptimistic, model.complianceLikely, model.compliancePessimistic);
  const growth = discoveryRange(a);
  const discovery = growth.high > growth.low ? new RatioDraw(growth.low, growth.likely, growth.high) : undefined;
  const uniforms = new Float64Array(n);
  const leads = buildPertTables(model.leadOptimistic, model.leadLikely, model.leadPessimistic);
  const leadStreams = Array.from(model.leadKind, (k) => streams[LEAD_SOURCES[k] ?? 'lead-accounts']);
  const drillDays = Math.max(0, finite(a.value('rehearsal.drillDays')));
  const lessonsDays = Math.max(0, finite(a.value('rehearsal.lessonsDays')));
  const failP = Math.min(0.95, Math.max(0, finite(a.value('rehearsal.failProbability'))));
  const partCount = model.partCount;
  const partStart = model.partWorkloadStart;

  // Uniforms each stream gives one run; the rehearsals' vary with the drills that fail, so those are replayed.
  const perRun: [Random, number][] = [
    [streams.program, programSpread > 0 ? 2 : 0],
    [streams.teams, teamSpread > 0 ? 2 * Math.max(1, model.teamCount) : 0],
    [streams.effort, n],
    [streams.assess, 1],
    [streams.foundation, model.foundationEffort.pessimistic > model.foundationEffort.optimistic ? 2 : 1],
    [streams['wave-minimums'], model.minDays.length],
    [streams.transfer, 1],
    [streams.hypercare, 1],
    [streams.decommission, 1],
    [streams.compliance, model.complianceLikely.length],
    [streams.discovery, discovery ? 1 : 0],
    ...leadStreams.map((stream): [Random, number] => [stream, 1]),
  ];

  return {
    streams,
    skip(runs) {
      for (const [stream, count] of perRun) stream.skip(count * runs);
      const rr = streams.rehearsals;
      const drillsOf = model.rehearsalDrills;
      for (let r = 0; r < runs; r++) {
        for (let w = 0; w < model.rehearsalDays.length; w++) {
          for (let k = 0; k < drillsOf[w]!; k++) {
            for (let attempt = 0; attempt <= MAX_REPEATS; attempt++) {
              rr.skip(1); // the drill's length
              if (attempt === MAX_REPEATS || rr.next() >= failP) break;
            }
          }
        }
      }
    },
    draw(d, workloadDraw) {
      d.program = programSpread > 0 ? Math.exp(programSpread * streams.program.normal()) : 1;
      for (let t = 0; t < d.team.length; t++) d.team[t] = teamSpread > 0 ? Math.exp(teamSpread * streams.teams.normal()) : 1;
      // Workloads are stored part by part, so each part's sum is kept in a local and written once
      // (the same additions in the same order as adding into the part's slot).
      // Every array in a local: the closure's own variables are read from its context on every use.
      const table = effort.values;
      const offsetOf = effort.offsetOf;
      const part = d.part;
      const u01 = uniforms;
      const low = effortLow;
      const range = effortRange;
      const starts = partStart;
      const parts = partCount;
      streams.effort.fill(u01, n);
      for (let q = 0; q < parts; q++) {
        let sum = 0;
        const last = starts[q + 1]!;
        for (let i = starts[q]!; i < last; i++) {
          const u = u01[i]! * STEPS;
          const j = u | 0;
          const at = offsetOf[i]! + j;
          const lo = table[at]!;
          const x = low[i]! + range[i]! * (lo + (u - j) * (table[at + 1]! - lo));
          if (workloadDraw !== undefined) workloadDraw[i] = x;
          sum += x;
        }
        part[q] = sum;
      }
      d.assess = model.assessDays * phase.at(streams.assess.next());
      d.foundationMin = model.foundationMinDays * phase.at(streams.foundation.next());
      d.foundationEffort = model.foundationEffort.pessimistic > model.foundationEffort.optimistic ? foundationDraw.at(streams.foundation.next()) : model.foundationEffort.likely;
      const waveMin = d.waveMin;
      const minDays = model.minDays;
      const minimums = streams['wave-minimums'];
      for (let w = 0; w < waveMin.length; w++) waveMin[w] = minDays[w]! * phase.at(minimums.next());
      d.line = nominal / efficiency.at(streams.transfer.next());
      d.hypercare = phase.at(streams.hypercare.next());
      d.decommission = model.decommissionDays * phase.at(streams.decommission.next());
      const gt = gates.values;
      for (let g = 0; g < d.gate.length; g++) {
        const u = streams.compliance.next() * STEPS;
        const j = u | 0;
        const at = gates.offsetOf[g]! + j;
        const lo = gt[at]!;
        const span = model.compliancePessimistic[g]! - model.complianceOptimistic[g]!;
        d.gate[g] = model.complianceOptimistic[g]! + span * (lo + (u - j) * (gt[at + 1]! - lo));
      }
      d.discovery = discovery ? discovery.at(streams.discovery.next()) : growth.likely;
      const lt = leads.values;
      for (let l = 0; l < d.lead.length; l++) {
        const u = leadStreams[l]!.next() * STEPS;
        const j = u | 0;
        const at = leads.offsetOf[l]! + j;
        const lo = lt[at]!;
        d.lead[l] = model.leadOptimistic[l]! + (model.leadPessimistic[l]! - model.leadOptimistic[l]!) * (lo + (u - j) * (lt[at + 1]! - lo));
      }
      const rr = streams.rehearsals;
      const rehearsal = d.rehearsal;
      const drillsOf = model.rehearsalDrills;
      for (let w = 0; w < rehearsal.length; w++) {
        const drills = drillsOf[w]!;
        let days = 0;
        for (let k = 0; k < drills; k++) {
          // A drill, its lessons, and again after them while it fails.
          for (let attempt = 0; attempt <= MAX_REPEATS; attempt++) {
            days += drillDays * phase.at(rr.next()) + lessonsDays;
            if (attempt === MAX_REPEATS || rr.next() >= failP) break;
          }
        }
        rehearsal[w] = days;
      }
    },
  };
}

/** Scratch space for `assemble`, reused across runs. */
export interface Assembly {
  readonly inputs: RunInputs;
  readonly likelyPart: Float64Array;
  readonly waveShare: Float64Array;
  readonly teamShare: Float64Array;
  /** Per team: its first part (where lost days land), or -1. */
  readonly firstPartOfTeam: Int32Array;
}

export function createAssembly(model: ScheduleModel): Assembly {
  const likelyPart = new Float64Array(model.partCount);
  for (let p = 0; p < model.partCount; p++) for (let i = model.partWorkloadStart[p]!; i < model.partWorkloadStart[p + 1]!; i++) likelyPart[p]! += model.likely[i]!;
  const firstPartOfTeam = new Int32Array(Math.max(1, model.teamCount)).fill(-1);
  for (let p = model.partCount - 1; p >= 0; p--) firstPartOfTeam[model.partTeam[p]!] = p;
  return {
    inputs: {
      partEffort: new Float64Array(model.partCount),
      partLostDays: new Float64Array(model.partCount),
      waveMinDays: new Float64Array(model.waveCount),
      waveOnlineDays: new Float64Array(model.waveCount),
      waveApplianceDays: Float64Array.from(model.applianceDays),
      waveDelay: new Float64Array(model.waveCount),
      complianceDays: new Float64Array(model.complianceIds.length),
      leadDays: new Float64Array(model.leadIds.length),
      waveRehearsalDays: new Float64Array(model.waveCount),
      waveHypercareDays: new Float64Array(model.waveCount),
      assessDays: 0,
      foundationMinDays: 0,
      foundationEffort: 0,
      foundationDelay: 0,
      decommissionDays: 0,
    },
    likelyPart,
    waveShare: new Float64Array(model.waveCount),
    teamShare: new Float64Array(Math.max(1, model.teamCount)),
    firstPartOfTeam,
  };
}

/**
 * One run's schedule inputs from its draws and events, with the sources in `off` at their
 * deterministic values and the events of risks in `offRisks` left out.
 */
export function assemble(model: ScheduleModel, s: Assembly, d: Draws, log: EventLog, from: number, to: number, off: Off, offRisks: Uint8Array | undefined): RunInputs {
  // Every value is read before the switched-off choice is made, never inside a branch the
  // simulation's own runs never take: V8 would compile such a branch without type feedback and
  // throw the optimised code away each time the driver analysis first took it.
  const x = s.inputs;
  const P = off & PROGRAM ? 1 : d.program;
  const teamsOn = (off & TEAMS) === 0;
  const partTeam = model.partTeam;
  const team = d.team;
  const partEffort = x.partEffort;
  const partLost = x.partLostDays;
  const discoveryOn = (off & DISCOVERY) === 0;
  const growth = d.discovery;
  const unconfirmed = model.partUnconfirmed;
  const drawnPart = d.part;
  const likelyPart = s.likelyPart;
  const part = off & EFFORT ? likelyPart : drawnPart;
  for (let p = 0; p < model.partCount; p++) {
    partEffort[p] = part[p]! * (discoveryOn ? 1 + growth * unconfirmed[p]! : 1) * P * (teamsOn ? team[partTeam[p]!]! : 1);
    partLost[p] = 0;
  }
  const line = off & TRANSFER ? 1 : d.line;
  const drawnMin = d.waveMin;
  const likelyMin = model.minDays;
  const minimum = off & WAVE_MINIMUMS ? likelyMin : drawnMin;
  for (let w = 0; w < model.waveCount; w++) {
    x.waveMinDays[w] = minimum[w]! * P;
    x.waveOnlineDays[w] = model.onlineDays[w]! * line;
    x.waveDelay[w] = 0;
  }
  s.waveShare.fill(0);
  s.teamShare.fill(0);
  const platformFactor = P * (teamsOn ? (team[model.platformTeam] ?? 1) : 1);
  const likelyAssess = model.assessDays;
  const likelyFoundationMin = model.foundationMinDays;
  const likelyFoundationEffort = model.foundationEffort.likely;
  const likelyHypercare = model.hypercareDays;
  const likelyDecommission = model.decommissionDays;
  x.assessDays = (off & ASSESS ? likelyAssess : d.assess) * P;
  x.foundationMinDays = (off & FOUNDATION ? likelyFoundationMin : d.foundationMin) * P;
  x.foundationEffort = (off & FOUNDATION ? likelyFoundationEffort : d.foundationEffort) * platformFactor;
  x.foundationDelay = 0;
  // One ratio per run on every wave's own hypercare.
  const drawnHypercare = d.hypercare;
  const hypercareRatio = (off & HYPERCARE ? 1 : drawnHypercare) * P;
  for (let w = 0; w < model.waveCount; w++) x.waveHypercareDays[w] = likelyHypercare[w]! * hypercareRatio;
  x.decommissionDays = (off & DECOMMISSION ? likelyDecommission : d.decommission) * P;
  const likelyGate = model.complianceLikely;
  const drawnGate = d.gate;
  const gate = off & COMPLIANCE ? likelyGate : drawnGate;
  for (let g = 0; g < x.complianceDays.length; g++) x.complianceDays[g] = gate[g]!;
  const likelyLead = model.leadLikely;
  const drawnLead = d.lead;
  for (let l = 0; l < x.leadDays.length; l++) {
    const likely = likelyLead[l]!;
    const drawn = drawnLead[l]!;
    x.leadDays[l] = (off & LEAD_BITS[model.leadKind[l]!]! ? likely : drawn) * P;
  }
  const drawnRehearsal = d.rehearsal;
  const likelyRehearsal = model.rehearsalDays;
  const rehearsal = off & REHEARSALS ? likelyRehearsal : drawnRehearsal;
  for (let w = 0; w < model.waveCount; w++) x.waveRehearsalDays[w] = rehearsal[w]! * P;

  let transferShare = 0;
  let transferDays = 0;
  let assessShare = 0;
  let foundationShare = 0;
  let hypercareShare = 0;
  let hypercareDays = 0;
  let decommissionShare = 0;
  for (let e = from; e < to; e++) {
    if (offRisks !== undefined && offRisks[log.risk[e]!] === 1) continue;
    const i = log.index[e]!;
    const v = log.value[e]!;
    switch (log.target[e]) {
      case E_WAVE_DELAY:
        x.waveDelay[i]! += v;
        break;
      case E_PART_ADD:
        partEffort[i]! += v * P * (teamsOn ? team[partTeam[i]!]! : 1);
        break;
      case E_WAVE_SHARE:
        s.waveShare[i]! += v;
        break;
      case E_TEAM_SHARE:
        s.teamShare[i]! += v;
        break;
      case E_TEAM_LOST: {
        const p = s.firstPartOfTeam[i]!;
        if (p >= 0) x.partLostDays[p]! += v;
        else if (i === model.platformTeam) x.foundationDelay += v;
        break;
      }
      case E_ASSESS_DAYS:
        x.assessDays += v;
        break;
      case E_ASSESS_SHARE:
        assessShare += v;
        break;
      case E_FOUNDATION_DELAY:
        x.foundationDelay += v;
        break;
      case E_FOUNDATION_SHARE:
        foundationShare += v;
        break;
      case E_TRANSFER_DAYS:
        transferDays += v;
        break;
      case E_TRANSFER_SHARE:
        transferShare += v;
        break;
      case E_HYPERCARE_DAYS:
        hypercareDays += v;
        break;
      case E_HYPERCARE_SHARE:
        hypercareShare += v;
        break;
      case E_DECOMMISSION_DAYS:
        x.decommissionDays += v;
        break;
      case E_DECOMMISSION_SHARE:
        decommissionShare += v;
        break;
      case E_GATE_DAYS:
        x.complianceDays[i]! += v;
        break;
      case E_GATE_SHARE:
        x.complianceDays[i]! *= 1 + v;
        break;
    }
  }
  for (let p = 0; p < model.partCount; p++) {
    const ws = s.waveShare[model.partWave[p]!]!;
    const ts = s.teamShare[model.partTeam[p]!]!;
    if (ws !== 0 || ts !== 0) x.partEffort[p]! *= (1 + ws) * (1 + ts);
  }
  if (transferShare !== 0 || transferDays !== 0) {
    for (let w = 0; w < model.waveCount; w++) {
      if (model.onlineDays[w]! > 0) x.waveOnlineDays[w] = x.waveOnlineDays[w]! * (1 + transferShare) + transferDays;
      else if (model.applianceDays[w]! > 0) x.waveDelay[w]! += transferDays;
    }
  }
  if (assessShare !== 0) x.assessDays *= 1 + assessShare;
  if (foundationShare !== 0) {
    x.foundationMinDays *= 1 + foundationShare;
    x.foundationEffort *= 1 + foundationShare;
  }
  if (s.teamShare[model.platformTeam]) x.foundationEffort *= 1 + s.teamShare[model.platformTeam]!;
  if (hypercareShare !== 0 || hypercareDays !== 0) {
    for (let w = 0; w < model.waveCount; w++) x.waveHypercareDays[w] = (x.waveHypercareDays[w]! + hypercareDays) * (1 + hypercareShare);
  }
  if (decommissionShare !== 0) x.decommissionDays *= 1 + decommissionShare;
  return x;
}

/** The scope-growth range from the assumptions, ordered and at least zero. */
export function discoveryRange(a: Assumptions): { low: number; likely: number; high: number } {
  const low = Math.max(0, finite(a.value('discovery.growthLow')));
  const likely = Math.max(low, finite(a.value('discovery.growthLikely')));
  const high = Math.max(likely, finite(a.value('discovery.growthHigh')));
  return { low, likely, high };
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

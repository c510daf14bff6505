/**
 * Phase 4, waves: move groups packed into a pilot and numbered waves.
 * - Pilot (wave 0): up to `phase.pilot.maxWorkloads` workloads of low or medium criticality with
 *   at most two needs and nothing that hard-depends on them, taken as whole groups in group order.
 * - Waves 1..n: groups packed next-fit under an effort cap (team capacity x `phase.wave.maxDays`)
 *   and `phase.wave.maxWorkloads`, taken in group order as their needs are placed, but a group that
 *   hard-needs one in the wave being filled goes first, to keep hard links inside a wave; a group is
 *   never split (a group over the cap is a wave of its own) and never lands before a group it needs.
 * - Pins (the user's decisions) win over packing: the whole group goes to the pinned wave. A pin that
 *   would split a group loses (`pin-splits-group`); a pin that puts a workload before what it needs
 *   wins and says so (`pin-breaks-order`: that dependency runs cross-cloud in between).
 * Waves are then renumbered contiguously (no empty wave), and each workload gets its runbook.
 * Linear in workloads + dependencies (plus the sort of teams).
 */
import { equivalentFor } from '../catalog';
import type { Project } from '../model/schema';
import type { Assumptions } from './assumptions';
import type { Grouping } from './group';
import { buildAdjacency, reverseAdjacency, simplifyAdjacency } from './graph/adjacency';
import { MinHeap } from './graph/topo';
import { projectGraph } from './graph/project-graph';
import { runbookFor } from './runbook';
import type { GroupOrder, MoveGroup, PlanIssue, RunbookStep, WaveDraft, WorkloadEstimate, WorkloadId } from './types';
import { describeWaveIssues, type PinOutcome } from './wave-issues';

/** Waves before dates, the workloads that join none, and what the planner had to decide about pins. */
export interface WavePlan {
  waves: WaveDraft[];
  excluded: WorkloadId[];
  issues: PlanIssue[];
}

/** A pilot workload needs at most this many other workloads: few dependencies keep the trial simple. */
export const PILOT_MAX_NEEDS = 2;
const CRITICALITY_RANK = { low: 0, medium: 1, high: 2, 'mission-critical': 3 } as const;

export function buildWaves(
  project: Project,
  grouping: Grouping,
  order: GroupOrder,
  estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>,
  assumptions: Assumptions,
): WavePlan {
  const g = projectGraph(project);
  const n = g.workloads.length;
  const excluded: WorkloadId[] = [];
  for (let i = 0; i < n; i++) if (g.movable[i] === 0 && g.indexOf.get(g.workloads[i]!.id) === i) excluded.push(g.workloads[i]!.id);

  // Groups in migration order (any group the order lacks goes last), with size and likely effort.
  const byId = new Map(grouping.moveGroups.map((m) => [m.id, m]));
  const groups: MoveGroup[] = [];
  const seen = new Set<string>();
  for (const id of [...order.orderedGroupIds, ...grouping.moveGroups.map((m) => m.id)]) {
    const m = byId.get(id);
    if (!m || seen.has(id)) continue;
    seen.add(id);
    groups.push(m);
  }
  const G = groups.length;
  const posOf = new Int32Array(n).fill(-1);
  const effort = new Float64Array(G);
  const maxCriticality = new Int32Array(G);
  const pilotable = new Uint8Array(G).fill(1);
  groups.forEach((m, pos) => {
    for (const id of m.workloadIds) {
      const i = g.indexOf.get(id);
      if (i === undefined || g.movable[i] === 0) continue;
      posOf[i] = pos;
      const likely = estimates[id]?.effort.likely ?? 0;
      effort[pos]! += Number.isFinite(likely) && likely > 0 ? likely : 0;
      const c = CRITICALITY_RANK[g.workloads[i]!.criticality] ?? 3;
      if (c > maxCriticality[pos]!) maxCriticality[pos] = c;
      if (c > 1 || g.needs.offsets[i + 1]! - g.needs.offsets[i]! > PILOT_MAX_NEEDS) pilotable[pos] = 0;
    }
  });
  const size = groups.map((m) => m.workloadIds.length);

  // Group-level needs, and pilot eligibility: nothing outside the group hard-depends on a member.
  const gf: number[] = [];
  const gt: number[] = [];
  const hf: number[] = [];
  const ht: number[] = [];
  for (let e = 0; e < g.from.length; e++) {
    const a = posOf[g.from[e]!]!;
    const b = posOf[g.to[e]!]!;
    if (b >= 0 && a !== b && g.hard[e] === 1) pilotable[b] = 0;
    if (a >= 0 && b >= 0 && a !== b) {
      gf.push(a);
      gt.push(b);
      if (g.hard[e] === 1) {
        hf.push(a);
        ht.push(b);
      }
    }
  }
  const needs = simplifyAdjacency(buildAdjacency(G, gf, gt));

  // Pins: the first pin on a group decides; a later pin that disagrees loses.
  const pins: PinOutcome[] = [];
  const pinnedWave = new Int32Array(G).fill(-1);
  const pinOf = new Int32Array(G).fill(-1);
  project.pins.forEach((pin, pinIndex) => {
    const i = g.indexOf.get(pin.workloadId);
    const pos = i === undefined ? -1 : posOf[i]!;
    if (pos < 0 || !Number.isFinite(pin.wave)) return;
    const wave = Math.min(Math.max(0, Math.floor(pin.wave)), G + 1);
    if (pinnedWave[pos] === -1) {
      pinnedWave[pos] = wave;
      pinOf[pos] = pins.length;
      pins.push({ pin, pinIndex, group: groups[pos]!, applied: true, winner: -1 });
    } else if (pinnedWave[pos] !== wave) {
      pins.push({ pin, pinIndex, group: groups[pos]!, applied: false, winner: pinOf[pos]! });
    }
  });

  const focusDefault = assumptions.value('team.focusFactor');
  const capacity = project.teams.reduce((sum, t) => sum + Math.max(0, t.engineers * (t.focus ?? focusDefault)), 0);
  const cap = capacity * assumptions.value('phase.wave.maxDays');
  const maxWorkloads = Math.max(1, Math.floor(assumptions.value('phase.wave.maxWorkloads')) || 1);
  const pilotMax = Math.max(0, Math.floor(assumptions.value('phase.pilot.maxWorkloads')) || 0);
  const pilotEnabled = pilotMax > 0;

  const waveOf = new Int32Array(G).fill(-1);
  const waveEffort: number[] = [];
  const waveCount: number[] = [];
  const put = (pos: number, wave: number): void => {
    while (waveEffort.length <= wave) {
      waveEffort.push(0);
      waveCount.push(0);
    }
    waveOf[pos] = wave;
    waveEffort[wave]! += effort[pos]!;
    waveCount[wave]! += size[pos]!;
  };
  // The user's caps for a wave (by number, as pins count them) replace the defaults for that wave.
  const settings = new Map((project.waves ?? []).map((s) => [s.order, s]));
  const capOf = (wave: number) => settings.get(wave)?.maxPersonDays ?? cap;
  const maxWorkloadsOf = (wave: number) => settings.get(wave)?.maxWorkloads ?? maxWorkloads;
  const fits = (pos: number, wave: number): boolean =>
    (waveCount[wave] ?? 0) === 0 || ((waveEffort[wave] ?? 0) + effort[pos]! <= capOf(wave) && (waveCount[wave] ?? 0) + size[pos]! <= maxWorkloadsOf(wave));
  for (let pos = 0; pos < G; pos++) if (pinnedWave[pos]! >= 0) put(pos, pinnedWave[pos]!);

  // Pilot: whole small groups from the front of the order whose needs are already in the pilot.
  let pilotFallback = -1;
  if (pilotEnabled) {
    for (let pos = 0; pos < G && (waveCount[0] ?? 0) < pilotMax; pos++) {
      if (waveOf[pos] !== -1 || pilotable[pos] === 0 || (waveCount[0] ?? 0) + size[pos]! > pilotMax || !fits(pos, 0)) continue;
      let ready = true;
      for (let p = needs.offsets[pos]!; p < needs.offsets[pos + 1]! && ready; p++) ready = waveOf[needs.targets[p]!] === 0;
      if (ready) put(pos, 0);
    }
    if ((waveCount[0] ?? 0) === 0) {
      // Nothing fits the pilot's rules: take the least critical, smallest group that needs nothing.
      for (let pos = 0; pos < G; pos++) {
        if (waveOf[pos] !== -1 || needs.offsets[pos + 1] !== needs.offsets[pos]) continue;
        const best = pilotFallback;
        if (best === -1 || maxCriticality[pos]! < maxCriticality[best]! || (maxCriticality[pos] === maxCriticality[best] && effort[pos]! < effort[best]!)) pilotFallback = pos;
      }
      if (pilotFallback !== -1) put(pilotFallback, 0);
    }
  }

  // Latest wave each group may take so that no pinned dependant (direct or not) lands before it.
  const latest = new Float64Array(G).fill(Infinity);
  for (let pos = G - 1; pos >= 0; pos--) {
    if (pinnedWave[pos]! >= 0) latest[pos] = pinnedWave[pos]!;
    for (let p = needs.offsets[pos]!; p < needs.offsets[pos + 1]!; p++) {
      const q = needs.targets[p]!;
      if (pinnedWave[q] === -1 && latest[pos]! < latest[q]!) latest[q] = latest[pos]!;
    }
  }

  // Waves 1..n: next-fit under the caps, taking groups as their needs are placed, in group order,
  // except that a ready group which hard-needs a group in the wave being filled, and fits there,
  // goes first: joining that wave keeps the hard link (sync, auth, shared storage, network) from
  // running cross-cloud between two cutovers.
  const firstWave = pilotEnabled ? 1 : 0;
  let cursor = firstWave;
  const place = (pos: number): void => {
    let earliest = firstWave;
    for (let p = needs.offsets[pos]!; p < needs.offsets[pos + 1]!; p++) earliest = Math.max(earliest, waveOf[needs.targets[p]!]!);
    let wave = Math.max(earliest, cursor);
    while (!fits(pos, wave)) wave++;
    if (wave > latest[pos]! && earliest <= latest[pos]!) {
      put(pos, latest[pos]!); // a pinned dependant comes earlier: join it there, even over the cap
    } else {
      put(pos, wave);
      cursor = wave;
    }
  };
  const hardNeeds = simplifyAdjacency(buildAdjacency(G, hf, ht));
  const joinsCursorWave = (pos: number): boolean => {
    if (!fits(pos, cursor)) return false;
    for (let p = hardNeeds.offsets[pos]!; p < hardNeeds.offsets[pos + 1]!; p++) if (waveOf[hardNeeds.targets[p]!] === cursor) return true;
    return false;
  };
  const dependants = reverseAdjacency(needs);
  const unplacedNeeds = new Int32Array(G);
  for (let pos = 0; pos < G; pos++) {
    for (let p = needs.offsets[pos]!; p < needs.offsets[pos + 1]!; p++) if (waveOf[needs.targets[p]!] === -1) unplacedNeeds[pos]!++;
  }
  const rank = Int32Array.from({ length: G }, (_, pos) => pos);
  const joining = new MinHeap(rank, G);
  const ready = new MinHeap(rank, G);
  const enqueue = (pos: number) => (joinsCursorWave(pos) ? joining : ready).push(pos);
  for (let pos = 0; pos < G; pos++) if (waveOf[pos] === -1 && unplacedNeeds[pos] === 0) enqueue(pos);
  while (joining.length + ready.length > 0) {
    let pos: number;
    if (joining.length > 0) {
      pos = joining.pop();
      // The wave it would join filled up or closed meanwhile: it waits its turn like the others.
      if (!joinsCursorWave(pos)) {
        ready.push(pos);
        continue;
      }
    } else pos = ready.pop();
    place(pos);
    for (let p = dependants.offsets[pos]!; p < dependants.offsets[pos + 1]!; p++) {
      const d = dependants.targets[p]!;
      if (waveOf[d] === -1 && --unplacedNeeds[d]! === 0) enqueue(d);
    }
  }
  // Anything left waits on a loop the grouping could not break: place it in group order.
  for (let pos = 0; pos < G; pos++) if (waveOf[pos] === -1) place(pos);

  // Renumber without gaps.
  const newIndex = new Int32Array(waveCount.length).fill(-1);
  let waveTotal = 0;
  for (let w = 0; w < waveCount.length; w++) if (waveCount[w]! > 0) newIndex[w] = waveTotal++;
  const hasPilot = pilotEnabled && (waveCount[0] ?? 0) > 0;
  const finalWave = new Int32Array(G);
  for (let pos = 0; pos < G; pos++) finalWave[pos] = newIndex[waveOf[pos]!]!;

  const names: (string | undefined)[] = [];
  for (let w = 0; w < waveCount.length; w++) if (newIndex[w]! >= 0) names[newIndex[w]!] = settings.get(w)?.name;
  const waves = draftWaves(project, groups, finalWave, waveTotal, hasPilot, estimates, assumptions, names);
  const issues = describeWaveIssues({
    project,
    graph: g,
    groups,
    posOf,
    finalWave,
    waveNames: waves.map((w) => w.name),
    pins,
    pinOf,
    pilotFallback: pilotFallback === -1 ? undefined : groups[pilotFallback],
  });
  return { waves, excluded, issues };
}

function draftWaves(
  project: Project,
  groups: readonly MoveGroup[],
  finalWave: Int32Array,
  waveTotal: number,
  hasPilot: boolean,
  estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>,
  assumptions: Assumptions,
  names: readonly (string | undefined)[],
): WaveDraft[] {
  const g = projectGraph(project);
  const teamRank = new Map(project.teams.map((t, i) => [t.id, i]));
  const dnsTtlLeadDays = assumptions.value('phase.dnsTtlLeadDays');
  const hypercareDays = assumptions.value('phase.hypercare.days');
  const defaultTarget = project.project.defaultTargets[0] ?? 'self-hosted';
  const buckets = Array.from({ length: waveTotal }, () => ({ groups: [] as string[], workloads: [] as string[], teams: new Set<string>(), runbook: [] as RunbookStep[] }));
  groups.forEach((m, pos) => {
    const bucket = buckets[finalWave[pos]!]!;
    bucket.groups.push(m.id);
    for (const id of m.workloadIds) {
      const i = g.indexOf.get(id);
      if (i === undefined) continue;
      const w = g.workloads[i]!;
      bucket.workloads.push(id);
      bucket.teams.add(w.team);
      const estimate = estimates[id];
      const targetProvider = estimate?.targetProvider ?? w.target?.provider ?? defaultTarget;
      const hardDependants: string[] = [];
      const d = g.dependants;
      for (let p = d.offsets[i]!; p < d.offsets[i + 1]!; p++) if (g.hard[d.edgeOf[p]!] === 1) hardDependants.push(g.workloads[d.targets[p]!]!.id);
      const equivalent = equivalentFor(w.sourceService, targetProvider);
      const steps = runbookFor(w, estimate, {
        targetProvider,
        targetService: estimate?.targetService ?? equivalent?.service ?? '',
        method: equivalent?.method ?? '',
        hardDependants: hardDependants.length > 1 ? [...new Set(hardDependants)] : hardDependants,
        dnsTtlLeadDays,
        hypercareDays,
      });
      for (const s of steps) bucket.runbook.push(s);
    }
  });
  const teamOrder = (a: string, b: string) => (teamRank.get(a) ?? 1e9) - (teamRank.get(b) ?? 1e9) || (a < b ? -1 : a > b ? 1 : 0);
  return buckets.map((b, index) => ({
    id: `wave-${index}`,
    index,
    name: names[index] ?? (hasPilot && index === 0 ? 'Pilot' : `Wave ${hasPilot ? index : index + 1}`),
    isPilot: hasPilot && index === 0,
    workloadIds: b.workloads,
    moveGroupIds: b.groups,
    teamIds: [...b.teams].sort(teamOrder),
    runbook: b.runbook,
  }));
}

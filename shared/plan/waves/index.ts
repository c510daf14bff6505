/**
 * Phase 4, waves: move groups packed into a pilot and numbered waves, by the conditions in
 * conditions.ts. The steps:
 * 1. facts about each move group (size, effort per team, environment, applications, criticality);
 * 2. units: groups bundled by application (units.ts);
 * 3. the pilot (pilot.ts);
 * 4. packing, wave by wave (pack.ts), with the user's pins and wave settings;
 * 5. no trailing wave of one small workload that fits the wave before;
 * 6. renumbering without gaps, drafts with runbooks (draft.ts), and the findings.
 * Platform workloads are not here: the foundation builds them (foundation/). Linear in workloads +
 * dependencies, plus sorting.
 */
import type { Project } from '../../model/schema';
import type { Assumptions } from '../assumptions';
import type { FoundationDraft } from '../foundation';
import { buildAdjacency, simplifyAdjacency } from '../graph/adjacency';
import { projectGraph } from '../graph/project-graph';
import type { Grouping } from '../group';
import type { GroupOrder, MoveGroup, PlanIssue, WaveDraft, WorkloadEstimate, WorkloadId } from '../types';
import { draftWaves } from './draft';
import { describeFindings } from './findings';
import { packWaves } from './pack';
import { choosePilot, type PilotFacts } from './pilot';
import { describeWaveIssues, type PinOutcome } from './pin-issues';
import { buildUnits, type GroupFacts } from './units';

export { WAVE_CONDITIONS } from './conditions';

/** Waves before dates, the workloads that join none, and what the planner had to decide. */
export interface WavePlan {
  waves: WaveDraft[];
  /** Retired and retained workloads (platform workloads are in the foundation instead). */
  excluded: WorkloadId[];
  issues: PlanIssue[];
}

const CRITICALITY_RANK = { low: 0, medium: 1, high: 2, 'mission-critical': 3 } as const;
const REPRESENTATIVE_KINDS: ReadonlySet<string> = new Set(['compute', 'container', 'serverless']);

export function buildWaves(
  project: Project,
  grouping: Grouping,
  order: GroupOrder,
  estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>,
  assumptions: Assumptions,
  foundation?: Pick<FoundationDraft, 'workloadIds'>,
): WavePlan {
  const g = projectGraph(project);
  const n = g.workloads.length;
  const platform = new Set(foundation?.workloadIds ?? []);
  const excluded: WorkloadId[] = [];
  for (let i = 0; i < n; i++) if (g.movable[i] === 0 && g.indexOf.get(g.workloads[i]!.id) === i) excluded.push(g.workloads[i]!.id);

  // 1. Groups in migration order (any group the order lacks goes last) and what the packer needs of each.
  const groups = groupsInOrder(grouping, order);
  const G = groups.length;
  const posOf = new Int32Array(n).fill(-1);
  groups.forEach((m, pos) => {
    for (const id of m.workloadIds) {
      const i = g.indexOf.get(id);
      if (i !== undefined && g.movable[i] === 1 && !platform.has(id)) posOf[i] = pos;
    }
  });
  const teamIndex = new Map(project.teams.map((t, k) => [t.id, k]));
  const pins = resolvePins(project, g, groups, posOf);
  const facts: GroupFacts[] = [];
  const pilotFacts: PilotFacts[] = [];
  const maxCriticalityOf = new Int32Array(G);
  const representative = new Uint8Array(G);
  groups.forEach((m, pos) => {
    let effort = 0;
    let size = 0;
    let critical = false;
    let production = false;
    let nonProduction = false;
    const byTeam = new Map<number, number>();
    const apps = new Set<string>();
    for (const id of m.workloadIds) {
      const i = g.indexOf.get(id);
      if (i === undefined || posOf[i] !== pos) continue;
      const w = g.workloads[i]!;
      const likely = estimates[id]?.effort.likely ?? 0;
      const e = Number.isFinite(likely) && likely > 0 ? likely : 0;
      const team = teamIndex.get(w.team) ?? -1;
      effort += e;
      size++;
      byTeam.set(team, (byTeam.get(team) ?? 0) + e);
      if (w.application) apps.add(w.application);
      if ((w.environment ?? 'production') === 'production') production = true;
      else nonProduction = true;
      if (w.criticality === 'mission-critical' || w.complexity >= 5) critical = true;
      const c = CRITICALITY_RANK[w.criticality] ?? 3;
      if (c > maxCriticalityOf[pos]!) maxCriticalityOf[pos] = c;
      if (REPRESENTATIVE_KINDS.has(w.kind)) representative[pos] = 1;
    }
    facts.push({
      size,
      effort,
      effortByTeam: byTeam,
      environment: production ? 'production' : 'non-production',
      mixedEnvironments: production && nonProduction,
      applications: [...apps].sort(),
      critical,
      pinned: pins.pinnedWave[pos]! >= 0,
    });
  });

  // Group-level needs; a group is hard-depended on from outside when a hard edge enters it.
  const gf: number[] = [];
  const gt: number[] = [];
  const hf: number[] = [];
  const ht: number[] = [];
  for (let e = 0; e < g.from.length; e++) {
    const a = posOf[g.from[e]!]!;
    const b = posOf[g.to[e]!]!;
    if (a < 0 || b < 0 || a === b || grouping.looseLoopDependencies.has(g.depIndex[e]!)) continue;
    gf.push(a);
    gt.push(b);
    if (g.hard[e] === 1) {
      hf.push(a);
      ht.push(b);
    }
  }
  const groupNeeds = simplifyAdjacency(buildAdjacency(G, gf, gt));
  const groupHardNeeds = simplifyAdjacency(buildAdjacency(G, hf, ht));

  // Caps: a team's part of a wave holds at most its capacity x phase.wave.maxDays.
  const focusDefault = assumptions.value('team.focusFactor');
  const maxDays = Math.max(1, assumptions.value('phase.wave.maxDays'));
  const teamCapacity = project.teams.map((t) => Math.max(0, t.engineers * Math.min(1, t.focus ?? focusDefault)));
  const teamCap = (team: number) => (teamCapacity[team] ?? Math.min(1, focusDefault)) * maxDays;
  const maxWorkloads = Math.max(1, Math.floor(assumptions.value('phase.wave.maxWorkloads')) || 1);
  const settings = new Map((project.waves ?? []).map((s) => [s.order, s]));

  // 2. Units.
  const plan = buildUnits(facts, groupNeeds, groupHardNeeds, { maxWorkloads, teamCap });
  const U = plan.units.length;

  // 3. The pilot.
  const pinnedUnit = new Int32Array(U).fill(-1);
  for (let pos = 0; pos < G; pos++) {
    const w = pins.pinnedWave[pos]!;
    const u = plan.unitOf[pos]!;
    if (w >= 0 && (pinnedUnit[u] === -1 || w < pinnedUnit[u]!)) pinnedUnit[u] = w;
  }
  // A unit is hard-depended on from outside when a hard edge enters it from another group or unit.
  const hardFromOutside = new Uint8Array(U);
  for (let e = 0; e < g.from.length; e++) {
    if (g.hard[e] !== 1) continue;
    const b = posOf[g.to[e]!]!;
    if (b < 0) continue;
    const a = posOf[g.from[e]!]!;
    if (a < 0 ? !platform.has(g.workloads[g.from[e]!]!.id) : plan.unitOf[a] !== plan.unitOf[b]) hardFromOutside[plan.unitOf[b]!] = 1;
  }
  for (let u = 0; u < U; u++) {
    let maxC = 0;
    let rep = false;
    for (const pos of plan.units[u]!.groups) {
      maxC = Math.max(maxC, maxCriticalityOf[pos]!);
      rep ||= representative[pos] === 1;
    }
    pilotFacts.push({ maxCriticality: maxC, representative: rep, hardDependedOnFromOutside: hardFromOutside[u] === 1, pinnedWave: pinnedUnit[u]! });
  }
  const pilotMax = Math.max(0, Math.floor(assumptions.value('phase.pilot.maxWorkloads')) || 0);
  const pilot = choosePilot(plan.units, plan.needs, pilotFacts, pilotMax);

  // 4. Pack.
  const packed = packWaves({
    units: plan.units,
    needs: plan.needs,
    hardNeeds: plan.hardNeeds,
    pinnedWave: pinnedUnit,
    pilot: pilot.units,
    pilotEnabled: pilotMax > 0,
    protectedWaves: Math.max(0, Math.floor(assumptions.value('phase.wave.protectedWaves'))),
    caps: {
      maxWorkloads: (w) => settings.get(w)?.maxWorkloads ?? maxWorkloads,
      maxPersonDays: (w) => settings.get(w)?.maxPersonDays ?? Infinity,
      teamCap,
    },
  });
  const groupWave = new Int32Array(G);
  for (let pos = 0; pos < G; pos++) groupWave[pos] = packed.waveOf[plan.unitOf[pos]!]!;

  // 5. No trailing wave of one small workload that fits the wave before.
  mergeTrailingWave(groupWave, facts, packed.environmentOf, pins.pinnedWave, groupNeeds, pilotMax > 0, (pos, w) => {
    const count = facts.reduce((s, f, p) => s + (groupWave[p] === w ? f.size : 0), 0);
    return count + facts[pos]!.size <= (settings.get(w)?.maxWorkloads ?? maxWorkloads);
  });

  // 6. Renumber without gaps; name; draft.
  const used = [...new Set(groupWave)].sort((a, b) => a - b);
  const newIndex = new Map(used.map((w, k) => [w, k]));
  const finalWave = Int32Array.from(groupWave, (w) => newIndex.get(w)!);
  const hasPilot = pilotMax > 0 && used[0] === 0;
  const names = used.map((w) => settings.get(w)?.name);
  const environments = used.map((w) => packed.environmentOf.get(w) ?? 'production');
  const waves = draftWaves({ project, groups, posOf, finalWave, waveTotal: used.length, hasPilot, names, environments, estimates, assumptions, platform });

  const issues = [
    ...describeWaveIssues({
      project,
      graph: g,
      groups,
      posOf,
      finalWave,
      waveNames: waves.map((w) => w.name),
      pins: pins.outcomes,
      pinOf: pins.pinOf,
      looseLoop: grouping.looseLoopDependencies,
      pilotFallback: pilot.fallback === undefined ? undefined : plan.units[pilot.fallback]!.groups.map((pos) => groups[pos]!),
    }),
    ...describeFindings({ project, graph: g, groups, posOf, facts, plan, packed, finalWave, waves, pilot, pilotEnabled: pilotMax > 0, platform, pinnedOnPlatform: pins.onPlatform, teamCap, maxWorkloads }),
  ];
  return { waves, excluded, issues };
}

function groupsInOrder(grouping: Grouping, order: GroupOrder): MoveGroup[] {
  const byId = new Map(grouping.moveGroups.map((m) => [m.id, m]));
  const groups: MoveGroup[] = [];
  const seen = new Set<string>();
  for (const id of [...order.orderedGroupIds, ...grouping.moveGroups.map((m) => m.id)]) {
    const m = byId.get(id);
    if (!m || seen.has(id)) continue;
    seen.add(id);
    groups.push(m);
  }
  return groups;
}

/** Pins by group: the first pin on a group decides; later ones that disagree lose; pins on platform workloads are ignored. */
function resolvePins(project: Project, g: ReturnType<typeof projectGraph>, groups: readonly MoveGroup[], posOf: Int32Array) {
  const G = groups.length;
  const outcomes: PinOutcome[] = [];
  const pinnedWave = new Int32Array(G).fill(-1);
  const pinOf = new Int32Array(G).fill(-1);
  const onPlatform: { pinIndex: number; workloadId: string }[] = [];
  project.pins.forEach((pin, pinIndex) => {
    const i = g.indexOf.get(pin.workloadId);
    if (i === undefined || !Number.isFinite(pin.wave)) return;
    const pos = posOf[i]!;
    if (pos < 0) {
      if (g.movable[i] === 1) onPlatform.push({ pinIndex, workloadId: pin.workloadId });
      return;
    }
    const wave = Math.min(Math.max(0, Math.floor(pin.wave)), G + 1);
    if (pinnedWave[pos] === -1) {
      pinnedWave[pos] = wave;
      pinOf[pos] = outcomes.length;
      outcomes.push({ pin, pinIndex, group: groups[pos]!, applied: true, winner: -1 });
    } else if (pinnedWave[pos] !== wave) {
      outcomes.push({ pin, pinIndex, group: groups[pos]!, applied: false, winner: pinOf[pos]! });
    }
  });
  return { outcomes, pinnedWave, pinOf, onPlatform };
}

/**
 * The last wave holds one workload that also fits the wave before it (same environment, caps, not
 * the pilot, not pinned): it joins that wave. Its needs are all in earlier waves already.
 */
function mergeTrailingWave(
  groupWave: Int32Array,
  facts: readonly GroupFacts[],
  environmentOf: ReadonlyMap<number, string>,
  pinnedWave: Int32Array,
  needs: ReturnType<typeof buildAdjacency>,
  pilotEnabled: boolean,
  fits: (pos: number, wave: number) => boolean,
): void {
  const used = [...new Set(groupWave)].sort((a, b) => a - b);
  if (used.length < 2) return;
  const last = used[used.length - 1]!;
  const before = used[used.length - 2]!;
  if (pilotEnabled && before === 0) return;
  const members: number[] = [];
  groupWave.forEach((w, pos) => {
    if (w === last) members.push(pos);
  });
  if (members.length !== 1) return;
  const pos = members[0]!;
  if (facts[pos]!.size !== 1 || pinnedWave[pos]! >= 0 || environmentOf.get(last) !== environmentOf.get(before)) return;
  for (let p = needs.offsets[pos]!; p < needs.offsets[pos + 1]!; p++) if (groupWave[needs.targets[p]!]! > before) return;
  if (fits(pos, before)) groupWave[pos] = before;
}

/**
 * What the wave builder packs: move groups bundled by application. A unit is every move group of
 * one application in one environment class, so the application moves in one wave; a group without
 * an application is a unit of its own. Two exceptions break the bundle, each reported:
 * - applications that need each other both ways (A's part needs B, B needs another part of A)
 *   cannot each move whole, so their units fall back to move groups;
 * - an application larger than a default wave moves group by group over consecutive waves.
 * A pinned move group leaves its application's unit: the user's pin wins over the bundle.
 * Units are acyclic by construction (group order is), so they can be packed in dependency order.
 */
import { buildAdjacency, simplifyAdjacency, type Adjacency } from '../graph/adjacency';
import { stronglyConnectedComponents } from '../graph/scc';
import { UnionFind } from '../graph/union-find';
import type { WaveEnvironment } from '../types';

/** What the packer needs to know about one move group (by position in migration order). */
export interface GroupFacts {
  readonly size: number;
  /** Likely person-days. */
  readonly effort: number;
  /** Likely person-days per owner team index. */
  readonly effortByTeam: ReadonlyMap<number, number>;
  readonly environment: WaveEnvironment;
  /** Members' environments differ: production and non-production are bound together. */
  readonly mixedEnvironments: boolean;
  /** Applications its members belong to (by name), sorted. */
  readonly applications: readonly string[];
  /** A mission-critical or complexity-5 member: kept out of the first waves. */
  readonly critical: boolean;
  readonly pinned: boolean;
}

export interface Unit {
  /** Group positions, in migration order. */
  readonly groups: readonly number[];
  readonly size: number;
  readonly effort: number;
  readonly effortByTeam: ReadonlyMap<number, number>;
  readonly environment: WaveEnvironment;
  readonly critical: boolean;
  /** The application it bundles, when it bundles one or more groups of one. */
  readonly application: string | undefined;
  /** Position of its first group: units are packed in this order among those ready. */
  readonly rank: number;
}

/** Applications that could not move whole, and why. */
export interface ApplicationSplit {
  /** The application, or the applications a move group binds into one bundle, by name. */
  readonly applications: readonly string[];
  readonly reason: 'needs-both-ways' | 'larger-than-a-wave' | 'pin';
  /** Group positions the application spans. */
  readonly groups: readonly number[];
  /** For 'larger-than-a-wave', the cap it passes: its workload count, or one team's likely person-days. */
  readonly over?: { readonly workloads: number } | { readonly team: number; readonly effort: number; readonly cap: number };
}

export interface UnitPlan {
  readonly units: readonly Unit[];
  readonly unitOf: Int32Array;
  /** Unit-level needs (what must be in the same or an earlier wave), parallel edges dropped. */
  readonly needs: Adjacency;
  /** Unit-level hard needs (sync, auth, shared storage, network). */
  readonly hardNeeds: Adjacency;
  readonly splits: readonly ApplicationSplit[];
}

export interface UnitLimits {
  readonly maxWorkloads: number;
  /** Per team index: the most likely person-days its part of one wave may hold. */
  readonly teamCap: (team: number) => number;
}

export function buildUnits(facts: readonly GroupFacts[], groupNeeds: Adjacency, groupHardNeeds: Adjacency, limits: UnitLimits): UnitPlan {
  const G = facts.length;
  const splits: ApplicationSplit[] = [];
  // 1. Bundle groups by application within an environment class; pinned groups stay apart.
  const uf = new UnionFind(G);
  const firstOf = new Map<string, number>();
  const groupsOf = new Map<string, number[]>();
  facts.forEach((f, pos) => {
    for (const app of f.applications) {
      const key = `${f.environment}\u0000${app}`;
      const list = groupsOf.get(key);
      if (list) list.push(pos);
      else groupsOf.set(key, [pos]);
      if (f.pinned) continue;
      const first = firstOf.get(key);
      if (first === undefined) firstOf.set(key, pos);
      else uf.union(first, pos);
    }
  });
  for (const [key, list] of groupsOf) {
    if (list.length > 1 && list.some((pos) => facts[pos]!.pinned)) splits.push({ applications: [key.split('\u0000')[1]!], reason: 'pin', groups: list });
  }
  let unitOfGroup = rootsToUnits(G, (pos) => uf.find(pos));

  // 2. An application larger than a default wave moves group by group.
  const tooLarge = new Set<number>();
  for (const [unit, members] of membersByUnit(unitOfGroup)) {
    if (members.length < 2) continue;
    const total = sumFacts(members.map((p) => facts[p]!));
    let over: ApplicationSplit['over'] = total.size > limits.maxWorkloads ? { workloads: total.size } : undefined;
    for (const [team, effort] of total.effortByTeam) if (!over && effort > limits.teamCap(team)) over = { team, effort, cap: limits.teamCap(team) };
    if (over) {
      tooLarge.add(unit);
      splits.push({ applications: applicationsOf(members, facts), reason: 'larger-than-a-wave', groups: members, over });
    }
  }
  if (tooLarge.size > 0) {
    const split = (pos: number) => (tooLarge.has(unitOfGroup[pos]!) ? G + pos : unitOfGroup[pos]!);
    unitOfGroup = rootsToUnits(G, split);
  }

  // 3. Applications that need each other both ways cannot each move whole: back to groups.
  let unitCount = 0;
  for (const u of unitOfGroup) if (u + 1 > unitCount) unitCount = u + 1;
  const { from, to } = liftEdges(groupNeeds, unitOfGroup);
  const unitGraph = buildAdjacency(unitCount, from, to);
  const scc = stronglyConnectedComponents(unitGraph);
  const componentSize = new Int32Array(scc.count);
  for (let u = 0; u < unitCount; u++) componentSize[scc.componentOf[u]!]!++;
  const cyclic = new Set<number>();
  for (let u = 0; u < unitCount; u++) if (componentSize[scc.componentOf[u]!]! > 1) cyclic.add(u);
  if (cyclic.size > 0) {
    for (const [unit, members] of membersByUnit(unitOfGroup)) {
      if (cyclic.has(unit) && members.length > 1) splits.push({ applications: applicationsOf(members, facts), reason: 'needs-both-ways', groups: members });
    }
    const split = (pos: number) => (cyclic.has(unitOfGroup[pos]!) ? G + pos : unitOfGroup[pos]!);
    unitOfGroup = rootsToUnits(G, split);
  }

  // Units numbered by their first group, so unit order follows migration order.
  const units: Unit[] = [];
  for (const [, members] of [...membersByUnit(unitOfGroup)].sort((a, b) => a[1][0]! - b[1][0]!)) {
    const total = sumFacts(members.map((p) => facts[p]!));
    units.push({ groups: members, ...total, rank: members[0]!, application: applicationOf(members, facts) });
  }
  const unitOf = new Int32Array(G);
  units.forEach((u, k) => {
    for (const pos of u.groups) unitOf[pos] = k;
  });
  const needsEdges = liftEdges(groupNeeds, unitOf);
  const hardEdges = liftEdges(groupHardNeeds, unitOf);
  return {
    units,
    unitOf,
    needs: simplifyAdjacency(buildAdjacency(units.length, needsEdges.from, needsEdges.to)),
    hardNeeds: simplifyAdjacency(buildAdjacency(units.length, hardEdges.from, hardEdges.to)),
    splits: splits.sort((a, b) => a.groups[0]! - b.groups[0]! || (a.reason < b.reason ? -1 : 1)),
  };
}

/** Renumbers arbitrary keys to dense unit numbers in order of first group. */
function rootsToUnits(G: number, keyOf: (pos: number) => number): Int32Array {
  const number = new Map<number, number>();
  const out = new Int32Array(G);
  for (let pos = 0; pos < G; pos++) {
    const key = keyOf(pos);
    let n = number.get(key);
    if (n === undefined) {
      n = number.size;
      number.set(key, n);
    }
    out[pos] = n;
  }
  return out;
}

function membersByUnit(unitOfGroup: Int32Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  unitOfGroup.forEach((u, pos) => {
    const list = out.get(u);
    if (list) list.push(pos);
    else out.set(u, [pos]);
  });
  return out;
}

function liftEdges(adj: Adjacency, unitOf: Int32Array): { from: Int32Array; to: Int32Array } {
  const from: number[] = [];
  const to: number[] = [];
  for (let v = 0; v < adj.nodeCount; v++) {
    for (let p = adj.offsets[v]!; p < adj.offsets[v + 1]!; p++) {
      const a = unitOf[v]!;
      const b = unitOf[adj.targets[p]!]!;
      if (a !== b) {
        from.push(a);
        to.push(b);
      }
    }
  }
  return { from: Int32Array.from(from), to: Int32Array.from(to) };
}

function sumFacts(list: readonly GroupFacts[]): Pick<Unit, 'size' | 'effort' | 'effortByTeam' | 'environment' | 'critical'> {
  let size = 0;
  let effort = 0;
  let critical = false;
  let production = false;
  const byTeam = new Map<number, number>();
  for (const f of list) {
    size += f.size;
    effort += f.effort;
    critical ||= f.critical;
    production ||= f.environment === 'production';
    for (const [t, e] of f.effortByTeam) byTeam.set(t, (byTeam.get(t) ?? 0) + e);
  }
  return { size, effort, effortByTeam: byTeam, environment: production ? 'production' : 'non-production', critical };
}

/** Every application the groups belong to, most members first (a move group can bind several). */
function applicationsOf(groups: readonly number[], facts: readonly GroupFacts[]): string[] {
  const count = new Map<string, number>();
  for (const pos of groups) for (const a of facts[pos]!.applications) count.set(a, (count.get(a) ?? 0) + facts[pos]!.size);
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([a]) => a);
}

/** The application a set of groups shares, if they share exactly one. */
function applicationOf(groups: readonly number[], facts: readonly GroupFacts[]): string | undefined {
  let shared: string[] | undefined;
  for (const pos of groups) {
    const apps = facts[pos]!.applications;
    shared = shared === undefined ? [...apps] : shared.filter((a) => apps.includes(a));
  }
  return shared && shared.length > 0 ? shared[0] : undefined;
}

/**
 * What `buildWaves` tells the user about its decisions: pins that lost (they would split a move
 * group), pins that won against dependency order (a link runs cross-cloud for a while), pins whose
 * wave number moved because earlier waves would have been empty, and a pilot that breaks the rules.
 */
import type { Pin, Project } from '../../model/schema';
import type { ProjectGraph } from '../graph/project-graph';
import type { MoveGroup, PlanIssue } from '../types';
import { namesOf, namesParam, workloadIndex } from './conditions';

/** One pin as `buildWaves` handled it; `winner` is the index of the pin that beat it, or -1. */
export interface PinOutcome {
  readonly pin: Pin;
  readonly pinIndex: number;
  readonly group: MoveGroup;
  readonly applied: boolean;
  readonly winner: number;
}

export interface WaveIssueInput {
  readonly project: Project;
  readonly graph: ProjectGraph;
  /** Groups in migration order. */
  readonly groups: readonly MoveGroup[];
  /** Group position of each workload index (-1 for excluded). */
  readonly posOf: Int32Array;
  /** Final wave index of each group position. */
  readonly finalWave: Int32Array;
  readonly waveNames: readonly string[];
  readonly pins: readonly PinOutcome[];
  /** Index into `pins` of the pin applied to each group position, or -1. */
  readonly pinOf: Int32Array;
  /** The move groups of a pilot taken with needs outside the foundation (pilot.ts), if any. */
  readonly pilotFallback: readonly MoveGroup[] | undefined;
  /** Loose links that close a loop between groups (group.ts): reported on their own. */
  readonly looseLoop: ReadonlySet<number>;
}

export function describeWaveIssues(input: WaveIssueInput): PlanIssue[] {
  const { project, graph: g, groups, posOf, finalWave, waveNames, pins, pinOf } = input;
  const issues: PlanIssue[] = [];
  const nameOf = (pos: number) => waveNames[finalWave[pos]!] ?? `wave ${finalWave[pos]!}`;
  const posOfGroup = new Map(groups.map((m, pos) => [m.id, pos]));
  const nameById = new Map(project.workloads.map((w) => [w.id, w.name]));
  const nm = (id: string) => nameById.get(id) ?? id;

  for (const o of pins) {
    const pos = posOfGroup.get(o.group.id)!;
    const others = o.group.workloadIds.filter((id) => id !== o.pin.workloadId);
    if (!o.applied) {
      const winner = pins[o.winner]!;
      issues.push({
        id: `issue:pin-splits-group:${o.pin.id}`,
        severity: 'warning',
        code: 'pin-splits-group',
        params: { pin: o.pin.id, workload: nm(o.pin.workloadId), workloadId: o.pin.workloadId, wave: o.pin.wave, winner: winner.pin.id, group: o.group.id, finalWave: nameOf(pos) },
        condition: 'move-group-together',
        message:
          `Pin '${o.pin.id}' asks for ${nm(o.pin.workloadId)} in wave ${o.pin.wave}, but ${nm(o.pin.workloadId)} moves together with ${namesOf(project, others)} (${o.group.id}), ` +
          `which pin '${winner.pin.id}' already places. A move group is never split, so '${o.pin.id}' is not applied; the group is in ${nameOf(pos)}.`,
        path: ['pins', o.pinIndex, 'wave'],
        workloadIds: o.group.workloadIds,
      });
    } else if (finalWave[pos] !== o.pin.wave) {
      issues.push({
        id: `issue:pin-wave-renumbered:${o.pin.id}`,
        severity: 'info',
        code: 'pin-wave-renumbered',
        params: { pin: o.pin.id, workload: nm(o.pin.workloadId), workloadId: o.pin.workloadId, wave: o.pin.wave, finalWave: nameOf(pos), finalIndex: finalWave[pos]! },
        message: `Pin '${o.pin.id}' asks for wave ${o.pin.wave}; the waves before it would be empty, so ${nm(o.pin.workloadId)} is in ${nameOf(pos)} (the pins' order is kept).`,
        path: ['pins', o.pinIndex, 'wave'],
        workloadIds: [o.pin.workloadId],
      });
    }
  }

  // Dependencies whose dependant cuts over before what it needs: pins cause this, and a fallback
  // pilot, whose needs are listed in its own issue below.
  const deps = project.dependencies;
  const fallbackIds = new Set((input.pilotFallback ?? []).flatMap((m) => m.workloadIds));
  const fallbackNeeds = new Set<string>();
  for (let e = 0; e < g.from.length; e++) {
    const a = posOf[g.from[e]!]!;
    const b = posOf[g.to[e]!]!;
    if (a < 0 || b < 0 || a === b || finalWave[a]! >= finalWave[b]!) continue;
    if (input.looseLoop.has(g.depIndex[e]!) && pinOf[a] === -1 && pinOf[b] === -1) continue;
    const dep = deps[g.depIndex[e]!]!;
    if (fallbackIds.has(dep.from) && pinOf[a] === -1 && pinOf[b] === -1) {
      fallbackNeeds.add(dep.to);
      continue;
    }
    const blamed = pinOf[a] !== -1 ? pins[pinOf[a]!]! : pinOf[b] !== -1 ? pins[pinOf[b]!]! : undefined;
    const cause = blamed ? `Pin '${blamed.pin.id}' wins` : 'Pins on the workloads around it win';
    issues.push({
      id: `issue:pin-breaks-order:${dep.id}`,
      severity: 'warning',
      code: 'pin-breaks-order',
      params: { dependency: dep.id, from: nm(dep.from), to: nm(dep.to), fromId: dep.from, toId: dep.to, kind: dep.kind, fromWave: nameOf(a), toWave: nameOf(b), pin: blamed?.pin.id ?? '' },
      condition: 'needs-first',
      message:
        `${nm(dep.from)} (${nameOf(a)}) needs ${nm(dep.to)} (${nameOf(b)}, ${dep.kind}), so it would normally move with or after it. ` +
        `${cause}: ${nm(dep.from)} reaches ${nm(dep.to)} across clouds from ${nameOf(a)} until ${nameOf(b)}.`,
      path: blamed ? ['pins', blamed.pinIndex, 'wave'] : ['dependencies', g.depIndex[e]!],
      workloadIds: [dep.from, dep.to],
    });
  }

  const fallback = input.pilotFallback;
  if (fallback && fallback.length > 0) {
    const ids = fallback.flatMap((m) => m.workloadIds);
    const needs = [...fallbackNeeds];
    issues.push({
      id: `issue:pilot-fallback:${fallback[0]!.id}`,
      severity: 'info',
      code: 'pilot-fallback',
      params: { group: fallback[0]!.id, workloads: ids.length, names: namesParam(project, ids), needs: namesParam(project, needs), needCount: needs.length },
      condition: 'needs-first',
      message:
        `No workload fits every pilot rule (low or medium criticality, needing only the landing zone or other pilot workloads), so the pilot is ${namesOf(project, ids)}` +
        (needs.length > 0 ? `, reaching ${namesOf(project, needs)} on the source across clouds until ${needs.length === 1 ? 'it moves' : 'they move'}.` : '.') +
        ' Check that the cross-cloud latency is acceptable for the pilot\'s weeks.',
      path: ['workloads', workloadIndex(project, ids[0]!)],
      workloadIds: [...ids, ...needs],
    });
  }
  return issues;
}

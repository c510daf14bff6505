/**
 * What `buildWaves` tells the user about its decisions: pins that lost (they would split a move
 * group), pins that won against dependency order (a link runs cross-cloud for a while), pins whose
 * wave number moved because earlier waves would have been empty, and a pilot that breaks the rules.
 */
import type { Pin, Project } from '../model/schema';
import { listNames } from './english';
import type { ProjectGraph } from './graph/project-graph';
import type { MoveGroup, PlanIssue } from './types';

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
  readonly pilotFallback: MoveGroup | undefined;
}

export function describeWaveIssues(input: WaveIssueInput): PlanIssue[] {
  const { project, graph: g, groups, posOf, finalWave, waveNames, pins, pinOf } = input;
  const issues: PlanIssue[] = [];
  const nameOf = (pos: number) => waveNames[finalWave[pos]!] ?? `wave ${finalWave[pos]!}`;
  const posOfGroup = new Map(groups.map((m, pos) => [m.id, pos]));

  for (const o of pins) {
    const pos = posOfGroup.get(o.group.id)!;
    const others = o.group.workloadIds.filter((id) => id !== o.pin.workloadId);
    if (!o.applied) {
      const winner = pins[o.winner]!;
      issues.push({
        id: `issue:pin-splits-group:${o.pin.id}`,
        severity: 'warning',
        code: 'pin-splits-group',
        params: { pin: o.pin.id, workload: o.pin.workloadId, wave: o.pin.wave, winner: winner.pin.id, group: o.group.id, finalWave: nameOf(pos) },
        message:
          `Pin '${o.pin.id}' asks for ${o.pin.workloadId} in wave ${o.pin.wave}, but ${o.pin.workloadId} moves together with ${listNames(others)} (${o.group.id}), ` +
          `which pin '${winner.pin.id}' already places. A move group is never split, so '${o.pin.id}' is not applied; the group is in ${nameOf(pos)}.`,
        path: ['pins', o.pinIndex, 'wave'],
        workloadIds: o.group.workloadIds,
      });
    } else if (finalWave[pos] !== o.pin.wave) {
      issues.push({
        id: `issue:pin-wave-renumbered:${o.pin.id}`,
        severity: 'info',
        code: 'pin-wave-renumbered',
        params: { pin: o.pin.id, workload: o.pin.workloadId, wave: o.pin.wave, finalWave: nameOf(pos), finalIndex: finalWave[pos]! },
        message: `Pin '${o.pin.id}' asks for wave ${o.pin.wave}; the waves before it would be empty, so ${o.pin.workloadId} is in ${nameOf(pos)} (the pins' order is kept).`,
        path: ['pins', o.pinIndex, 'wave'],
        workloadIds: [o.pin.workloadId],
      });
    }
  }

  // Dependencies whose dependant cuts over before what it needs: only pins can cause this.
  const deps = project.dependencies;
  for (let e = 0; e < g.from.length; e++) {
    const a = posOf[g.from[e]!]!;
    const b = posOf[g.to[e]!]!;
    if (a < 0 || b < 0 || a === b || finalWave[a]! >= finalWave[b]!) continue;
    const dep = deps[g.depIndex[e]!]!;
    const blamed = pinOf[a] !== -1 ? pins[pinOf[a]!]! : pinOf[b] !== -1 ? pins[pinOf[b]!]! : undefined;
    const cause = blamed ? `Pin '${blamed.pin.id}' wins` : 'Pins on the workloads around it win';
    issues.push({
      id: `issue:pin-breaks-order:${dep.id}`,
      severity: 'warning',
      code: 'pin-breaks-order',
      params: { dependency: dep.id, from: dep.from, to: dep.to, kind: dep.kind, fromWave: nameOf(a), toWave: nameOf(b), pin: blamed?.pin.id ?? '' },
      message:
        `${dep.from} (${nameOf(a)}) needs ${dep.to} (${nameOf(b)}, ${dep.kind}), so it would normally move with or after it. ` +
        `${cause}: ${dep.from} reaches ${dep.to} across clouds from ${nameOf(a)} until ${nameOf(b)}.`,
      path: blamed ? ['pins', blamed.pinIndex, 'wave'] : ['dependencies', g.depIndex[e]!],
      workloadIds: [dep.from, dep.to],
    });
  }

  const fallback = input.pilotFallback;
  if (fallback) {
    issues.push({
      id: `issue:pilot-fallback:${fallback.id}`,
      severity: 'info',
      code: 'pilot-fallback',
      params: { group: fallback.id, workloads: fallback.workloadIds.length },
      message:
        `No workload fits the pilot's rules (low or medium criticality, at most two needs, nothing hard-depends on it), ` +
        `so the pilot is ${listNames(fallback.workloadIds)}: the least critical, smallest group that needs nothing else. Review it before trusting the pilot to prove the runbook.`,
      path: ['workloads', project.workloads.findIndex((w) => w.id === fallback.workloadIds[0])],
      workloadIds: fallback.workloadIds,
    });
  }
  return issues;
}

/**
 * What the wave builder tells the user about the conditions it could not keep, each naming its
 * condition (conditions.ts) and what would restore it: production and non-production bound in one
 * move group or mixed by a pin (errors), applications split, non-production after production, a
 * critical workload in a first wave, a move group over the caps with the fewest dependencies whose
 * loosening would split it, pins on platform workloads, and a pilot that had to relax its rules.
 */
import type { Project } from '../../model/schema';
import { listNames, paramList, plural } from '../english';
import type { ProjectGraph } from '../graph/project-graph';
import type { MoveGroup, PlanIssue, WaveDraft, WorkloadId } from '../types';
import { conditionIssue, namesById, namesOf, namesParam, workloadIndex } from './conditions';
import { MAX_SPLIT_MEMBERS, minimumSplit, type GroupEdge } from './min-cut';
import type { PackResult } from './pack';
import type { PilotChoice } from './pilot';
import type { ApplicationSplit, GroupFacts, UnitPlan } from './units';

export interface FindingsInput {
  readonly project: Project;
  readonly graph: ProjectGraph;
  readonly groups: readonly MoveGroup[];
  readonly posOf: Int32Array;
  readonly facts: readonly GroupFacts[];
  readonly plan: UnitPlan;
  readonly packed: PackResult;
  readonly finalWave: Int32Array;
  readonly waves: readonly WaveDraft[];
  readonly pilot: PilotChoice;
  /** `phase.pilot.maxWorkloads` > 0: the project wants a pilot. */
  readonly pilotEnabled: boolean;
  readonly platform: ReadonlySet<WorkloadId>;
  readonly pinnedOnPlatform: readonly { pinIndex: number; workloadId: string }[];
  readonly teamCap: (team: number) => number;
  readonly maxWorkloads: number;
}

export function describeFindings(input: FindingsInput): PlanIssue[] {
  const { project, graph: g, groups, facts, plan, packed, finalWave, waves } = input;
  const issues: PlanIssue[] = [];
  const indexOfWorkload = (id: string) => workloadIndex(project, id);
  const waveName = (pos: number) => waves[finalWave[pos]!]?.name ?? '';
  const unitWorkloads = (u: number) => plan.units[u]!.groups.flatMap((pos) => membersOf(groups[pos]!, pos, g, input.posOf));
  const deps = project.dependencies;

  // Critical: production and non-production bound in one move group.
  facts.forEach((f, pos) => {
    if (!f.mixedEnvironments) return;
    const m = groups[pos]!;
    issues.push(
      conditionIssue('environments-apart', 'environments-bound', m.id, { group: m.id, workloads: namesParam(project, m.workloadIds), wave: waveName(pos) },
        `${namesOf(project, m.workloadIds)} mix production and non-production workloads but must move together (${m.reason}), so ${waveName(pos)} holds both. ` +
          `Loosen one of the binding dependencies (${listNames(m.bindingDependencyIds, 3)}) or correct the environments.`,
        ['workloads', indexOfWorkload(m.workloadIds[0]!)], m.workloadIds),
    );
  });
  for (const u of packed.pinMixesEnvironments) {
    const ids = unitWorkloads(u);
    issues.push(
      conditionIssue('environments-apart', 'pin-mixes-environments', ids[0]!, { workloads: namesParam(project, ids), wave: waveName(plan.units[u]!.groups[0]!) },
        `A pin puts ${namesOf(project, ids)} (${plan.units[u]!.environment}) in ${waveName(plan.units[u]!.groups[0]!)}, which holds the other environment class: production and non-production share a wave. Move the pin to a wave of its own class.`,
        ['pins'], ids),
    );
  }

  // Advisory: applications that could not move whole.
  for (const split of plan.splits) {
    const ids = split.groups.flatMap((pos) => membersOf(groups[pos]!, pos, g, input.posOf));
    const where = [...new Set(split.groups.map(waveName))];
    const name = listNames(split.applications, 3);
    const bound = split.applications.length > 1 ? ` (move groups bind ${split.applications.length} applications into one bundle)` : '';
    const why =
      split.reason === 'pin'
        ? 'a pin moves part of it'
        : split.reason === 'larger-than-a-wave'
          ? largerThanAWave(split.over, input.maxWorkloads, project)
          : 'it and another application need each other both ways, so neither can move whole';
    issues.push(
      conditionIssue('application-together', 'application-split', `${split.applications[0] ?? ''}:${split.reason}`, { application: paramList(split.applications, 3), reason: split.reason, waves: where.join(', '), workloads: ids.length },
        `${name}${bound} ${split.applications.length > 1 ? 'move' : 'moves'} in ${listNames(where)}, not in one wave: ${why}.`,
        ['workloads', indexOfWorkload(ids[0]!)], ids, where.length > 1 ? 'warning' : 'info'),
    );
  }

  // Advisory: non-production after production, critical early.
  for (const u of packed.nonProductionLate) {
    const ids = unitWorkloads(u);
    issues.push(
      conditionIssue('non-production-first', 'non-production-after-production', ids[0]!, { workloads: namesParam(project, ids), wave: waveName(plan.units[u]!.groups[0]!) },
        `${namesOf(project, ids)} (non-production) moves in ${waveName(plan.units[u]!.groups[0]!)}, after production has started moving, because it needs production workloads that move first.`,
        ['workloads', indexOfWorkload(ids[0]!)], ids),
    );
  }
  for (const u of packed.criticalEarly) {
    const ids = unitWorkloads(u);
    issues.push(
      conditionIssue('critical-later', 'critical-in-first-wave', ids[0]!, { workloads: namesParam(project, ids), wave: waveName(plan.units[u]!.groups[0]!) },
        `${namesOf(project, ids)} (mission-critical or complexity 5) moves in ${waveName(plan.units[u]!.groups[0]!)}, one of the first production waves, because nothing else was ready to move then.`,
        ['workloads', indexOfWorkload(ids[0]!)], ids),
    );
  }

  // Advisory: over the caps, with the fewest dependencies whose loosening would split the group.
  for (const u of packed.overCap) {
    const unit = plan.units[u]!;
    const ids = unitWorkloads(u);
    const wave = waveName(unit.groups[0]!);
    if (unit.groups.length === 1 && ids.length > 1) {
      const m = groups[unit.groups[0]!]!;
      const split = splitOf(m, g, deps);
      const loosen = split?.loosen.map((d) => deps[d]!) ?? [];
      const advice = split
        ? `Loosening ${plural(loosen.length, 'dependency', 'dependencies')} (${listNames(loosen.map((d) => `${nameOf(project, d.from)} → ${nameOf(project, d.to)}`), 4)}) would split it into ${split.firstCount} and ${ids.length - split.firstCount} workloads.`
        : ids.length > MAX_SPLIT_MEMBERS
          ? `It is too large (${ids.length} workloads) to search for a split here.`
          : 'No set of dependencies splits it.';
      issues.push(
        conditionIssue('wave-caps', 'move-group-over-cap', m.id, { group: m.id, names: namesParam(project, ids, 3), workloads: ids.length, wave, loosen: loosen.map((d) => d.id).join(', '), max: input.maxWorkloads },
          `The move group of ${namesOf(project, ids, 3)} (${plural(ids.length, 'workload')}, bound by ${REASON_TEXT[m.reason]}) is larger than a wave's caps, so ${wave} holds it alone and over them. ${advice}`,
          ['workloads', indexOfWorkload(ids[0]!)], ids),
      );
    } else {
      issues.push(
        conditionIssue('wave-caps', 'workload-over-cap', ids[0]!, { workloads: namesParam(project, ids), wave },
          `${namesOf(project, ids)} alone is more than a wave's caps (its team's capacity for phase.wave.maxDays, or the wave's settings), so ${wave} holds it over them; its team works on it past the wave's usual length.`,
          ['workloads', indexOfWorkload(ids[0]!)], ids),
      );
    }
  }

  for (const { pinIndex, workloadId } of input.pinnedOnPlatform) {
    issues.push({
      id: `issue:pin-on-platform:${project.pins[pinIndex]!.id}`,
      severity: 'warning',
      code: 'pin-on-platform',
      params: { pin: project.pins[pinIndex]!.id, workload: nameOf(project, workloadId) },
      message: `Pin '${project.pins[pinIndex]!.id}' places ${nameOf(project, workloadId)} in a wave, but it is a platform piece (network, identity, keys, DNS or monitoring): it is rebuilt in the foundation, before every wave, so the pin is ignored.`,
      path: ['pins', pinIndex],
      workloadIds: [workloadId],
    });
  }
  if (input.pilot.relaxed) {
    const ids = input.pilot.units.flatMap(unitWorkloads);
    issues.push({
      id: 'issue:pilot-medium-criticality:pilot',
      severity: 'info',
      code: 'pilot-medium-criticality',
      params: { workloads: namesParam(project, ids) },
      message: `No low-criticality workload fits the pilot, so it takes ${namesOf(project, ids)}, of medium criticality.`,
      path: ['workloads', indexOfWorkload(ids[0]!)],
      workloadIds: ids,
    });
  }
  if (input.pilotEnabled && input.pilot.units.length === 0 && !waves.some((w) => w.isPilot)) {
    issues.push({
      id: 'issue:no-pilot:pilot',
      severity: 'info',
      code: 'no-pilot',
      params: {},
      message:
        'No application can be the pilot: every candidate is mission-critical or complexity 5, larger than the pilot, or something else hard-depends on it. ' +
        'Wave 1 is the first real move, so plan its lessons-learned review before wave 2, or mark a small, low-criticality application to pilot with.',
      path: ['assumptions', 'phase.pilot.maxWorkloads'],
      workloadIds: [],
    });
  }
  return issues;
}

const REASON_TEXT: Readonly<Record<MoveGroup['reason'], string>> = {
  single: 'nothing',
  cycle: 'a dependency cycle',
  'tight-coupling': 'tight couplings',
  'cycle+tight-coupling': 'a dependency cycle and tight couplings',
};

function largerThanAWave(over: ApplicationSplit['over'], maxWorkloads: number, project: Project): string {
  if (over && 'team' in over) {
    const team = project.teams[over.team];
    return `the ${team?.name ?? 'owning'} team's part is ${over.effort.toFixed(0)} likely person-days, more than it can do in the longest wave (${over.cap.toFixed(0)}; phase.wave.maxDays)`;
  }
  return `it has ${plural(over?.workloads ?? 0, 'workload')} and a wave holds ${maxWorkloads}`;
}

function membersOf(m: MoveGroup, pos: number, g: ProjectGraph, posOf: Int32Array): WorkloadId[] {
  return m.workloadIds.filter((id) => {
    const i = g.indexOf.get(id);
    return i !== undefined && posOf[i] === pos;
  });
}

function nameOf(project: Project, id: string): string {
  return namesById(project).get(id) ?? id;
}

/** The minimum split of a move group (min-cut.ts), with the size of the part that moves first. */
function splitOf(m: MoveGroup, g: ProjectGraph, deps: Project['dependencies']): { loosen: readonly number[]; firstCount: number } | undefined {
  const local = new Map(m.workloadIds.map((id, k) => [g.indexOf.get(id)!, k]));
  const edges: GroupEdge[] = [];
  for (let e = 0; e < g.from.length; e++) {
    const a = local.get(g.from[e]!);
    const b = local.get(g.to[e]!);
    if (a === undefined || b === undefined) continue;
    const d = g.depIndex[e]!;
    edges.push({ from: a, to: b, tight: deps[d]!.coupling === 'tight', ref: d });
  }
  const split = minimumSplit(m.workloadIds.length, edges);
  if (!split) return undefined;
  let firstCount = 0;
  for (const x of split.first) firstCount += x;
  return { loosen: split.loosen, firstCount };
}

/**
 * Phase 1, validate: what in the project the planner cannot take at face value. Every issue is
 * located by JSON path (the UI jumps there; the loader turns it into line and column), names the
 * workloads by id, and has a stable id (`issue:<code>:<thing id>`) so a fix makes exactly it vanish.
 * Nothing here throws: a bad project plans as well as it can and says what it ignored.
 */
import { complianceGates } from '../catalog/compliance-gates';
import { catalogEntry } from '../catalog';
import type { JsonPath } from '../model/locate';
import type { Project } from '../model/schema';
import { SOURCE_PROVIDERS, type SourceProvider } from '../model/vocabulary';
import { resolveAssumptions } from './assumptions';
import { assumptionIssues } from './validate-assumptions';
import { listNames, paramList, plural } from './english';
import { isMovable } from './graph/project-graph';
import type { IssueSeverity, PlanIssue, TextParams, WorkloadId } from './types';

export function findPlanIssues(project: Project): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const add = (severity: IssueSeverity, code: string, key: string, params: TextParams, message: string, path: JsonPath, workloadIds: readonly WorkloadId[]) =>
    issues.push({ id: `issue:${code}:${key}`, severity, code, params, message, path, workloadIds });

  const workloads = new Map<WorkloadId, Project['workloads'][number]>();
  project.workloads.forEach((w, i) => {
    if (workloads.has(w.id)) add('error', 'duplicate-workload-id', `${w.id}:${i}`, { workload: w.id }, `Workload id '${w.id}' is used more than once; the planner keeps the first and ignores this one.`, ['workloads', i, 'id'], [w.id]);
    else workloads.set(w.id, w);
  });
  const movableCount = [...workloads.values()].filter(isMovable).length;

  // Workloads: source service, target, team.
  const teamIds = new Set(project.teams.map((t) => t.id));
  const defaultTarget = project.project.defaultTargets[0];
  project.workloads.forEach((w, i) => {
    if (workloads.get(w.id) !== w) return;
    const entry = catalogEntry(w.sourceService);
    if (!entry) {
      add('warning', 'unknown-source-service', w.id, { workload: w.id, service: w.sourceService },
        `${w.id} runs on '${w.sourceService}', which the service catalog does not know: its effort uses generic factors and it gets no target equivalent.`,
        ['workloads', i, 'sourceService'], [w.id]);
    }
    const runsOn = entry?.provider ?? providerPrefix(w.sourceService) ?? project.project.sourceProvider;
    const target = w.target?.provider ?? defaultTarget;
    if (isMovable(w) && target === runsOn) {
      add('warning', 'target-is-source', w.id, { workload: w.id, provider: target },
        `${w.id} already runs on ${target} and its target is ${target}: the move stays inside one provider, so it keeps that provider's provider-wide failure modes (identity, control plane).`,
        w.target ? ['workloads', i, 'target', 'provider'] : ['project', 'defaultTargets', 0], [w.id]);
    }
    if (!teamIds.has(w.team)) {
      add('error', 'unknown-team', w.id, { workload: w.id, team: w.team }, `${w.id} is owned by team '${w.team}', which does not exist; its effort counts against no team's capacity.`, ['workloads', i, 'team'], [w.id]);
    }
  });

  // Data leaving mainland China that the project has not declared as personal data (PIPL).
  const unflagged = complianceGates(project).crossBorderUnflagged;
  if (unflagged) {
    const n = unflagged.workloads.length;
    add('warning', 'cross-border-unflagged', 'project', { workloads: n, names: paramList(unflagged.workloads) },
      `${plural(n, 'workload')} holding data move from mainland China to a region outside it (${listNames(unflagged.workloads)}); if that data includes personal information, turn on "personal data leaves mainland China" so the PIPL cross-border assessment gates the move.`,
      ['project', 'compliance', 'crossBorderData'], unflagged.workloads.slice(0, 50));
  }

  // Dependencies: dangling ends, self-loops, duplicates, needs on retired workloads.
  // Pair key from the two ends' positions: numbers hash faster than concatenated strings.
  const position = new Map<WorkloadId, number>();
  project.workloads.forEach((w, i) => {
    if (!position.has(w.id)) position.set(w.id, i);
  });
  const stride = project.workloads.length + 1;
  const pairs = new Map<number, string>();
  project.dependencies.forEach((d, i) => {
    const from = workloads.get(d.from);
    const to = workloads.get(d.to);
    if (!from || !to) {
      const missing = from ? d.to : d.from;
      add('error', 'unknown-workload', d.id, { dependency: d.id, workload: missing },
        `Dependency '${d.id}' names workload '${missing}', which does not exist; the planner ignores it.`, ['dependencies', i, from ? 'to' : 'from'], from ? [d.from] : []);
      return;
    }
    if (d.from === d.to) {
      add('warning', 'self-loop', d.id, { dependency: d.id, workload: d.from }, `${d.from} depends on itself (dependency '${d.id}'); the planner ignores it.`, ['dependencies', i, 'to'], [d.from]);
      return;
    }
    const pair = position.get(d.from)! * stride + position.get(d.to)!;
    const first = pairs.get(pair);
    if (first !== undefined) {
      add('warning', 'duplicate-dependency', d.id, { dependency: d.id, first, from: d.from, to: d.to },
        `${d.from} → ${d.to} is listed twice ('${first}' and '${d.id}'); the planner uses both, but one is probably a mistake.`, ['dependencies', i], [d.from, d.to]);
    } else {
      pairs.set(pair, d.id);
    }
    if (to.strategy === 'retire' && from.strategy !== 'retire') {
      add('warning', 'depends-on-retired', d.id, { dependency: d.id, from: d.from, to: d.to, kind: d.kind },
        `${d.from} needs ${d.to} (${d.kind}), but ${d.to} is to be retired: once it is switched off, ${d.from} loses it. Replace the dependency or keep ${d.to}.`,
        ['dependencies', i, 'to'], [d.from, d.to]);
    }
  });

  // Pins.
  const pinned = new Map<WorkloadId, { wave: number; id: string }>();
  project.pins.forEach((p, i) => {
    const w = workloads.get(p.workloadId);
    if (!w) {
      add('error', 'unknown-workload', p.id, { pin: p.id, workload: p.workloadId }, `Pin '${p.id}' names workload '${p.workloadId}', which does not exist; the planner ignores it.`, ['pins', i, 'workloadId'], []);
      return;
    }
    if (!isMovable(w)) {
      add('warning', 'pin-on-excluded', p.id, { pin: p.id, workload: w.id, strategy: w.strategy },
        `Pin '${p.id}' places ${w.id} in wave ${p.wave}, but ${w.id} is set to ${w.strategy} and joins no wave; the pin is ignored.`, ['pins', i], [w.id]);
      return;
    }
    // Every workload in its own wave after the pilot is the most waves a plan can have.
    if (p.wave > movableCount) {
      add('warning', 'pin-wave-implausible', p.id, { pin: p.id, workload: w.id, wave: p.wave, max: movableCount },
        `Pin '${p.id}' places ${w.id} in wave ${p.wave}, but ${movableCount} movable workloads fill at most ${movableCount} waves after the pilot; it goes to the last wave.`, ['pins', i, 'wave'], [w.id]);
    }
    const earlier = pinned.get(w.id);
    if (earlier && earlier.wave !== p.wave) {
      add('warning', 'pin-conflict', p.id, { pin: p.id, first: earlier.id, workload: w.id, wave: p.wave, firstWave: earlier.wave },
        `${w.id} is pinned twice: '${earlier.id}' says wave ${earlier.wave}, '${p.id}' says wave ${p.wave}; the first pin wins.`, ['pins', i, 'wave'], [w.id]);
    } else if (!earlier) {
      pinned.set(w.id, { wave: p.wave, id: p.id });
    }
  });

  // Overrides on workloads that are not estimated as a move.
  project.overrides.forEach((o, i) => {
    const w = workloads.get(o.workloadId);
    if (!w) {
      add('error', 'unknown-workload', o.id, { override: o.id, workload: o.workloadId }, `Override '${o.id}' names workload '${o.workloadId}', which does not exist; the planner ignores it.`, ['overrides', i, 'workloadId'], []);
    } else if (w.strategy === 'retain') {
      add('warning', 'override-on-retained', o.id, { override: o.id, workload: w.id },
        `Override '${o.id}' gives ${w.id} an effort, but ${w.id} is retained (it stays where it is), so the effort joins no wave.`, ['overrides', i], [w.id]);
    }
  });

  // Teams that cannot do any work.
  const focusDefault = resolveAssumptions(project).value('team.focusFactor');
  project.teams.forEach((t, i) => {
    const capacity = t.engineers * (t.focus ?? focusDefault);
    if (!(capacity > 0)) {
      const owned = project.workloads.filter((w) => w.team === t.id).map((w) => w.id);
      add('error', 'team-zero-capacity', t.id, { team: t.id, workloads: owned.length },
        `Team '${t.name}' has no capacity (${t.engineers} engineers x focus ${t.focus ?? focusDefault}); the ${owned.length} workloads it owns could never finish.`,
        t.focus !== undefined ? ['teams', i, 'focus'] : ['teams', i, 'engineers'], owned);
    }
  });
  assumptionIssues(project, add);
  return issues;
}

/** `alibaba.ecs` -> `alibaba`, when the prefix is a known source provider. */
function providerPrefix(serviceId: string): SourceProvider | undefined {
  const prefix = serviceId.split('.', 1)[0];
  return (SOURCE_PROVIDERS as readonly string[]).includes(prefix ?? '') ? (prefix as SourceProvider) : undefined;
}

/**
 * A scenario's project: the baseline with the scenario's differences applied, in order. A scenario
 * stores only its differences, so every other edit of the baseline flows into it. A difference
 * that no longer applies (its workload, team, freeze or risk has gone; nothing goes to the provider
 * it replaces) changes nothing and is reported as stale, with the reason; it is never dropped from
 * the file. One that the baseline has since caught up with is reported as unchanged.
 */
import { providerName } from '../catalog';
import { targetProviderOf } from '../catalog/placement';
import { DEFAULT_ASSUMPTIONS, isAssumptionId } from '../model/default-assumptions';
import { defaultRiskRegister } from '../model/default-risks';
import type { Project, Scenario, ScenarioChange, Team, Workload } from '../model/schema';
import { describePart, type ChangeText } from './describe';

export type PartStatus = 'applied' | 'unchanged' | 'stale';

/** One thing a difference does (a difference on a workload may change its strategy and its team). */
export interface ChangePart {
  readonly status: PartStatus;
  /** What it does, in the baseline's words: "Order service: strategy rehost → replatform". */
  readonly text: ChangeText;
  /** Why it is stale or changes nothing. */
  readonly reason?: ChangeText;
}

export interface ChangeOutcome {
  /** Position in `scenario.changes`. */
  readonly index: number;
  readonly change: ScenarioChange;
  /** The worst of its parts: stale, then unchanged, then applied. */
  readonly status: PartStatus;
  readonly parts: readonly ChangePart[];
}

export interface ScenarioProject {
  readonly scenario: Scenario;
  /** The baseline with the differences applied; without scenarios or baselines of its own. */
  readonly project: Project;
  readonly outcomes: readonly ChangeOutcome[];
  /** The differences that no longer apply (at least one part stale). */
  readonly stale: readonly ChangeOutcome[];
}

/** The baseline project as a scenario starts from it: without the scenarios and baselines, which belong to the baseline alone. */
export function withoutDecisions(project: Project): Project {
  const { scenarios: _s, baselines: _b, ...rest } = project;
  return rest;
}

export function applyScenario(baseline: Project, scenario: Scenario): ScenarioProject {
  let project = withoutDecisions(baseline);
  const outcomes: ChangeOutcome[] = [];
  scenario.changes.forEach((change, index) => {
    const step = applyChange(project, change, scenario.name);
    project = step.project;
    const rank = (s: PartStatus) => (s === 'stale' ? 2 : s === 'unchanged' ? 1 : 0);
    const status = step.parts.reduce<PartStatus>((worst, p) => (rank(p.status) > rank(worst) ? p.status : worst), 'applied');
    outcomes.push({ index, change, status, parts: step.parts });
  });
  return { scenario, project, outcomes, stale: outcomes.filter((o) => o.status === 'stale') };
}

interface Step {
  readonly project: Project;
  readonly parts: ChangePart[];
}

const moves = (w: Workload) => w.strategy !== 'retire' && w.strategy !== 'retain';

function applyChange(project: Project, change: ScenarioChange, scenarioName: string): Step {
  switch (change.kind) {
    case 'target':
      return replaceTarget(project, change);
    case 'workload':
      return changeWorkload(project, change);
    case 'secondary-target':
      return changeSecondaryTarget(project, change);
    case 'team':
      return changeTeam(project, change);
    case 'add-team': {
      const text = describePart('addTeam', { team: change.team.name, engineers: change.team.engineers });
      if (project.teams.some((t) => t.id === change.team.id)) return stale(project, text, 'teamExists', { team: change.team.id });
      return { project: { ...project, teams: [...project.teams, change.team] }, parts: [{ status: 'applied', text }] };
    }
    case 'assumption': {
      if (!isAssumptionId(change.assumptionId)) return stale(project, describePart('assumption', { assumption: change.assumptionId, from: '', to: change.value }), 'unknownAssumption', { assumption: change.assumptionId });
      const def = DEFAULT_ASSUMPTIONS[change.assumptionId];
      const current = project.assumptions.find((a) => a.id === change.assumptionId);
      const text = describePart('assumption', { assumption: change.assumptionId, from: current?.value ?? def.value, to: change.value, unit: def.unit });
      if ((current?.value ?? def.value) === change.value) return same(project, text);
      const entry = { id: change.assumptionId, value: change.value, unit: current?.unit ?? def.unit, source: `Scenario "${scenarioName}"` };
      const assumptions = current ? project.assumptions.map((a) => (a === current ? entry : a)) : [...project.assumptions, entry];
      return { project: { ...project, assumptions }, parts: [{ status: 'applied', text }] };
    }
    case 'start-date': {
      const text = describePart('startDate', { from: project.project.startDate, to: change.date });
      if (project.project.startDate === change.date) return same(project, text);
      return { project: { ...project, project: { ...project.project, startDate: change.date } }, parts: [{ status: 'applied', text }] };
    }
    case 'add-freeze': {
      const w = change.window;
      const text = describePart('addFreeze', { freeze: w.name, start: w.start, end: w.end });
      if (project.calendar.freezeWindows.some((f) => f.id === w.id)) return stale(project, text, 'freezeExists', { freeze: w.name });
      if (w.end < w.start) return stale(project, text, 'freezeInverted', { freeze: w.name, start: w.start, end: w.end });
      return { project: { ...project, calendar: { ...project.calendar, freezeWindows: [...project.calendar.freezeWindows, w] } }, parts: [{ status: 'applied', text }] };
    }
    case 'remove-freeze': {
      const found = project.calendar.freezeWindows.find((f) => f.id === change.freezeId);
      const text = describePart('removeFreeze', { freeze: found?.name ?? change.freezeId });
      if (!found) return stale(project, text, 'freezeGone', { freeze: change.freezeId });
      return { project: { ...project, calendar: { ...project.calendar, freezeWindows: project.calendar.freezeWindows.filter((f) => f !== found) } }, parts: [{ status: 'applied', text }] };
    }
    case 'risk':
      return changeRisk(project, change);
  }
}

function stale(project: Project, text: ChangeText, reason: string, params: ChangeText['params']): Step {
  return { project, parts: [{ status: 'stale', text, reason: describePart(`stale.${reason}`, params) }] };
}

function same(project: Project, text: ChangeText): Step {
  return { project, parts: [{ status: 'unchanged', text, reason: describePart('stale.same', {}) }] };
}

/** Every moving workload bound for `replaces` goes to `provider`; its entered target product, region and run cost belonged to the old provider and go. */
function replaceTarget(project: Project, change: Extract<ScenarioChange, { kind: 'target' }>): Step {
  const from = change.replaces ?? project.project.defaultTargets[0] ?? 'self-hosted';
  const to = change.provider;
  let moved = 0;
  let costsDropped = 0;
  const workloads = project.workloads.map((w) => {
    if (!moves(w) || targetProviderOf(w, project) !== from) return w;
    moved++;
    if (w.targetMonthlyCost !== undefined) costsDropped++;
    if (w.target === undefined && project.project.defaultTargets[0] === from) {
      if (w.targetMonthlyCost === undefined) return w; // follows the default target, replaced below
      const { targetMonthlyCost: _c, ...rest } = w;
      return rest;
    }
    const { targetMonthlyCost: _c, ...rest } = w;
    return { ...rest, target: { provider: to } };
  });
  const text = describePart('target', { from, to, fromName: providerName(from), toName: providerName(to), count: moved, costs: costsDropped });
  if (from === to) return same(project, text);
  const inDefaults = project.project.defaultTargets.includes(from);
  if (moved === 0 && !inDefaults) return stale(project, text, 'nothingToProvider', { provider: from, providerName: providerName(from) });
  const defaults = [...new Set(project.project.defaultTargets.map((p) => (p === from ? to : p)))];
  return { project: { ...project, project: { ...project.project, defaultTargets: defaults }, workloads }, parts: [{ status: 'applied', text }] };
}

function changeWorkload(project: Project, change: Extract<ScenarioChange, { kind: 'workload' }>): Step {
  const w = project.workloads.find((x) => x.id === change.workloadId);
  const name = w?.name ?? change.workloadId;
  const parts: ChangePart[] = [];
  if (change.strategy === undefined && change.target === undefined && change.team === undefined) {
    return { project, parts: [{ status: 'unchanged', text: describePart('workload.nothing', { workload: name }), reason: describePart('stale.empty', {}) }] };
  }
  if (!w) {
    const gone = describePart('stale.workloadGone', { workload: change.workloadId });
    if (change.strategy !== undefined) parts.push({ status: 'stale', text: describePart('workload.strategy', { workload: name, from: '', to: change.strategy }), reason: gone });
    if (change.target !== undefined) parts.push({ status: 'stale', text: describePart('workload.target', { workload: name, from: '', to: change.target.provider, toName: providerName(change.target.provider) }), reason: gone });
    if (change.team !== undefined) parts.push({ status: 'stale', text: describePart('workload.team', { workload: name, from: '', to: change.team }), reason: gone });
    return { project, parts };
  }
  const teamName = (id: string) => project.teams.find((t) => t.id === id)?.name ?? id;
  let next: Workload = w;
  if (change.strategy !== undefined) {
    const text = describePart('workload.strategy', { workload: name, from: w.strategy, to: change.strategy });
    if (w.strategy === change.strategy) parts.push({ status: 'unchanged', text, reason: describePart('stale.same', {}) });
    else {
      next = { ...next, strategy: change.strategy };
      parts.push({ status: 'applied', text });
    }
  }
  if (change.target !== undefined) {
    const before = targetProviderOf(w, project);
    const text = describePart('workload.target', { workload: name, from: before, fromName: providerName(before), to: change.target.provider, toName: providerName(change.target.provider) });
    if (sameTarget(w.target, change.target)) parts.push({ status: 'unchanged', text, reason: describePart('stale.same', {}) });
    else {
      const { targetMonthlyCost, ...rest } = next;
      // An entered run cost was for the old provider; on a new one the ratio assumption estimates it.
      next = before === change.target.provider && targetMonthlyCost !== undefined ? { ...rest, targetMonthlyCost, target: change.target } : { ...rest, target: change.target };
      parts.push({ status: 'applied', text });
    }
  }
  if (change.team !== undefined) {
    const text = describePart('workload.team', { workload: name, from: teamName(w.team), to: teamName(change.team) });
    if (!project.teams.some((t) => t.id === change.team)) parts.push({ status: 'stale', text, reason: describePart('stale.teamGone', { team: change.team }) });
    else if (w.team === change.team) parts.push({ status: 'unchanged', text, reason: describePart('stale.same', {}) });
    else {
      next = { ...next, team: change.team };
      parts.push({ status: 'applied', text });
    }
  }
  return { project: next === w ? project : { ...project, workloads: project.workloads.map((x) => (x === w ? next : x)) }, parts };
}

/** A workload's second provider set, changed or removed; it applies to a workload that moves, on a provider other than its target. */
function changeSecondaryTarget(project: Project, change: Extract<ScenarioChange, { kind: 'secondary-target' }>): Step {
  const w = project.workloads.find((x) => x.id === change.workloadId);
  const name = w?.name ?? change.workloadId;
  const before = w?.secondaryTarget;
  const after = change.secondaryTarget;
  const names = {
    workload: name,
    ...(before ? { from: before.provider, fromName: providerName(before.provider), fromMode: before.mode } : {}),
    ...(after ? { to: after.provider, toName: providerName(after.provider), mode: after.mode } : {}),
  };
  const text = describePart(after === null ? 'workload.secondaryRemove' : before ? 'workload.secondaryChange' : 'workload.secondaryAdd', names);
  if (!w) return stale(project, text, 'workloadGone', { workload: change.workloadId });
  if (after === null ? before === undefined : before !== undefined && before.provider === after.provider && before.mode === after.mode && before.region === after.region) return same(project, text);
  if (after !== null) {
    if (!moves(w)) return stale(project, text, 'secondaryNotMoving', { workload: name, strategy: w.strategy });
    const primary = targetProviderOf(w, project);
    if (primary === after.provider) return stale(project, text, 'secondaryIsPrimary', { workload: name, provider: primary, providerName: providerName(primary) });
  }
  const { secondaryTarget: _old, ...rest } = w;
  const next: Workload = after === null ? rest : { ...rest, secondaryTarget: after };
  return { project: { ...project, workloads: project.workloads.map((x) => (x === w ? next : x)) }, parts: [{ status: 'applied', text }] };
}

function sameTarget(a: Workload['target'], b: NonNullable<Workload['target']>): boolean {
  return a !== undefined && a.provider === b.provider && a.service === b.service && a.region === b.region;
}

function changeTeam(project: Project, change: Extract<ScenarioChange, { kind: 'team' }>): Step {
  const team = project.teams.find((t) => t.id === change.teamId);
  const name = team?.name ?? change.teamId;
  const parts: ChangePart[] = [];
  const gone = describePart('stale.teamGone', { team: change.teamId });
  const part = (code: string, params: ChangeText['params'], changed: boolean): void => {
    const text = describePart(code, { team: name, ...params });
    if (!team) parts.push({ status: 'stale', text, reason: gone });
    else parts.push(changed ? { status: 'applied', text } : { status: 'unchanged', text, reason: describePart('stale.same', {}) });
  };
  let next: Team | undefined = team;
  if (change.engineers !== undefined || change.addEngineers !== undefined) {
    const before = team?.engineers ?? 0;
    const set = change.engineers ?? before;
    const after = Math.min(500, Math.max(1, set + (change.addEngineers ?? 0)));
    const code = change.engineers === undefined ? 'team.addEngineers' : 'team.engineers';
    part(code, { from: before, to: after, delta: after - before }, after !== before);
    if (next) next = { ...next, engineers: after };
  }
  if (change.focus !== undefined) {
    part('team.focus', { from: team?.focus ?? '', to: change.focus }, team?.focus !== change.focus);
    if (next) next = { ...next, focus: change.focus };
  }
  if (change.dayRate !== undefined) {
    part('team.dayRate', { from: team?.dayRate ?? '', to: change.dayRate }, team?.dayRate !== change.dayRate);
    if (next) next = { ...next, dayRate: change.dayRate };
  }
  if (parts.length === 0) return { project, parts: [{ status: 'unchanged', text: describePart('team.nothing', { team: name }), reason: describePart('stale.empty', {}) }] };
  if (!team || !next || parts.every((p) => p.status !== 'applied')) return { project, parts };
  return { project: { ...project, teams: project.teams.map((t) => (t === team ? next : t)) }, parts };
}

function changeRisk(project: Project, change: Extract<ScenarioChange, { kind: 'risk' }>): Step {
  const register = project.risks ?? defaultRiskRegister(project);
  const risk = register.find((r) => r.id === change.riskId);
  const title = risk?.title ?? change.riskId;
  const parts: ChangePart[] = [];
  const gone = describePart('stale.riskGone', { risk: change.riskId });
  let next = risk;
  if (change.enabled !== undefined) {
    const text = describePart(change.enabled ? 'risk.enabled' : 'risk.disabled', { risk: title });
    if (!risk) parts.push({ status: 'stale', text, reason: gone });
    else if (risk.enabled === change.enabled) parts.push({ status: 'unchanged', text, reason: describePart('stale.same', {}) });
    else {
      next = { ...next!, enabled: change.enabled };
      parts.push({ status: 'applied', text });
    }
  }
  if (change.mitigationAdopted !== undefined) {
    const text = describePart(change.mitigationAdopted ? 'risk.mitigationAdopted' : 'risk.mitigationDropped', { risk: title, mitigation: risk?.mitigation?.description ?? '' });
    if (!risk) parts.push({ status: 'stale', text, reason: gone });
    else if (!risk.mitigation) parts.push({ status: 'stale', text, reason: describePart('stale.noMitigation', { risk: title }) });
    else if (risk.mitigation.adopted === change.mitigationAdopted) parts.push({ status: 'unchanged', text, reason: describePart('stale.same', {}) });
    else {
      next = { ...next!, mitigation: { ...risk.mitigation, adopted: change.mitigationAdopted } };
      parts.push({ status: 'applied', text });
    }
  }
  if (parts.length === 0) return { project, parts: [{ status: 'unchanged', text: describePart('risk.nothing', { risk: title }), reason: describePart('stale.empty', {}) }] };
  if (!risk || next === risk) return { project, parts };
  return { project: { ...project, risks: register.map((r) => (r === risk ? next! : r)) }, parts };
}

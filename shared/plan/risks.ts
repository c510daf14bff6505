/**
 * Phase 8, risks: what could make this plan fail or hurt, each with its evidence (params), who it
 * concerns, and what to do about it. One risk per thing that matters, not per link: single points
 * of failure (the AK/SK lesson), services with no equivalent on the target, large data and
 * change rates the line cannot carry, zero-downtime cutovers, tight couplings split across waves,
 * freezes that hold cutovers back (measured across the simulated runs, and in days from the day the
 * cutover was ready), thin teams, and per wave the hard links it leaves cross-cloud for long.
 * Texts name workloads by name; params carry names and ids. Sorted by severity, then impact, then id.
 */
import { catalogEntry, equivalentFor, providerName } from '../catalog';
import type { Project } from '../model/schema';
import type { Assumptions } from './assumptions';
import type { WorkingCalendar } from './calendar';
import { formatDataSize, formatTransferTime, listNames, plural, workingDays } from './english';
import type { FoundationDraft } from './foundation';
import { projectGraph } from './graph/project-graph';
import type { Grouping } from './group';
import type { ScheduledProgram } from './schedule';
import { findSinglePoints, isIdentityWorkload, SPOF_SHARE } from './single-points';
import { targetSinglePointRisks } from './target-single-point-risks';
import type { CrossCloudLink, Risk, RiskCode, RiskSeverity, SimulationResult, TextParams, WaveDates, WorkloadEstimate, WorkloadId } from './types';

/** A hard cross-cloud link open this many working days or more is worth a manager's attention. */
export const LONG_LINK_WORKING_DAYS = 20;
/** One team owning more than this share of the effort is a bottleneck. */
export const TEAM_EFFORT_SHARE = 0.6;
/** Teams this small cannot rehearse, cut over and stay on call for mission-critical workloads. */
export const THIN_TEAM_ENGINEERS = 2;
/**
 * An identity service fails everywhere at once (the AK/SK outage of 12 Nov 2023 hit every region),
 * so a quarter of the critical workloads depending on it is enough to call it a single point of
 * failure; other workloads need half (SPOF_SHARE).
 */
export const IDENTITY_SPOF_SHARE = 0.25;
/** A freeze that holds cutovers back in at least this share of runs is reported. */
export const FREEZE_REPORT_SHARE = 0.05;

const SEVERITY_RANK: Readonly<Record<RiskSeverity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

export interface RiskInput {
  project: Project;
  grouping: Grouping;
  waves: readonly WaveDates[];
  estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>;
  crossCloudLinks: readonly CrossCloudLink[];
  assumptions: Assumptions;
  /** When given: freezes are reported from the runs, and waits from the day a cutover was ready. */
  simulation?: Pick<SimulationResult, 'freezeImpact'>;
  scheduled?: Pick<ScheduledProgram, 'waves'>;
  calendar?: WorkingCalendar;
  foundation?: Pick<FoundationDraft, 'workloadIds'>;
}

/** The risks found so far, each with its impact for the sort, before the runs' freeze delays. */
export interface RisksAhead {
  readonly risks: Risk[];
  readonly impacts: Impact[];
}

/**
 * Every risk that reads only the deterministic plan (all but the freeze delays, which the runs
 * measure); `finishRisks` adds those and sorts. A host with a helper thread finds these while the
 * helper still simulates (shared/plan/plan-parallel.ts). The order is the same either way: the sort
 * is total on the ids, and no other risk shares a freeze delay's id.
 */
export function risksAhead(input: Omit<RiskInput, 'simulation'>): RisksAhead {
  const { project, waves, estimates, assumptions } = input;
  const g = projectGraph(project);
  const risks: Risk[] = [];
  const impacts: Impact[] = [];
  const name = (id: WorkloadId) => g.workloads[g.indexOf.get(id) ?? -1]?.name ?? id;
  const names = (ids: readonly WorkloadId[], max = 4) => listNames(ids.map(name), max);
  const list = (ids: readonly WorkloadId[]) => nameList(ids.map(name));
  const add = adder(risks, impacts);
  const waveOf = new Map<WorkloadId, WaveDates>();
  for (const w of waves) for (const id of w.workloadIds) waveOf.set(id, w);
  const platform = new Set(input.foundation?.workloadIds ?? []);
  const defaultTarget = project.project.defaultTargets[0] ?? 'self-hosted';
  const dependantCount = (i: number) => g.dependants.offsets[i + 1]! - g.dependants.offsets[i]!;

  // Single points of failure.
  const isCritical = (i: number) => {
    const c = g.workloads[i]!.criticality;
    return c === 'high' || c === 'mission-critical';
  };
  const isIdentity = (i: number) => isIdentityWorkload(g.workloads[i]!);
  for (const spof of findSinglePoints(g, isCritical, 10, (i) => (isIdentity(i) ? IDENTITY_SPOF_SHARE : SPOF_SHARE))) {
    const w = g.workloads[spof.index]!;
    const share = Math.round((100 * spof.reached) / spof.of);
    const identity = isIdentity(spof.index);
    const about = spof.sampled ? 'About ' : '';
    const stopping = `${spof.reached} of ${spof.of}${spof.sampled ? ' sampled' : ''}`;
    const context = identity ? (spof.sampled ? 'identitySampled' : 'identity') : spof.sampled ? 'sampled' : '';
    add('single-point-of-failure', w.id, identity || spof.reached === spof.of ? 'critical' : 'high', { workload: w.name, workloadId: w.id, share, reached: spof.reached, of: spof.of, sampled: spof.sampled ? 1 : 0, ...(context ? { context } : {}) },
      `${w.name} is a single point of failure`,
      `${about}${share}% of the critical workloads (${stopping}) stop if ${w.name} stops, through sync, auth, shared-storage or network dependencies.` +
        (identity ? ' Identity fails everywhere at once: on 12 Nov 2023 a fault in Alibaba Cloud’s AccessKey authentication stopped every service that used it, in every region, for hours.' : ''),
      identity
        ? `Give the critical workloads a second way to authenticate (short-lived tokens from an identity provider you control, cached credentials), build the target's identity with no long-lived keys, and test the failure in the outage simulation before and after the move.`
        : `Make ${w.name} redundant across zones or providers before the waves that depend on it, or give its dependants a degraded mode; move it early so its dependants do not call it across clouds.`,
      [w.id], [spof.reached + 1, share]);
  }

  // After the move: target identity services, regions and services most critical workloads run on.
  for (const r of targetSinglePointRisks(project, waves, input.foundation)) add(r.code, r.key, r.severity, r.params, r.title, r.detail, r.mitigation, r.workloadIds, [r.reached + 1, r.share]);

  // Per workload: no equivalent, data the line cannot carry, large data, zero downtime.
  const largeDataGb = assumptions.value('risk.largeDataGb');
  for (let i = 0; i < g.workloads.length; i++) {
    const w = g.workloads[i]!;
    if (g.movable[i] !== 1 || g.indexOf.get(w.id) !== i) continue;
    const estimate = estimates[w.id];
    const target = estimate?.targetProvider ?? w.target?.provider ?? defaultTarget;
    const portability = estimate?.portability ?? equivalentFor(w.sourceService, target)?.portability;
    if (portability === 'none') {
      add('no-equivalent', w.id, w.criticality === 'mission-critical' ? 'critical' : 'high', { workload: w.name, workloadId: w.id, service: catalogEntry(w.sourceService)?.name ?? w.sourceService, serviceId: w.sourceService, provider: target, providerName: providerName(target) },
        `${w.name} has no equivalent on ${providerName(target)}`,
        `The catalog has no equivalent of ${catalogEntry(w.sourceService)?.name ?? w.sourceService} on ${providerName(target)}. ${equivalentFor(w.sourceService, target)?.caveats ?? 'It needs a replacement built, bought or kept on the source.'}`,
        `Decide early: rebuild on a different service, buy a product, or retain ${w.name} on the source (and plan its cross-cloud links).`, [w.id], [1 + dependantCount(i), 0]);
    }
    if (estimate?.changeRateExceedsLine) {
      add('sync-cannot-catch-up', w.id, 'critical', { workload: w.name, workloadId: w.id, dailyChangeGb: w.size.dailyChangeGb, dailyChange: formatDataSize(w.size.dailyChangeGb), requiredMbps: estimate.requiredMbps },
        `${w.name}'s incremental sync can never catch up`,
        `${w.name} writes ${formatDataSize(w.size.dailyChangeGb)} a day, more than the line carries, so neither an online copy nor an appliance seed ever catches up with it; its cutover date is not a date.`,
        `Get a line of at least ${estimate.requiredMbps.toLocaleString('en-US')} Mbit/s, cut the change rate (archive, compress, move the write-heavy part first), or accept a cutover with a longer read-only window.`,
        [w.id], [1 + dependantCount(i), w.size.dailyChangeGb]);
      continue;
    }
    const offline = estimate?.offlineTransferSuggested === true;
    if (w.size.dataGb >= largeDataGb || offline) {
      const exactHours = estimate?.transferHours ?? 0;
      const dataSize = formatDataSize(w.size.dataGb);
      const threshold = assumptions.value('transfer.offlineThresholdDays');
      const appliance = estimate ? `${plural(estimate.applianceDevices, 'device')}, about ${workingDays(estimate.applianceWorkingDays)} end to end` : '';
      add('large-data', w.id, offline ? 'high' : 'medium',
        { workload: w.name, workloadId: w.id, dataGb: w.size.dataGb, dataSize, transferHours: Math.round(exactHours), ...transferTime(exactHours), offline: offline ? 1 : 0, thresholdDays: threshold, applianceDevices: estimate?.applianceDevices ?? 0, applianceWorkingDays: Math.round(estimate?.applianceWorkingDays ?? 0), savesWorkingDays: Math.round(estimate?.offlineSavesWorkingDays ?? 0), ...(offline ? { context: 'offline' } : {}) },
        `${w.name} carries ${dataSize}`,
        offline
          ? `Moving ${dataSize} takes about ${formatTransferTime(exactHours)} on the line, round the clock, past the ${plural(threshold, 'day')} after which an appliance is faster: ${appliance}, which saves about ${workingDays(estimate?.offlineSavesWorkingDays ?? 0)}.`
          : `Moving ${dataSize} takes about ${formatTransferTime(exactHours)} on the line, round the clock; the copy and the incremental sync set the earliest cutover date.`,
        offline ? `Order the appliances now; seed the target from them and catch up with incremental sync.` : `Start the bulk copy early in the wave and keep a delta sync running until cutover.`,
        [w.id], [1, w.size.dataGb]);
    }
    if (w.downtimeTolerance === 'zero' && !platform.has(w.id)) {
      add('zero-downtime', w.id, w.criticality === 'mission-critical' ? 'high' : 'medium', { workload: w.name, workloadId: w.id },
        `${w.name} must cut over with no downtime`,
        `${w.name} tolerates no downtime, so its cutover needs both sides live at once: data replicated both ways and traffic shifted gradually.`,
        `Plan a blue/green cutover with gradual traffic shifting and a reverse sync for rollback; rehearse it twice.`, [w.id], [1 + dependantCount(i), 0]);
    }
  }

  // Tight couplings that end up on two providers for a while (retained ends, pins), per workload.
  const split = new Map<WorkloadId, { others: WorkloadId[]; deps: string[] }>();
  for (const d of project.dependencies) {
    if (d.coupling !== 'tight' || d.from === d.to || platform.has(d.from) || platform.has(d.to)) continue;
    const a = g.indexOf.get(d.from);
    const b = g.indexOf.get(d.to);
    if (a === undefined || b === undefined || g.workloads[a]!.strategy === 'retire' || g.workloads[b]!.strategy === 'retire') continue;
    if (waveOf.get(d.from) === waveOf.get(d.to)) continue;
    const entry = split.get(d.from) ?? { others: [], deps: [] };
    entry.others.push(d.to);
    entry.deps.push(d.id);
    split.set(d.from, entry);
  }
  for (const [from, { others, deps }] of split) {
    const wa = waveOf.get(from);
    add('split-tight-coupling', from, 'high', { workload: name(from), workloadId: from, others: list(others), count: others.length, dependencies: deps.join(', '), wave: wa?.name ?? '', ...(wa ? {} : { context: 'retained' }) },
      `${name(from)}'s tight coupling to ${names(others)} is split`,
      wa
        ? `${name(from)} moves in ${wa.name}, ${names(others)} in another wave or not at all: every call over their tight coupling crosses clouds, with added latency, until they are together.`
        : `${name(from)} stays on the source while ${names(others)} ${others.length === 1 ? 'moves' : 'move'}: every call over their tight coupling crosses clouds, with added latency, for as long as ${name(from)} stays.`,
      `Move them in the same wave, or loosen the coupling (cache, queue, read replica) before the first of them moves.`, [from, ...others], [1 + others.length, 0]);
  }

  freezeOverlapRisks(input, add);
  teamRisks(input, add);
  longLinkRisks(input, add, name, names, list);
  return { risks, impacts };
}

/** The risks ahead with the runs' freeze delays, most severe first. */
export function finishRisks(ahead: RisksAhead, input: RiskInput): Risk[] {
  const risks = [...ahead.risks];
  const impacts = [...ahead.impacts];
  freezeDelayRisks(input, adder(risks, impacts));
  const order = risks.map((_, k) => k);
  order.sort((x, y) => {
    const a = risks[x]!;
    const b = risks[y]!;
    const [ia, ma] = impacts[x]!;
    const [ib, mb] = impacts[y]!;
    return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || ib - ia || mb - ma || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  return order.map((k) => risks[k]!);
}

/**
 * Names for a translated text: "a, b, c, d +3". The English texts say "a, b and c" (listNames);
 * a list in params must read in any language, so it joins with commas and counts the rest.
 */
function nameList(names: readonly string[], max = 4): string {
  return names.length > max ? `${names.slice(0, max).join(', ')} +${names.length - max}` : names.join(', ');
}

/** The round-the-clock transfer time as formatTransferTime words it, as a number and unit for the translations. */
function transferTime(hours: number): { transferTime: number; transferUnit: 'underHour' | 'hours' | 'days' } {
  const h = Number.isFinite(hours) ? Math.max(0, hours) : 0;
  if (h < 1) return { transferTime: 0, transferUnit: 'underHour' };
  if (h < 48) return { transferTime: Math.round(h), transferUnit: 'hours' };
  const days = h / 24;
  return { transferTime: days < 10 ? Number(days.toFixed(1)) : Math.round(days), transferUnit: 'days' };
}

/** How much a risk touches: workloads concerned, then the size of the thing (GB, days, a share). */
export type Impact = readonly [workloads: number, magnitude: number];

type AddRisk = (code: RiskCode, key: string, severity: RiskSeverity, params: TextParams, title: string, detail: string, mitigation: string, workloadIds: readonly WorkloadId[], impact: Impact, waveId?: string) => void;

/** Adds a risk and its impact side by side. */
function adder(risks: Risk[], impacts: Impact[]): AddRisk {
  return (code, key, severity, params, title, detail, mitigation, workloadIds, impact, waveId) => {
    risks.push({ id: `risk:${code}:${key}`, code, severity, params, title, detail, mitigation, workloadIds, ...(waveId ? { waveId } : {}) });
    impacts.push(impact);
  };
}

/**
 * Freezes: from the runs, how often each one held a cutover back and by how long; and in the
 * deterministic plan, which wave it holds and how many working days from the day it was ready.
 * A cutover scheduled inside a freeze (only pins or actuals can do it) is a risk of its own.
 */
function freezeOverlapRisks({ project, waves }: Omit<RiskInput, 'simulation'>, add: AddRisk): void {
  const finished = finishedWaves(project);
  for (const w of waves) {
    if (finished.has(w.index)) continue;
    for (const f of project.calendar.freezeWindows) {
      if (w.cutover.start <= f.end && f.start <= w.cutover.end) {
        add('freeze-overlap', `${w.id}:${f.id}`, 'high', { wave: w.name, freeze: f.name, start: w.cutover.start, end: w.cutover.end, freezeStart: f.start, freezeEnd: f.end },
          `${w.name} cuts over during ${f.name}`,
          `${w.name}'s cutover (${w.cutover.start} to ${w.cutover.end}) overlaps the change freeze ${f.name} (${f.start} to ${f.end}).`,
          `Move the cutover out of the freeze (change the pins or the start date), or get an explicit exception from the business.`, w.workloadIds.slice(0, 50), [w.workloadIds.length, 0], w.id);
      }
    }
  }
}

/** The waves whose actuals record a finish. */
function finishedWaves(project: Project): Set<number> {
  return new Set(project.actuals.filter((a) => a.finish !== undefined).map((a) => a.wave));
}

/** A freeze that holds cutovers back in enough of the runs, and which wave it holds in the deterministic plan. */
function freezeDelayRisks({ project, waves, simulation, scheduled, calendar }: RiskInput, add: AddRisk): void {
  if (!simulation || !scheduled || !calendar) return;
  const finished = finishedWaves(project);
  const byId = new Map(project.calendar.freezeWindows.map((f) => [f.id, f]));
  for (const impact of simulation.freezeImpact) {
    const f = byId.get(impact.freezeId);
    if (!f || impact.shareOfRuns < FREEZE_REPORT_SHARE) continue;
    // In the deterministic plan: the waves it holds and by how much.
    const held = scheduled.waves
      .map((d, k) => ({ wave: waves[k]!, ready: d.wantedCutoverDay, days: d.cutoverDay - d.wantedCutoverDay }))
      .filter((x) => x.days > 0 && calendar.freezesAt(x.ready).some((z) => z.id === f.id) && !finished.has(x.wave.index));
    const planned = held.length > 0 ? held.reduce((a, b) => (b.days > a.days ? b : a)) : undefined;
    const share = Math.round(impact.shareOfRuns * 100);
    const severity: RiskSeverity = impact.meanDelayDays >= 10 && impact.shareOfRuns >= 0.5 ? 'medium' : 'low';
    const inPlan = planned
      ? ` In the plan, ${planned.wave.name} is ready on ${calendar.dateOf(planned.ready)} and waits ${workingDays(planned.days)} for it to end.`
      : ' The plan itself cuts over clear of it; the runs that run later meet it.';
    const meanDelay = Math.round(impact.meanDelayDays);
    add('freeze-delay', f.id, severity, { freeze: f.name, freezeId: f.id, shareOfRuns: share, meanDelayDays: impact.meanDelayDays, count: meanDelay, freezeStart: f.start, freezeEnd: f.end, wave: planned?.wave.name ?? '', plannedDays: planned?.days ?? 0, readyDate: planned ? calendar.dateOf(planned.ready) : '', ...(planned ? { context: 'planned' } : {}) },
      `${f.name} holds a cutover back in ${share}% of runs`,
      `In ${share}% of the simulated runs a cutover is ready during ${f.name} (${f.start} to ${f.end}) and waits for it to end, ${workingDays(impact.meanDelayDays)} on average, counted from the day it was ready.${inPlan}`,
      planned
        ? `Finish ${planned.wave.name}'s preparation before ${f.start} to cut over ahead of the freeze, or use the wait for extra rehearsals and data-consistency checks.`
        : `Keep the buffer before ${f.start}: a late wave lands in it.`,
      (planned?.wave.workloadIds ?? []).slice(0, 50), [planned?.wave.workloadIds.length ?? 0, impact.shareOfRuns * impact.meanDelayDays], planned?.wave.id);
  }
}

/** Thin teams: tiny teams owning mission-critical workloads, and one team owning most of the effort. */
function teamRisks({ project, estimates }: RiskInput, add: AddRisk): void {
  const g = projectGraph(project);
  const effortByTeam = new Map<string, number>();
  const missionCritical = new Map<string, WorkloadId[]>();
  let total = 0;
  for (let i = 0; i < g.workloads.length; i++) {
    if (g.movable[i] !== 1) continue;
    const w = g.workloads[i]!;
    const likely = Math.max(0, estimates[w.id]?.effort.likely ?? 0);
    total += likely;
    effortByTeam.set(w.team, (effortByTeam.get(w.team) ?? 0) + likely);
    if (w.criticality !== 'mission-critical') continue;
    const list = missionCritical.get(w.team);
    if (list) list.push(w.id);
    else missionCritical.set(w.team, [w.id]);
  }
  const nameOf = new Map(project.workloads.map((w) => [w.id, w.name]));
  for (const t of project.teams) {
    const owned = missionCritical.get(t.id) ?? [];
    if (t.engineers <= THIN_TEAM_ENGINEERS && owned.length > 0) {
      add('thin-team', t.id, 'high', { team: t.name, engineers: t.engineers, count: t.engineers, workloads: owned.length, workloadNames: nameList(owned.map((id) => nameOf.get(id) ?? id)) },
        `${t.name} has ${t.engineers} engineer${t.engineers === 1 ? '' : 's'} for mission-critical workloads`,
        `${t.name} owns ${listNames(owned.map((id) => nameOf.get(id) ?? id))}, mission-critical, with ${t.engineers} engineer${t.engineers === 1 ? '' : 's'}: rehearsals, cutover nights and hypercare leave no one to cover illness or a second incident.`,
        `Lend engineers from another team for the cutover and hypercare of these workloads, or hire help for those weeks.`, owned, [owned.length, 0]);
    }
    const effort = effortByTeam.get(t.id) ?? 0;
    if (project.teams.length > 1 && total > 0 && effort / total > TEAM_EFFORT_SHARE) {
      const share = Math.round((100 * effort) / total);
      add('team-bottleneck', t.id, 'medium', { team: t.name, share },
        `${t.name} carries ${share}% of the effort`,
        `${t.name} owns ${share}% of the migration effort, and each team works its own waves at its own pace, so ${t.name}'s capacity sets the end date while other teams finish early.`,
        `Move ownership of some workloads to other teams, or add engineers to ${t.name} for the busiest waves.`, [], [0, share]);
    }
  }
}

/**
 * Long hard cross-cloud links, once per wave that opens them: the workloads left calling across
 * providers, how many links, and the longest.
 */
function longLinkRisks({ waves, crossCloudLinks }: RiskInput, add: AddRisk, name: (id: string) => string, names: (ids: readonly string[], max?: number) => string, list: (ids: readonly string[]) => string): void {
  const byWave = new Map<number, CrossCloudLink[]>();
  for (const l of crossCloudLinks) {
    if (!l.hard || l.workingDays < LONG_LINK_WORKING_DAYS) continue;
    const opens = l.fromWave === null ? l.toWave : l.toWave === null ? l.fromWave : Math.min(l.fromWave, l.toWave);
    if (opens === null) continue;
    const list = byWave.get(opens) ?? [];
    list.push(l);
    byWave.set(opens, list);
  }
  const waveAt = new Map(waves.map((w) => [w.index, w]));
  for (const [index, links] of [...byWave].sort((a, b) => a[0] - b[0])) {
    const wave = waveAt.get(index);
    if (!wave) continue;
    const longest = links.reduce((a, b) => (b.workingDays > a.workingDays ? b : a));
    const affected = [...new Set(links.flatMap((l) => [l.from, l.to]))];
    const auth = links.some((l) => l.kind === 'auth');
    add('long-cross-cloud-link', wave.id, auth ? 'high' : 'medium',
      { wave: wave.name, links: links.length, count: links.length, workloads: list(affected), longestDays: longest.workingDays, from: name(longest.from), to: name(longest.to), latencyMs: longest.latencyMs, start: longest.start, end: longest.end },
      `${wave.name} leaves ${plural(links.length, 'hard link')} cross-cloud for up to ${workingDays(longest.workingDays)}`,
      `After ${wave.name} cuts over, ${names(affected)} call each other across providers (sync, auth, shared storage or network) until the other end moves; the longest, ${name(longest.from)} → ${name(longest.to)}, stays open ${workingDays(longest.workingDays)} (${longest.start} to ${longest.end}), each call about ${longest.latencyMs} ms slower, and both providers must be up.`,
      `Bring the two ends of the longest links into closer waves (pin them), or put a replica or cache next to the workloads that call across for the interval.`,
      affected.slice(0, 50), [affected.length, longest.workingDays], wave.id);
  }
}

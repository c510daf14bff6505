/**
 * Phase 8, risks: what could make this plan fail or hurt, each with its evidence (params), who it
 * concerns, and what to do about it. Single points of failure (the AK/SK lesson), services with no
 * equivalent on the target, large data, zero-downtime cutovers, tight couplings split across waves
 * or providers, cutovers inside change freezes, thin teams and long hard cross-cloud links.
 * Sorted by severity, then impact (workloads touched, then the size of the thing: data, days,
 * share), then id; ids are stable (`risk:<code>:<thing>`).
 */
import { equivalentFor } from '../catalog';
import type { Project } from '../model/schema';
import type { Assumptions } from './assumptions';
import { formatDataSize, formatTransferTime, listNames, plural, workingDays } from './english';
import type { Grouping } from './group';
import { isoToDay } from './calendar';
import { projectGraph } from './graph/project-graph';
import { findSinglePoints, isIdentityWorkload, SPOF_SHARE } from './single-points';
import { targetSinglePointRisks } from './target-single-point-risks';
import type { CrossCloudLink, Risk, RiskSeverity, TextParams, Wave, WorkloadEstimate, WorkloadId } from './types';

/** A hard cross-cloud link open this many working days or more is a risk of its own. */
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

const SEVERITY_RANK: Readonly<Record<RiskSeverity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

export interface RiskInput {
  project: Project;
  grouping: Grouping;
  waves: readonly Wave[];
  estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>;
  crossCloudLinks: readonly CrossCloudLink[];
  assumptions: Assumptions;
}

export function assessRisks(input: RiskInput): Risk[] {
  const { project, waves, estimates, crossCloudLinks, assumptions } = input;
  const g = projectGraph(project);
  const risks: Risk[] = [];
  const impacts: Impact[] = [];
  const add: AddRisk = (code, key, severity, params, title, detail, mitigation, workloadIds, impact) => {
    risks.push({ id: `risk:${code}:${key}`, code, severity, params, title, detail, mitigation, workloadIds });
    impacts.push(impact);
  };
  const waveOf = new Map<WorkloadId, Wave>();
  for (const w of waves) for (const id of w.workloadIds) waveOf.set(id, w);
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
    add('single-point-of-failure', w.id, identity || spof.reached === spof.of ? 'critical' : 'high', { workload: w.id, share, reached: spof.reached, of: spof.of, sampled: spof.sampled ? 1 : 0 },
      `${w.id} is a single point of failure`,
      `${about}${share}% of the critical workloads (${stopping}) stop if ${w.id} stops, through sync, auth, shared-storage or network dependencies.` +
        (identity ? ' Identity fails everywhere at once: on 12 Nov 2023 a fault in Alibaba Cloud’s AccessKey authentication stopped every service that used it, in every region, for hours.' : ''),
      identity
        ? `Give the critical workloads a second way to authenticate (short-lived tokens from an identity provider you control, cached credentials), and test the failure in the outage simulation before and after the move.`
        : `Make ${w.id} redundant across zones or providers before the waves that depend on it, or give its dependants a degraded mode; move it early so its dependants do not call it across clouds.`,
      [w.id], [spof.reached + 1, share]);
  }

  // After the move: target identity services, regions and services most critical workloads run on.
  for (const r of targetSinglePointRisks(project, waves)) add(r.code, r.key, r.severity, r.params, r.title, r.detail, r.mitigation, r.workloadIds, [r.reached + 1, r.share]);

  // Per workload: no equivalent, large data, zero downtime.
  const largeDataGb = assumptions.value('risk.largeDataGb');
  for (let i = 0; i < g.workloads.length; i++) {
    const w = g.workloads[i]!;
    if (g.movable[i] !== 1) continue;
    const estimate = estimates[w.id];
    const target = estimate?.targetProvider ?? w.target?.provider ?? defaultTarget;
    const portability = estimate?.portability ?? equivalentFor(w.sourceService, target)?.portability;
    if (portability === 'none') {
      add('no-equivalent', w.id, w.criticality === 'mission-critical' ? 'critical' : 'high', { workload: w.id, service: w.sourceService, provider: target },
        `${w.id} has no equivalent on ${target}`,
        `The catalog has no ${target} equivalent of ${w.sourceService}. ${equivalentFor(w.sourceService, target)?.caveats ?? 'It needs a replacement built, bought or kept on the source.'}`,
        `Decide early: rebuild on a different service, buy a product, or retain ${w.id} on the source (and plan its cross-cloud links).`, [w.id], [1 + dependantCount(i), 0]);
    }
    const offline = estimate?.offlineTransferSuggested === true;
    if (w.size.dataGb >= largeDataGb || offline) {
      const exactHours = estimate?.transferHours ?? 0;
      const hours = Math.round(exactHours);
      const dataSize = formatDataSize(w.size.dataGb);
      const threshold = assumptions.value('transfer.offlineThresholdDays');
      add('large-data', w.id, offline ? 'high' : 'medium', { workload: w.id, dataGb: w.size.dataGb, dataSize, transferHours: hours, offline: offline ? 1 : 0 },
        `${w.id} carries ${dataSize}`,
        `Moving ${dataSize} takes about ${formatTransferTime(exactHours)} on the line, round the clock${offline ? `, past the ${plural(threshold, 'day')} after which an offline appliance is faster` : ''}; the copy and the incremental sync set the earliest cutover date.`,
        offline ? `Order an offline transfer appliance (or a bigger line) now; seed the target from it and catch up with incremental sync.` : `Start the bulk copy early in the wave and keep a delta sync running until cutover.`,
        [w.id], [1, w.size.dataGb]);
    }
    if (w.downtimeTolerance === 'zero') {
      add('zero-downtime', w.id, w.criticality === 'mission-critical' ? 'high' : 'medium', { workload: w.id },
        `${w.id} must cut over with no downtime`,
        `${w.id} tolerates no downtime, so its cutover needs both sides live at once: data replicated both ways and traffic shifted gradually.`,
        `Plan a blue/green cutover with gradual traffic shifting and a reverse sync for rollback; rehearse it twice.`, [w.id], [1 + dependantCount(i), 0]);
    }
  }

  // Tight couplings that end up on two providers for a while (retained ends, pins).
  project.dependencies.forEach((d) => {
    if (d.coupling !== 'tight' || d.from === d.to) return;
    const a = g.indexOf.get(d.from);
    const b = g.indexOf.get(d.to);
    if (a === undefined || b === undefined || g.workloads[a]!.strategy === 'retire' || g.workloads[b]!.strategy === 'retire') return;
    const wa = waveOf.get(d.from);
    const wb = waveOf.get(d.to);
    if (wa === wb) return;
    const where = (id: string, w: Wave | undefined) => (w ? `${id} moves in ${w.name}` : `${id} stays on the source`);
    add('split-tight-coupling', d.id, 'high', { dependency: d.id, from: d.from, to: d.to, kind: d.kind },
      `Tight coupling ${d.from} → ${d.to} is split`,
      `${where(d.from, wa)} and ${where(d.to, wb)}, so their tightly coupled ${d.kind} link crosses clouds with added latency on every call.`,
      `Move both in the same wave, or loosen the coupling (cache, queue, read replica) before the first of them moves.`, [d.from, d.to], [2, 0]);
  });

  // Cutovers inside change freezes: the scheduler avoids them, so this catches pins and impossible
  // calendars. A recorded finish is history, not a risk.
  const finished = new Set(project.actuals.filter((a) => a.finish !== undefined).map((a) => a.wave));
  for (const w of waves) {
    if (finished.has(w.index)) continue;
    for (const f of project.calendar.freezeWindows) {
      if (w.cutover.start <= f.end && f.start <= w.cutover.end) {
        add('freeze-overlap', `${w.id}:${f.id}`, 'high', { wave: w.name, freeze: f.name, start: w.cutover.start, end: w.cutover.end },
          `${w.name} cuts over during ${f.name}`,
          `${w.name}'s cutover (${w.cutover.start} to ${w.cutover.end}) overlaps the change freeze ${f.name} (${f.start} to ${f.end}).`,
          `Move the cutover out of the freeze (change the pins or the start date), or get an explicit exception from the business.`, w.workloadIds.slice(0, 50), [w.workloadIds.length, 0]);
      }
    }
  }

  freezeDelays(project, waves, finished, add);
  teamRisks(input, add);

  // Long hard cross-cloud links.
  for (const l of crossCloudLinks) {
    if (!l.hard || l.workingDays < LONG_LINK_WORKING_DAYS) continue;
    add('long-cross-cloud-link', l.dependencyId, l.kind === 'auth' ? 'high' : 'medium', { dependency: l.dependencyId, from: l.from, to: l.to, kind: l.kind, workingDays: l.workingDays, latencyMs: l.latencyMs },
      `${l.from} → ${l.to} runs cross-cloud for ${workingDays(l.workingDays)}`,
      `${l.from} needs ${l.to} (${l.kind}) across providers from ${l.start} to ${l.end}: each call adds about ${l.latencyMs} ms and both providers must be up.`,
      `Bring the two ends into closer waves, or put a replica or cache of ${l.to} next to ${l.from} for the interval.`, [l.from, l.to], [2, l.workingDays]);
  }

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

/** How much a risk touches: workloads concerned, then the size of the thing (GB, days, a share). */
type Impact = readonly [workloads: number, magnitude: number];

type AddRisk = (code: string, key: string, severity: RiskSeverity, params: TextParams, title: string, detail: string, mitigation: string, workloadIds: readonly WorkloadId[], impact: Impact) => void;

/** A freeze this long a wait (calendar days) is a date a manager should see coming. */
export const FREEZE_DELAY_NOTABLE_DAYS = 5;
export const FREEZE_DELAY_MEDIUM_DAYS = 20;

/**
 * Cutovers held back by a change freeze: the wave is worked on during the freeze and cuts over on
 * the first open days after it. Not a fault of the plan, but the date a manager will ask about.
 */
function freezeDelays(project: Project, waves: readonly Wave[], finished: ReadonlySet<number>, add: AddRisk): void {
  for (const w of waves) {
    if (finished.has(w.index)) continue;
    const cutover = isoToDay(w.cutover.start);
    for (const f of project.calendar.freezeWindows) {
      const freezeEnd = isoToDay(f.end);
      // The cutover lands in the first week after the freeze, and the wave began before it ended.
      if (cutover <= freezeEnd || cutover - freezeEnd > 7 || isoToDay(w.start) > freezeEnd) continue;
      const waitDays = cutover - Math.max(isoToDay(f.start), isoToDay(w.start));
      if (waitDays < FREEZE_DELAY_NOTABLE_DAYS) continue;
      add('freeze-delay', `${w.id}:${f.id}`, waitDays >= FREEZE_DELAY_MEDIUM_DAYS ? 'medium' : 'low', { wave: w.name, freeze: f.name, days: waitDays, cutover: w.cutover.start },
        `${w.name} waits up to ${plural(waitDays, 'day')} for ${f.name} to end`,
        `${w.name}'s cutover is held by the change freeze ${f.name} (${f.start} to ${f.end}) until ${w.cutover.start}: up to ${plural(waitDays, 'day')} after the work could be ready.`,
        `Finish ${w.name}'s preparation before ${f.start} to cut over ahead of the freeze, or use the wait for extra rehearsals and data-consistency checks.`, w.workloadIds.slice(0, 50), [w.workloadIds.length, waitDays]);
    }
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
  for (const t of project.teams) {
    const owned = missionCritical.get(t.id) ?? [];
    if (t.engineers <= THIN_TEAM_ENGINEERS && owned.length > 0) {
      add('thin-team', t.id, 'high', { team: t.name, engineers: t.engineers, workloads: owned.length },
        `${t.name} has ${t.engineers} engineer${t.engineers === 1 ? '' : 's'} for mission-critical workloads`,
        `${t.name} owns ${listNames(owned)}, mission-critical, with ${t.engineers} engineer${t.engineers === 1 ? '' : 's'}: rehearsals, cutover nights and hypercare leave no one to cover illness or a second incident.`,
        `Lend engineers from another team for the cutover and hypercare of these workloads, or hire help for those weeks.`, owned, [owned.length, 0]);
    }
    const effort = effortByTeam.get(t.id) ?? 0;
    if (project.teams.length > 1 && total > 0 && effort / total > TEAM_EFFORT_SHARE) {
      const share = Math.round((100 * effort) / total);
      add('team-bottleneck', t.id, 'medium', { team: t.name, share },
        `${t.name} carries ${share}% of the effort`,
        `${t.name} owns ${share}% of the migration effort, so its capacity sets the pace of the whole program while other teams wait.`,
        `Move ownership of some workloads to other teams, or add engineers to ${t.name} for the busiest waves.`, [], [0, share]);
    }
  }
}

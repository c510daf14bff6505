/**
 * How long the program frame's elapsed phases are, from what drives them, with no fixed minimum:
 * - assessment: a base (kick-off, the targets chosen, the inventory read through) plus a share of
 *   a day per application, more for an application whose dependencies nobody has confirmed yet
 *   (they have to be traced before it can be put in a wave), capped where later waves are planned
 *   while earlier ones move;
 * - the landing zone's elapsed time: per target provider, per account, per region and per identity
 *   integration, however little platform work there is (the platform team's effort comes on top,
 *   foundation/index.ts).
 * And how much of the inventory is not confirmed yet, for the scope growth the Monte Carlo draws.
 * Each figure is an assumption (default-assumptions.ts) and is drawn in the Monte Carlo like any
 * elapsed phase (simulate/sources.ts).
 */
import { targetProviderOf, targetRegionOf } from '../../catalog/placement';
import type { Project, Workload } from '../../model/schema';
import type { Assumptions } from '../assumptions';
import { platformRoleOf } from '../foundation/platform';

/** What the assessment's length is made of. */
export interface AssessmentSize {
  readonly applications: number;
  /** Share (0..1) of the dependency map not confirmed: links with an unconfirmed end (no links: unconfirmed workloads). */
  readonly unmappedShare: number;
  readonly days: number;
}

/** What the landing zone's elapsed time is made of. */
export interface FoundationSize {
  readonly providers: number;
  readonly accounts: number;
  readonly regions: number;
  readonly identityIntegrations: number;
  readonly days: number;
}

export function isConfirmed(w: Pick<Workload, 'confirmed'>): boolean {
  return w.confirmed === true;
}

/** Applications among `moving`: named ones, and each workload without an application is one of its own. */
export function applicationCount(moving: readonly Workload[]): number {
  const named = new Set<string>();
  let alone = 0;
  for (const w of moving) {
    if (w.application) named.add(w.application);
    else alone++;
  }
  return named.size + alone;
}

export function assessmentSize(project: Project, moving: readonly Workload[], a: Assumptions): AssessmentSize {
  const applications = applicationCount(moving);
  const ids = new Map(moving.map((w) => [w.id, w]));
  let links = 0;
  let unmapped = 0;
  for (const d of project.dependencies) {
    const from = ids.get(d.from);
    const to = ids.get(d.to);
    if (!from || !to) continue;
    links++;
    if (!isConfirmed(from) || !isConfirmed(to)) unmapped++;
  }
  const unconfirmed = moving.filter((w) => !isConfirmed(w)).length;
  const unmappedShare = links > 0 ? unmapped / links : moving.length > 0 ? unconfirmed / moving.length : 0;
  const base = nonNegative(a.value('phase.assess.baseDays'));
  const perApplication = nonNegative(a.value('phase.assess.daysPerApplication'));
  const unmappedFactor = nonNegative(a.value('phase.assess.unmappedFactor'));
  const cap = nonNegative(a.value('phase.assess.maxDays'));
  const raw = base + perApplication * applications * (1 + unmappedFactor * unmappedShare);
  return { applications, unmappedShare, days: Math.max(1, Math.round(cap > 0 ? Math.min(cap, raw) : raw)) };
}

export function foundationSize(project: Project, moving: readonly Workload[], platformIds: ReadonlySet<string>, a: Assumptions): FoundationSize {
  const providers = new Set<string>();
  const regions = new Set<string>();
  const environments = new Map<string, Set<string>>();
  const identity = new Map<string, number>();
  for (const w of moving) {
    const provider = targetProviderOf(w, project);
    providers.add(provider);
    regions.add(`${provider}\u0000${targetRegionOf(w, project)}`);
    const envs = environments.get(provider) ?? new Set<string>();
    envs.add(w.environment ?? 'production');
    environments.set(provider, envs);
    if (platformIds.has(w.id) && platformRoleOf(w) === 'identity') identity.set(provider, (identity.get(provider) ?? 0) + 1);
  }
  if (providers.size === 0) for (const p of project.project.defaultTargets.slice(0, 1)) providers.add(p);
  const shared = nonNegative(a.value('phase.foundation.sharedAccountsPerProvider'));
  let accounts = 0;
  let identityIntegrations = 0;
  for (const p of providers) {
    // One account per environment the provider runs (production apart from the rest), plus the shared ones.
    accounts += (environments.get(p)?.size ?? 1) + shared;
    // The team's own sign-in is federated into every provider, even with no identity workload to move.
    identityIntegrations += Math.max(1, identity.get(p) ?? 0);
  }
  const days =
    nonNegative(a.value('phase.foundation.daysPerProvider')) * providers.size +
    nonNegative(a.value('phase.foundation.daysPerAccount')) * accounts +
    nonNegative(a.value('phase.foundation.daysPerRegion')) * Math.max(regions.size, providers.size) +
    nonNegative(a.value('phase.foundation.daysPerIdentityIntegration')) * identityIntegrations;
  return { providers: providers.size, accounts, regions: Math.max(regions.size, providers.size), identityIntegrations, days: Math.max(1, Math.round(days)) };
}

function nonNegative(x: number): number {
  return Number.isFinite(x) && x > 0 ? x : 0;
}

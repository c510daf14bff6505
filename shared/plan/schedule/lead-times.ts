/**
 * Lead times and rehearsals: elapsed time that no team's effort explains.
 *
 * Lead times are waits on someone outside the program (a vendor, a carrier, procurement, the
 * security team), each its own task on the critical path with a three-point length
 * (`leadTime.optimisticRatio`, 1, `leadTime.pessimisticRatio`) x its likely days:
 * - hardware for a self-hosted target (unless `project.inPlace.hardware`): ordered once the targets
 *   are chosen (the landing zone's start); the landing zone is not ready before it is racked;
 * - a dedicated line or interconnect port (unless the project transfers over the internet, or
 *   moves no large data and says nothing, or the line is in place): ordered then too; no online
 *   copy starts before it is up;
 * - target accounts, contracts and quota increases, per target cloud provider: from the landing
 *   zone's start; the landing zone is not ready before they are granted;
 * - the security and compliance sign-off of the landing zone: from its readiness; no wave cuts
 *   over before it.
 *
 * Rehearsals: a wave holding a mission-critical or zero-downtime workload runs `rehearsal.drills`
 * failover drills once its teams are done and its data is across (a drill needs the synced copy),
 * each `rehearsal.drillDays` long and followed by `rehearsal.lessonsDays` of fixes, so the
 * incremental sync runs at least the rehearsal period; a drill fails with
 * `rehearsal.failProbability` and is repeated (drawn per run in the Monte Carlo).
 */
import type { AssumptionId } from '../../model/default-assumptions';
import type { Project, Workload } from '../../model/schema';
import type { TargetProvider, TransferLine } from '../../model/vocabulary';
import type { Assumptions } from '../assumptions';
import { providerName } from '../waves/runbook';

export const LEAD_TIME_KINDS = ['hardware', 'line', 'accounts', 'signoff'] as const;
export type LeadTimeKind = (typeof LEAD_TIME_KINDS)[number];

/** What a lead time holds back: the landing zone's readiness, the online copies, or every cutover. */
export type LeadTimeGate = 'ready' | 'transfer' | 'cutover';

export interface LeadTimeTask {
  /** `lead:<kind>` or, for accounts, `lead:accounts:<provider>`. */
  readonly id: string;
  readonly kind: LeadTimeKind;
  readonly provider?: TargetProvider;
  readonly name: string;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** What it starts from: the landing zone's start, or its readiness. */
  readonly anchor: 'foundation-start' | 'ready';
  readonly gate: LeadTimeGate;
  readonly optimisticDays: number;
  readonly likelyDays: number;
  readonly pessimisticDays: number;
  readonly assumptionId: AssumptionId;
}

const DAYS: Readonly<Record<LeadTimeKind, AssumptionId>> = {
  hardware: 'leadTime.hardwareDays',
  line: 'leadTime.dedicatedLineDays',
  accounts: 'leadTime.accountsDays',
  signoff: 'leadTime.securitySignOffDays',
};

/** Target providers the moving workloads (and the project's defaults, when nothing names one) land on. */
export function targetProviders(project: Project): TargetProvider[] {
  const out = new Set<TargetProvider>();
  for (const w of project.workloads) {
    if (w.strategy === 'retain' || w.strategy === 'retire') continue;
    out.add(w.target?.provider ?? project.project.defaultTargets[0] ?? 'self-hosted');
    if (w.secondaryTarget) out.add(w.secondaryTarget.provider);
  }
  if (out.size === 0) for (const p of project.project.defaultTargets) out.add(p);
  return [...out];
}

/** The lead times the project waits for, in a fixed order (hardware, line, accounts by provider, sign-off). */
export function leadTimeTasks(project: Project, a: Assumptions): LeadTimeTask[] {
  const inPlace = project.project.inPlace ?? {};
  const low = Math.min(1, Math.max(0, finite(a.value('leadTime.optimisticRatio'))));
  const high = Math.max(1, finite(a.value('leadTime.pessimisticRatio')));
  const providers = targetProviders(project);
  const tasks: LeadTimeTask[] = [];
  const add = (kind: LeadTimeKind, anchor: LeadTimeTask['anchor'], gate: LeadTimeGate, name: string, provider?: TargetProvider) => {
    const id = DAYS[kind];
    const likely = Math.max(0, Math.round(finite(a.value(id))));
    // A lead time set to zero is one the project does not wait for.
    if (likely <= 0) return;
    tasks.push({
      id: provider ? `lead:${kind}:${provider}` : `lead:${kind}`,
      kind,
      ...(provider ? { provider } : {}),
      name,
      code: `lead.${kind}`,
      params: provider ? { provider, days: likely } : { days: likely },
      anchor,
      gate,
      optimisticDays: likely * low,
      likelyDays: likely,
      pessimisticDays: likely * high,
      assumptionId: id,
    });
  };
  if (providers.includes('self-hosted') && inPlace.hardware !== true) add('hardware', 'foundation-start', 'ready', 'Hardware: procurement, delivery and racking');
  if (transferLineOf(project, a) === 'dedicated' && inPlace.dedicatedLine !== true) add('line', 'foundation-start', 'transfer', 'Dedicated line or interconnect port');
  if (inPlace.accounts !== true) {
    for (const p of providers) if (p !== 'self-hosted') add('accounts', 'foundation-start', 'ready', `Accounts, contracts and quotas: ${providerName(p)}`, p);
  }
  if (inPlace.securitySignOff !== true) add('signoff', 'ready', 'cutover', 'Security and compliance sign-off');
  return tasks;
}

/**
 * How the project's data crosses: what it says, else a dedicated line when some moving workload
 * holds large data (`risk.largeDataGb`: more than a day's copy even on a 1 Gbit/s line) and a VPN
 * over the internet when none does (nobody orders a line for a few hundred gigabytes).
 */
export function transferLineOf(project: Project, a: Assumptions): TransferLine {
  if (project.project.transferLine) return project.project.transferLine;
  const large = Math.max(0, finite(a.value('risk.largeDataGb')));
  const needs = project.workloads.some((w) => w.strategy !== 'retain' && w.strategy !== 'retire' && w.size.dataGb >= large && w.size.dataGb > 0);
  return needs ? 'dedicated' : 'internet';
}

/** A workload whose cutover is rehearsed with failover drills. */
export function needsRehearsal(w: Pick<Workload, 'criticality' | 'downtimeTolerance' | 'strategy'>): boolean {
  if (w.strategy === 'retain' || w.strategy === 'retire') return false;
  return w.criticality === 'mission-critical' || w.downtimeTolerance === 'zero';
}

export interface RehearsalRule {
  readonly drills: number;
  readonly drillDays: number;
  readonly lessonsDays: number;
  readonly failProbability: number;
}

export function rehearsalRule(a: Assumptions): RehearsalRule {
  return {
    drills: Math.max(0, Math.min(20, Math.round(finite(a.value('rehearsal.drills'))))),
    drillDays: Math.max(0, finite(a.value('rehearsal.drillDays'))),
    lessonsDays: Math.max(0, finite(a.value('rehearsal.lessonsDays'))),
    failProbability: Math.min(0.95, Math.max(0, finite(a.value('rehearsal.failProbability')))),
  };
}

/** Working days of a wave's rehearsals when no drill fails: every drill and the lessons after it. */
export function rehearsalLikelyDays(rule: RehearsalRule): number {
  return rule.drills * (rule.drillDays + rule.lessonsDays);
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

/**
 * The elapsed time around each wave that no team's effort explains, from what the wave holds:
 * - its shortest length (from its first work to its cutover): a production cutover waits for its
 *   change approval, for the TTLs of the records it switches to run out, and, when its users lose
 *   the service for a window, for their notice; a dev/test wave waits for none of them, only its
 *   users' smoke test. The pilot follows the same rule by what it holds (its size is its effort).
 * - its hypercare: by its workloads' criticality and its environment (a mission-critical or
 *   zero-downtime production workload is watched through two business cycles, an ordinary one
 *   through one, dev/test for the days its users take to say what broke);
 * And decommission, from the source resources each team deletes (a workload holding data is
 * backed up one last time, the backup restored once and filed before the source goes; a stateless
 * one is checked for callers and deleted with its records), worked by each owner team at its
 * capacity after the last hypercare, so more engineers shorten it.
 * Every figure is an assumption (default-assumptions.ts), drawn in the Monte Carlo on the phase
 * ratios like every elapsed phase (simulate/sources.ts).
 */
import type { Workload } from '../../model/schema';
import type { Assumptions } from '../assumptions';
import type { WaveDraft } from '../types';

/** What set a wave's shortest length. */
export type WaveMinimumCause = 'non-production' | 'change-approval' | 'dns-ttl' | 'notice';

export interface WaveMinimum {
  readonly days: number;
  readonly cause: WaveMinimumCause;
}

type Held = Pick<Workload, 'criticality' | 'downtimeTolerance' | 'kind' | 'size'>;

const critical = (w: Held) => w.criticality === 'high' || w.criticality === 'mission-critical';

/** The shortest a wave can be, from what it holds; `held` are its workloads. */
export function waveMinimum(wave: Pick<WaveDraft, 'environment' | 'runbook'>, held: readonly Held[], a: Assumptions): WaveMinimum {
  if (wave.environment !== 'production') return { days: atLeastOne(a.value('phase.cutover.nonProductionDays')), cause: 'non-production' };
  let best: WaveMinimum = { days: atLeastOne(a.value('phase.cutover.changeApprovalDays')), cause: 'change-approval' };
  const consider = (days: number, cause: WaveMinimumCause) => {
    if (days > best.days) best = { days, cause };
  };
  // The runbook lowers TTLs for what is switched by name (waves/runbook.ts); the wave waits for them.
  if (wave.runbook.some((s) => s.code === 'network.dns-ttl')) consider(atLeastOne(a.value('phase.dnsTtlLeadDays')), 'dns-ttl');
  // Users of a critical service that goes down for a window are told ahead; a zero-downtime shift needs no notice.
  if (held.some((w) => critical(w) && w.downtimeTolerance !== 'zero')) consider(atLeastOne(a.value('phase.cutover.noticeDays')), 'notice');
  return best;
}

/** Working days of a wave's hypercare, from its environment and its workloads' criticality. */
export function hypercareDays(environment: WaveDraft['environment'], held: readonly Held[], a: Assumptions): number {
  if (environment !== 'production') return nonNegative(a.value('phase.hypercare.nonProductionDays'));
  const watched = held.some((w) => critical(w) || w.downtimeTolerance === 'zero');
  return nonNegative(a.value(watched ? 'phase.hypercare.criticalDays' : 'phase.hypercare.productionDays'));
}

/** A source workload whose data is backed up, restored once and filed before it is deleted (a cache is re-warmed, not kept). */
export function holdsData(w: Held): boolean {
  return w.size.dataGb > 0 && w.kind !== 'cache';
}

/** Person-days to decommission one source workload. */
export function decommissionPersonDays(w: Held, a: Assumptions): number {
  return nonNegative(a.value(holdsData(w) ? 'phase.decommission.personDaysPerDataStore' : 'phase.decommission.personDaysPerWorkload'));
}

/**
 * Working days of decommission: each team deletes its own source resources at its capacity, in
 * parallel with the others; the slowest team sets the length (at least a day).
 */
export function decommissionDays(byTeam: ReadonlyMap<number, number>, capacity: readonly number[]): number {
  let days = 1;
  for (const [t, personDays] of byTeam) {
    const c = capacity[t] ?? 0;
    if (personDays > 0 && c > 0) days = Math.max(days, Math.ceil(personDays / c - 1e-9));
  }
  return days;
}

function atLeastOne(x: number): number {
  return Math.max(1, Math.round(nonNegative(x)));
}

function nonNegative(x: number): number {
  return Number.isFinite(x) && x > 0 ? x : 0;
}

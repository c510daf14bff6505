/**
 * Observed velocity: how finished work compares with its estimate, shrunk toward the plan's own
 * estimates when little has finished. Each finished item (a wave: actual / planned working days; a
 * workload with its person-days recorded: actual / estimated likely effort) gives a ratio; their
 * geometric mean is the observed pace, and it counts in proportion to how much evidence there is
 * (a credibility weight, as in Bühlmann's credibility theory):
 *
 *   Z = n / (n + k)            n finished items, k = PRIOR_WEIGHT pseudo-items for the prior
 *   factor = exp(Z · mean(ln r_i))
 *
 * The prior is a ratio of 1 (the estimates as they stand: they already carry the reference class's
 * overrun through their pessimistic tails, docs/planning-model.md). The geometric mean, not the
 * arithmetic, because ratios multiply: one item twice as long and one half as long cancel out.
 */

/**
 * How many finished items the prior is worth. The model's judgement, not a published figure: one
 * finished pilot moves the forecast a fifth of the way to its observed pace, four items half of it,
 * twelve three quarters, so a single bad week cannot swing a six-month plan and a consistent pace
 * over a few waves dominates. Written down here and in docs/planning-model.md so a reviewer can
 * challenge it.
 */
export const PRIOR_WEIGHT = 4;

export interface VelocitySample {
  /** What the plan expected: working days (a wave) or likely person-days (a workload). */
  readonly planned: number;
  /** What it took, in the same unit. */
  readonly actual: number;
}

export interface ObservedVelocity {
  /** Finished items with a usable ratio. */
  readonly samples: number;
  /** The geometric mean of actual / planned, before shrinking (1 with no samples). */
  readonly observed: number;
  /** The weight the observation gets, 0..1. */
  readonly credibility: number;
  /** The pace the rest is planned at: the observation shrunk toward 1. */
  readonly factor: number;
}

export function observedVelocity(samples: readonly VelocitySample[], priorWeight = PRIOR_WEIGHT): ObservedVelocity {
  const logs = samples.filter((s) => Number.isFinite(s.planned) && Number.isFinite(s.actual) && s.planned > 0 && s.actual > 0).map((s) => Math.log(s.actual / s.planned));
  const n = logs.length;
  if (n === 0) return { samples: 0, observed: 1, credibility: 0, factor: 1 };
  const meanLog = logs.reduce((a, b) => a + b, 0) / n;
  const credibility = n / (n + Math.max(0, priorWeight));
  return { samples: n, observed: Math.exp(meanLog), credibility, factor: Math.exp(credibility * meanLog) };
}

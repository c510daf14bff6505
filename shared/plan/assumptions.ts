/**
 * The numbers the estimator reads: the project's own assumptions over the shipped defaults.
 * Phases ask `value(id)` and record the id, so every figure can say what produced it.
 */
import { type AssumptionId, DEFAULT_ASSUMPTIONS, isAssumptionId } from '../model/default-assumptions';
import type { Project } from '../model/schema';

export interface Assumptions {
  value(id: AssumptionId): number;
  /** Assumption ids the project overrides with its own value. */
  readonly overridden: ReadonlySet<AssumptionId>;
}

export function resolveAssumptions(project: Pick<Project, 'assumptions'>): Assumptions {
  const values = new Map<AssumptionId, number>();
  const overridden = new Set<AssumptionId>();
  for (const a of project.assumptions) {
    if (!isAssumptionId(a.id) || !Number.isFinite(a.value)) continue;
    values.set(a.id, a.value);
    if (a.value !== DEFAULT_ASSUMPTIONS[a.id].value) overridden.add(a.id);
  }
  return {
    value: (id) => values.get(id) ?? DEFAULT_ASSUMPTIONS[id].value,
    overridden,
  };
}

/** The full assumption list for a new project, in the defaults' order. */
export function defaultAssumptionList(): Project['assumptions'] {
  return Object.entries(DEFAULT_ASSUMPTIONS).map(([id, a]) => ({ id, value: a.value, unit: a.unit, source: a.source }));
}

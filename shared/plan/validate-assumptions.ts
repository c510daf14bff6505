/**
 * Part of phase 1: assumption values the estimator cannot use. A bandwidth of zero or an
 * efficiency above 100% plans without crashing, but into nonsense; say so where the value is.
 */
import type { JsonPath } from '../model/locate';
import { type AssumptionId, isAssumptionId } from '../model/default-assumptions';
import type { Project } from '../model/schema';
import type { IssueSeverity, TextParams } from './types';

type AddIssue = (severity: IssueSeverity, code: string, key: string, params: TextParams, message: string, path: JsonPath, workloadIds: readonly string[]) => void;

/** Must be more than zero: the planner divides by them or needs at least one. */
const POSITIVE: ReadonlySet<AssumptionId> = new Set<AssumptionId>([
  'transfer.bandwidthMbps',
  'transfer.efficiency',
  'simulation.runs',
  'simulation.exportRuns',
  'phase.wave.maxDays',
  'phase.wave.maxWorkloads',
  'phase.pilot.maxWorkloads',
]);
/** Shares of something: at most 1. */
const AT_MOST_ONE: ReadonlySet<AssumptionId> = new Set<AssumptionId>(['transfer.efficiency', 'team.focusFactor']);
export function assumptionIssues(project: Project, add: AddIssue): void {
  const index = new Map<string, number>();
  project.assumptions.forEach((a, i) => {
    const path: JsonPath = ['assumptions', i, 'value'];
    if (index.has(a.id)) {
      add('warning', 'duplicate-assumption', `${a.id}:${i}`, { assumption: a.id }, `Assumption '${a.id}' is given more than once; the planner uses the last value.`, ['assumptions', i, 'id'], []);
    }
    index.set(a.id, i);
    if (!isAssumptionId(a.id)) {
      add('warning', 'unknown-assumption', a.id, { assumption: a.id }, `Assumption '${a.id}' is not one the planner uses, so it changes nothing (a typo, or from another version of Decamp?).`, ['assumptions', i, 'id'], []);
      return;
    }
    const broken =
      !Number.isFinite(a.value) || a.value < 0
        ? 'must be a number of zero or more'
        : POSITIVE.has(a.id) && a.value <= 0
          ? 'must be more than zero'
          : AT_MOST_ONE.has(a.id) && a.value > 1
            ? 'is a share and must be at most 1'
            : null;
    if (broken) {
      add('error', 'assumption-out-of-range', a.id, { assumption: a.id, value: a.value }, `Assumption '${a.id}' is ${a.value} ${a.unit}; it ${broken}.`, path, []);
    }
  });
}

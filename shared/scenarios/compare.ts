/**
 * Scenarios side by side: the baseline and each scenario planned with the same seed and runs (common
 * random numbers, so a difference between two columns comes from the scenario, not from the draw),
 * their figures, and each scenario's differences with what became of them. `startComparison` plans
 * one column per `step()`, so a worker can yield between plans and answer a newer edit first.
 */
import type { Project } from '../model/schema';
import { DEFAULT_SEED, planProject, type PlanOptions } from '../plan/plan-project';
import type { IsoDate, Plan } from '../plan/types';
import { applyScenario, withoutDecisions, type ChangeOutcome } from './apply';
import { signedWorkingDays } from './calendar-days';
import { scenarioFigures, type ScenarioFigures } from './figures';

export const BASELINE_COLUMN = 'baseline';

export interface ComparisonColumn {
  /** `baseline`, or the scenario's id. */
  readonly id: string;
  readonly name: string;
  readonly isBaseline: boolean;
  readonly description?: string;
  /** The scenario's differences and what became of each (empty for the baseline). */
  readonly outcomes: readonly ChangeOutcome[];
  readonly figures: ScenarioFigures;
  /** Against the baseline, in working days of the baseline's calendar: positive is later. */
  readonly delta: { readonly p50: number; readonly p80: number; readonly p95: number; readonly deterministic: number };
}

export interface Comparison {
  readonly currency: string;
  readonly seed: number;
  readonly runs: number;
  readonly columns: readonly ComparisonColumn[];
}

export interface CompareOptions extends PlanOptions {
  /** Scenario ids to include (default: all, in file order). */
  readonly only?: readonly string[];
  /** The baseline's plan when the caller has it already (same seed and runs), so it is not planned twice. */
  readonly baselinePlan?: Plan;
}

export interface ComparisonRun {
  /** Plans in all: the baseline (unless given) and one per scenario. */
  readonly total: number;
  readonly done: number;
  /** Plans the next column; false once every column is planned. */
  step(): boolean;
  /** The comparison, finishing whatever steps are left. */
  result(): Comparison;
}

export function compareScenarios(project: Project, options: CompareOptions = {}): Comparison {
  return startComparison(project, options).result();
}

export function startComparison(project: Project, options: CompareOptions = {}): ComparisonRun {
  const seed = options.seed ?? options.baselinePlan?.seed ?? DEFAULT_SEED;
  const planOptions: PlanOptions = { seed, ...(options.runs !== undefined ? { runs: options.runs } : options.baselinePlan ? { runs: options.baselinePlan.runs } : {}) };
  const baselineProject = withoutDecisions(project);
  const wanted = options.only ? new Set(options.only) : null;
  const scenarios = (project.scenarios ?? []).filter((s) => !wanted || wanted.has(s.id));
  const columns: ComparisonColumn[] = [];
  let baselinePlan: Plan | undefined = options.baselinePlan;
  let baseFigures: ScenarioFigures | undefined;
  const jobs: (() => void)[] = [];
  const baseColumn = () => {
    baselinePlan ??= planProject(baselineProject, planOptions);
    baseFigures = scenarioFigures(baselineProject, baselinePlan);
    columns.push({ id: BASELINE_COLUMN, name: 'Baseline', isBaseline: true, outcomes: [], figures: baseFigures, delta: { p50: 0, p80: 0, p95: 0, deterministic: 0 } });
  };
  jobs.push(baseColumn);
  for (const scenario of scenarios) {
    jobs.push(() => {
      const applied = applyScenario(project, scenario);
      const figures = scenarioFigures(applied.project, planProject(applied.project, planOptions));
      const base = baseFigures!;
      const days = (a: IsoDate, b: IsoDate) => signedWorkingDays(project, a, b);
      columns.push({
        id: scenario.id,
        name: scenario.name,
        isBaseline: false,
        ...(scenario.description ? { description: scenario.description } : {}),
        outcomes: applied.outcomes,
        figures,
        delta: { p50: days(base.p50End, figures.p50End), p80: days(base.p80End, figures.p80End), p95: days(base.p95End, figures.p95End), deterministic: days(base.deterministicEnd, figures.deterministicEnd) },
      });
    });
  }
  let done = 0;
  const total = jobs.length - (options.baselinePlan ? 1 : 0);
  const run: ComparisonRun = {
    total,
    get done() {
      return done;
    },
    step() {
      const job = jobs.shift();
      if (!job) return false;
      job();
      // A given baseline plan costs no planning: it is not counted as a step.
      if (job !== baseColumn || !options.baselinePlan) done++;
      return jobs.length > 0;
    },
    result() {
      while (run.step());
      return { currency: project.project.currency, seed, runs: columns[0]?.figures.runs ?? 0, columns };
    },
  };
  return run;
}

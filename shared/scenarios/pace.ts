/**
 * "At this pace": what the recorded actuals do to the forecast. The plan as it stood without any
 * actuals is set against today's plan, which fixes finished work at its real dates and re-plans
 * what is left at the observed velocity (shared/plan actuals), both planned with the same seed and
 * runs so the difference comes from the actuals alone.
 */
import type { Project } from '../model/schema';
import type { IsoDate, Plan } from '../plan/types';
import { signedWorkingDays } from './calendar-days';

export interface ForecastDates {
  readonly end: IsoDate;
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
}

export interface PaceForecast {
  /** The plan without the actuals: what the team expected. */
  readonly planned: ForecastDates;
  /** Today's plan, with the actuals and the observed velocity. */
  readonly forecast: ForecastDates;
  /** Working days the P80 end moves (positive: later). */
  readonly p80Days: number;
  readonly endDays: number;
  /** Waves and workloads with an actual finish. */
  readonly finishedWaves: number;
  readonly finishedWorkloads: number;
  readonly blocked: number;
  /** What the remaining work's effort is multiplied by (1: the plan's own pace). */
  readonly velocityFactor: number;
}

/** True when the project records any progress: a wave's or a workload's actual dates, effort or block. */
export function hasActuals(project: Pick<Project, 'actuals' | 'workloadActuals'>): boolean {
  return project.actuals.length > 0 || (project.workloadActuals ?? []).length > 0;
}

/** The project as if nothing had been recorded yet. */
export function withoutActuals(project: Project): Project {
  const { workloadActuals: _w, ...rest } = project;
  return { ...rest, actuals: [] };
}

const datesOf = (plan: Plan): ForecastDates => ({ end: plan.schedule.end, p50End: plan.schedule.p50End, p80End: plan.schedule.p80End, p95End: plan.schedule.p95End });

/** `plan` is the project's plan; `planned` the plan of `withoutActuals(project)` with the same seed and runs. */
export function paceForecast(project: Project, plan: Plan, planned: Plan): PaceForecast {
  const workloads = project.workloadActuals ?? [];
  const effect = plan.provenance.actuals;
  return {
    planned: datesOf(planned),
    forecast: datesOf(plan),
    p80Days: signedWorkingDays(project, planned.schedule.p80End, plan.schedule.p80End),
    endDays: signedWorkingDays(project, planned.schedule.end, plan.schedule.end),
    finishedWaves: project.actuals.filter((a) => a.finish !== undefined).length,
    finishedWorkloads: workloads.filter((a) => a.finish !== undefined).length,
    blocked: project.actuals.filter((a) => a.blocked).length + workloads.filter((a) => a.blocked).length,
    velocityFactor: effect?.velocityFactor ?? 1,
  };
}

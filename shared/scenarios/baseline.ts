/**
 * Baselines, as MS Project keeps them: the plan's dates, effort and cost recorded under a name and a
 * date, and the variance of today's plan against one, per wave and for the program. Waves are
 * matched by number (0 = pilot), as pins and actuals count them; a wave only one side has is listed
 * as added or gone. Variances are in working days of the project's calendar, positive when later.
 */
import type { Baseline, BaselineWave, Project } from '../model/schema';
import type { IsoDate, Plan } from '../plan/types';
import { signedWorkingDays } from './calendar-days';
import { scenarioFigures } from './figures';

export interface BaselineInput {
  readonly id: string;
  readonly name: string;
  /** The day it is saved: the caller's clock (shared/ has none). */
  readonly savedOn: IsoDate;
}

/** The baseline of `plan` (planned from `project`) as it stands now. */
export function captureBaseline(project: Project, plan: Plan, input: BaselineInput): Baseline {
  const f = scenarioFigures(project, plan);
  return {
    id: input.id,
    name: input.name,
    savedOn: input.savedOn,
    start: plan.schedule.start,
    end: f.deterministicEnd,
    p50End: f.p50End,
    p80End: f.p80End,
    p95End: f.p95End,
    effort: f.effort,
    cost: round(Math.max(0, f.totalCost)),
    currency: project.project.currency,
    waves: plan.waves.map((w) => ({ wave: w.index, name: w.name, start: w.start, end: w.end, p80End: w.p80End, workloads: w.workloadIds.length, effort: round(w.effort.likely) })),
  };
}

export interface WaveNow {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly p80End: IsoDate;
  readonly workloads: number;
  readonly effort: number;
}

export interface WaveVariance {
  readonly wave: number;
  /** The name it has now, else the one it had. */
  readonly name: string;
  /** `both`: in the baseline and the plan; `added`: only in the plan; `gone`: only in the baseline. */
  readonly status: 'both' | 'added' | 'gone';
  readonly baseline?: BaselineWave;
  readonly current?: WaveNow;
  /** Working days later (positive) or earlier than the baseline, where both sides have the wave. */
  readonly startDays?: number;
  readonly endDays?: number;
  readonly p80Days?: number;
  readonly effortDelta?: number;
  readonly workloadsDelta?: number;
}

export interface ProgramVariance {
  readonly startDays: number;
  readonly endDays: number;
  readonly p50Days: number;
  readonly p80Days: number;
  readonly p95Days: number;
  readonly effortDelta: number;
  /** Absent when the baseline was saved in another currency (the figures do not compare). */
  readonly costDelta?: number;
  readonly current: { readonly start: IsoDate; readonly end: IsoDate; readonly p50End: IsoDate; readonly p80End: IsoDate; readonly p95End: IsoDate; readonly effort: number; readonly cost: number };
}

export interface BaselineVariance {
  readonly baseline: Baseline;
  readonly program: ProgramVariance;
  readonly waves: readonly WaveVariance[];
}

export function baselineVariance(project: Project, plan: Plan, baseline: Baseline): BaselineVariance {
  const f = scenarioFigures(project, plan);
  const d = (a: IsoDate, b: IsoDate) => signedWorkingDays(project, a, b);
  const cost = round(Math.max(0, f.totalCost));
  const program: ProgramVariance = {
    startDays: d(baseline.start, plan.schedule.start),
    endDays: d(baseline.end, f.deterministicEnd),
    p50Days: d(baseline.p50End, f.p50End),
    p80Days: d(baseline.p80End, f.p80End),
    p95Days: d(baseline.p95End, f.p95End),
    effortDelta: round(f.effort - baseline.effort),
    ...(baseline.currency === project.project.currency ? { costDelta: round(cost - baseline.cost) } : {}),
    current: { start: plan.schedule.start, end: f.deterministicEnd, p50End: f.p50End, p80End: f.p80End, p95End: f.p95End, effort: f.effort, cost },
  };
  const before = new Map(baseline.waves.map((w) => [w.wave, w]));
  const now = new Map(plan.waves.map((w) => [w.index, w]));
  const numbers = [...new Set([...before.keys(), ...now.keys()])].sort((a, b) => a - b);
  const waves = numbers.map((n): WaveVariance => {
    const b = before.get(n);
    const w = now.get(n);
    const current = w ? { start: w.start, end: w.end, p80End: w.p80End, workloads: w.workloadIds.length, effort: round(w.effort.likely) } : undefined;
    if (b && current) {
      return {
        wave: n,
        name: w!.name,
        status: 'both',
        baseline: b,
        current,
        startDays: d(b.start, current.start),
        endDays: d(b.end, current.end),
        p80Days: d(b.p80End, current.p80End),
        effortDelta: round(current.effort - b.effort),
        workloadsDelta: current.workloads - b.workloads,
      };
    }
    if (current) return { wave: n, name: w!.name, status: 'added', current };
    return { wave: n, name: b!.name, status: 'gone', baseline: b! };
  });
  return { baseline, program, waves };
}

/** The baseline a view shows by default: the one saved last (the list is kept oldest first). */
export function latestBaseline(project: Pick<Project, 'baselines'>): Baseline | undefined {
  return project.baselines?.at(-1);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

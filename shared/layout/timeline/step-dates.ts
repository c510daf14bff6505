/**
 * When each runbook step happens: the one reading of it, for the Timeline view and every export
 * (report, workbook, tickets). The engine dates waves, cutovers and hypercare, not single steps,
 * so a step is placed inside the dates of its phase:
 * - preparation, replication, tests and rehearsals share the wave's working days before its
 *   cutover, in the order their `after` links give (a step after another starts when that one ends);
 * - cutover steps take the cutover window, hypercare the wave's hypercare phase, decommission the
 *   program's decommission phase (or, without one, the wave's end to the program's end).
 * Working days only: a preparation step never starts or ends on a weekend or holiday when the
 * window has a working day.
 */
import type { Calendar } from '../../model/schema';
import { compileCalendar, type CompiledCalendar, dayToIso, isoToDay, isWorkingDay } from '../../plan/calendar';
import type { IsoDate, Plan, ProgramPhase, RunbookStep, Wave } from '../../plan/types';

export interface StepWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface DatedStep extends StepWindow {
  readonly step: RunbookStep;
  readonly wave: Wave;
}

/** What a wave's steps are dated against: its hypercare phase, the program's decommission and end. */
export interface StepContext {
  readonly calendar: CompiledCalendar;
  readonly hypercare: ProgramPhase | undefined;
  readonly decommission: ProgramPhase | undefined;
  readonly programEnd: IsoDate;
}

/** The working days from `start` to `end` inclusive; the calendar days when none of them works. */
function workingDays(cal: CompiledCalendar, start: number, end: number): number[] {
  const out: number[] = [];
  for (let d = start; d <= end; d++) if (isWorkingDay(cal, d)) out.push(d);
  if (out.length > 0) return out;
  for (let d = start; d <= end; d++) out.push(d);
  return out;
}

/** Dates of one workload's steps (or any steps linked only among themselves) inside their wave. */
export function stepDates(steps: readonly RunbookStep[], wave: Wave, ctx: StepContext): Map<string, StepWindow> {
  const out = new Map<string, StepWindow>();
  const cutStart = isoToDay(wave.cutover.start);
  const prepStart = Math.min(isoToDay(wave.start), cutStart);
  const days = workingDays(ctx.calendar, prepStart, Math.max(prepStart, cutStart - 1));
  const before = steps.filter((s) => s.phase !== 'cutover' && s.phase !== 'hypercare' && s.phase !== 'decommission');
  // A step's level is one more than the deepest step it waits for; levels split the days in order.
  const level = new Map<string, number>();
  for (const s of before) level.set(s.id, 1 + Math.max(-1, ...s.after.map((a) => level.get(a) ?? -1)));
  const levels = Math.max(1, ...[...level.values()].map((l) => l + 1));
  for (const s of before) {
    const l = level.get(s.id)!;
    const a = Math.floor((days.length * l) / levels);
    const b = Math.max(a, Math.floor((days.length * (l + 1)) / levels) - 1);
    out.set(s.id, { start: dayToIso(days[Math.min(a, days.length - 1)]!), end: dayToIso(days[Math.min(b, days.length - 1)]!) });
  }
  for (const s of steps) {
    if (s.phase === 'cutover') out.set(s.id, { start: wave.cutover.start, end: wave.cutover.end });
    else if (s.phase === 'hypercare') out.set(s.id, ctx.hypercare ? { start: ctx.hypercare.start, end: ctx.hypercare.end } : wave.cutover);
    else if (s.phase === 'decommission') out.set(s.id, ctx.decommission ? { start: ctx.decommission.start, end: ctx.decommission.end } : { start: wave.end, end: ctx.programEnd });
  }
  return out;
}

/** What every wave's steps are dated against, once per plan. */
export function stepContexts(plan: Pick<Plan, 'waves' | 'schedule'>, calendar: Calendar): (wave: Wave) => StepContext {
  const cal = compileCalendar(calendar);
  const hypercare = new Map(plan.schedule.phases.filter((p) => p.kind === 'hypercare').map((p) => [p.waveId ?? p.id.slice('hypercare:'.length), p]));
  const decommission = plan.schedule.phases.find((p) => p.kind === 'decommission');
  return (wave) => ({ calendar: cal, hypercare: hypercare.get(wave.id), decommission, programEnd: plan.schedule.end });
}

/** Every runbook step of the plan with its dates, wave by wave and workload by workload in runbook order. */
export function datedSteps(plan: Pick<Plan, 'waves' | 'schedule'>, calendar: Calendar): DatedStep[] {
  const contextOf = stepContexts(plan, calendar);
  const out: DatedStep[] = [];
  for (const wave of plan.waves) {
    const byWorkload = new Map<string, RunbookStep[]>();
    for (const s of wave.runbook) byWorkload.set(s.workloadId, [...(byWorkload.get(s.workloadId) ?? []), s]);
    const ctx = contextOf(wave);
    const dates = new Map<string, StepWindow>();
    for (const steps of byWorkload.values()) for (const [id, d] of stepDates(steps, wave, ctx)) dates.set(id, d);
    for (const step of wave.runbook) out.push({ step, wave, ...dates.get(step.id)! });
  }
  return out;
}

/**
 * When each runbook step happens. The engine dates waves, cutovers and hypercare, not single
 * steps, so a step gets the window of its phase: preparation, replication, tests and rehearsals
 * run from the wave's start to the working day before its cutover; cutover steps in the cutover
 * window; hypercare in the wave's hypercare phase; decommission in the program's decommission phase.
 */
import type { Calendar } from '../model/schema';
import { isoToDay, dayToIso, compileCalendar, isWorkingDay } from '../plan/calendar';
import type { IsoDate, Plan, RunbookPhase, RunbookStep, Wave } from '../plan/types';

export interface DatedStep {
  readonly step: RunbookStep;
  readonly wave: Wave;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export function datedSteps(plan: Plan, calendar: Calendar): DatedStep[] {
  const cal = compileCalendar(calendar);
  const previousWorkingDay = (iso: IsoDate, floor: IsoDate) => {
    let day = isoToDay(iso) - 1;
    const min = isoToDay(floor);
    while (day > min && !isWorkingDay(cal, day)) day--;
    return dayToIso(Math.max(day, min));
  };
  const phaseById = new Map(plan.schedule.phases.map((p) => [p.id, p]));
  const decommission = phaseById.get('decommission');
  const out: DatedStep[] = [];
  for (const wave of plan.waves) {
    const hypercare = plan.schedule.phases.find((p) => p.kind === 'hypercare' && p.waveId === wave.id);
    const before = { start: wave.start, end: wave.cutover.start > wave.start ? previousWorkingDay(wave.cutover.start, wave.start) : wave.start };
    const windows: Record<RunbookPhase, { start: IsoDate; end: IsoDate }> = {
      prepare: before,
      replicate: before,
      test: before,
      rehearse: before,
      cutover: wave.cutover,
      hypercare: hypercare ? { start: hypercare.start, end: hypercare.end } : wave.cutover,
      decommission: decommission ? { start: decommission.start, end: decommission.end } : { start: wave.end, end: plan.schedule.end },
    };
    for (const step of wave.runbook) out.push({ step, wave, ...windows[step.phase] });
  }
  return out;
}

/**
 * A wave whose recorded cutover (an actual finish) falls in a change freeze. The scheduler moves
 * every planned cutover out of a freeze, so only history can lie inside one: a freeze added after
 * the cutover, an approved exception, or a mistyped date. Worth a look either way, pinned or not;
 * a pinned wave already says so on its pin (pin-cutover-in-freeze), so it is not said twice.
 */
import type { Project } from '../../model/schema';
import type { WorkingCalendar } from '../calendar';
import type { ScheduledProgram } from '../schedule';
import { matchActuals } from '../schedule/actuals';
import type { PlanIssue, WaveDraft } from '../types';

/** `pinIssues`: what pinScheduleIssues reported, whose pin-cutover-in-freeze waves are left out here. */
export function recordedCutoverInFreezeIssues(project: Project, waves: readonly WaveDraft[], scheduled: Pick<ScheduledProgram, 'waves'>, calendar: WorkingCalendar, pinIssues: readonly PlanIssue[]): PlanIssue[] {
  const onPin = new Set(pinIssues.filter((i) => i.code === 'pin-cutover-in-freeze').flatMap((i) => i.workloadIds));
  const recordedFinish = matchActuals(project.actuals, waves).finish;
  const datesOf = new Map(scheduled.waves.map((d) => [d.waveId, d]));
  const issues: PlanIssue[] = [];
  waves.forEach((wave, k) => {
    const dates = datesOf.get(wave.id);
    if (recordedFinish[k] === undefined || !dates || wave.workloadIds.some((id) => onPin.has(id))) return;
    const freeze = calendar.freezesAt(dates.cutoverDay)[0];
    if (!freeze) return;
    issues.push({
      id: `issue:recorded-cutover-in-freeze:${wave.id}`,
      severity: 'warning',
      code: 'recorded-cutover-in-freeze',
      params: { wave: wave.name, waveId: wave.id, freeze: freeze.name, freezeId: freeze.id, freezeStart: freeze.start, freezeEnd: freeze.end, cutover: dates.cutover.start },
      message:
        `${wave.name}'s recorded cutover (${dates.cutover.start}) falls in the change freeze ${freeze.name} (${freeze.start} to ${freeze.end}). ` +
        'The planner never schedules a cutover in a freeze: check the recorded date, or whether the freeze was added after it.',
      path: ['actuals', lastActualOf(project.actuals, wave.index), 'finish'],
      workloadIds: [...wave.workloadIds],
    });
  });
  return issues;
}

/** The actual matchActuals used for a wave: the last one recorded for its index. */
function lastActualOf(actuals: Project['actuals'], waveIndex: number): number {
  for (let i = actuals.length - 1; i >= 0; i--) if (actuals[i]!.wave === waveIndex && actuals[i]!.finish !== undefined) return i;
  return -1;
}

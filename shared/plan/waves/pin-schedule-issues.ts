/**
 * What a pin breaks that only shows once the waves are placed and scheduled: the pinned wave's
 * cutover held back by a change freeze (and for how many working days), or recorded inside one;
 * and a pinned production workload that moves before the non-production copies of its own
 * application (the planner's packing moves non-production first; a pin can overrule it).
 * Reported per pin, so the waves board shows each on the pinned card and Issues lists it.
 *
 * The scheduler never plans a cutover inside a freeze (it moves to the next open working day, and
 * `pin-held-by-freeze` says so); only a recorded cutover (an actual finish, history that no rule
 * moves) can lie in one: a freeze added after the cutover, an approved exception, or a mistyped date.
 */
import type { Project } from '../../model/schema';
import type { WorkingCalendar } from '../calendar';
import type { ScheduledProgram } from '../schedule';
import { matchActuals } from '../schedule/actuals';
import type { PlanIssue, WaveDraft } from '../types';
import { namesById, namesOf, namesParam } from './conditions';

/** `waveIssues`: what `buildWaves` reported, to leave out the pins it did not apply (pin-splits-group). */
export function pinScheduleIssues(project: Project, waves: readonly WaveDraft[], scheduled: Pick<ScheduledProgram, 'waves'>, calendar: WorkingCalendar, waveIssues: readonly PlanIssue[] = []): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const waveOf = new Map<string, WaveDraft>();
  for (const w of waves) for (const id of w.workloadIds) waveOf.set(id, w);
  const datesOf = new Map(scheduled.waves.map((d) => [d.waveId, d]));
  const names = namesById(project);
  const workloadById = new Map(project.workloads.map((w) => [w.id, w]));
  const isProduction = (id: string) => (workloadById.get(id)?.environment ?? 'production') === 'production';
  const seen = new Set<string>();
  const lost = new Set(waveIssues.filter((i) => i.code === 'pin-splits-group').map((i) => String(i.params.pin)));
  const recordedFinish = matchActuals(project.actuals, waves).finish;
  const recorded = new Set(waves.filter((_, k) => recordedFinish[k] !== undefined).map((w) => w.id));

  project.pins.forEach((pin, pinIndex) => {
    const wave = waveOf.get(pin.workloadId);
    // A pin that lost to another (pin-splits-group) or on an excluded workload is reported elsewhere;
    // a renumbered pin (the waves before it would be empty) still placed its workload where it is.
    if (!wave || lost.has(pin.id) || seen.has(pin.workloadId)) return;
    seen.add(pin.workloadId);
    const workload = names.get(pin.workloadId) ?? pin.workloadId;
    const dates = datesOf.get(wave.id);
    if (dates) {
      const heldBy = dates.cutoverDay > dates.wantedCutoverDay ? calendar.freezesAt(dates.wantedCutoverDay)[0] : undefined;
      const inside = recorded.has(wave.id) ? calendar.freezesAt(dates.cutoverDay)[0] : undefined;
      if (heldBy) {
        const days = dates.cutoverDay - dates.wantedCutoverDay;
        issues.push({
          id: `issue:pin-held-by-freeze:${pin.id}`,
          severity: 'warning',
          code: 'pin-held-by-freeze',
          params: { pin: pin.id, workload, workloadId: pin.workloadId, wave: wave.name, freeze: heldBy.name, freezeId: heldBy.id, freezeStart: heldBy.start, freezeEnd: heldBy.end, days, count: days, readyDate: calendar.dateOf(dates.wantedCutoverDay), cutover: dates.cutover.start },
          message:
            `Pin '${pin.id}' puts ${workload} in ${wave.name}, which is ready to cut over on ${calendar.dateOf(dates.wantedCutoverDay)}, inside the change freeze ${heldBy.name} (${heldBy.start} to ${heldBy.end}). ` +
            `The freeze holds the cutover ${days} working ${days === 1 ? 'day' : 'days'}, to ${dates.cutover.start}.`,
          path: ['pins', pinIndex, 'wave'],
          workloadIds: [pin.workloadId],
        });
      } else if (inside) {
        issues.push({
          id: `issue:pin-cutover-in-freeze:${pin.id}`,
          severity: 'warning',
          code: 'pin-cutover-in-freeze',
          params: { pin: pin.id, workload, workloadId: pin.workloadId, wave: wave.name, freeze: inside.name, freezeId: inside.id, freezeStart: inside.start, freezeEnd: inside.end, cutover: dates.cutover.start },
          message:
            `Pin '${pin.id}' puts ${workload} in ${wave.name}, whose recorded cutover (${dates.cutover.start}) falls in the change freeze ${inside.name} (${inside.start} to ${inside.end}). ` +
            'The planner never schedules a cutover in a freeze: check the recorded date, or whether the freeze was added after it.',
          path: ['pins', pinIndex, 'wave'],
          workloadIds: [pin.workloadId],
        });
      }
    }

    // Production ahead of its own application's non-production copies.
    const application = workloadById.get(pin.workloadId)?.application;
    if (!application || !isProduction(pin.workloadId)) return;
    const later = project.workloads.filter((w) => w.application === application && !isProduction(w.id) && (waveOf.get(w.id)?.index ?? -1) > wave.index);
    if (later.length === 0) return;
    const ids = later.map((w) => w.id);
    const laterWaves = [...new Set(later.map((w) => waveOf.get(w.id)!.name))];
    issues.push({
      id: `issue:pin-production-before-non-production:${pin.id}`,
      severity: 'warning',
      code: 'pin-production-before-non-production',
      condition: 'non-production-first',
      params: { pin: pin.id, workload, workloadId: pin.workloadId, wave: wave.name, application, workloads: namesParam(project, ids), copies: ids.length, laterWaves: laterWaves.join(', ') },
      message:
        `Pin '${pin.id}' moves ${workload} (production) in ${wave.name}, before ${namesOf(project, ids)}, the non-production copies of ${application}, which move in ${laterWaves.join(', ')}. ` +
        'Non-production normally moves first so the move is rehearsed there; move the pin later or pin the copies earlier.',
      path: ['pins', pinIndex, 'wave'],
      workloadIds: [pin.workloadId, ...ids],
    });
  });
  return issues;
}

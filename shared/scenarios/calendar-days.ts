/** Day counts between two dates on the project's working calendar, signed so later is positive. */
import type { Project } from '../model/schema';
import { workingDaysBetween } from '../plan/calendar';
import type { IsoDate } from '../plan/types';

/** Working days after `from` up to and including `to`, on the project's calendar: positive when `to` is later, negative when earlier. */
export function signedWorkingDays(project: Pick<Project, 'calendar'>, from: IsoDate, to: IsoDate): number {
  if (from === to) return 0;
  const [a, b, sign] = to > from ? [from, to, 1] : [to, from, -1];
  return sign * (workingDaysBetween(project.calendar, a, b) - workingDaysBetween(project.calendar, a, a));
}

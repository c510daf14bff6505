/**
 * A Mermaid gantt of the program: one `section` per lane, phases as tasks with their planned dates,
 * `crit` on the critical path, milestones as `milestone` tasks. Dates are `YYYY-MM-DD`; Mermaid
 * draws a task up to the start of its end date, so the end written is the day after the last day.
 * Weekends are excluded when the calendar works Monday to Friday.
 */
import { dayToIso, isoToDay } from '../plan/calendar';
import type { TimelineItem } from './report-model';

/** Characters Mermaid reads as syntax inside a task line (`:` ends the title, `#` and `;` too). */
const UNSAFE = /[:#;\r\n]/g;

export function mermaidGantt(title: string, items: readonly TimelineItem[], workingDays: readonly number[]): string {
  const lines = ['gantt', `    title ${clean(title)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m'];
  const weekdays = [...workingDays].sort().join(',');
  if (weekdays === '1,2,3,4,5') lines.push('    excludes weekends');
  const lanes: string[] = [];
  for (const i of items) if (!lanes.includes(i.lane)) lanes.push(i.lane);
  let n = 0;
  for (const lane of lanes) {
    lines.push(`    section ${clean(lane)}`);
    for (const item of items.filter((i) => i.lane === lane)) {
      n++;
      const tags = [item.milestone ? 'milestone' : '', item.critical ? 'crit' : ''].filter(Boolean);
      const end = item.milestone ? '0d' : dayToIso(isoToDay(item.end) + 1);
      lines.push(`    ${clean(item.label)} :${[...tags, `t${n}`, item.start, end].join(', ')}`);
    }
  }
  return lines.join('\n');
}

function clean(s: string): string {
  return s.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim() || '-';
}

/**
 * The schedule as Microsoft Project XML (MSPDI), which MS Project, ProjectLibre and GanttProject
 * open (the last two through MPXJ, which needs the namespace on the root). Tasks are the program
 * phases and milestones with their planned dates; durations are working days x 8 h; links come
 * from each phase's `dependsOn`, typed by how the dates actually relate (finish-to-start where the
 * successor starts after, finish-to-finish where waves overlap and only their cutovers are
 * ordered), and a start-no-earlier-than constraint keeps each task on the plan's date. A base
 * calendar carries the project's working days, holidays and make-up days; teams are resources,
 * assigned to the phases they work on. Elements are written in the schema's sequence order.
 */
import type { Project } from '../model/schema';
import { workingDaysBetween } from '../plan/calendar';
import type { Plan, ProgramPhase } from '../plan/types';
import { dayOrRange } from './format';
import { createExportText, type ExportText } from './i18n';
import { catalogWords, namesFor } from './names';
import type { ExportOptions } from './options';
import { planFacts } from './plan-facts';
import { escapeXml } from './xml';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';
const HOURS_PER_DAY = 8;
/** MSPDI link types. */
export const LINK = { FF: 0, FS: 1, SF: 2, SS: 3 } as const;

type El = [string, string | number | El[]];

export function planMspdi(project: Project, plan: Plan, options: ExportOptions): string {
  const text = createExportText(options.messages, options.lang);
  const names = namesFor(project, plan.waves, text, plan.moveGroups);
  const facts = planFacts(project, plan);
  const cal = project.calendar;
  const wd = (from: string, to: string) => workingDaysBetween(cal, from, to);
  const created = (options.generatedAt ?? `${project.project.startDate}T00:00:00Z`).slice(0, 19).replace(/Z$/, '');
  const start = (iso: string) => `${iso}T08:00:00`;
  const finish = (iso: string) => `${iso}T17:00:00`;
  const duration = (days: number) => `PT${days * HOURS_PER_DAY}H0M0S`;

  const phases = plan.schedule.phases;
  const uidOf = new Map<string, number>();
  phases.forEach((p, i) => uidOf.set(p.id, i + 1));
  const milestoneBase = phases.length + 1;

  const linkTo = (p: ProgramPhase, pred: ProgramPhase): El => {
    const type = p.start > pred.end ? LINK.FS : p.end >= pred.end ? LINK.FF : LINK.SS;
    // Lag in tenths of a minute: the working days between the predecessor's finish and this start.
    const lagDays = type === LINK.FS ? Math.max(0, wd(pred.end, p.start) - 2) : 0;
    return ['PredecessorLink', [['PredecessorUID', uidOf.get(pred.id)!], ['Type', type], ['CrossProject', 0], ['LinkLag', lagDays * HOURS_PER_DAY * 60 * 10], ['LagFormat', 7]]];
  };
  const byId = new Map(phases.map((p) => [p.id, p]));
  const programDays = wd(plan.schedule.start, plan.schedule.end);

  const tasks: El[] = [
    [
      'Task',
      [['UID', 0], ['ID', 0], ['Name', project.project.name], ['Type', 1], ['IsNull', 0], ['WBS', '0'], ['OutlineNumber', '0'], ['OutlineLevel', 0], ['Start', start(plan.schedule.start)], ['Finish', finish(plan.schedule.end)], ['Duration', duration(programDays)], ['DurationFormat', 7], ['Milestone', 0], ['Summary', 1], ['Critical', 1]],
    ],
  ];
  phases.forEach((p, i) => {
    const uid = i + 1;
    const days = wd(p.start, p.end);
    tasks.push([
      'Task',
      [
        ['UID', uid],
        ['ID', uid],
        ['Name', names.phase(p)],
        ['Type', 1],
        ['IsNull', 0],
        ['WBS', String(uid)],
        ['OutlineNumber', String(uid)],
        ['OutlineLevel', 1],
        ['Start', start(p.start)],
        ['Finish', finish(p.end)],
        ['Duration', duration(days)],
        ['DurationFormat', 7],
        ['Work', duration(days * p.teamIds.reduce((n, t) => n + (project.teams.find((x) => x.id === t)?.engineers ?? 0), 0))],
        ['EffortDriven', 0],
        ['Milestone', 0],
        ['Summary', 0],
        ['Critical', (facts.phaseCriticality[p.id] ?? 0) >= 0.5 ? 1 : 0],
        ['ConstraintType', 4],
        ['CalendarUID', -1],
        ['ConstraintDate', start(p.start)],
        ['Notes', p.kind === 'wave' || p.kind === 'pilot' ? waveNote(plan, p, names.workload, text) : ''],
        ...p.dependsOn.flatMap((d) => (byId.has(d) ? [linkTo(p, byId.get(d)!)] : [])),
      ],
    ]);
  });
  const lastPhaseEnding = (date: string) => phases.filter((p) => p.end <= date).sort((a, b) => (a.end < b.end ? 1 : -1))[0];
  plan.schedule.milestones.forEach((m, i) => {
    const uid = milestoneBase + i;
    const pred = lastPhaseEnding(m.date);
    tasks.push([
      'Task',
      [
        ['UID', uid],
        ['ID', uid],
        ['Name', names.milestone(m)],
        ['Type', 1],
        ['IsNull', 0],
        ['WBS', String(uid)],
        ['OutlineNumber', String(uid)],
        ['OutlineLevel', 1],
        ['Start', finish(m.date)],
        ['Finish', finish(m.date)],
        ['Duration', 'PT0H0M0S'],
        ['DurationFormat', 7],
        ['Milestone', 1],
        ['Summary', 0],
        ['Critical', 0],
        ['ConstraintType', 4],
        ['CalendarUID', -1],
        ['ConstraintDate', finish(m.date)],
        ...(pred ? [['PredecessorLink', [['PredecessorUID', uidOf.get(pred.id)!], ['Type', LINK.FS], ['CrossProject', 0], ['LinkLag', 0], ['LagFormat', 7]]] as El] : []),
      ],
    ]);
  });

  const teamUid = new Map(project.teams.map((t, i) => [t.id, i + 1]));
  const resources: El[] = project.teams.map((t, i) => [
    'Resource',
    [['UID', i + 1], ['ID', i + 1], ['Name', t.name], ['Type', 1], ['IsNull', 0], ['Initials', t.name.slice(0, 3)], ['MaxUnits', t.engineers.toFixed(2)], ['StandardRate', ((t.dayRate ?? 0) / HOURS_PER_DAY).toFixed(2)], ['StandardRateFormat', 2], ['CalendarUID', 1]],
  ]);
  let assignmentUid = 1;
  const assignments: El[] = phases.flatMap((p) =>
    p.teamIds.flatMap((teamId) => {
      const team = project.teams.find((t) => t.id === teamId);
      if (!team) return [];
      const days = wd(p.start, p.end);
      return [['Assignment', [['UID', assignmentUid++], ['TaskUID', uidOf.get(p.id)!], ['ResourceUID', teamUid.get(teamId)!], ['Finish', finish(p.end)], ['Start', start(p.start)], ['Units', team.engineers.toFixed(2)], ['Work', duration(days * team.engineers)]]] as El];
    }),
  );

  const weekDays: El[] = [1, 2, 3, 4, 5, 6, 7].map((dayType) => {
    const iso = dayType === 1 ? 7 : dayType - 1; // MSPDI: 1 = Sunday ... 7 = Saturday
    const working = cal.workingDays.includes(iso);
    return ['WeekDay', [['DayType', dayType], ['DayWorking', working ? 1 : 0], ...(working ? [workingTimes()] : [])]];
  });
  const words = catalogWords(text.t);
  const exceptions: El[] = [...cal.holidays.map((h): El => exception(h.name ? words.holiday(h.name) : h.date, h.date, false)), ...cal.makeUpWorkdays.map((d): El => exception(text.t('export:calendar.makeUpDay'), d, true))];
  const minutesPerWeek = cal.workingDays.length * HOURS_PER_DAY * 60;

  const root: El[] = [
    ['SaveVersion', 14],
    ['Name', `${project.project.name}.xml`],
    ['Title', text.t('export:document.title', { project: project.project.name })],
    ['Author', 'Decamp'],
    ['CreationDate', created],
    ['ScheduleFromStart', 1],
    ['StartDate', start(plan.schedule.start)],
    ['FinishDate', finish(plan.schedule.end)],
    ['CurrencyCode', project.project.currency],
    ['CalendarUID', 1],
    ['DefaultStartTime', '08:00:00'],
    ['DefaultFinishTime', '17:00:00'],
    ['MinutesPerDay', HOURS_PER_DAY * 60],
    ['MinutesPerWeek', minutesPerWeek],
    ['DaysPerMonth', 20],
    ['DefaultTaskType', 1],
    ['DurationFormat', 7],
    ['WorkFormat', 2],
    ['HonorConstraints', 1],
    ['WeekStartDay', 1],
    ['Calendars', [['Calendar', [['UID', 1], ['Name', text.t('export:calendar.baseName')], ['IsBaseCalendar', 1], ['BaseCalendarUID', -1], ['WeekDays', weekDays], ...(exceptions.length > 0 ? [['Exceptions', exceptions] as El] : [])]]]],
    ['Tasks', tasks],
    ['Resources', resources],
    ['Assignments', assignments],
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="${MSPDI_NAMESPACE}">\n${root.map((e) => write(e, 1)).join('')}</Project>\n`;
}

function workingTimes(): El {
  return ['WorkingTimes', [['WorkingTime', [['FromTime', '08:00:00'], ['ToTime', '12:00:00']]], ['WorkingTime', [['FromTime', '13:00:00'], ['ToTime', '17:00:00']]]]];
}

function exception(name: string, date: string, working: boolean): El {
  return ['Exception', [['EnteredByOccurrences', 0], ['TimePeriod', [['FromDate', `${date}T00:00:00`], ['ToDate', `${date}T23:59:00`]]], ['Occurrences', 1], ['Name', name], ['Type', 1], ['DayWorking', working ? 1 : 0], ...(working ? [workingTimes()] : [])]];
}

function waveNote(plan: Plan, phase: ProgramPhase, name: (id: string) => string, text: ExportText): string {
  const wave = plan.waves.find((w) => w.id === phase.waveId);
  if (!wave) return '';
  return text.t('export:calendar.projectWaveNote', { cutover: dayOrRange(text.t, (iso) => iso, wave.cutover.start, wave.cutover.end), p50: wave.p50End, p80: wave.p80End, p95: wave.p95End, workloads: text.list(wave.workloadIds.map(name)) });
}

function write([tag, value]: El, depth: number): string {
  const pad = '  '.repeat(depth);
  if (Array.isArray(value)) return `${pad}<${tag}>\n${value.map((v) => write(v, depth + 1)).join('')}${pad}</${tag}>\n`;
  return `${pad}<${tag}>${escapeXml(String(value))}</${tag}>\n`;
}


/**
 * The plan's dates as an iCalendar file (RFC 5545): milestones and each wave's window as all-day
 * events (DTEND is exclusive, so the day after the last), each cutover window as a timed night
 * event in the project's zone with its VTIMEZONE. UIDs come from the plan's own ids, so importing
 * a newer export updates the events instead of adding copies; DTSTAMP is the export's instant in
 * UTC. Lines end in CRLF and fold at 75 octets without splitting a UTF-8 character.
 */
import type { Project } from '../model/schema';
import { dayToIso, isoToDay } from '../plan/calendar';
import type { Plan } from '../plan/types';
import { createExportText } from './i18n';
import { namesFor } from './names';
import type { ExportOptions } from './options';

/** Zones we can describe exactly: fixed offsets, no daylight saving (China has had none since 1991). */
const FIXED_ZONES: Readonly<Record<string, { offset: string; name: string }>> = {
  'Asia/Shanghai': { offset: '+0800', name: 'CST' },
  'Asia/Hong_Kong': { offset: '+0800', name: 'HKT' },
  'Asia/Singapore': { offset: '+0800', name: '+08' },
  'Asia/Tokyo': { offset: '+0900', name: 'JST' },
  UTC: { offset: '+0000', name: 'UTC' },
};

/** The usual low-traffic window for a cutover: the model's judgement (night hours for consumer traffic in China). */
export const CUTOVER_WINDOW = { from: '22:00', to: '06:00' } as const;

export function planIcs(project: Project, plan: Plan, options: ExportOptions): string {
  const text = createExportText(options.messages, options.lang);
  const { t } = text;
  const names = namesFor(project, plan.waves, text, plan.moveGroups);
  const zoneId = options.timeZone && FIXED_ZONES[options.timeZone] ? options.timeZone : 'Asia/Shanghai';
  const zone = FIXED_ZONES[zoneId]!;
  const stamp = utcStamp(options.generatedAt ?? `${project.project.startDate}T00:00:00Z`);
  const domain = `${slug(project.project.name)}.decamp`;
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Decamp//Migration plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(t('export:document.title', { project: project.project.name }))}`];
  lines.push('BEGIN:VTIMEZONE', `TZID:${zoneId}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${zone.offset}`, `TZOFFSETTO:${zone.offset}`, `TZNAME:${zone.name}`, 'END:STANDARD', 'END:VTIMEZONE');

  const allDay = (uid: string, summary: string, start: string, end: string, description: string, categories: string) => {
    lines.push('BEGIN:VEVENT', `UID:${uid}@${domain}`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${compact(start)}`, `DTEND;VALUE=DATE:${compact(dayToIso(isoToDay(end) + 1))}`, `SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description)}`, `CATEGORIES:${escapeText(categories)}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
  };
  for (const m of plan.schedule.milestones) allDay(`milestone-${slug(m.id)}`, names.milestone(m), m.date, m.date, t('export:calendar.milestoneNote', { project: project.project.name }), 'Decamp,Milestone');
  for (const w of plan.waves) {
    const wave = names.wave(w);
    allDay(`wave-${slug(w.id)}`, t('export:calendar.waveWindow', { wave }), w.start, w.end, `${wave}: ${w.start} – ${w.end}; P50 ${w.p50End}, P80 ${w.p80End}, P95 ${w.p95End}`, 'Decamp,Wave');
    const from = CUTOVER_WINDOW.from.replace(':', '');
    const to = CUTOVER_WINDOW.to.replace(':', '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:cutover-${slug(w.id)}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${zoneId}:${compact(w.cutover.start)}T${from}00`,
      `DTEND;TZID=${zoneId}:${compact(dayToIso(isoToDay(w.cutover.end) + 1))}T${to}00`,
      `SUMMARY:${escapeText(t('export:calendar.cutoverWindow', { wave }))}`,
      `DESCRIPTION:${escapeText(`${t('export:calendar.cutoverNote', { from: CUTOVER_WINDOW.from, to: CUTOVER_WINDOW.to, zone: zoneId })}\n${text.list(w.workloadIds.map(names.workload))}`)}`,
      'CATEGORIES:Decamp,Cutover',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 3.1: lines longer than 75 octets continue on lines that start with one space. */
export function fold(line: string): string {
  if (utf8Length(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch);
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

const compact = (iso: string) => iso.replace(/-/g, '');
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'plan';

function utcStamp(instant: string): string {
  const d = new Date(instant);
  const ok = Number.isFinite(d.getTime()) ? d : new Date(0);
  return ok.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

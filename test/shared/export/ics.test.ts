import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { escapeText, fold, planIcs } from '../../../shared/export/ics';
import { options, samplePlan } from './helpers';

describe('ICS calendar', () => {
  const { project, plan } = samplePlan('mid');
  // Exported in each test, not while the file is collected: Stryker credits that work to no test.
  let ics: string;
  let cal: ICAL.Component;
  let events: ICAL.Event[];
  beforeEach(() => {
    ics = planIcs(project, plan, options('en'));
    cal = new ICAL.Component(ICAL.parse(ics));
    // Readers resolve TZID through the file's own VTIMEZONE: register it as a calendar client does.
    for (const z of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(z));
    events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  });

  it('parses with ical.js: a VCALENDAR 2.0 with PRODID, milestones, wave windows and cutover windows', () => {
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(cal.getFirstPropertyValue('prodid'))).toContain('Decamp');
    expect(events).toHaveLength(plan.schedule.milestones.length + plan.waves.length * 2);
    const end = events.find((e) => e.uid.startsWith('milestone-program-end'))!;
    expect(end.startDate.toString()).toBe(plan.schedule.end);
  });

  it('gives all-day items an exclusive DTEND and timed cutovers a TZID with its VTIMEZONE', () => {
    const wave = plan.waves[1]!;
    const window = events.find((e) => e.uid.startsWith(`wave-${wave.id}@`))!;
    expect(window.startDate.isDate).toBe(true);
    expect(window.startDate.toString()).toBe(wave.start);
    const dayAfter = new Date(Date.parse(`${wave.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(window.endDate.toString()).toBe(dayAfter);
    const cutover = events.find((e) => e.uid.startsWith(`cutover-${wave.id}@`))!;
    expect(cutover.startDate.isDate).toBe(false);
    expect(cutover.startDate.zone?.tzid).toBe('Asia/Shanghai');
    const zones = cal.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Shanghai']);
    const standard = zones[0]!.getAllSubcomponents('standard');
    expect(standard).toHaveLength(1);
    expect(standard[0]!.getFirstProperty('tzoffsetto')!.toICALString()).toBe('TZOFFSETTO:+0800');
    // 22:00 Shanghai is 14:00 UTC.
    expect(cutover.startDate.toJSDate().toISOString()).toBe(`${wave.cutover.start}T14:00:00.000Z`);
  });

  it('keeps UIDs stable across two exports, with DTSTAMP in UTC from the export instant', () => {
    const again = planIcs(project, plan, options('en', { generatedAt: '2027-03-01T00:00:00Z' }));
    const uids = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids(again)).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(events.length);
    expect(ics).toContain('DTSTAMP:20270104T093000Z');
    expect(again).toContain('DTSTAMP:20270301T000000Z');
  });

  it('folds lines at 75 octets with CRLF, never inside a UTF-8 character, and escapes text', () => {
    const zh = planIcs(project, plan, options('zh-CN'));
    for (const text of [ics, zh]) {
      expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    }
    const long = `DESCRIPTION:${'迁移计划的里程碑'.repeat(12)}`;
    const folded = fold(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    const parsed = new ICAL.Component(ICAL.parse(zh));
    const summaries = parsed.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries).toContain('切换窗口：第 1 波');
    const desc = String(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').find((e) => String(e.getFirstPropertyValue('uid')).startsWith('cutover-'))!.getFirstPropertyValue('description'));
    expect(desc).toContain(', '); // commas survived escaping
    // RFC 5545 3.3.11: backslash, semicolon, comma and newline escaped; ical.js reads each back as written.
    const tricky = 'Cutover; DB\\primary, then\nDNS';
    expect(escapeText(tricky)).toBe('Cutover\\; DB\\\\primary\\, then\\nDNS');
    const one = new ICAL.Component(ICAL.parse(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20270101T000000Z', `SUMMARY:${escapeText(tricky)}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n')));
    expect(String(one.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary'))).toBe(tricky);
  });
  it('tells in each wave window, in both languages, the wave’s dates and its P50, P80 and P95 ends', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const vevents = new ICAL.Component(ICAL.parse(planIcs(project, plan, options(locale)))).getAllSubcomponents('vevent');
      for (const w of plan.waves) {
        const window = vevents.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`wave-${w.id}@`))!;
        const desc = String(window.getFirstPropertyValue('description'));
        expect(desc).toContain(`${w.start} – ${w.end}`);
        expect(desc).toContain(`P50 ${w.p50End}, P80 ${w.p80End}, P95 ${w.p95End}`);
      }
    }
  });
});

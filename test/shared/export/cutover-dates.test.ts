/**
 * A wave's cutover as the ticket and MS Project exports say it: one date for a one-day cutover
 * (the samples' waves all cut over in a day, and "Apr 29, 2027 to Apr 29, 2027" read as a typo),
 * the range when it takes longer.
 */
import { describe, expect, it } from 'vitest';
import { planMspdi } from '../../../shared/export/mspdi';
import { ticketTree } from '../../../shared/export/tickets';
import { enDate, options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');
// The pilot's cutover taken to four calendar days.
const longer = { ...plan, waves: plan.waves.map((w, i) => (i === 0 ? { ...w, cutover: { ...w.cutover, end: '2027-05-03' } } : w)) };
const epic = (p: typeof plan, lang: 'en' | 'zh-CN') => ticketTree(project, p, options(lang)).waves[0]!.epic.description;
const note = (p: typeof plan, lang: 'en' | 'zh-CN') => /<Notes>([^<]+)<\/Notes>/.exec(planMspdi(project, p, options(lang)))![1]!;

describe('a cutover in the ticket and MS Project exports', () => {
  it('is one date when the wave cuts over in a day', () => {
    const day = plan.waves[0]!.cutover.start;
    expect(plan.waves[0]!.cutover.end).toBe(day);
    expect(epic(plan, 'en')).toContain(`, cutover ${enDate(day)}. Finish P50`);
    expect(epic(plan, 'zh-CN')).toMatch(/，切换 \d{4}年\d{1,2}月\d{1,2}日。完成日期/);
    expect(note(plan, 'en')).toMatch(new RegExp(`^Cutover ${day}; P50 `));
  });

  it('is the range when it takes longer, in the document language', () => {
    const start = plan.waves[0]!.cutover.start;
    expect(epic(longer, 'en')).toContain(`, cutover ${enDate(start)} to May 3, 2027. Finish P50`);
    expect(epic(longer, 'zh-CN')).toMatch(/，切换 \d{4}年\d{1,2}月\d{1,2}日 至 2027年5月3日。完成日期/);
    expect(note(longer, 'en')).toMatch(new RegExp(`^Cutover ${start} to 2027-05-03; P50 `));
    expect(note(longer, 'zh-CN')).toMatch(new RegExp(`^切换 ${start} 至 2027-05-03；P50 `));
  });
});

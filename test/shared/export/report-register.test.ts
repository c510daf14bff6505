/**
 * The risk register as the report prints it, from the register in the project file: each risk's
 * chance, impact (days, or a share of its length), the days it adds at P80, and its mitigation with
 * whether the plan counts on it; a risk switched off says so and adds nothing. And the contingency
 * to a percentile that lands before the deterministic end, counted back in working days.
 */
import { describe, expect, it } from 'vitest';
import { planFacts } from '../../../shared/export/plan-facts';
import { buildReportModel, type ReportBlock } from '../../../shared/export/report-model';
import { defaultRiskRegister } from '../../../shared/model';
import type { RiskEntry } from '../../../shared/model/schema';
import { options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');
type Table = Extract<ReportBlock, { type: 'table' }>;
const pct = (x: number) => `${Math.round(x * 100)}%`;

function registerRows(risks: readonly RiskEntry[], lang: 'en' | 'zh-CN' = 'en'): string[][] {
  const blocks = buildReportModel({ ...project, risks: [...risks] }, plan, options(lang, { sections: ['risks'] })).parts[0]!.blocks;
  return (blocks.findLast((b): b is Table => b.type === 'table')!.rows as string[][]).map((r) => [...r]);
}

describe('the risk register in the report', () => {
  const register = defaultRiskRegister(project);
  const mitigated = register.find((r) => r.mitigation !== undefined)!;
  const plain = register.find((r) => r.mitigation === undefined)!;

  it('prints chance, impact and mitigation as the register states them, proposed or adopted', () => {
    const m = mitigated.mitigation!;
    expect(mitigated.impact.type).toBe('days');
    const days = (i: RiskEntry['impact']) => `${i.optimistic} / ${i.likely} / ${i.pessimistic} working days`;
    const rows = registerRows(register);
    const row = rows.find((r) => r[0] === mitigated.title)!;
    expect([row[1], row[2], row[4], row[5]]).toEqual([pct(mitigated.probability), days(mitigated.impact), `${m.description} (proposed: ${pct(m.probability)}, ${days(m.impact)})`, mitigated.source]);
    expect(rows.find((r) => r[0] === plain.title)![4]).toBe('None');
    const adopted = registerRows(register.map((r) => (r === mitigated ? { ...r, mitigation: { ...m, adopted: true } } : r))).find((r) => r[0] === mitigated.title)!;
    expect(adopted[4]).toBe(`${m.description} (adopted: ${pct(m.probability)}, ${days(m.impact)})`);
    // Decamp's own mitigation reads in Chinese in a Chinese report.
    const zh = registerRows(register, 'zh-CN')[register.indexOf(mitigated)]![4]!;
    expect(zh).toMatch(/^[\u4e00-\u9fff]/);
    expect(zh).not.toContain(m.description);
    // A mitigation the user wrote is printed as written, in a Chinese report too.
    const own = registerRows(register.map((r) => (r === mitigated ? { ...r, mitigation: { ...m, description: 'Book the DBA contractor for May' } } : r)), 'zh-CN');
    expect(own.some((r) => r[4]!.startsWith('Book the DBA contractor for May（') || r[4]!.startsWith('Book the DBA contractor for May ('))).toBe(true);
  });

  it('writes an impact on a share of the length as percentages', () => {
    const share = register.find((r) => r.impact.type === 'share')!;
    const row = registerRows(register).find((r) => r[0] === share.title)!;
    expect(row[2]).toBe(`+${pct(share.impact.optimistic)} / ${pct(share.impact.likely)} / ${pct(share.impact.pessimistic)} of its length`);
  });

  it("marks a risk switched off and gives it no days; an enabled one the days the plan's drivers give it", () => {
    const driver = plan.simulation.drivers.find((d) => d.kind === 'risk' && d.daysAtP80 > 0)!;
    const risk = register.find((r) => `risk:${r.id}` === driver.id)!;
    const on = registerRows(register).find((r) => r[0] === risk.title)!;
    expect(Number(on[3])).toBeCloseTo(driver.daysAtP80, 1);
    const off = registerRows(register.map((r) => (r === risk ? { ...r, enabled: false } : r))).find((r) => r[0]!.startsWith(risk.title))!;
    expect([off[0], off[3]]).toEqual([`${risk.title} (switched off)`, '–']);
  });
});

describe('contingency to an end before the deterministic one', () => {
  it('counts the working days back, negative, and none for the same day', () => {
    expect(plan.schedule.deterministicEnd).toBe('2027-12-06');
    // Mon 29 Nov to Mon 6 Dec 2027: five working days earlier (29, 30 Nov, 1, 2, 3 Dec), no holiday between.
    const early = planFacts(project, { ...plan, schedule: { ...plan.schedule, p50End: '2027-11-29', p95End: '2027-12-06' } });
    expect(early.contingencyDays.p50).toBe(-5);
    expect(early.contingencyDays.p95).toBe(0);
    // Fri 10 Dec is four working days later.
    expect(planFacts(project, { ...plan, schedule: { ...plan.schedule, p50End: '2027-12-10' } }).contingencyDays.p50).toBe(4);
  });
});

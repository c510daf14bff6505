/**
 * The engine's figures as a reader of the documents sees them: contingency, labour P50/P80, the
 * drivers of the range by working days at P80 (in the document's language), each wave's criticality
 * index and each team's part of a wave, in the report and in the workbook.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentFormat } from '../../../shared/export/format';
import { reportHtml } from '../../../shared/export/html';
import { planFacts } from '../../../shared/export/plan-facts';
import { buildReportModel, type ReportModel } from '../../../shared/export/report-model';
import { planXlsx } from '../../../shared/export/xlsx';
import { workingDaysBetween } from '../../../shared/plan/calendar';
import { exportMessages } from '../../../electron/cli/export-messages';
import { UNCERTAINTY_SOURCES } from '../../../shared/plan/simulate/sources';
import { options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');
// Read in each test, not while the file is collected: Stryker credits that work to no test.
let zhSources: Record<string, string>;
beforeEach(() => {
  zhSources = (exportMessages()['zh-CN']!.export as { driver: { source: Record<string, string> } }).driver.source;
});

function partText(model: ReportModel, id: string): string {
  const part = model.parts.find((p) => p.id === id)!;
  return JSON.stringify(part.blocks);
}

describe('the engine figures in the report', () => {
  const top = plan.simulation.drivers[0]!;

  it('has drivers and a contingency to show (the sample is not a degenerate plan)', () => {
    expect(plan.schedule.contingencyDays).toBeGreaterThan(0);
    expect(top.daysAtP80).toBeGreaterThan(0);
    expect(top.kind).toBe('uncertainty');
  });

  it("states the plan's contingency in working days and the top driver with its days at P80, in English", () => {
    const model = buildReportModel(project, plan, options('en'));
    const summary = partText(model, 'summary');
    const fmt = documentFormat('en', project.project.currency);
    expect(summary).toContain(`"Contingency to P80","value":"${plan.schedule.contingencyDays} working days"`);
    expect(summary).toContain(`${top.title}: +${fmt.number(top.daysAtP80, 1)} working days at P80`);
    expect(summary).toContain(`together they make the ${plan.schedule.contingencyDays}-working-day contingency`);
    expect(summary).toContain(`"Labour at P50","value":"${fmt.money(plan.cost.labourP50)}"`);
    expect(summary).toContain(`"Labour at P80","value":"${fmt.money(plan.cost.labourP80)}"`);
    expect(summary).toContain(`Only ${Math.round(plan.schedule.deterministicPercentile)}% of the simulated runs finish by the deterministic date.`);
    // A risk among the drivers says how often it happens.
    const risk = plan.simulation.drivers.find((d) => d.kind === 'risk' && d.daysAtP80 > 0)!;
    expect(summary).toContain(`${risk.title}: +${fmt.number(risk.daysAtP80, 1)} working days at P80 (happens in ${fmt.percent(risk.occurrence!)} of runs)`);
    // The variance shares of single workloads are not what the report calls drivers any more.
    expect(summary).not.toContain("of the end date's variance");
  });

  it('has words for every source of uncertainty the engine measures, in both languages, in the documents and in the app', () => {
    const messages = exportMessages();
    for (const lng of ['en', 'zh-CN']) {
      const docs = (messages[lng]!.export as { driver: { source: Record<string, string> } }).driver.source;
      const app = JSON.parse(readFileSync(`renderer/src/i18n/locales/${lng}/summary.json`, 'utf8')).drivers.source as Record<string, string>;
      for (const source of UNCERTAINTY_SOURCES) {
        expect(docs[source], `export:driver.source.${source} (${lng})`).toBeTruthy();
        expect(app[source], `summary:drivers.source.${source} (${lng})`).toBeTruthy();
      }
    }
  });

  it('words each source of uncertainty in Chinese', () => {
    const summary = partText(buildReportModel(project, plan, options('zh-CN')), 'summary');
    const source = String(top.params.source);
    expect(zhSources[source]).toMatch(/[\u4e00-\u9fff]/);
    expect(summary).toContain(`${zhSources[source]}：P80 推迟 ${documentFormat('zh-CN', project.project.currency).number(top.daysAtP80, 1)} 个工作日`);
    expect(summary).toContain(`"到 P80 的应急缓冲","value":"${plan.schedule.contingencyDays} 个工作日"`);
    for (const d of plan.simulation.drivers.filter((x) => x.kind === 'uncertainty' && x.daysAtP80 > 0)) expect(summary, d.id).not.toContain(d.title);
  });

  it("gives each wave its criticality index and, where several teams work on it, each team's dates", () => {
    const waves = partText(buildReportModel(project, plan, options('en')), 'waves');
    const fmt = documentFormat('en', project.project.currency);
    const index = new Map(plan.simulation.criticality.map((c) => [c.id, c.index]));
    for (const w of plan.waves) expect(waves).toContain(`"On the critical path","value":"in ${fmt.percent(index.get(`wave:${w.id}`)!)} of runs"`);
    const shared = plan.waves.find((w) => w.teams.length > 1)!;
    for (const part of shared.teams) {
      const team = project.teams.find((t) => t.id === part.teamId)!.name;
      expect(waves).toContain(JSON.stringify([team, fmt.date(part.start), fmt.date(part.end), fmt.number(part.workingDays, 0), fmt.number(part.effort, 1)]));
    }
  });

  it('lists the days each register risk adds at P80', () => {
    const html = reportHtml(buildReportModel(project, plan, options('en')));
    const risk = plan.simulation.drivers.find((d) => d.kind === 'risk' && d.daysAtP80 > 0)!;
    expect(html).toContain('Adds at P80 (working days)');
    const fmt = documentFormat('en', project.project.currency);
    expect(html).toMatch(new RegExp(`${risk.title}</td><td class="num nowrap">[^<]+</td><td>[^<]+</td><td class="num nowrap">${fmt.number(risk.daysAtP80, 1)}</td>`));
  });

  it('counts contingency the way the engine does: P80 is its own, P50 and P95 signed working days from the deterministic end', () => {
    const facts = planFacts(project, plan);
    expect(facts.contingencyDays.p80).toBe(plan.schedule.contingencyDays);
    const signed = (end: string) => (end >= plan.schedule.deterministicEnd ? workingDaysBetween(project.calendar, plan.schedule.deterministicEnd, end) - 1 : -(workingDaysBetween(project.calendar, end, plan.schedule.deterministicEnd) - 1));
    expect(signed(plan.schedule.p80End)).toBe(plan.schedule.contingencyDays);
    expect(facts.contingencyDays.p50).toBe(signed(plan.schedule.p50End));
    expect(facts.contingencyDays.p95).toBe(signed(plan.schedule.p95End));
  });
});

describe('the engine figures in the workbook', () => {
  async function book(lang: 'en' | 'zh-CN') {
    const bytes = await planXlsx(project, plan, options(lang));
    const b = new ExcelJS.Workbook();
    await b.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return b;
  }
  const rowsOf = (sheet: ExcelJS.Worksheet) => {
    const out: unknown[][] = [];
    sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };

  it('lists the drivers on the Summary sheet as numbers of working days, the contingency and labour P50/P80', async () => {
    const rows = rowsOf((await book('en')).getWorksheet('Summary')!);
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('Contingency to P80 (Working days)')).toBe(plan.schedule.contingencyDays);
    expect(value('Labour at P50')).toBe(plan.cost.labourP50);
    expect(value('Labour at P80')).toBe(plan.cost.labourP80);
    const drivers = plan.simulation.drivers.filter((d) => d.daysAtP80 > 0);
    for (const d of drivers) expect(value(`What widens the range: ${d.title} (Adds at P80 (working days))`), d.id).toBe(d.daysAtP80);
    const zh = rowsOf((await book('zh-CN')).getWorksheet('摘要')!);
    expect(zh.some((r) => String(r[0]).includes(zhSources[String(drivers[0]!.params.source)]!))).toBe(true);
  });

  it("gives each wave its criticality index and each team's part its own row with real dates", async () => {
    const b = await book('en');
    const waves = b.getWorksheet('Waves')!;
    const header = (waves.getRow(1).values as unknown[]).slice(1);
    const col = header.indexOf('Critical in share of runs') + 1;
    expect(col).toBeGreaterThan(0);
    plan.waves.forEach((w, i) => expect(waves.getCell(i + 2, col).value).toBe(plan.simulation.criticality.find((c) => c.id === `wave:${w.id}`)!.index));
    const teams = rowsOf(b.getWorksheet('Wave teams')!).slice(1, -1);
    const parts = plan.waves.flatMap((w) => w.teams);
    expect(teams).toHaveLength(parts.length);
    expect((teams[0]![2] as Date).toISOString().slice(0, 10)).toBe(parts[0]!.start);
    expect((teams[0]![3] as Date).toISOString().slice(0, 10)).toBe(parts[0]!.end);
    expect(teams[0]![4]).toBe(parts[0]!.workingDays);
  });
});

/**
 * A list of names reads as each language writes one: "a, b, and c" in English, "甲、乙和丙" in
 * Chinese (shared/export/list.ts). The engine's params keep their ", "-joined lists (the plan's
 * JSON is a contract); the reader's names and list are put in when a text is shown (paramNamer),
 * and a document written in Chinese says its lists in Chinese.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createExportText } from '../../../shared/export/i18n';
import { jiraCsv } from '../../../shared/export/jira-csv';
import { formatList } from '../../../shared/export/list';
import { reportMarkdown } from '../../../shared/export/markdown';
import { LIST_PARAMS, namesFor, paramNamer, splitList } from '../../../shared/export/names';
import { buildReportModel } from '../../../shared/export/report-model';
import { planIcs } from '../../../shared/export/ics';
import { exportMessages } from '../../../electron/cli/export-messages';
import { options, samplePlan, SAMPLES } from './helpers';

describe('formatList', () => {
  it('joins with "and", "or" or a plain series, in English and in Chinese', () => {
    expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b, and c');
    expect(formatList('en', ['a', 'b'])).toBe('a and b');
    expect(formatList('en', ['a'])).toBe('a');
    expect(formatList('zh-CN', ['甲', '乙', '丙'])).toBe('甲、乙和丙');
    expect(formatList('zh-CN', ['甲', '乙'])).toBe('甲和乙');
    expect(formatList('en', ['a', 'b', 'c'], { kind: 'or' })).toBe('a, b, or c');
    expect(formatList('zh-CN', ['甲', '乙', '丙'], { kind: 'or' })).toBe('甲、乙或丙');
    expect(formatList('en', ['a', 'b', 'c'], { kind: 'series' })).toBe('a, b, c');
    expect(formatList('zh-CN', ['甲', '乙', '丙'], { kind: 'series' })).toBe('甲、乙、丙');
  });

  it('counts what a list cut short leaves out, after a series of what it shows', () => {
    expect(formatList('en', ['a', 'b', 'c', 'd', 'e'], { max: 3 })).toBe('a, b, c +2');
    expect(formatList('zh-CN', ['甲', '乙', '丙', '丁', '戊'], { max: 3 })).toBe('甲、乙、丙 +2');
    expect(formatList('en', ['a', 'b', 'c'], { max: 3 })).toBe('a, b, and c');
  });
});

describe("an engine text's list params", () => {
  const { project, plan } = samplePlan('mid');
  // Made in each test, not while the file is collected: Stryker credits that work to no test.
  let zh: ReturnType<typeof paramNamer>;
  let en: ReturnType<typeof paramNamer>;
  beforeEach(() => {
    zh = paramNamer(project, plan, (w) => (w.isPilot ? '试点' : `第 ${w.index} 波`), undefined, createExportText(exportMessages(), 'zh-CN').list);
    en = paramNamer(project, plan, (w) => w.name, undefined, createExportText(exportMessages(), 'en').list);
  });

  it('are named and listed in the reader\'s language; the params themselves keep their commas', () => {
    const params = { waves: 'Pilot, Wave 3, Wave 4', workloads: 'vpc, dns +3' };
    expect(zh(params)).toMatchObject({ waves: '试点、第 3 波和第 4 波', workloads: 'Production VPC、Public and private DNS zones +3' });
    expect(en(params)).toMatchObject({ waves: 'Pilot, Wave 3, and Wave 4', workloads: 'Production VPC, Public and private DNS zones +3' });
    expect(params.waves).toBe('Pilot, Wave 3, Wave 4');
  });

  it('keep a name that holds a comma whole', () => {
    const gateway = 'Open API gateway (partners, app)';
    expect(project.workloads.some((w) => w.name === gateway)).toBe(true);
    expect(zh({ workloads: `${gateway}, Order service, Product catalogue service +1` }).workloads).toBe(`${gateway}、Order service、Product catalogue service +1`);
    expect(en({ needs: `Order service, ${gateway}` }).needs).toBe(`Order service and ${gateway}`);
    // One name alone is not a list, and a name outside the list params is left as the engine wrote it.
    expect(zh({ workloads: gateway }).workloads).toBe(gateway);
    expect(zh({ from: gateway }).from).toBe(gateway);
    expect(splitList(`a, ${gateway}, b`, (s) => s === gateway)).toEqual(['a', gateway, 'b']);
  });
});

describe('the params that carry a list', () => {
  /** Params with ", " in them that are one text, not a list: a transfer method's words. */
  const PROSE = new Set(['method']);

  it.each(Object.keys(SAMPLES) as (keyof typeof SAMPLES)[])('%s: every param joined with ", " is one the namer re-lists, or a single name', (which) => {
    const { project, plan } = samplePlan(which);
    const single = new Set(project.workloads.flatMap((w) => (w.application === undefined ? [w.name] : [w.name, w.application])));
    const texts = [...plan.issues, ...plan.risks, ...plan.waves.flatMap((w) => w.runbook), ...plan.foundation.runbook, ...plan.schedule.phases, ...plan.simulation.drivers];
    const unlisted = texts.flatMap((x) => Object.entries((x as { params?: Record<string, unknown> }).params ?? {}).filter(([k, v]) => typeof v === 'string' && v.includes(', ') && !single.has(v) && !LIST_PARAMS.has(k) && !PROSE.has(k)));
    expect(unlisted, 'a new list param: add it to LIST_PARAMS (shared/export/names.ts) so it reads in the reader\'s language').toEqual([]);
  });
});

describe('a document in Chinese', () => {
  const { project, plan } = samplePlan('mid');
  const twoTargets = { ...project, project: { ...project.project, defaultTargets: ['huawei', 'tencent'] as typeof project.project.defaultTargets } };

  it('says its lists with 、 and 和, and the English one with commas and "and"', () => {
    const zh = reportMarkdown(buildReportModel(twoTargets, plan, options('zh-CN')), project.calendar.workingDays);
    const en = reportMarkdown(buildReportModel(twoTargets, plan, options('en')), project.calendar.workingDays);
    expect(zh).toContain('迁往 华为云和腾讯云');
    expect(en).toContain('to Huawei Cloud and Tencent Cloud');
    expect(zh).not.toMatch(/[^\x00-\x7f], [^\x00-\x7f]/);
  });

  it("words a risk's list of workloads as the spreadsheet's risk detail does", () => {
    const risk = plan.risks.find((r) => r.code === 'long-cross-cloud-link' && String(r.params.workloads).includes('Open API gateway (partners, app), '))!;
    expect(risk.params.workloads).toBe('Open API gateway (partners, app), Order service, Product catalogue service, Device registry and shadow API +1');
    const detail = (lng: 'en' | 'zh-CN') => {
      const text = createExportText(exportMessages(), lng);
      return text.planText('riskDetail', risk.code, namesFor(project, plan.waves, text, plan.moveGroups).params(risk.params), risk.detail);
    };
    expect(detail('zh-CN')).toContain('Open API gateway (partners, app)、Order service、Product catalogue service、Device registry and shadow API +1 之间跨云调用');
    expect(detail('en')).toContain('Open API gateway (partners, app), Order service, Product catalogue service, Device registry and shadow API +1 call each other');
  });

  it('lists the workloads of a cutover in the calendar and what a ticket waits for', () => {
    const ics = planIcs(project, plan, options('zh-CN')).replace(/\r\n /g, '');
    const wave = plan.waves.find((w) => w.workloadIds.length >= 3)!;
    const names = wave.workloadIds.map((id) => project.workloads.find((w) => w.id === id)!.name);
    expect(ics).toContain(formatList('zh-CN', names).replace(/[,;]/g, (c) => `\\${c}`));
    const [file] = jiraCsv(project, plan, options('zh-CN'));
    expect(file!).toContain('前置：试点、第 1 波和第 2 波。');
    expect(file!).toContain('前置：Realtime telemetry jobs (Flink) (第 5 波)和Notification functions (SMS, email, push) (第 6 波)。');
  });
});

/**
 * The default risk register's words in Chinese documents: each sample's Markdown report in zh-CN
 * names every register entry in Chinese (the register table, the Summary's drivers) with its
 * mitigation in Chinese, and a title the user edited is printed as written.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { exportMessages } from '../../../electron/cli/export-messages';
import { reportMarkdown } from '../../../shared/export/markdown';
import { buildReportModel } from '../../../shared/export/report-model';
import { DEFAULT_RISK_TITLES, DEFAULT_RISK_WORDS, defaultRiskRegister, defaultRiskTitleCode } from '../../../shared/model';
import { planProject } from '../../../shared/plan/plan-project';
import { options, samplePlan, SAMPLES } from './helpers';

type RegisterCatalog = Record<'registerTitle' | 'registerDetail' | 'registerMitigation', Record<string, string>>;
const catalog = (lng: string) => exportMessages()[lng]!.plan as RegisterCatalog;
// Read in each test, not while the file is collected: Stryker credits that work to no test.
let zhTitles: Record<string, string>;
beforeEach(() => {
  zhTitles = catalog('zh-CN').registerTitle;
});
const words: Readonly<Record<string, { title: string; description: string; mitigation?: string }>> = DEFAULT_RISK_WORDS;
const englishMitigations = Object.values(words).flatMap((w) => (w.mitigation ? [w.mitigation] : []));

describe('default risk register titles in documents', () => {
  it('every default title, detail and mitigation has a Chinese one, and the English catalogue says what the register says', () => {
    const zh = catalog('zh-CN');
    const en = catalog('en');
    const missing: string[] = [];
    for (const [code, w] of Object.entries(words)) {
      if (!zh.registerTitle[code]) missing.push(`title ${code}`);
      if (!zh.registerDetail[code]) missing.push(`detail ${code}`);
      if (w.mitigation && !zh.registerMitigation[code]) missing.push(`mitigation ${code}`);
      expect(en.registerTitle[code]).toBe(w.title);
      expect(en.registerDetail[code]).toBe(w.description);
      expect(en.registerMitigation[code]).toBe(w.mitigation);
    }
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(SAMPLES) as (keyof typeof SAMPLES)[])('%s: the Chinese Markdown names no register risk in English', (which) => {
    const { project, plan } = samplePlan(which);
    const register = project.risks ?? defaultRiskRegister(project);
    expect(register.length).toBeGreaterThan(0);
    const md = reportMarkdown(buildReportModel(project, plan, options('zh-CN')), project.calendar.workingDays);
    const english = [...Object.values(DEFAULT_RISK_TITLES), ...englishMitigations].filter((text) => md.includes(text));
    expect(english).toEqual([]);
    for (const entry of register) expect(md, entry.id).toContain(zhTitles[defaultRiskTitleCode(entry.title)!.code]);
    // English documents keep the English titles.
    const en = reportMarkdown(buildReportModel(project, plan, options('en')), project.calendar.workingDays);
    for (const entry of register) expect(en).toContain(entry.title);
  });

  it('prints a title the user edited as written', () => {
    const { project } = samplePlan('small');
    const register = defaultRiskRegister(project);
    const edited = { ...project, risks: register.map((r, i) => (i === 0 ? { ...r, title: 'Our DBA team is on leave in May' } : r)) };
    const md = reportMarkdown(buildReportModel(edited, planProject(edited, { runs: 200 }), options('zh-CN')), edited.calendar.workingDays);
    expect(md).toContain('Our DBA team is on leave in May');
    expect(md).not.toContain(zhTitles[defaultRiskTitleCode(register[0]!.title)!.code]);
  });
});

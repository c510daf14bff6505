import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../../shared/export/docx';
import { buildReportModel } from '../../../shared/export/report-model';
import { options, samplePlan, sh, tool } from './helpers';

const lo = tool('libreoffice', '/usr/bin/libreoffice');

describe('DOCX report', () => {
  const { project, plan } = samplePlan('mid');

  it('sets Chinese text in YaHei, marked as Chinese, in an English report too (an Alibaba estate names workloads in Chinese)', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const zip = await JSZip.loadAsync(await reportDocx(buildReportModel(project, plan, options(lang))));
      const styles = await zip.file('word/styles.xml')!.async('string');
      const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)![0];
      expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
      expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Calibri"/);
      expect(defaults).toMatch(new RegExp(`<w:lang [^>]*w:val="${lang === 'en' ? 'en-US' : 'zh-CN'}"[^>]*w:eastAsia="zh-CN"`));
    }
  });

  lo.itWith('LibreOffice reads real headings and tables, and prints it to PDF, in both languages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decamp-docx-'));
    for (const lang of ['en', 'zh-CN'] as const) {
      const file = join(dir, `report-${lang}.docx`);
      writeFileSync(file, await reportDocx(buildReportModel(project, plan, options(lang))));
      const env = `-env:UserInstallation=file://${dir}/lo`;
      sh('libreoffice', ['--headless', env, '--convert-to', 'html:HTML (StarWriter)', '--outdir', dir, file]);
      const html = readFileSync(join(dir, `report-${lang}.html`), 'utf8');
      const h1 = [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
      const headings = lang === 'en' ? ['Executive summary', 'Timeline', 'Waves', 'Runbook summary', 'Risks and mitigations', 'Scenarios compared', 'Assumptions and sources', 'Appendix: inventory'] : ['执行摘要', '时间线', '迁移波次', '操作手册摘要', '风险与缓解措施', '方案对比', '假设与来源', '附录：资源清单'];
      expect(h1).toEqual(headings);
      expect((html.match(/<table/g) ?? []).length).toBeGreaterThan(plan.waves.length * 2);
      sh('libreoffice', ['--headless', env, '--convert-to', 'pdf', '--outdir', dir, file]);
      const text = sh('pdftotext', ['-layout', join(dir, `report-${lang}.pdf`), '-']);
      expect(text).toContain(lang === 'en' ? 'P80 (commit)' : 'P80（承诺）');
      // A pilot workload's name, from the document's text (a PDF table cell may wrap a long name).
      expect(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(project.workloads.find((w) => plan.waves[0]!.workloadIds.includes(w.id))!.name);
      expect(text).toMatch(lang === 'en' ? /Page 2 of \d+/ : /第 2 页，共 \d+ 页/);
      // The timeline's month table: a year above its months, each month by its number on one line
      // ('Jan 2027' in a 15 pt column broke into a letter per line), and words that describe the table, not the chart.
      expect(text).toMatch(/\b1\s+2\s+3\s+4\s+5\s+6\s+7\s+8\s+9\s+10\s+11\s+12\b/);
      expect(text.replace(/\s+/g, '')).toContain(lang === 'en' ? 'Eachrowisaphaseoramilestone' : '每行是确定性计划的一个阶段或里程碑');
      expect(text).not.toContain(lang === 'en' ? 'one lane per team' : '每个团队一行');
    }
  }, 300_000);
});

import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planXlsx } from '../../../shared/export/xlsx';
import { datedSteps } from '../../../shared/layout/timeline/step-dates';
import { workingDaysBetween } from '../../../shared/plan/calendar';
import { options, samplePlan, sh, tool } from './helpers';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

const lo = tool('libreoffice', '/usr/bin/libreoffice');

describe('XLSX workbook', () => {
  const { project, plan } = samplePlan('mid');

  it('has the eight sheets, in English and in Chinese', async () => {
    const en = await read(await planXlsx(project, plan, options('en')));
    expect(en.worksheets.map((s) => s.name)).toEqual(['Summary', 'Inventory', 'Dependencies', 'Waves', 'Wave teams', 'Tasks', 'Risks', 'Assumptions']);
    const zh = await read(await planXlsx(project, plan, options('zh-CN')));
    expect(zh.worksheets.map((s) => s.name)).toEqual(['摘要', '资源清单', '依赖关系', '迁移波次', '波次团队', '任务', '风险', '假设']);
    expect(zh.getWorksheet('迁移波次')!.getCell('A1').value).toBe('波次');
  });

  it('stores dates as dates and figures as numbers, with frozen headers, filters and widths', async () => {
    const book = await read(await planXlsx(project, plan, options('en')));
    const waves = book.getWorksheet('Waves')!;
    expect(waves.rowCount).toBe(plan.waves.length + 2); // header, waves, totals
    const start = waves.getCell('C2').value;
    expect(start).toBeInstanceOf(Date);
    expect((start as Date).toISOString().slice(0, 10)).toBe(plan.waves[0]!.start);
    expect(waves.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(typeof waves.getCell('B2').value).toBe('number');
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
      expect(sheet.getColumn(1).width, sheet.name).toBeGreaterThan(8);
      // Printed: one page wide, landscape, the header on every page.
      expect(sheet.pageSetup, sheet.name).toMatchObject({ fitToPage: true, fitToWidth: 1, orientation: 'landscape' });
    }
    const summary = book.getWorksheet('Summary')!;
    expect((summary.getCell('B3').value as Date).toISOString().slice(0, 10)).toBe(plan.schedule.p80End);
    expect(summary.getCell('B8').value).toBe(plan.cost.labour);
  });

  it('totals with formulas whose cached results match the data', async () => {
    const book = await read(await planXlsx(project, plan, options('en')));
    const inv = book.getWorksheet('Inventory')!;
    const last = inv.rowCount;
    const total = inv.getCell(`L${last}`).value as { formula: string; result: number };
    expect(total.formula).toBe(`SUBTOTAL(109,L2:L${last - 1})`);
    expect(total.result).toBeCloseTo(project.workloads.reduce((s, w) => s + w.monthlyCost, 0), 2);
    const tasks = book.getWorksheet('Tasks')!;
    const steps = plan.waves.reduce((n, w) => n + w.runbook.length, 0);
    expect(tasks.rowCount).toBe(steps + 1);
    // Each step's working days on the project's calendar, as the plan counts them (a Spring Festival step loses its holidays).
    const steps2 = datedSteps(plan, project.calendar);
    steps2.forEach((step, i) => expect(tasks.getCell(`G${i + 2}`).value, step.step.id).toBe(workingDaysBetween(project.calendar, step.start, step.end)));
    const weekdays = (a: string, b: string) => {
      let n = 0;
      for (let d = Date.parse(`${a}T00:00:00Z`); d <= Date.parse(`${b}T00:00:00Z`); d += 86_400_000) if (![0, 6].includes(new Date(d).getUTCDay())) n++;
      return n;
    };
    expect(steps2.some((s) => workingDaysBetween(project.calendar, s.start, s.end) !== weekdays(s.start, s.end)), 'a step spans a holiday').toBe(true);
  });

  it('says where every moving workload goes: its wave, or the landing zone for the platform pieces, with its target', async () => {
    expect(plan.foundation.workloadIds.length).toBeGreaterThan(0);
    const inv = (await read(await planXlsx(project, plan, options('en')))).getWorksheet('Inventory')!;
    const header = (inv.getRow(1).values as unknown[]).slice(1);
    expect(inv.getRow(1).alignment).toMatchObject({ wrapText: true });
    const [idCol, waveCol, targetCol] = ['Id', 'Wave', 'Moves to'].map((h) => header.indexOf(h) + 1);
    const excluded = new Set(plan.excluded);
    for (let r = 2; r < inv.rowCount; r++) {
      const id = String(inv.getCell(r, idCol!).value);
      if (excluded.has(id)) continue;
      const wave = String(inv.getCell(r, waveCol!).value ?? '');
      expect(wave, id).toBe(plan.foundation.workloadIds.includes(id) && !plan.waves.some((w) => w.workloadIds.includes(id)) ? 'Foundation (landing zone)' : plan.waves.find((w) => w.workloadIds.includes(id))!.name);
      expect(String(inv.getCell(r, targetCol!).value ?? ''), id).not.toBe('');
    }
  });

  lo.itWith('opens in LibreOffice without error and its text is there (English and Chinese)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decamp-xlsx-'));
    for (const lang of ['en', 'zh-CN'] as const) {
      const file = join(dir, `plan-${lang}.xlsx`);
      writeFileSync(file, await planXlsx(project, plan, options(lang)));
      sh('libreoffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,4', '--outdir', dir, file]);
      const csv = join(dir, `plan-${lang}-Waves.csv`);
      const alt = join(dir, `plan-${lang}-${lang === 'en' ? 'Waves' : '迁移波次'}.csv`);
      const text = readFileSync(existsSync(csv) ? csv : alt, 'utf8');
      expect(text).toContain(plan.waves[0]!.start);
      expect(text).toContain(lang === 'en' ? 'Pilot' : '试点');
    }
  }, 240_000);
});

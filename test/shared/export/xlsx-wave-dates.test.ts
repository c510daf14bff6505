/**
 * The workbook's Waves sheet: each wave's P50, P80 and P95 end dates under headers that say which,
 * read back from the file. An emptied P80 header survived every export spec (mutation sample,
 * docs/testing.md): the column of dates a reader commits to had no name.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planXlsx } from '../../../shared/export/xlsx';
import { options, samplePlan } from './helpers';

describe('XLSX Waves sheet percentile dates', () => {
  it('heads the P50, P80 and P95 columns and holds each wave\u2019s dates under them', async () => {
    const { project, plan } = samplePlan('mid');
    const bytes = await planXlsx(project, plan, options('en'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = book.getWorksheet('Waves')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const at = (h: string) => header.indexOf(h) + 1;
    expect([at('P50'), at('P80'), at('P95')].every((c) => c > 0)).toBe(true);
    expect(header.every((h) => typeof h === 'string' && h.length > 0 && !h.includes('export:'))).toBe(true);
    plan.waves.forEach((w, i) => {
      const day = (c: number) => (sheet.getRow(i + 2).getCell(c).value as Date).toISOString().slice(0, 10);
      expect([day(at('P50')), day(at('P80')), day(at('P95'))], w.name).toEqual([w.p50End, w.p80End, w.p95End]);
    });
  });
});

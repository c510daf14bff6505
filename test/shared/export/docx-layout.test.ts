/**
 * The Word report as Word shows it, read from its document XML: the page and its margins, headings
 * on new pages, tables as wide as the text with a bold header row that repeats, numbers to the
 * right, the committed figure bold and shaded, a note on its own line, bullets, grey leads, and the
 * footer's page numbers. Answers from the page sizes (A4 11906 x 16838, Letter 12240 x 15840
 * twentieths of a point), the 1000-twip margins and the plan's own dates.
 */
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../../shared/export/docx';
import { buildReportModel } from '../../../shared/export/report-model';
import { paragraphs, readDocx, tables, texts, type DocxDocument, type DocxTable } from './docx-xml';
import { enDate, options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');
const docx = async (extra: Parameters<typeof options>[1] = {}, lang: 'en' | 'zh-CN' = 'en'): Promise<DocxDocument> => readDocx(await reportDocx(buildReportModel(project, plan, options(lang, extra))));
const tableAfter = (doc: DocxDocument, heading: string): DocxTable => {
  const at = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === heading);
  return doc.blocks.slice(at).find((b): b is DocxTable => b.kind === 'table')!;
};

describe('DOCX report layout', () => {
  it('puts the title in Word’s Title style and each section in a Heading 1 on a page of its own', async () => {
    const doc = await docx();
    const title = paragraphs(doc)[0]!;
    expect(title).toMatchObject({ style: 'Title', text: 'Migration plan: E-commerce and IoT platform: Alibaba Cloud to AWS China' });
    expect(paragraphs(doc)[1]).toMatchObject({ text: 'From Alibaba Cloud to AWS', color: '52606D' });
    const h1 = paragraphs(doc).filter((p) => p.style === 'Heading1');
    expect(h1.map((p) => p.text)).toEqual(['Executive summary', 'Timeline', 'Waves', 'Runbook summary', 'Risks and mitigations', 'Scenarios compared', 'Assumptions and sources', 'Appendix: inventory']);
    // After a cover every section starts a page; without one the first section follows the title.
    expect(h1.every((p) => p.pageBreakBefore)).toBe(true);
    const bare = paragraphs(await docx({ sections: ['summary', 'risks'] })).filter((p) => p.style === 'Heading1');
    expect(bare.map((p) => [p.text, p.pageBreakBefore])).toEqual([
      ['Executive summary', false],
      ['Risks and mitigations', true],
    ]);
    expect(paragraphs(doc).filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain('Top risks');
  });

  it('sets the paper with 1000-twip margins, every table as wide as the text between them, its columns equal', async () => {
    for (const [paper, width, height] of [
      ['a4', 11906, 16838],
      ['letter', 12240, 15840],
    ] as const) {
      const doc = await docx({ paper, sections: ['summary', 'risks', 'inventory'] });
      expect(doc.page).toEqual({ width, height, margins: [1000, 1000, 1000, 1000] });
      const text = width - 2000;
      for (const t of tables(doc)) {
        expect(t.width, paper).toBe(text);
        const col = Math.floor(text / t.columns.length);
        expect(t.columns, paper).toEqual(t.columns.map(() => col));
        for (const row of t.rows) for (const c of row.cells) expect(c.width).toBe(col);
      }
    }
  });

  it('gives a table a bold header row on grey that repeats on each page, plain rows that never split, numbers on the right', async () => {
    const phases = tableAfter(await docx({ sections: ['timeline'] }), 'Phase');
    const [header, ...body] = phases.rows;
    expect(header!.header).toBe(true);
    expect(header!.cells.map((c) => [c.text, c.bold, c.fill, c.align])).toEqual([
      ['Phase', true, 'F5F7FA', 'left'],
      ['Start', true, 'F5F7FA', 'left'],
      ['End', true, 'F5F7FA', 'left'],
      ['Working days', true, 'F5F7FA', 'right'],
    ]);
    expect(body).toHaveLength(plan.schedule.phases.length);
    body.forEach((row, i) => {
      const p = plan.schedule.phases[i]!;
      expect(row.header).toBe(false);
      expect(row.cantSplit).toBe(true);
      expect(row.cells.slice(1).map((c) => c.text)).toEqual([enDate(p.start), enDate(p.end), String(p.workingDays)]);
      expect(row.cells.map((c) => [c.bold, c.fill, c.align])).toEqual([
        [false, '', 'left'],
        [false, '', 'left'],
        [false, '', 'left'],
        [false, '', 'right'],
      ]);
    });
  });

  it('writes the summary figures label beside value, the committed date bold and shaded, a note on a smaller second line', async () => {
    for (const level of ['p80', 'p50'] as const) {
      const doc = await docx({ sections: ['summary'], confidence: level });
      const figures = tables(doc)[0]!;
      expect(figures.rows.every((r) => !r.header)).toBe(true);
      const P = level.toUpperCase();
      expect(texts(figures)).toEqual([
        ['P50 (even odds)', enDate(plan.schedule.p50End)],
        ['P80 (commit)', enDate(plan.schedule.p80End)],
        ['P95 (cautious)', enDate(plan.schedule.p95End)],
        ['Deterministic plan (every estimate at its most likely)', `${enDate(plan.schedule.deterministicEnd)}\nOnly ${Math.round(plan.schedule.deterministicPercentile)}% of the simulated runs finish by the deterministic date.`],
        [`Contingency to ${P}`, expect.stringMatching(/^\d+ working days$/)],
      ]);
      const committed = level === 'p80' ? 1 : 0;
      figures.rows.forEach((row, i) => {
        for (const c of row.cells) expect([level, i, c.bold, c.fill]).toEqual([level, i, i === committed, i === committed ? 'EEF4FB' : '']);
      });
      expect(figures.rows[3]!.cells[1]!.sizes).toEqual([19, 17]);
      const lead = paragraphs(doc).find((p) => p.text.startsWith('Dates committed at'))!;
      expect(lead.text).toBe(`Dates committed at ${P}: ${level === 'p80' ? 80 : 50}% of the simulated runs finished by then.`);
      expect(lead.color).toBe('52606D');
    }
  });

  it('lists the top risks as bullets, the scenario chart by its words in italics, and numbers the pages in the footer', async () => {
    const doc = await docx();
    const at = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === 'Top risks');
    const bullets = doc.blocks.slice(at + 1, at + 6);
    expect(bullets.every((b) => b.kind === 'paragraph' && b.bullet && b.style === 'ListParagraph')).toBe(true);
    expect((bullets[0] as { text: string }).text).toMatch(/^Critical: RAM users, roles and AccessKeys is a single point of failure\. Give/);
    expect(paragraphs(doc).filter((p) => p.bullet && p.text.startsWith('High: ')).length).toBeGreaterThanOrEqual(4);
    const chart = paragraphs(doc).find((p) => p.text === 'Simulated end dates of the baseline and 2 scenarios, overlaid')!;
    expect([chart.italic, chart.color]).toEqual([true, '52606D']);
    expect(paragraphs(doc).find((p) => p.text === 'Executive summary')!.italic).toBe(false);
    expect(doc.footer).toEqual(['Page ', '{PAGE}', ' of ', '{NUMPAGES}', '']);
    expect((await docx({ sections: ['summary'] }, 'zh-CN')).footer).toEqual(['第 ', '{PAGE}', ' 页，共 ', '{NUMPAGES}', ' 页']);
  });
});

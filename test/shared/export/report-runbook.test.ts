/**
 * The report's runbook part: for each wave a table with one row per phase its runbook has steps
 * in, in runbook order, with the number of steps, under headers the reader can read in both
 * languages; and the wave part's workload table under its headers. Emptying those rows (a runbook
 * section left blank) or a header survived every export spec (mutation sample, docs/testing.md).
 * Expected counts come from the plan's own runbooks, the headers are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/export/report-model';
import { options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');
const PHASES = ['prepare', 'replicate', 'test', 'rehearse', 'cutover', 'hypercare', 'decommission'] as const;
const PHASE_NAMES = {
  en: ['Prepare', 'Replicate', 'Test', 'Rehearse', 'Cut over', 'Hypercare', 'Decommission'],
  'zh-CN': ['准备', '复制', '测试', '演练', '切换', '护航', '下线'],
} as const;

const tables = (locale: 'en' | 'zh-CN', part: string) =>
  buildReportModel(project, plan, options(locale)).parts.find((p) => p.id === part)!.blocks.flatMap((b) => (b.type === 'table' ? [b] : []));

describe('the report’s runbook tables', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`list, in ${locale}, each phase a wave has steps in, with its step count`, () => {
      const runbook = tables(locale, 'runbook');
      expect(runbook).toHaveLength(plan.waves.length);
      plan.waves.forEach((wave, k) => {
        const expected = PHASES.flatMap((phase, i) => {
          const n = wave.runbook.filter((s) => s.phase === phase).length;
          return n > 0 ? [[PHASE_NAMES[locale][i], String(n)]] : [];
        });
        expect(expected.length).toBeGreaterThan(0);
        expect(runbook[k]!.rows.map((r) => [r[0], r[3]])).toEqual(expected);
      });
      const headers = locale === 'en' ? ['Phase', 'Start', 'End', 'Count', 'Step'] : ['阶段', '开始', '结束', '数量', '步骤'];
      for (const table of runbook) expect(table.columns.map((c) => c.label)).toEqual(headers);
    });
  }
});

describe('the report’s wave workload tables', () => {
  it('carry their headers in both languages', () => {
    const en = tables('en', 'waves').filter((t) => t.columns[0]!.label === 'Workload');
    expect(en).toHaveLength(plan.waves.length);
    for (const table of en) expect(table.columns.map((c) => c.label)).toEqual(['Workload', 'Kind', 'Strategy', 'Criticality', 'Moves to', 'Team', 'Effort (person-days)']);
    const zh = tables('zh-CN', 'waves').filter((t) => t.columns[0]!.label === '工作负载');
    expect(zh).toHaveLength(plan.waves.length);
    for (const table of zh) expect(table.columns.map((c) => c.label)).toEqual(['工作负载', '类型', '策略', '重要性', '迁移目标', '团队', '工作量（人天）']);
  });
});

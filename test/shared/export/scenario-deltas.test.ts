/**
 * The scenario table's end dates say which way each scenario moves them: "earlier" for one that
 * finishes sooner, "later" for one that finishes after the baseline, nothing for the baseline. The
 * sample's two scenarios both finish sooner, so a table that only ever said "earlier" passed.
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel, type ReportBlock } from '../../../shared/export/report-model';
import { options, samplePlan } from './helpers';

const { project: base, plan } = samplePlan('mid');
// Commerce, the team owning the most workloads, loses two of its three engineers.
const project = { ...base, scenarios: [{ id: 'fewer', name: 'Two fewer engineers', changes: [{ kind: 'team' as const, teamId: 'commerce', addEngineers: -2 }] }] };

describe('scenario deltas in the report', () => {
  it('say "later" for a scenario that finishes after the baseline, in both languages', () => {
    const rows = (lang: 'en' | 'zh-CN') => {
      const part = buildReportModel(project, plan, options(lang)).parts.find((p) => p.id === 'scenarios')!;
      return part.blocks.find((b): b is Extract<ReportBlock, { type: 'table' }> => b.type === 'table')!.rows;
    };
    const en = rows('en');
    for (const label of ['P50 end', 'P80 end', 'P95 end']) {
      const row = en.find((r) => r[0] === label)!;
      expect(row[1]).not.toMatch(/earlier|later/);
      expect(row[2]).toMatch(/ \(\d+ working days later\)$/);
    }
    expect(rows('zh-CN').find((r) => r[0]!.startsWith('P80'))![2]).toMatch(/\d日（推迟 \d+ 个工作日）$/);
  });
});

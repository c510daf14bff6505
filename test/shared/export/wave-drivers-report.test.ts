/**
 * The report's waves section says, for each wave, what moves its P80 end most: the engine's
 * per-wave drivers (simulation.waves[].drivers) with the working days each adds, in the
 * document's language, and nothing for a wave nothing moves.
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/export/report-model';
import { reportMarkdown } from '../../../shared/export/markdown';
import { options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');

function waveFigures(lang: 'en' | 'zh-CN') {
  const part = buildReportModel(project, plan, options(lang)).parts.find((p) => p.id === 'waves')!;
  return part.blocks.flatMap((b) => (b.type === 'figures' ? [b.items] : []));
}

describe("each wave's drivers in the report", () => {
  it('name the three sources that move its P80 end most, with the working days each adds', () => {
    const figures = waveFigures('en');
    expect(figures).toHaveLength(plan.waves.length);
    plan.waves.forEach((wave, i) => {
      const moved = plan.simulation.waves.find((w) => w.waveId === wave.id)!.drivers.slice(0, 3);
      const shown = figures[i]!.find((f) => f.label === 'What moves its P80 end most (working days each adds)');
      if (moved.length === 0) {
        expect(shown).toBeUndefined();
        return;
      }
      const words = moved.map((m) => `${plan.simulation.drivers.find((d) => d.id === m.id)!.title} (+${m.daysAtP80.toLocaleString('en', { maximumFractionDigits: 1 })})`);
      expect(shown!.value).toBe(words.join('; '));
    });
    expect(figures.some((items) => items.some((f) => f.label.startsWith('What moves its P80')))).toBe(true);
  });

  it('read in Chinese, with Chinese words for the sources and the risks', () => {
    const figures = waveFigures('zh-CN').flatMap((items) => items.filter((f) => f.label === '推迟其 P80 完成日最多的因素（各自增加的工作日）'));
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.value).toMatch(/（\+[\d.]+）/);
      // Source and risk names are the catalogue's Chinese, not the engine's English titles.
      expect(f.value).not.toMatch(/[A-Za-z]{4,}/);
    }
  });

  it('are in the Markdown report too', () => {
    const md = reportMarkdown(buildReportModel(project, plan, options('en')), project.calendar.workingDays);
    expect(md).toContain('What moves its P80 end most (working days each adds)');
  });
});

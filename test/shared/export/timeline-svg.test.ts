/**
 * The report's timeline picture as a reader sees it: the lanes' labels (the program's sections, each
 * team by name, phase names cut at 30 characters), each phase's bar titled with its name and dates
 * from the plan, each wave's P50 · P80 · P95 band, the cutovers as white diamonds and the program's
 * milestones as black ones on their dates, in English and in Chinese.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { exportMessages } from '../../../electron/cli/export-messages';
import { buildReportModel, type ReportBlock } from '../../../shared/export/report-model';
import { enDate, options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');
const svgOf = (lang: 'en' | 'zh-CN') => (buildReportModel(project, plan, options(lang, { sections: ['timeline'] })).parts[0]!.blocks.find((b) => b.type === 'timeline') as Extract<ReportBlock, { type: 'timeline' }>).svg;
const all = (svg: string, re: RegExp) => [...svg.matchAll(re)].map((m) => m[1]!.replace(/&amp;/g, '&'));
const sections = (svg: string) => all(svg, /<text x="4" [^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g);
const lanes = (svg: string) => all(svg, /<text x="\d+(?:\.\d)?" y="[\d.]+" text-anchor="end" fill="#1f2933">([^<]*)<\/text>/g);
const titles = (svg: string) => all(svg, /<title>([^<]*)<\/title>/g);

describe('timeline picture', () => {
  // Drawn in each test, not while the file is collected: Stryker credits that work to no test.
  let en: string;
  beforeEach(() => {
    en = svgOf('en');
  });

  it('labels the sections and lanes: the program, each team by name, hypercare, decommission and the end', () => {
    expect(sections(en)).toEqual(['Program', 'Waves', 'Hypercare and decommission']);
    const clip = (s: string) => (s.length > 30 ? `${s.slice(0, 29)}…` : s);
    expect(lanes(en)).toEqual([
      'Assess',
      'Foundation (landing zone)',
      clip('ICP filing with the new provider'),
      'MLPS 2.0 level 2 re-assessment',
      clip('Dedicated line or interconnect port'),
      clip('Accounts, contracts and quotas: AWS'),
      clip('Security and compliance sign-off'),
      ...project.teams.map((t) => t.name),
      'Hypercare',
      'Decommission the source',
      'Program end',
    ]);
    expect(lanes(en)[2]).toBe('ICP filing with the new provi…');
  });

  it('labels the sections in Chinese from the Chinese catalogue, teams as the project names them', () => {
    const zhExport = exportMessages()['zh-CN']!.export as { timeline: { lane: Record<string, string>; programEnd: string; hypercare: string }; wave: { pilot: string } };
    const lane = zhExport.timeline;
    const zh = svgOf('zh-CN');
    expect(sections(zh)).toEqual([lane.lane.program, lane.lane.waves, lane.lane.closing]);
    expect(sections(zh).every((s) => /[\u4e00-\u9fff]/.test(s))).toBe(true);
    expect(lanes(zh)).toEqual(expect.arrayContaining([...project.teams.map((t) => t.name), lane.programEnd]));
    expect(lanes(zh)[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(lanes(zh)).toContain(lane.hypercare);
    // The pilot's bars are titled with its Chinese name.
    expect(titles(zh).filter((x) => x.startsWith(`${zhExport.wave.pilot}：`) || x.startsWith(`${zhExport.wave.pilot}: `))).toHaveLength(plan.waves[0]!.teams.length);
  });

  it("titles each phase's bar with its name and the plan's dates, and each wave's band with its P50, P80 and P95", () => {
    const t = titles(en);
    for (const p of plan.schedule.phases.filter((x) => x.kind !== 'wave' && x.kind !== 'pilot' && x.kind !== 'rehearsal')) {
      const name = p.kind === 'hypercare' ? `Hypercare: ${plan.waves.find((w) => w.id === p.waveId)!.name}` : undefined;
      expect(t.some((x) => x.endsWith(`: ${enDate(p.start)} – ${enDate(p.end)}`) && (name === undefined || x.startsWith(name))), p.id).toBe(true);
    }
    expect(t).toContain(`Assess: ${enDate(plan.schedule.phases[0]!.start)} – ${enDate(plan.schedule.phases[0]!.end)}`);
    for (const w of plan.waves) {
      for (const part of w.teams) expect(t.some((x) => x.startsWith(`${w.name}: ${enDate(part.start)} – `)), `${w.name} ${part.teamId}`).toBe(true);
      expect(t, w.name).toContain(`P50 ${enDate(w.p50End)} · P80 ${enDate(w.p80End)} · P95 ${enDate(w.p95End)}`);
    }
    // Critical phases in red, the others in blue.
    expect(en).toMatch(/rx="2" fill="#c0392b"><title>Assess: /);
    expect(en).toMatch(/rx="2" fill="#3b6ea8"><title>ICP filing/);
  });

  it('marks each team’s cutover with a white diamond and the program milestones with black ones, on their dates', () => {
    const diamonds = [...en.matchAll(/<path d="[^"]+" fill="(#[0-9a-f]+)"[^>]*><title>([^<]+)<\/title><\/path>/g)].map((m) => [m[1], m[2]]);
    const cutovers = plan.waves.flatMap((w) => w.teams.map(() => enDate(w.cutover.start)));
    expect(diamonds.filter(([fill]) => fill === '#ffffff').map(([, d]) => d).sort()).toEqual(cutovers.sort());
    const program = plan.schedule.milestones.filter((m) => !m.code.endsWith('Cutover')).map((m) => enDate(m.date));
    expect(diamonds.filter(([fill]) => fill === '#2d2d2d').map(([, d]) => d)).toEqual(program);
    expect(program.length).toBeGreaterThan(1);
  });
});

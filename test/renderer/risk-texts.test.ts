/**
 * Every risk the planner reports reads in the user's language: each kind (RISK_CODES) has a title,
 * a detail and a mitigation in English and Chinese, and planning each sample in zh-CN leaves no
 * English in a risk's texts beyond the names and values it quotes (workloads, services, regions).
 */
import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { paramNamer } from '../../shared/export/names';
import { planProject } from '../../shared/plan';
import { RISK_CODES, type Risk } from '../../shared/plan/types';
import { loadSample, SAMPLES } from '../../shared/samples';
import { resolveAssumptions } from '../../shared/plan/assumptions';
import { findCrossCloudLinks } from '../../shared/plan/cross-cloud';
import { finishRisks, risksAhead } from '../../shared/plan/risks';
import type { Project } from '../../shared/model/schema';
import { bundledResources } from '../../renderer/src/i18n';
import { datedWaves, dep, fakeEstimates, makeProject, makeWorkload, runGraphPhases } from '../shared/plan/arbitraries';
import { planText } from '../../renderer/src/i18n/plan-text';

const KINDS = ['risk', 'riskDetail', 'riskMitigation'] as const;
/** Words a Chinese text keeps: product names and terms Chinese writes in Latin letters (自建机房（IDC）). */
const KEPT = new Set(['AccessKey', 'Mbit', 'IDC']);

async function translator(lng: string): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, fallbackLng: 'en', resources: bundledResources(), interpolation: { escapeValue: false }, showSupportNotice: false });
  return i18n.t.bind(i18n);
}

/** What a risk shows, as the Risks view renders it (names for ids, the reader's wave names). */
function shown(t: TFunction, named: (p: Risk['params']) => Risk['params'], r: Risk) {
  const params = named(r.params);
  return { title: planText(t, 'risk', r.code, params, r.title), detail: planText(t, 'riskDetail', r.code, params, r.detail), mitigation: planText(t, 'riskMitigation', r.code, params, r.mitigation), params };
}

/** English words left once the quoted values (names, services, sizes) are taken out. */
function englishIn(text: string, values: readonly string[]): string[] {
  let rest = text;
  for (const v of [...values].sort((a, b) => b.length - a.length)) if (v.length > 0) rest = rest.split(v).join(' ');
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !KEPT.has(w));
}

describe('risk texts', () => {
  const resources = bundledResources() as Record<string, Record<string, Record<string, Record<string, string>>>>;

  it.each(['en', 'zh-CN'])('%s: every risk kind has a title, a detail and a mitigation', (lng) => {
    const plan = resources[lng]!.plan!;
    const missing: string[] = [];
    for (const kind of KINDS) {
      const keys = Object.keys(plan[kind] ?? {}).map((k) => k.replace(/_(one|other)$/, ''));
      for (const code of RISK_CODES) if (!keys.some((k) => k === code || k.startsWith(`${code}_`))) missing.push(`${kind}.${code}`);
    }
    expect(missing).toEqual([]);
  });

  it.each(SAMPLES.map((s) => s.id))('%s planned in zh-CN: no risk text in English', async (id) => {
    const project = loadSample(id);
    const plan = planProject(project, { runs: 200 });
    const t = await translator('zh-CN');
    const named = paramNamer(project, plan, (w) => w.name);
    expect(plan.risks.length).toBeGreaterThan(0);
    const english: string[] = [];
    for (const r of plan.risks) {
      // A code the catalogs do not know would fall back to the engine's English.
      expect(RISK_CODES, r.id).toContain(r.code);
      const { title, detail, mitigation, params } = shown(t, named, r);
      const values = [...Object.values(params).map(String), ...r.workloadIds.map((w) => project.workloads.find((x) => x.id === w)?.name ?? w)];
      for (const [part, text] of Object.entries({ title, detail, mitigation })) {
        expect(text, `${r.id} ${part}`).not.toBe(part === 'title' ? r.title : part === 'detail' ? r.detail : r.mitigation);
        const words = englishIn(text, values);
        if (words.length > 0) english.push(`${r.id} ${part}: ${words.join(' ')} in "${text}"`);
        if (/\{\{|\$t\(/.test(text)) english.push(`${r.id} ${part}: unresolved placeholder in "${text}"`);
      }
    }
    expect(english).toEqual([]);
  });

  it('kinds the samples do not raise read in Chinese too, with every param their texts need', async () => {
    const t = await translator('zh-CN');
    const base = makeProject();
    const projects: Project[] = [
      makeProject({
        project: { ...base.project, defaultTargets: ['self-hosted'] },
        teams: [
          { id: 'core', name: 'Core', engineers: 1 },
          { id: 'web', name: 'Web', engineers: 6 },
        ],
        workloads: [
          makeWorkload('cdn', { kind: 'network', sourceService: 'alibaba.cdn', team: 'web' }),
          makeWorkload('lake', { kind: 'storage', sourceService: 'alibaba.oss', size: { instances: 1, dataGb: 50_000, dailyChangeGb: 10 }, team: 'web' }),
          makeWorkload('pay', { criticality: 'mission-critical', downtimeTolerance: 'zero' }),
          makeWorkload('ledger', { criticality: 'mission-critical', size: { instances: 1, dataGb: 500, dailyChangeGb: 9_000 } }),
        ],
      }),
      makeProject({
        workloads: [makeWorkload('app', { criticality: 'high' }), makeWorkload('erp', { strategy: 'retain' })],
        dependencies: [dep('app', 'erp', { coupling: 'tight' })],
        calendar: { ...base.calendar, freezeWindows: [{ id: 'cny', name: 'Spring Festival', start: '2020-01-01', end: '2040-03-01' }] },
        pins: [{ id: 'p', workloadId: 'app', wave: 0 }],
      }),
    ];
    const seen = new Set<string>();
    const english: string[] = [];
    for (const project of projects) {
      const estimates = fakeEstimates(project, (w) => (w.id === 'pay' ? 30 : 1));
      if (estimates.cdn) estimates.cdn = { ...estimates.cdn, portability: 'none' };
      if (estimates.ledger) estimates.ledger = { ...estimates.ledger, changeRateExceedsLine: true, requiredMbps: 900 };
      const { grouping, plan } = runGraphPhases(project, estimates);
      const waves = datedWaves(plan.waves);
      const assumptions = resolveAssumptions(project);
      const input = { project, grouping, waves, estimates, crossCloudLinks: findCrossCloudLinks(project, waves, plan.excluded, assumptions), assumptions };
      const risks = finishRisks(risksAhead(input), input);
      const named = paramNamer(project, { waves, moveGroups: [] }, (w) => w.name);
      for (const r of risks) {
        seen.add(r.code);
        const { title, detail, mitigation, params } = shown(t, named, r);
        for (const text of [title, detail, mitigation]) {
          const words = englishIn(text, Object.values(params).map(String));
          if (words.length > 0 || /\{\{|\$t\(/.test(text)) english.push(`${r.id}: ${words.join(' ')} in "${text}"`);
        }
      }
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['no-equivalent', 'sync-cannot-catch-up', 'large-data', 'zero-downtime', 'thin-team', 'team-bottleneck', 'split-tight-coupling', 'freeze-overlap']));
    expect(english).toEqual([]);
  });

  it('names your own data centre as such, never by its region id, in English and Chinese', async () => {
    const base = loadSample('ecommerce-iot');
    const project: Project = {
      ...base,
      project: { ...base.project, defaultTargets: ['self-hosted'] },
      workloads: base.workloads.map((w) => (w.target ? { ...w, target: { ...w.target, provider: 'self-hosted' } } : w)),
    };
    const plan = planProject(project, { runs: 50 });
    const named = paramNamer(project, plan, (w) => w.name);
    const risk = plan.risks.find((r) => r.code === 'target-region-spof');
    expect(risk).toBeDefined();
    const en = shown(await translator('en'), named, risk!);
    expect(en.title).toBe('After the move, your own data centre is a single point of failure');
    expect(en.detail).toMatch(/^Once the last wave has cut over, \d+ of \d+ critical workloads \(\d+%\) run in your own data centre or depend on what does, and stop if it fails/);
    expect(en.mitigation).toMatch(/a second site or on a cloud provider/);
    const zh = shown(await translator('zh-CN'), named, risk!);
    expect(zh.title).toBe('迁移后，自有机房成为单点故障');
    expect(zh.detail).toMatch(/运行在自有机房或依赖运行在那里的服务/);
    for (const text of [risk!.title, risk!.detail, en.title, en.detail, zh.title, zh.detail]) expect(text).not.toMatch(/own-data-centre/);
  });

  it('reads one and many in English, and matches the engine where the engine is exact', async () => {
    const t = await translator('en');
    const plan = planProject(loadSample('ecommerce-iot'), { runs: 200 });
    const project = loadSample('ecommerce-iot');
    const named = paramNamer(project, plan, (w) => w.name);
    for (const r of plan.risks) {
      const { title, detail } = shown(t, named, r);
      expect(`${title} ${detail}`, r.id).not.toMatch(/(^|[^\d.])1 (working days|days|hours|devices|hard links|engineers)\b|\{\{|\$t\(/);
      // Texts built from the same numbers say the same thing as the engine's English.
      if (['zero-downtime', 'sync-cannot-catch-up', 'team-bottleneck', 'freeze-overlap', 'large-data', 'target-service-spof'].includes(r.code)) expect(detail, r.id).toBe(r.detail);
    }
    expect(t('plan:riskDetail.thin-team', { count: 1, team: 'Data', workloadNames: 'Orders DB' })).toContain('with one engineer:');
    expect(t('plan:riskDetail.thin-team', { count: 2, team: 'Data', workloadNames: 'Orders DB' })).toContain('with 2 engineers:');
    expect(t('plan:riskDetail.freeze-delay', { context: 'planned', count: 1, plannedDays: 3, shareOfRuns: 40, freeze: 'Spring Festival', freezeStart: '2027-02-01', freezeEnd: '2027-02-20', wave: 'Wave 2', readyDate: '2027-02-10' })).toContain(
      '1 working day on average, counted from the day it was ready. In the plan, Wave 2 is ready on 2027-02-10 and waits 3 working days',
    );
  });
});

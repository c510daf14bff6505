/** Holidays, freeze presets and compliance gates follow the project's locale and regions. */
import { describe, expect, it } from 'vitest';
import { complianceGates } from '../../../shared/catalog/compliance-gates';
import { freezePresetsFor, nextPresetSpan, presetSpan } from '../../../shared/catalog/freeze-presets';
import { holidaysForYears, publicHolidays } from '../../../shared/catalog/holidays';
import type { Project } from '../../../shared/model/schema';
import { FREEZE_PRESETS } from '../../../shared/model/vocabulary';
import { planProject } from '../../../shared/plan';
import { findPlanIssues } from '../../../shared/plan/validate';
import { makeProject, makeWorkload } from '../plan/arbitraries';

describe('public holidays', () => {
  it('takes mainland China’s from the State Council notices, with the make-up working days', () => {
    const cn2026 = publicHolidays('cn', 2026);
    expect(cn2026.status).toBe('official');
    expect(cn2026.holidays.filter((h) => h.name === 'Spring Festival').map((h) => h.date)).toEqual(['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23']);
    expect(cn2026.makeUpWorkdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(publicHolidays('cn', 2025).holidays.filter((h) => h.name.startsWith('National Day')).length).toBe(8);
    // Not published yet: none, and it says so instead of guessing.
    expect(publicHolidays('cn', 2031)).toMatchObject({ status: 'none', holidays: [] });
    expect(publicHolidays('cn', 2031).source).toMatch(/not published/);
  });

  it('computes US federal holidays by their rules, observed on the nearest weekday', () => {
    const us = publicHolidays('us', 2027);
    const on = (name: string) => us.holidays.find((h) => h.name === name)?.date;
    expect(on('Thanksgiving Day')).toBe('2027-11-25');
    expect(on('Memorial Day')).toBe('2027-05-31');
    expect(on('Birthday of Martin Luther King, Jr.')).toBe('2027-01-18');
    // 4 July 2027 is a Sunday, so it is observed on Monday the 5th; 25 Dec 2027 is a Saturday.
    expect(on('Independence Day')).toBe('2027-07-05');
    expect(on('Christmas Day')).toBe('2027-12-24');
    expect(us.holidays).toHaveLength(11);
  });

  it('merges several years and has no table for jurisdictions it does not know', () => {
    const merged = holidaysForYears('cn', [2025, 2026, 2027]);
    expect(merged.sources).toHaveLength(2);
    expect(merged.holidays[0]!.date).toBe('2025-01-01');
    expect(publicHolidays('eu', 2026).status).toBe('none');
  });
});

describe('freeze presets', () => {
  it('places every preset in a year, Golden Week to the official end of National Day', () => {
    for (const p of FREEZE_PRESETS) expect(presetSpan(p, 2027), p).not.toBeNull();
    expect(presetSpan('golden-week', 2025)).toEqual({ start: '2025-09-28', end: '2025-10-08' });
    expect(presetSpan('golden-week', 2027)).toEqual({ start: '2027-09-28', end: '2027-10-07' });
    // Thanksgiving 2026 is 26 November: Monday the 23rd to Cyber Monday the 30th.
    expect(presetSpan('black-friday', 2026)).toEqual({ start: '2026-11-23', end: '2026-11-30' });
    expect(nextPresetSpan('spring-festival', '2026-03-01')?.year).toBe(2027);
  });

  it('offers a mainland estate its e-commerce peaks and a US one Black Friday first', () => {
    expect(freezePresetsFor(['cn']).suggested).toEqual(['spring-festival', 'double-11', '618', 'golden-week', 'year-end-close']);
    expect(freezePresetsFor(['us']).suggested).toEqual(['black-friday', 'year-end-close']);
    const both = freezePresetsFor(['cn', 'us']);
    expect(both.suggested).toContain('black-friday');
    expect([...both.ordered].sort()).toEqual([...FREEZE_PRESETS].sort());
  });
});

/** A mainland shop on Alibaba Cloud (Hangzhou) with its compliance statements. */
function shop(over: { targetRegions?: Project['project']['targetRegions']; defaultTargets?: Project['project']['defaultTargets']; compliance?: Partial<Project['project']['compliance']>; sourceProvider?: Project['project']['sourceProvider']; locale?: Project['project']['locale'] } = {}, workloadOver: Partial<Project['workloads'][number]> = {}): Project {
  const base = makeProject();
  return makeProject({
    project: {
      ...base.project,
      sourceProvider: over.sourceProvider ?? 'alibaba',
      locale: over.locale ?? 'en',
      defaultTargets: over.defaultTargets ?? ['aws'],
      ...(over.targetRegions ? { targetRegions: over.targetRegions } : {}),
      compliance: { icpFiling: true, mlpsLevel: 3, crossBorderData: true, ...over.compliance },
    },
    workloads: [
      makeWorkload('web', { region: 'cn-hangzhou', ...workloadOver }),
      makeWorkload('db', { kind: 'database', sourceService: 'alibaba.rds-mysql', region: 'cn-hangzhou', ...workloadOver }),
    ],
  });
}

describe('compliance gates follow the regions', () => {
  it('files ICP only where a mainland domain moves to a new provider in mainland China', () => {
    expect(complianceGates(shop()).icp).toMatchObject({ applies: true, code: 'icp-new-host' });
    // Out of the mainland (AWS Hong Kong): no filing is needed there.
    expect(complianceGates(shop({ targetRegions: { aws: 'ap-east-1' } })).icp).toMatchObject({ applies: false, code: 'icp-no-new-host' });
    // The same provider, another region: the filing stays with the same access provider.
    expect(complianceGates(shop({ defaultTargets: ['alibaba'] }, { target: { provider: 'alibaba', region: 'cn-shanghai' } })).icp.applies).toBe(false);
    // Into your own data centre in a mainland estate: the new access provider files it.
    expect(complianceGates(shop({ defaultTargets: ['self-hosted'] })).icp.applies).toBe(true);
    expect(complianceGates(shop({ compliance: { icpFiling: false } })).icp).toMatchObject({ applies: false, code: 'icp-not-in-scope' });
  });

  it('re-assesses MLPS only for a new environment in mainland China', () => {
    expect(complianceGates(shop()).mlps).toMatchObject({ applies: true, params: { level: 3, workloads: 2 } });
    expect(complianceGates(shop({ defaultTargets: ['gcp'] })).mlps).toMatchObject({ applies: false, code: 'mlps-no-mainland-target' });
  });

  it('gates on PIPL where data leaves the mainland, and asks when the project has not said it is personal data', () => {
    expect(complianceGates(shop({ targetRegions: { aws: 'ap-east-1' } })).pipl).toMatchObject({ applies: true, code: 'pipl-data-leaves' });
    // Every region given and all of it mainland: no data crosses the border.
    expect(complianceGates(shop({ targetRegions: { aws: 'cn-northwest-1' } })).pipl).toMatchObject({ applies: false, code: 'pipl-stays' });
    // Regions defaulted: the project's statement holds.
    expect(complianceGates(shop()).pipl).toMatchObject({ applies: true, code: 'pipl-as-stated' });
    const unflagged = shop({ defaultTargets: ['gcp'], compliance: { crossBorderData: false } });
    expect(complianceGates(unflagged).pipl.applies).toBe(false);
    expect(complianceGates(unflagged).crossBorderUnflagged).toEqual({ workloads: ['web', 'db'] });
    expect(findPlanIssues(unflagged).find((i) => i.code === 'cross-border-unflagged')).toMatchObject({ severity: 'warning', path: ['project', 'compliance', 'crossBorderData'], workloadIds: ['web', 'db'] });
  });

  it('schedules only the gates that apply', () => {
    const gates = (p: Project) => planProject(p, { runs: 50 }).schedule.phases.filter((x) => x.kind === 'compliance').map((x) => x.id);
    expect(gates(shop())).toEqual(['compliance:icp', 'compliance:mlps', 'compliance:pipl']);
    expect(gates(shop({ targetRegions: { aws: 'ap-east-1' } }))).toEqual(['compliance:pipl']);
  });
});

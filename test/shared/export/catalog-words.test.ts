/**
 * What the catalog and the calendar presets name reads in the reader's language: a region by its
 * provider and id, a freeze window Decamp named by its preset (with the year its name carries), a
 * holiday from the catalog's tables; a name the user typed is shown as written. The documents use
 * the same words as the app (shared/export/names.ts, catalogWords), and the Chinese Markdown report
 * of each sample names no catalog region or preset freeze in English.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { exportMessages } from '../../../electron/cli/export-messages';
import { FREEZE_PRESET_NAMES, defaultFreezeName, presetFreezeName } from '../../../shared/catalog/freeze-presets';
import { localCalendar } from '../../../shared/catalog/local-calendar';
import { REGIONS } from '../../../shared/catalog/regions';
import { createExportText } from '../../../shared/export/i18n';
import { reportMarkdown } from '../../../shared/export/markdown';
import { catalogWords, paramNamer } from '../../../shared/export/names';
import { buildReportModel } from '../../../shared/export/report-model';
import { DEFAULT_RISK_WORDS } from '../../../shared/model/default-risk-texts';
import { FREEZE_PRESETS } from '../../../shared/model/vocabulary';
import { options, samplePlan, SAMPLES } from './helpers';

// Worded in each test, not while the file is collected: Stryker credits that work to no test.
let zh: ReturnType<typeof catalogWords>;
let en: ReturnType<typeof catalogWords>;
beforeEach(() => {
  zh = catalogWords(createExportText(exportMessages(), 'zh-CN').t);
  en = catalogWords(createExportText(exportMessages(), 'en').t);
});
type Catalog = { region: Record<string, Record<string, string>>; freeze: Record<string, string> };
const catalog = (lng: string) => exportMessages()[lng]!.catalog as Catalog;

describe('catalog words', () => {
  it('names every catalog region and preset in both languages; the English says what the catalog says', () => {
    const missing: string[] = [];
    for (const [provider, regions] of Object.entries(REGIONS)) {
      for (const r of regions) {
        expect(catalog('en').region[provider]?.[r.id], `${provider} ${r.id}`).toBe(r.name);
        const chinese = catalog('zh-CN').region[provider]?.[r.id];
        if (!chinese || /[A-Za-z]{2,}/.test(chinese)) missing.push(`${provider} ${r.id}: ${chinese ?? 'none'}`);
      }
    }
    for (const p of FREEZE_PRESETS) {
      expect(catalog('en').freeze[p]).toBe(FREEZE_PRESET_NAMES[p]);
      if (!catalog('zh-CN').freeze[p]) missing.push(`freeze ${p}`);
    }
    expect(missing).toEqual([]);
  });

  it('words a region by provider and id, and leaves a region the catalog does not list as its id', () => {
    expect(zh.region('aws', 'cn-north-1')).toBe('北京（由光环新网运营）');
    expect(en.region('aws', 'cn-north-1')).toBe('Beijing (operated by Sinnet)');
    // The same id on two providers is two places.
    expect(zh.region('alibaba', 'ap-southeast-1')).toBe('新加坡');
    expect(zh.region('huawei', 'ap-southeast-1')).toBe('中国-香港');
    expect(zh.regionLabel('aws', 'cn-north-1')).toBe('cn-north-1 · 北京（由光环新网运营）');
    expect(zh.regionLabel('aws', 'cn-north-9')).toBe('cn-north-9');
    expect(zh.region('self-hosted', 'dc.shanghai-2')).toBe('dc.shanghai-2');
  });

  it("words a preset freeze while its name is Decamp's, with its year, and keeps a name the user typed", () => {
    expect(zh.freeze({ name: 'Double 11 (Singles Day)', preset: 'double-11' })).toBe('双十一');
    expect(zh.freeze({ name: presetFreezeName('618', 2027), preset: '618' })).toBe('2027 年618 年中大促');
    expect(en.freeze({ name: presetFreezeName('618', 2027), preset: '618' })).toBe('618 shopping festival 2027');
    // What earlier versions wrote ("double-11 2027") reads as Decamp's too.
    expect(zh.freeze({ name: 'double-11 2028', preset: 'double-11' })).toBe('2028 年双十一');
    expect(zh.freeze({ name: 'Singles Day code freeze', preset: 'double-11' })).toBe('Singles Day code freeze');
    expect(zh.freeze({ name: 'Double 11 (Singles Day)' })).toBe('Double 11 (Singles Day)');
    expect(defaultFreezeName({ name: 'Year-end close 2027', preset: 'year-end-close' })).toEqual({ preset: 'year-end-close', year: 2027 });
  });

  it('a new project names its preset freezes so that they translate', () => {
    const calendar = localCalendar({ sourceProvider: 'alibaba', sourceRegion: 'cn-hangzhou', targets: ['aws'], locale: 'en', startDate: '2027-03-01' }, ['double-11', '618']);
    expect(calendar.freezeWindows.map((f) => f.name)).toEqual(['618 shopping festival 2027', 'Double 11 (Singles Day) 2027', '618 shopping festival 2028', 'Double 11 (Singles Day) 2028']);
    expect(calendar.freezeWindows.map((f) => zh.freeze(f))).toEqual(['2027 年618 年中大促', '2027 年双十一', '2028 年618 年中大促', '2028 年双十一']);
  });

  it('words the catalog holidays and leaves others as written', () => {
    expect(zh.holiday("New Year's Day")).toBe('元旦');
    expect(zh.holiday('Spring Festival')).toBe('春节');
    expect(zh.holiday('Company offsite')).toBe('Company offsite');
  });

  it("names a freeze, a region and a list of waves in an engine text's params", () => {
    const { project, plan } = samplePlan('mid');
    const names = paramNamer(project, plan, (w) => (w.isPilot ? '试点' : `第 ${w.index} 波`), zh);
    expect(names({ freeze: 'Double 11 (Singles Day)', freezeId: 'double-11-2027' }).freeze).toBe('双十一');
    expect(names({ provider: 'aws', region: 'cn-north-1', regionName: 'Beijing (operated by Sinnet)', context: 'named' }).regionName).toBe('北京（由光环新网运营）');
    expect(names({ waves: 'Pilot, Wave 3, Wave 4' }).waves).toBe('试点, 第 3 波, 第 4 波');
    expect(names({ workloads: 'vpc, dns +3' }).workloads).toBe('Production VPC, Public and private DNS zones +3');
    // Outside the params that always hold a list (shared/export/list.test.ts), a list with something the namer does not know stays as it is.
    expect(names({ reason: 'Pilot, somewhere else' }).reason).toBe('Pilot, somewhere else');
  });

  it.each(Object.keys(SAMPLES) as (keyof typeof SAMPLES)[])('%s: the Chinese report names no catalog region or preset freeze in English', (which) => {
    const { project, plan } = samplePlan(which);
    let md = reportMarkdown(buildReportModel(project, plan, options('zh-CN')), project.calendar.workingDays);
    // Sources are cited as written (they quote English publications, and name Spring Festival and 618 as seasons).
    for (const source of [...Object.values(DEFAULT_RISK_WORDS).map((w) => w.source), ...(project.risks ?? []).map((r) => r.source)]) md = md.split(source).join(' ');
    const english = [...Object.values(FREEZE_PRESET_NAMES), ...Object.values(REGIONS).flatMap((rs) => rs.map((r) => r.name)).filter((n) => n.includes(' '))];
    expect(english.filter((name) => md.includes(name))).toEqual([]);
    expect(md).not.toMatch(/ and \d+ others/);
  });
});

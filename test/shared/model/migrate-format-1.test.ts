/**
 * Format 1 -> 2 on real format-1 files: the three embedded samples as Decamp 1 saved them
 * (fixtures/format-1/, copied before format 2 existed). They load, keep every workload, dependency,
 * team and decision, and drop only the assumption values still at their format-1 default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../shared/model/load';
import { FORMAT_1_DEFAULTS, migrateFormat1 } from '../../../shared/model/migrate-format-1';
import { CURRENT_FORMAT_VERSION, IsoDateSchema } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';

const FIXTURES = join(__dirname, 'fixtures', 'format-1');
const SAMPLES = ['online-shop', 'ecommerce-iot', 'large-estate'] as const;
const read = (id: string) => readFileSync(join(FIXTURES, `${id}.decamp.json`), 'utf8');

describe.each(SAMPLES)('the format-1 %s sample', (id) => {
  const v1 = JSON.parse(read(id)) as Record<string, unknown> & { assumptions: { id: string; value: number }[] };

  it('is a format-1 file with every format-1 default in it', () => {
    expect(v1.formatVersion).toBe(1);
    expect(v1.assumptions.map((a) => a.id).sort()).toEqual(Object.keys(FORMAT_1_DEFAULTS).sort());
  });

  it('loads as the current format with its estate and decisions unchanged', () => {
    const loaded = loadProject(read(id), `${id}.decamp.json`);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    expect(loaded.migratedFrom).toBe(1);
    const p = loaded.project;
    expect(p.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    for (const key of ['project', 'workloads', 'dependencies', 'teams', 'calendar', 'pins', 'overrides', 'actuals'] as const) {
      expect(p[key]).toEqual(v1[key]);
    }
    // Every assumption was still at its (sample-tuned) format-1 default, so all of them go.
    expect(p.assumptions).toEqual([]);
  });

  it('plans with the shipped defaults and no error', () => {
    const loaded = loadProject(read(id));
    if (!loaded.ok) throw new Error('did not load');
    const plan = planProject(loaded.project, { runs: 200 });
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(plan.waves.length).toBeGreaterThan(0);
  });
});

describe('migrateFormat1', () => {
  it('keeps a value the user changed and every unknown id, drops untouched defaults', () => {
    const doc = {
      formatVersion: 1,
      assumptions: [
        { id: 'effort.base.rehost', value: 2, unit: 'person-days', source: 'default' },
        { id: 'effort.base.refactor', value: 9, unit: 'person-days', source: 'our own history' },
        { id: 'my.own', value: 2, unit: '', source: '' },
      ],
    };
    expect(migrateFormat1(doc).assumptions).toEqual([
      { id: 'effort.base.refactor', value: 9, unit: 'person-days', source: 'our own history' },
      { id: 'my.own', value: 2, unit: '', source: '' },
    ]);
  });

  it('carries a changed appliance time over to its successor, the appliance logistics time', () => {
    const doc = { formatVersion: 1, assumptions: [{ id: 'transfer.offlineApplianceDays', value: 15, unit: 'working days', source: 'quote from the vendor' }] };
    expect(migrateFormat1(doc).assumptions).toEqual([{ id: 'transfer.appliance.logisticsDays', value: 15, unit: 'working days', source: 'quote from the vendor' }]);
  });

  it('leaves a malformed assumption list for the schema to report', () => {
    expect(migrateFormat1({ formatVersion: 1, assumptions: 'none' })).toEqual({ formatVersion: 1, assumptions: 'none' });
    expect(migrateFormat1({ formatVersion: 1, assumptions: [null, 3] })).toEqual({ formatVersion: 1, assumptions: [null, 3] });
  });
});

describe('dates', () => {
  it('accepts the years 2000 to 2200 and refuses the rest', () => {
    for (const ok of ['2000-01-01', '2027-01-11', '2200-12-31']) expect(IsoDateSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['1999-12-31', '2201-01-01', '9999-12-31', '0001-01-01']) expect(IsoDateSchema.safeParse(bad).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { type Migration, MIGRATIONS, migrateDocument } from '../../../shared/model/migrate';
import { CURRENT_FORMAT_VERSION } from '../../../shared/model/schema';

/** A pretend history: v1 had `owner` instead of `team`; v2 had `cost` instead of `monthlyCost`. */
const HISTORY: Record<number, Migration> = {
  1: (doc) => ({ ...doc, workloads: (doc.workloads as Record<string, unknown>[]).map(({ owner, ...w }) => ({ ...w, team: owner })) }),
  2: (doc) => ({ ...doc, workloads: (doc.workloads as Record<string, unknown>[]).map(({ cost, ...w }) => ({ ...w, monthlyCost: cost })) }),
};

describe('migrateDocument', () => {
  it('runs every step in order from the file version to the current one', () => {
    const v1 = { formatVersion: 1, workloads: [{ id: 'web', owner: 'shop', cost: 10 }] };
    const result = migrateDocument(v1, HISTORY, 3);
    expect(result).toEqual({ ok: true, fromVersion: 1, doc: { formatVersion: 3, workloads: [{ id: 'web', team: 'shop', monthlyCost: 10 }] } });
  });

  it('starts mid-chain for a file of a middle version', () => {
    const v2 = { formatVersion: 2, workloads: [{ id: 'web', team: 'shop', cost: 10 }] };
    expect(migrateDocument(v2, HISTORY, 3)).toEqual({ ok: true, fromVersion: 2, doc: { formatVersion: 3, workloads: [{ id: 'web', team: 'shop', monthlyCost: 10 }] } });
  });

  it('leaves a current file as it is', () => {
    const doc = { formatVersion: 3, workloads: [] };
    expect(migrateDocument(doc, HISTORY, 3)).toEqual({ ok: true, fromVersion: 3, doc });
  });

  it('sets formatVersion itself, so a step cannot forget it', () => {
    const result = migrateDocument({ formatVersion: 1 }, { 1: () => ({ formatVersion: 1, added: true }) }, 2);
    expect(result).toEqual({ ok: true, fromVersion: 1, doc: { formatVersion: 2, added: true } });
  });

  it('reports a gap in the chain instead of skipping it', () => {
    expect(migrateDocument({ formatVersion: 1 }, { 2: (d) => d }, 3)).toEqual({ ok: false, path: ['formatVersion'], message: 'No migration from format version 1 to 2.' });
  });

  it('turns a step that throws on an unforeseen file into an error', () => {
    const result = migrateDocument({ formatVersion: 1, workloads: 'not a list' }, HISTORY, 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Could not upgrade this file from format version 1 to 2: /);
  });

  it('refuses a newer file, naming both versions', () => {
    const result = migrateDocument({ formatVersion: 4 }, HISTORY, 3);
    expect(result).toMatchObject({ ok: false, path: ['formatVersion'] });
    if (!result.ok) {
      expect(result.message).toContain('format version 4');
      expect(result.message).toContain('format version 3 and older');
    }
  });

  it('refuses non-objects and a missing formatVersion', () => {
    for (const value of [null, [], 'x', 3]) expect(migrateDocument(value)).toMatchObject({ ok: false, path: [] });
    expect(migrateDocument({ project: {} })).toEqual({ ok: false, path: [], message: 'This is not a Decamp project file: it has no formatVersion.' });
  });

  it('ships a complete chain up to the current version', () => {
    for (let v = 1; v < CURRENT_FORMAT_VERSION; v++) expect(MIGRATIONS[v], `migration ${v} -> ${v + 1}`).toBeTypeOf('function');
    expect(migrateDocument({ formatVersion: CURRENT_FORMAT_VERSION })).toMatchObject({ ok: true, fromVersion: CURRENT_FORMAT_VERSION });
  });
});

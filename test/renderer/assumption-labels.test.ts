/** Every assumption the estimator uses has a name in both languages, so the Assumptions view never shows a bare id. */
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_IDS, DEFAULT_ASSUMPTIONS } from '../../shared/model/default-assumptions';
import { bundledResources } from '../../renderer/src/i18n';

const resources = bundledResources();
const en = resources.en?.assumptions;
const zh = resources['zh-CN']?.assumptions;

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);
}

describe('assumption labels', () => {
  it.each([
    ['en', en],
    ['zh-CN', zh],
  ])('%s names every assumption id', (_locale, catalog) => {
    expect(catalog).toBeDefined();
    const missing = ASSUMPTION_IDS.filter((id) => typeof lookup(lookup(catalog, 'name'), id) !== 'string');
    expect(missing).toEqual([]);
  });

  // The unit column reads `assumptions:unit.<unit>`; a unit without an entry shows the estimator's English.
  it.each([
    ['en', en],
    ['zh-CN', zh],
  ])('%s words every default unit', (_locale, catalog) => {
    const units = [...new Set(Object.values(DEFAULT_ASSUMPTIONS).map((a) => a.unit))];
    const words = (catalog as { unit?: Record<string, unknown> } | undefined)?.unit ?? {};
    expect(units.filter((u) => typeof words[u] !== 'string')).toEqual([]);
  });
});

/** Every assumption the estimator uses has a name in both languages, so the Assumptions view never shows a bare id. */
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_IDS } from '../../shared/model/default-assumptions';
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
});

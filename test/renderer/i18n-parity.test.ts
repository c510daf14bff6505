import { describe, expect, it } from 'vitest';
import { bundledResources } from '../../renderer/src/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** i18next plural forms differ by language (English one/other, Chinese other): compare the base key. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (k: string) => k.replace(PLURAL, '');

describe('translations', () => {
  const resources = bundledResources();
  const namespaces = Object.keys(resources.en ?? {});

  it('ship the namespaces the app reads', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'summary', 'assumptions', 'issues', 'plan']));
  });

  it.each(namespaces)('%s: every English key exists in Chinese and vice versa', (ns) => {
    const en = [...new Set(keys(resources.en?.[ns]).map(base))].sort();
    const zh = [...new Set(keys(resources['zh-CN']?.[ns]).map(base))].sort();
    expect(zh.filter((k) => !en.includes(k)), 'only in zh-CN').toEqual([]);
    expect(en.filter((k) => !zh.includes(k)), 'only in en').toEqual([]);
  });

  it.each(namespaces)('%s: no empty strings, and placeholders match', (ns) => {
    const flat = (tree: unknown) => Object.fromEntries(keys(tree).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree)]));
    const en = flat(resources.en?.[ns]);
    const zh = flat(resources['zh-CN']?.[ns]);
    for (const [k, v] of Object.entries(en)) {
      expect(typeof v === 'string' && v.length > 0, `${ns}:${k} en`).toBe(true);
      const vars = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      // A singular form may spell out "one" instead of {{count}}; other forms must match exactly.
      if (k in zh && !k.endsWith('_one')) expect(vars(zh[k]), `${ns}:${k} placeholders`).toEqual(vars(v));
    }
  });
});

/** docs/catalog.md's table of products by family and provider is the catalog: it cannot drift. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, FAMILIES } from '../../../shared/catalog';
import { PROVIDERS } from '../../../shared/model/vocabulary';

describe('docs/catalog.md', () => {
  const doc = readFileSync(new URL('../../../docs/catalog.md', import.meta.url), 'utf8');
  const rows = new Map<string, string[]>();
  for (const m of doc.matchAll(/^\| `([a-z-]+)` [^|]+ \| [a-z]+ \| (.+) \|$/gm)) rows.set(m[1]!, m[2]!.split(' | '));

  it('has a row per family listing each provider’s products of that family', () => {
    expect([...rows.keys()].sort()).toEqual(FAMILIES.map((f) => f.id).sort());
    for (const family of FAMILIES) {
      const cells = rows.get(family.id)!;
      PROVIDERS.forEach((p, i) => {
        const listed = [...(cells[i] ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((x) => `${p}.${x[1]}`);
        const actual = CATALOG.filter((e) => e.provider === p && e.family === family.id).map((e) => e.id);
        expect(listed, `${family.id} on ${p}`).toEqual(actual);
      });
    }
  });

  it('gives the product counts the code has', () => {
    const counts = PROVIDERS.map((p) => CATALOG.filter((e) => e.provider === p && !e.id.endsWith('.other')).length);
    const line = /Counts without the catch-alls: Alibaba Cloud (\d+), AWS (\d+), Azure (\d+), Google Cloud (\d+), Huawei Cloud (\d+),\s+Tencent Cloud (\d+), self-hosted (\d+)\./.exec(doc);
    expect(line?.slice(1).map(Number)).toEqual(counts);
  });
});

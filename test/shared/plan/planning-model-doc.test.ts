/** docs/planning-model.md lists every default with the value the code ships: the doc cannot drift. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/model/default-assumptions';

describe('docs/planning-model.md', () => {
  const doc = readFileSync(new URL('../../../docs/planning-model.md', import.meta.url), 'utf8');
  const rows = new Map<string, number>();
  for (const m of doc.matchAll(/^\| `([^`]+)` \| ([^|]+) \|/gm)) rows.set(m[1]!, Number(m[2]!.trim()));

  it('has a row for every default assumption, with its value', () => {
    for (const [id, a] of Object.entries(DEFAULT_ASSUMPTIONS)) expect([id, rows.get(id)]).toEqual([id, a.value]);
  });

  it('lists no assumption the code does not have', () => {
    for (const id of rows.keys()) expect(Object.keys(DEFAULT_ASSUMPTIONS)).toContain(id);
  });
});

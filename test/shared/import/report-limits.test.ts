/** The import report's own edges: an unknown format asked for by name, and a report too long to list in full. */
import { describe, expect, it } from 'vitest';
import { file, run } from './helpers';

describe('the import report', () => {
  it('names the formats it knows when asked for one it does not', async () => {
    const out = await run(file('estate.csv', 'name\nweb\n'), { format: 'nope' as never });
    expect(out.ok).toBe(false);
    const e = out.report.messages.find((m) => m.code === 'format.unknown');
    expect(e).toMatchObject({ severity: 'error', at: { file: 'estate.csv' }, params: { format: 'nope' } });
    expect(e?.message).toMatch(/^Unknown format 'nope'\. Known formats: [a-z0-9-]+(, [a-z0-9-]+)+\.$/);
    for (const id of ['tfstate', 'tf', 'csv', 'xlsx', 'wave-mapping']) expect(e?.message.split(': ')[1]!.replace(/\.$/, '').split(', ')).toContain(id);
  });

  it('lists 500 findings and says how many more there were, at the file they came from', async () => {
    // 600 servers whose CPU count is not a number: one located warning each, past the 500 the report lists.
    const rows = Array.from({ length: 600 }, (_, i) => `vm-${i},Debian 12,eight`);
    const out = await run(file('estate.csv', ['VM Name,OS,Cores', ...rows].join('\n')));
    const listed = out.report.messages.filter((m) => m.code === 'value.notANumber');
    const more = out.report.messages.find((m) => m.code === 'tooManyMessages');
    expect(more).toMatchObject({ severity: 'warning', at: { file: 'estate.csv' } });
    // Every bad value is either listed or counted: none vanishes.
    expect(listed.length).toBeLessThanOrEqual(500);
    expect(listed.length + Number(more?.params.count)).toBe(600);
    expect(more?.message).toBe(`${more?.params.count} more findings were not listed.`);
  });
});

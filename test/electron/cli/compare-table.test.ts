/**
 * `decamp compare`'s table, row by row: each cell is the figure `compare --json` gives for that
 * column, written as docs/cli.md shows it (dates with their change in working days, money rounded
 * with thousands separators, outage counts with what failed).
 */
import { describe, expect, it } from 'vitest';
import { editedSample, grouped, run } from './run-cli';

interface Figures {
  p50End: string; p80End: string; p95End: string; deterministicEnd: string; deterministicPercentile: number;
  waves: number; effort: number; labour: number; labourP50?: number; labourP80?: number; dualRunning: number;
  sourceMonthly: number; targetMonthly: number; crossCloudLinks: number; hardCrossCloudLinks: number;
  risks: { total: number; bySeverity: { critical: number; high: number } };
  criticalWorkloads: number;
  outage: { role: string; today: number; end: number; failure: { type: string; provider?: string; region?: string }; params: { service?: string }; title: string }[];
  drivers: { title: string; value: number }[];
}
interface Column { name: string; figures: Figures; delta: { p50: number; p80: number; p95: number } }
interface CompareJson { seed: number; runs: number; currency: string; columns: Column[] }

/** The shop with a scenario that is faster (two more engineers), one that is slower (one fewer), and one that changes nothing. */
const file = editedSample('online-shop', (p) => {
  const team = p.teams[0]!.id;
  p.scenarios = [
    { id: 'more', name: 'More', description: 'Two more engineers', changes: [{ kind: 'team', teamId: team, addEngineers: 2 }] },
    { id: 'fewer', name: 'Fewer', changes: [{ kind: 'team', teamId: team, addEngineers: -1 }] },
    { id: 'same', name: 'Same', changes: [] },
  ];
});

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const dated = (d: string, delta: number, base: boolean) => (base || delta === 0 ? d : `${d} (${signed(delta)} wd)`);

/** The table's cells by row label: each row split at its runs of two or more spaces. */
function tableOf(text: string): Map<string, string[]> {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^ {2}-+ {2}-+/.test(l));
  const end = lines.indexOf('', start);
  return new Map(lines.slice(start + 1, end).map((l) => {
    const [label, ...cells] = l.trim().split(/ {2,}/);
    return [label!, cells];
  }));
}

/**
 * compare's text and --json for the same seed and runs, read inside each test (not once for the file), so
 * that mutation testing's coverage per test sees which test reads which line.
 */
async function compared() {
  const json = JSON.parse((await run(['compare', file, '--runs', '50', '--seed', '9', '--json'])).stdout) as CompareJson;
  const text = (await run(['compare', file, '--runs', '50', '--seed', '9'])).stdout;
  const table = tableOf(text);
  const cols = json.columns;
  const row = (label: string, cell: (c: Column, i: number) => string) => expect(table.get(label), label).toEqual(cols.map(cell));
  return { json, text, table, cols, row };
}

describe('decamp compare: the table', () => {
  it('heads the output with the project, the count of scenarios, runs and seed, and the columns by name', async () => {
    const { text } = await compared();
    expect(text.split('\n')[0]).toBe('Decamp compare: Online shop: Alibaba Cloud to Tencent Cloud (3 scenarios against the baseline; 50 simulated runs each, seed 9)');
    expect(text.split('\n')[2]!.trim().split(/ {2,}/)).toEqual(['Baseline', 'More', 'Fewer', 'Same']);
  });

  it('writes each end date with its change in working days, signed, and none where nothing changed', async () => {
    const { table, cols, row } = await compared();
    expect(cols[1]!.delta.p80).toBeLessThan(0);
    expect(cols[2]!.delta.p80).toBeGreaterThan(0);
    expect(cols[3]!.delta).toMatchObject({ p50: 0, p80: 0, p95: 0 });
    row('P50 end', (c, i) => dated(c.figures.p50End, c.delta.p50, i === 0));
    row('P80 end', (c, i) => dated(c.figures.p80End, c.delta.p80, i === 0));
    row('P95 end', (c, i) => dated(c.figures.p95End, c.delta.p95, i === 0));
    expect(table.get('P80 end')![2]).toMatch(/ \(\+\d+ wd\)$/);
    row('Deterministic end', (c) => `${c.figures.deterministicEnd} (${Math.round(c.figures.deterministicPercentile * 100)}% of runs)`);
  });

  it('writes counts, effort and money as they are, money rounded with thousands separators', async () => {
    const { table, row } = await compared();
    row('Waves', (c) => String(c.figures.waves));
    row('Effort, person-days (likely)', (c) => String(Math.round(c.figures.effort)));
    row('Labour (likely), CNY', (c) => grouped(c.figures.labour));
    row('Labour P50 / P80, CNY', (c) => `${grouped(c.figures.labourP50!)} / ${grouped(c.figures.labourP80!)}`);
    row('Dual running, CNY', (c) => grouped(c.figures.dualRunning));
    row('Run cost a month before / after, CNY', (c) => `${grouped(c.figures.sourceMonthly)} / ${grouped(c.figures.targetMonthly)}`);
    expect(table.get('Labour (likely), CNY')![0]).toMatch(/^\d{1,3}(,\d{3})+$/);
    row('Cross-cloud links (hard)', (c) => `${c.figures.crossCloudLinks} (${c.figures.hardCrossCloudLinks})`);
    row('Risks (critical, high)', (c) => `${c.figures.risks.total} (${c.figures.risks.bySeverity.critical}, ${c.figures.risks.bySeverity.high})`);
  });

  it('writes one outage row per kind of failure: critical workloads stopped today and at the end, and what failed', async () => {
    const { table, cols, row } = await compared();
    const of = cols[0]!.figures.criticalWorkloads;
    const rows: [string, string][] = [['source-identity', 'Source identity fails'], ['target-identity', 'Target identity fails'], ['worst-region', 'Worst region fails'], ['worst-service', 'Worst single service fails']];
    for (const [role, label] of rows) {
      row(`${label}: critical stopped, today -> at end (of ${of})`, (c) => {
        const o = c.figures.outage.find((x) => x.role === role)!;
        const what = o.failure.type === 'region' ? `${o.failure.provider} ${o.failure.region}` : o.params.service!;
        return `${o.today} -> ${o.end} (${what})`;
      });
    }
    expect(table.get(`Worst region fails: critical stopped, today -> at end (of ${of})`)![0]).toBe('0 -> 9 (tencent ap-shanghai)');
  });

  it('lists the top three drivers of each column, in working days at P80', async () => {
    const { text, cols } = await compared();
    const lines = text.split('\n');
    const at = lines.indexOf('Top drivers of the spread');
    expect(lines.slice(at + 1, at + 1 + cols.length)).toEqual(cols.map((c) => `  ${c.name}: ${c.figures.drivers.slice(0, 3).map((d) => `${d.title} (+${d.value.toFixed(1)} wd at P80)`).join('; ')}`));
    expect(cols[0]!.figures.drivers.length).toBeGreaterThan(3);
  });

  it('gives --json a description only for a scenario that has one', async () => {
    const { json } = await compared();
    const described = (json.columns as unknown as Record<string, unknown>[]).map((c) => ('description' in c ? c.description : null));
    expect(described).toEqual([null, 'Two more engineers', null, null]);
  });

  it('says what each scenario changes, with its description, and when it changes nothing', async () => {
    const { text } = await compared();
    const differs = text.slice(text.indexOf('What differs\n'));
    expect(differs).toBe(['What differs', '  More - Two more engineers', '    - Shop engineering: 2 more engineers (3 → 5)', '  Fewer', '    - Shop engineering: 1 fewer engineer (3 → 2)', '  Same', '    (no differences: the same as the baseline)', ''].join('\n'));
  });
});

describe('decamp compare: two target providers', () => {
  it("names the target identity whose failure stops the most critical workloads at the end", async () => {
    // Images and the CDN go to AWS, the rest to Tencent Cloud: two target identities, Tencent's the worse.
    const two = editedSample('online-shop', (p) => {
      for (const w of p.workloads) if (w.id === 'images' || w.id === 'cdn') w.target = { provider: 'aws' };
    });
    const json = JSON.parse((await run(['compare', two, '--runs', '50', '--json'])).stdout) as CompareJson;
    const targets = json.columns[0]!.figures.outage.filter((o) => o.role === 'target-identity');
    expect(targets.map((o) => o.params.service)).toEqual(['AWS IAM', 'Cloud Access Management (CAM)']);
    const worst = targets.reduce((a, b) => (b.end > a.end ? b : a));
    expect(worst.params.service).toBe('Cloud Access Management (CAM)');
    const of = json.columns[0]!.figures.criticalWorkloads;
    const cells = tableOf((await run(['compare', two, '--runs', '50'])).stdout).get(`Target identity fails: critical stopped, today -> at end (of ${of})`);
    expect(cells).toEqual([`${worst.today} -> ${worst.end} (Cloud Access Management (CAM))`]);
  });
});

describe('decamp compare: one scenario', () => {
  it('says "1 scenario" when only one is compared', async () => {
    const r = await run(['compare', file, '--runs', '50', '--scenario', 'Same']);
    expect(r.stdout.split('\n')[0]).toMatch(/\(1 scenario against the baseline; 50 simulated runs each, seed \d+\)$/);
  });
});

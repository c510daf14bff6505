/** `decamp compare` lists a scenario's second provider among what differs, in text and in --json. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../../shared/model/save';
import type { Project } from '../../../shared/model/schema';
import { loadSample } from '../../../shared/samples';
import { run } from './run-cli';

describe('decamp compare: a second provider', () => {
  it('says which workload also runs where, and how', async () => {
    const p: Project = loadSample('online-shop');
    const w = p.workloads.find((x) => x.strategy !== 'retain' && x.strategy !== 'retire')!;
    p.scenarios = [{ id: 'two-clouds', name: 'Two clouds', changes: [{ kind: 'secondary-target', workloadId: w.id, secondaryTarget: { provider: 'azure', mode: 'active-passive' } }] }];
    const file = join(mkdtempSync(join(tmpdir(), 'decamp-compare-second-')), 'two.decamp.json');
    writeFileSync(file, serializeProject(p));
    const text = await run(['compare', file, '--runs', '100']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${w.name}: also runs on Azure, active-passive`);
    const json = await run(['compare', file, '--runs', '100', '--json']);
    const column = JSON.parse(json.stdout).columns[1];
    expect(column.differences[0].parts[0]).toMatchObject({ status: 'applied', code: 'workload.secondaryAdd', params: { workload: w.name, to: 'azure', mode: 'active-passive' } });
  });
});

/** decamp import starts a new project where the files say the estate runs: a data centre, Huawei Cloud ... */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../shared/model/load';
import type { Project } from '../../../shared/model/schema';
import { run } from './run-cli';

const dir = () => mkdtempSync(join(tmpdir(), 'decamp-import-providers-'));
const SERVERS = ['VM Name,OS,Cores,Memory (GB),Disks (GB),Applications,Hypervisor,Datacenter,Depends on', 'erp-app,Windows Server 2019,8,32,600,ERP,VMware vSphere 7,BJ-IDC-1,erp-db', 'erp-db,Oracle Linux 8,16,128,2048,ERP;Oracle 19c,Physical,BJ-IDC-1,'].join('\n');
const HUAWEI_STATE = JSON.stringify({ version: 4, terraform_version: '1.9.8', lineage: 'x', resources: [{ mode: 'managed', type: 'huaweicloud_compute_instance', name: 'web', instances: [{ attributes: { id: 'ecs-1', name: 'web', availability_zone: 'cn-north-4a' } }] }, { mode: 'managed', type: 'huaweicloud_rds_instance', name: 'db', instances: [{ attributes: { id: 'rds-1', name: 'db', db: [{ type: 'MySQL' }] } }] }] });

function written(d: string): Project {
  const loaded = loadProject(readFileSync(join(d, 'out.decamp.json'), 'utf8'));
  if (!loaded.ok) throw new Error('the written project does not load');
  return loaded.project;
}

describe('decamp import: the new project’s source provider', () => {
  it('is self-hosted for a data centre’s server list, and the project plans onto the default target', async () => {
    const d = dir();
    writeFileSync(join(d, 'servers.csv'), SERVERS);
    const r = await run(['import', 'servers.csv', '-o', 'out.decamp.json', '--start', '2027-03-01'], d);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/servers\.csv: read as dc-inventory/);
    const p = written(d);
    expect(p.project).toMatchObject({ sourceProvider: 'self-hosted', defaultTargets: ['aws'] });
    expect(p.workloads.map((w) => [w.name, w.sourceService])).toEqual([['erp-app', 'self-hosted.vmware-vm'], ['erp-db', 'self-hosted.oracle']]);
    const plan = await run(['plan', 'out.decamp.json', '--json', '--runs', '200'], d);
    expect(plan.code).toBe(0);
    const json = JSON.parse(plan.stdout) as { waves: { workloadIds: string[] }[] };
    expect(json.waves.flatMap((w) => w.workloadIds).sort()).toEqual(p.workloads.map((w) => w.id).sort());
  });

  it('is Huawei Cloud for a huaweicloud_* state, and --source wins when given', async () => {
    const d = dir();
    writeFileSync(join(d, 'terraform.tfstate'), HUAWEI_STATE);
    expect((await run(['import', 'terraform.tfstate', '-o', 'out.decamp.json'], d)).code).toBe(0);
    expect(written(d).project.sourceProvider).toBe('huawei');
    expect((await run(['import', 'terraform.tfstate', '-o', 'out.decamp.json', '--source', 'tencent'], d)).code).toBe(0);
    expect(written(d).project.sourceProvider).toBe('tencent');
  });
});

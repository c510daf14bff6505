/**
 * Property-based fuzzing of every importer with fast-check: generated inputs in the format's shape
 * and mutated real inputs (edits, cuts, duplications). Whatever comes in, an import resolves,
 * never hits an internal error, locates every error it reports, and what it accepts merges into a
 * project that validates.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, mergeFragment, newProjectForImport } from '../../../shared/import';
import { validateProject } from '../../../shared/model/load';
import { HAVE_REAL, REAL } from './fixtures';

const RUNS = 1000; // per arbitrary; two arbitraries (generated and mutated) per importer: 2,000 inputs each.
/**
 * A thousand imports of a mutated 22 KB manifest take about 30 s on a quiet 2-core machine (the yaml
 * parser alone is ~10 ms a pass), and CI runs other files beside them: the default 60 s timed out
 * under load. The work is the point of the test, so the budget fits the work.
 */
const FUZZ_TIMEOUT_MS = 240_000;
const encode = (s: string) => new TextEncoder().encode(s);

/** Errors about the file as a whole, which have no line or row to point at. */
const WHOLE_FILE = new Set(['file.empty', 'file.tooLarge', 'format.unrecognised', 'xlsx.unreadable', 'xlsx.empty', 'csv.empty', 'noFiles']);

async function check(name: string, bytes: Uint8Array, format: string): Promise<void> {
  const outcome = await importFiles([{ name, bytes }], { sourceProvider: 'alibaba', format });
  for (const m of outcome.report.messages) {
    expect(m.code, m.message).not.toBe('internal');
    if (m.severity !== 'error') continue;
    expect(m.at.file).toBe(name);
    const located = m.at.line !== undefined || m.at.row !== undefined || m.at.path !== undefined || WHOLE_FILE.has(m.code);
    expect(located, `${m.code}: ${m.message}`).toBe(true);
    expect(m.message.length).toBeGreaterThan(5);
  }
  if (outcome.ok) {
    const { project } = mergeFragment(newProjectForImport({ name: 'fuzz', startDate: '2027-01-04', sourceProvider: 'alibaba' }), outcome.fragment);
    const valid = validateProject(project);
    expect(valid.ok, valid.ok ? '' : JSON.stringify(valid.problems.slice(0, 3))).toBe(true);
  }
}

/** A text with a few random edits: characters inserted, spans deleted, duplicated or cut off. */
function mutated(seed: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 8 }));
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let s = seed;
    for (const [kind, a, b, insert] of edits) {
      const i = s.length === 0 ? 0 : a % s.length;
      const j = Math.min(s.length, i + (b % 64));
      if (kind === 0) s = s.slice(0, i) + insert + s.slice(i);
      else if (kind === 1) s = s.slice(0, i) + s.slice(j);
      else if (kind === 2) s = s.slice(0, j) + s.slice(i, j) + s.slice(j);
      else if (kind === 3) s = s.slice(0, i);
      else s = s.slice(0, i) + '\n' + insert + '{["\'' + s.slice(i);
    }
    return s;
  });
}

const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '"', '""', 'a,b', '依赖', 'high', 'mysql on ECS', 'redis', '1,024', '500 GB', 'web;db', '\n', 'prod', '生产'));
const table = (headers: readonly string[]) =>
  fc.tuple(fc.shuffledSubarray([...headers], { minLength: 1 }), fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 })).map(([h, rows]) => [h.join(','), ...rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))].join('\n'));

const real = (path: string, fallback: string) => (HAVE_REAL ? readFileSync(join(REAL, path), 'utf8') : fallback);

const HCL_TOKENS = ['resource "alicloud_instance" "web" {', 'module "m" {', 'source = "./m"', '}', 'count = var.n', 'variable "n" { default = 2 }', 'name = "x-${count.index}"', 'vswitch_id = alicloud_vswitch.v[0].id', 'resource "alicloud_vswitch" "v" {', 'for_each = toset(["a","b"])', 'x = [for s in var.l : upper(s)]', '<<EOT\nhi\nEOT', 'password = "Secret123!"', 'data "alicloud_images" "i" {}', '${', '"', '#', '=', '\n'];

let workbook: Uint8Array = new Uint8Array();
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Servers');
  sheet.addRow(['名称', '类型', '地域', '依赖']);
  sheet.addRow(['web', 'vm', 'cn-hangzhou', 'db']);
  sheet.addRow(['db', 'mysql', 'cn-hangzhou', '']);
  workbook = new Uint8Array(await wb.xlsx.writeBuffer());
});

describe('fuzzing every importer (2,000 inputs each)', () => {
  const cases: { format: string; name: string; generated: fc.Arbitrary<string>; seed: () => string }[] = [
    { format: 'csv', name: 'x.csv', generated: table(['name', 'id', '类型', 'region', 'depends on', 'criticality', 'data gb', 'owner', 'technology', 'from', 'to']), seed: () => 'name,type,depends on\nweb,vm,db\ndb,mysql,\n' },
    { format: 'tfstate', name: 'x.tfstate', generated: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ version: 4, terraform_version: '1.5.0', resources: [{ mode: 'managed', type: 'alicloud_instance', name: 'a', instances: [{ attributes: v }] }, v] })), seed: () => real('alicloud-terraform-state/terraform.tfstate.backup.json', '{"version":4,"terraform_version":"1","resources":[]}') },
    { format: 'tf', name: 'main.tf', generated: fc.array(fc.oneof(fc.constantFrom(...HCL_TOKENS), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((t) => t.join(' ')), seed: () => real('alicloud-terraform-hcl/ecs/main.tf', 'resource "alicloud_instance" "a" { count = 2 }') },
    { format: 'k8s', name: 'x.yaml', generated: fc.jsonValue({ maxDepth: 4 }).map((v) => `apiVersion: apps/v1\nkind: Deployment\n${stringify({ metadata: { name: 'a' }, spec: v })}---\n${stringify(v)}`), seed: () => real('online-boutique-k8s/kubernetes-manifests.yaml', 'apiVersion: v1\nkind: Service\nmetadata: { name: a }\n') },
    { format: 'compose', name: 'docker-compose.yml', generated: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 3 })).map((services) => stringify({ services })), seed: () => real('example-voting-app-compose/docker-compose.yml', 'services:\n  a: { image: redis }\n') },
    { format: 'azure-deps', name: 'deps.csv', generated: table(['Timeslot', 'Source server name', 'Source IP', 'Destination server name', 'Destination IP', 'Destination port', 'Source process']), seed: () => 'Source server name,Destination server name,Destination port\nweb,db,3306\n' },
    { format: 'aws-import', name: 'aws.csv', generated: table(['ExternalId', 'HostName', 'IPAddress', 'CPU.NumberOfCores', 'RAM.TotalSizeInMB', 'OS.Name', 'Applications', 'Tags']), seed: () => 'ExternalId,HostName,RAM.TotalSizeInMB\na,web,4096\n' },
    { format: 'servicenow', name: 'rel.csv', generated: table(['parent', 'child', 'type', 'name', 'sys_class_name']), seed: () => 'parent,child,type\na,b,Depends on::Used by\n' },
    { format: 'alibaba-config', name: 'config.json', generated: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ configurationItems: [v, { resourceId: 'i-1', resourceType: 'ACS::ECS::Instance', relationship: v }] })), seed: () => JSON.stringify({ configurationItems: [{ resourceId: 'i-1', resourceType: 'ACS::ECS::Instance', relationship: '[{"resourceId":"vsw-1"}]' }, { resourceId: 'vsw-1', resourceType: 'ACS::VPC::VSwitch' }] }) },
    { format: 'konveyor', name: 'konveyor.csv', generated: table(['Record Type 1', 'Application Name', 'Description', 'Business Service', 'Dependency', 'Dependency Direction', 'Tag Category 1', 'Tag 1']), seed: () => 'Record Type 1,Application Name,Dependency,Dependency Direction\n1,a,,\n1,b,,\n2,a,b,southbound\n' },
    { format: 'dc-inventory', name: 'servers.csv', generated: table(['VM Name', 'OS', 'Cores', 'Memory (GB)', 'Disks (GB)', 'Applications', 'Hypervisor', 'Datacenter', 'Depends on']), seed: () => 'VM;Powerstate;Template;CPUs;Memory;In Use MiB;Datacenter;OS according to the configuration file\nweb;poweredOn;False;2;4096;20480;DC1;Ubuntu\n' },
    {
      format: 'wave-mapping',
      name: 'waves.csv',
      generated: table(['Workload ID', 'Workload', 'Planned wave', 'Planned cutover', 'Wave']),
      seed: () => 'Workload ID,Workload,Kind,Source service,Strategy,Criticality,Team,Planned wave,Planned cutover,Wave\nweb,Web,compute,alibaba.ecs,rehost,high,Team 1,Wave 1,2027-03-01,Wave 3\ndb,DB,database,alibaba.rds-mysql,rehost,high,Team 1,Pilot,2027-02-01,第 2 批\n',
    },
    { format: 'decamp', name: 'fragment.json', generated: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ workloads: [v, { id: 'a', name: 'A', kind: v }], dependencies: [v, { from: 'a', to: v }] })), seed: () => JSON.stringify({ workloads: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', kind: 'database' }], dependencies: [{ from: 'a', to: 'b' }] }) },
  ];

  for (const c of cases) {
    it(`${c.format}: generated inputs`, async () => {
      await fc.assert(fc.asyncProperty(c.generated, (text) => check(c.name, encode(text), c.format)), { numRuns: RUNS, seed: 1123 });
    }, FUZZ_TIMEOUT_MS);
    it(`${c.format}: mutated inputs`, async () => {
      await fc.assert(fc.asyncProperty(mutated(c.seed()), (text) => check(c.name, encode(text), c.format)), { numRuns: RUNS, seed: 1124 });
    }, FUZZ_TIMEOUT_MS);
  }

  it('xlsx: mutated workbooks', async () => {
    const edits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean()), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(edits, async (list) => {
        const bytes = new Uint8Array(workbook);
        let view = bytes;
        for (const [at, value, cut] of list) {
          if (cut) view = view.subarray(0, Math.max(4, at % view.length));
          else view[at % view.length] = value;
        }
        await check('book.xlsx', view, 'xlsx');
      }),
      { numRuns: 2 * RUNS, seed: 1125 },
    );
  }, FUZZ_TIMEOUT_MS);
});

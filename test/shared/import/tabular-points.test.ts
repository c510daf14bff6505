/**
 * Issue 11's spreadsheet points not covered by csv.test.ts: every header the issue lists, in
 * English and Chinese; the user's value mapping for each enum column; dependencies separated by
 * ';' or ',' naming ids or names; an XLSX workbook whose second sheet lists the edges, with its
 * errors located by sheet, row and column.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../shared/import';
import { byName, edges, file, run } from './helpers';

async function workbook(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('spreadsheet inventories: the points of issue 11', () => {
  it('recognises every header the issue lists, in English and Chinese', () => {
    expect(suggestMapping(['name', 'id', 'kind', 'region', 'application', 'owner', 'environment', 'depends on'])).toEqual({
      name: 'name',
      id: 'id',
      kind: 'kind',
      region: 'region',
      application: 'application',
      owner: 'owner',
      environment: 'environment',
      'depends on': 'dependsOn',
    });
    expect(suggestMapping(['名称', '实例ID', '类型', '规格', '地域', '所属应用', '负责人', '环境', '依赖'])).toEqual({
      名称: 'name',
      实例ID: 'id',
      类型: 'kind',
      规格: 'instanceType',
      地域: 'region',
      所属应用: 'application',
      负责人: 'owner',
      环境: 'environment',
      依赖: 'dependsOn',
    });
    expect(suggestMapping(['实例名称', 'type', 'depends_on'])).toEqual({ 实例名称: 'name', type: 'kind', depends_on: 'dependsOn' });
  });

  it("applies the user's value mapping to strategy, criticality, kind and environment", async () => {
    const csv = ['name,strategy,criticality,kind,environment', 'billing,move as is,P1,box,PRD-A', 'reports,rebuild,P3,box,UAT-2'].join('\n');
    const values = {
      strategy: { 'move as is': 'rehost', rebuild: 'refactor' },
      criticality: { P1: 'mission-critical', P3: 'low' },
      kind: { box: 'compute' },
      environment: { 'PRD-A': 'production', 'UAT-2': 'staging' },
    };
    const out = await run(file('cmdb.csv', csv), { tabular: { values } });
    expect(byName(out, 'billing')).toMatchObject({ strategy: 'rehost', criticality: 'mission-critical', kind: 'compute', environment: 'production' });
    expect(byName(out, 'reports')).toMatchObject({ strategy: 'refactor', criticality: 'low', kind: 'compute', environment: 'staging' });
    // Without the mapping the same words are unknown: a located warning, and a default marked for review.
    const unmapped = await run(file('cmdb.csv', csv));
    expect(unmapped.report.messages).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'value.unmapped', at: { file: 'cmdb.csv', row: 2, field: 'strategy' } }));
    expect(byName(unmapped, 'billing').review).toContainEqual({ field: 'strategy', basis: 'value', source: 'move as is' });
    expect(byName(unmapped, 'billing').review).toContainEqual({ field: 'kind', basis: 'value', source: 'box' });
  });

  it("reads dependencies from a column of ';' or ','-separated ids or names", async () => {
    const csv = ['id,name,depends on', 'i-web,web,"i-api; orders-db"', 'i-api,api,"orders-db,i-cache"', 'rm-1,orders-db,', 'i-cache,cache,'].join('\n');
    const out = await run(file('estate.csv', csv));
    expect(edges(out)).toEqual(['api -> cache', 'api -> orders-db', 'web -> api', 'web -> orders-db']);
  });

  it('reads an XLSX workbook: workloads on one sheet, edges on a second', async () => {
    const bytes = await workbook({
      Servers: [
        ['实例名称', '类型', '负责人', '重要性'],
        ['订单服务', 'vm', '交易组', '高'],
        ['订单库', 'mysql', 'DBA', '关键'],
        ['会话缓存', 'redis', '交易组', '中'],
      ],
      Links: [
        ['source', 'target', 'protocol'],
        ['订单服务', '订单库', 'jdbc'],
        ['订单服务', '会话缓存', 'redis'],
      ],
    });
    const out = await run({ name: 'cmdb.xlsx', bytes });
    expect(out.ok).toBe(true);
    expect(out.report.files).toEqual([{ file: 'cmdb.xlsx', format: 'xlsx' }]);
    expect(byName(out, '订单库')).toMatchObject({ kind: 'database', criticality: 'mission-critical', owner: 'DBA' });
    expect(edges(out)).toEqual(['订单服务 -> 会话缓存', '订单服务 -> 订单库']);
  });

  it('locates a bad XLSX value by sheet, row and column, and still imports the row', async () => {
    const bytes = await workbook({ Inventory: [['name', 'complexity', 'data gb'], ['api', 'seven', 12]] });
    const out = await run({ name: 'estate.xlsx', bytes });
    expect(out.ok).toBe(true);
    const warning = out.report.messages.find((m) => m.code === 'value.notANumber');
    expect(warning?.at).toEqual({ file: 'estate.xlsx', sheet: 'Inventory', row: 2, field: 'complexity' });
    expect(byName(out, 'api')).toMatchObject({ complexity: 3, size: { dataGb: 12 } });
  });
});

describe('what an inventory row states, and only that', () => {
  it('reads instances and downtime tolerance where given, and marks them provided; a row that gives neither keeps the defaults, not provided', async () => {
    const out = await run(file('estate.csv', ['name,instances,downtime', 'web,3,minutes', 'api,,'].join('\n')));
    const web = byName(out, 'web');
    expect(web).toMatchObject({ size: { instances: 3 }, downtimeTolerance: 'minutes' });
    expect(web.provided).toEqual(['name', 'instances', 'downtimeTolerance']);
    expect(byName(out, 'api').provided).toEqual(['name']);
  });

  it('an edge file gives each dependency its kind and coupling where stated, and none where not', async () => {
    const out = await run(file('edges.csv', ['from,to,dependency kind,coupling', 'web,api,async,tight', 'api,db,,'].join('\n')));
    expect(out.fragment.references?.map(({ from, to, kind, coupling }) => ({ from, to, kind, coupling }))).toEqual([
      { from: 'web', to: 'api', kind: 'async', coupling: 'tight' },
      { from: 'api', to: 'db', kind: undefined, coupling: undefined },
    ]);
    expect(out.fragment.references?.[1]).not.toHaveProperty('kind');
  });
});

describe('an XLSX cell as the spreadsheet shows it', () => {
  it('reads a formula by its computed value and an error cell as empty', async () => {
    const bytes = await workbook({
      Servers: [
        ['name', 'data gb', 'owner'],
        ['orders-db', { formula: '20*2', result: 40 }, { error: '#N/A' } as ExcelJS.CellValue],
      ],
    });
    const out = await run({ name: 'cmdb.xlsx', bytes });
    const db = byName(out, 'orders-db');
    expect(db.size.dataGb).toBe(40);
    expect(db.provided).toContain('dataGb');
    expect(db).not.toHaveProperty('owner');
  });
});

import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { importGuessText, importLocationText, importMessageText } from '../../renderer/src/components/import/message-text';
import { bundledResources } from '../../renderer/src/i18n';
import { IMPORT_MESSAGE_CODES, type ImportMessage } from '../../shared/import';
import { file, run } from '../shared/import/helpers';

const resources = bundledResources();
const CJK = /[\u4e00-\u9fff]/;

/** An import finding's entry in a locale: the text, or its plural and variant forms. */
function entry(lng: string, code: string): unknown {
  const parts = ['message', ...code.split('.')];
  const last = parts.pop() as string;
  const parent = parts.reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], resources[lng]?.import);
  if (parent === null || typeof parent !== 'object') return undefined;
  const forms = Object.entries(parent as Record<string, unknown>).filter(([k]) => k === last || k.startsWith(`${last}_`));
  return forms.length > 0 ? Object.fromEntries(forms) : undefined;
}

/** Files with something wrong in each format the importers read, so the findings are real ones (each imported alone). */
const BROKEN = [
  file('cmdb.csv', ['name,strategy,complexity,instances,technology', 'Order service,lift-it,9,many,frobnicator 3', ',rehost,,,'].join('\n')),
  file('quotes.csv', ['name,strategy', 'Ledger,"rehost', 'Billing,rehost'].join('\n')),
  file('edges.csv', ['from,to,dependency kind', 'a,b,telepathy', ',b,'].join('\n')),
  file('old.tfstate', JSON.stringify({ version: 3, terraform_version: '0.11.0', resources: [1, { mode: 'managed' }, { mode: 'data', type: 'alicloud_zones', name: 'z', instances: [{ attributes: {} }] }, { mode: 'managed', type: 'null_resource', name: 'n', instances: [{ attributes: {} }] }, { mode: 'managed', type: 'alicloud_vpc', name: 'v', instances: [{ attributes: { id: 'vpc-1', vpc_name: 'main' } }] }] })),
  file('compose.yaml', 'services:\n  web:\n    image: nginx\n  debug:\n    image: busybox\n    profiles: [debug]\n'),
  file('k8s.yaml', ['apiVersion: v1\nkind: Secret\nmetadata: { name: creds }', 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: settings }', 'apiVersion: v1\nkind: Service\nmetadata: { name: lonely }\nspec: { type: LoadBalancer, selector: { app: nobody } }', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec:\n  selector: { matchLabels: { app: api } }\n  template:\n    metadata: { labels: { app: api } }\n    spec: { containers: [{ name: api, image: "example/api:1" }] }'].join('\n---\n')),
];
const ALONE = [
  file('bad.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [x\n'), file('main.tf', 'resource "alicloud_vpc" "v" {\n  vpc_name = \n'), file('empty.csv', ''), file('notes.txt', 'just some words, nothing to import')];

describe('import findings in the app', () => {
  let en: TFunction;
  let zh: TFunction;
  let findings: ImportMessage[];
  beforeAll(async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', fallbackLng: 'en', ns: Object.keys(resources.en ?? {}), defaultNS: 'import', interpolation: { escapeValue: false } });
    en = i18n.getFixedT('en', 'import');
    zh = i18n.getFixedT('zh-CN', 'import');
    const outcomes = [...(await Promise.all([...BROKEN, ...ALONE].map((f) => run(f)))), await run(file('x.csv', 'a,b\n1,2\n'), { format: 'punchcards' })];
    findings = outcomes.flatMap((o) => o.report.messages);
  });

  it.each(IMPORT_MESSAGE_CODES)('%s has a text in English and in Chinese', (code) => {
    expect(entry('en', code), 'en').toBeDefined();
    expect(entry('zh-CN', code), 'zh-CN').toBeDefined();
  });

  it('words every finding of broken files in Chinese, with its params filled in', () => {
    const codes = new Set(findings.map((m) => m.code));
    // Enough kinds of finding that the check means something (and one of each family of importer).
    expect(codes.size).toBeGreaterThanOrEqual(15);
    expect([...codes]).toEqual(expect.arrayContaining(['value.unmapped', 'skipped.row.noName', 'csv.MissingQuotes', 'tfstate.version', 'tfstate.badResource', 'skipped.compose.profile', 'skipped.k8s.secret', 'yaml.syntax', 'hcl.syntax', 'file.empty', 'format.unknown']));
    for (const m of findings) {
      const chinese = importMessageText(m, zh);
      const english = importMessageText(m, en);
      expect(chinese, `${m.code} in Chinese: ${chinese}`).toMatch(CJK);
      expect(chinese, m.code).not.toMatch(/\{\{|message\./);
      expect(english, m.code).not.toMatch(/\{\{|message\.|[\u4e00-\u9fff]/);
    }
  });

  it('names the column role and the variant the finding is about', () => {
    const unmapped = findings.find((m) => m.code === 'value.unmapped' && m.params.role === 'strategy') as ImportMessage;
    expect(importMessageText(unmapped, zh)).toBe('“lift-it”不是 Decamp 认识的迁移策略取值，暂用默认值（可在取值映射步骤中映射）。');
    expect(importMessageText(unmapped, en)).toBe("'lift-it' is not a value of Strategy Decamp knows; the default is used (map it in the values step).");
    const [notObject, unnamed] = findings.filter((m) => m.code === 'tfstate.badResource');
    expect(importMessageText(notObject as ImportMessage, zh)).toBe('第 0 个资源不是对象，已略去。');
    expect(importMessageText(unnamed as ImportMessage, en)).toBe('Resource 1 has no type or name; it is left out.');
    const edge = findings.find((m) => m.code === 'skipped.edge.incomplete') as ImportMessage;
    expect(importMessageText(edge, zh)).toBe('这一行没有写调用方，不导入。');
  });

  it('writes a location the way the spreadsheet or editor shows it', () => {
    expect(importLocationText({ file: 'hosts.xlsx', sheet: 'Servers', row: 7, field: 'Region' }, zh)).toBe('hosts.xlsx: 工作表“Servers”，第 7 行，“Region”列');
    expect(importLocationText({ file: 'hosts.xlsx', sheet: 'Servers', row: 7, field: 'Region' }, en)).toBe("hosts.xlsx: sheet 'Servers', row 7, column 'Region'");
    expect(importLocationText({ file: 'main.tf', line: 12, column: 5 }, zh)).toBe('main.tf:12:5');
  });

  it('words a guess as the Inventory does', () => {
    expect(importGuessText({ workloadId: 'w1', workloadName: '订单库', message: '', field: 'kind', basis: 'image', source: 'mysql:8' }, zh)).toBe('订单库: 类型由镜像 mysql:8 推测');
  });
});

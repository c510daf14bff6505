/**
 * What each column of an inventory means (its role), recognised from the header in English or
 * Chinese. Columns are always read by name, never by position: a mapping is keyed by header text.
 */
import { type HeadedTable, type Table, withHeaderRow } from './table';

/** Roles of an inventory (one row per workload) and of an edge list (one row per dependency). */
export const COLUMN_ROLES = [
  'id',
  'name',
  'kind',
  'technology',
  'instanceType',
  'region',
  'application',
  'owner',
  'environment',
  'strategy',
  'criticality',
  'complexity',
  'instances',
  'cpu',
  'memoryGb',
  'dataGb',
  'dailyChangeGb',
  'downtimeTolerance',
  'monthlyCost',
  'tags',
  'notes',
  'dependsOn',
  'from',
  'to',
  'dependencyKind',
  'coupling',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Header text -> role; a header left out (or mapped to 'ignore') is not read. */
export type ColumnMapping = Readonly<Record<string, ColumnRole | 'ignore'>>;

/**
 * Header words per role, compared after `normalizeHeader`. Exact matches win; then a header that
 * contains one of the longer words (`Instance Name (ECS)` -> name). First role listed wins ties.
 */
const SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  id: ['id', 'instanceid', '实例id', 'resourceid', '资源id', 'ciid', 'assetid', '资产编号', '编号', 'uid', '主机id', 'serverid', 'workloadid'],
  name: ['name', '名称', '实例名称', '资源名称', 'instancename', 'hostname', 'host', '主机名', '主机名称', 'servername', '服务器名称', 'displayname', 'workload', '工作负载', 'resourcename', 'server', 'vmname', '服务名', '服务名称', 'component', '组件'],
  kind: ['kind', 'type', '类型', '资源类型', 'resourcetype', 'category', '分类', 'workloadkind', 'citype', 'class'],
  technology: ['technology', 'tech', '技术', '技术栈', 'product', '产品', '产品名称', 'cloudproduct', '云产品', 'service', '服务', 'sourceservice', 'middleware', '中间件', 'software', '软件', 'engine', '引擎', 'platform', '平台', 'stack', 'runtime'],
  instanceType: ['规格', '实例规格', 'instancetype', 'spec', 'specification', 'flavor', 'sku', 'machinetype', '配置'],
  region: ['region', '地域', '区域', 'location', '所在地域', 'zone', '可用区', 'regionid', 'datacenter', '机房'],
  application: ['application', 'app', '所属应用', '应用', '应用名称', '业务系统', '所属系统', 'system', '系统', 'businessservice', 'businessapplication', 'project', '项目', '所属项目', '产品线'],
  owner: ['owner', '负责人', 'team', '团队', '所属团队', '运维负责人', '责任人', 'supportgroup', 'ownerteam', 'department', '部门', '归属', 'assignedto', 'managedby'],
  environment: ['environment', 'env', '环境', 'stage', '部署环境', '所属环境'],
  strategy: ['strategy', '迁移策略', '策略', 'migrationstrategy', 'disposition', '7r', '6r', 'treatment', '处置方式'],
  criticality: ['criticality', '重要性', '重要级别', '重要程度', '等级', '业务等级', 'priority', '优先级', 'businesscriticality', 'tier', '级别', 'importance', 'severity'],
  complexity: ['complexity', '复杂度', '复杂程度', 'difficulty', '难度'],
  instances: ['instances', 'instancecount', 'count', '数量', '实例数', '实例数量', 'replicas', '副本数', 'nodes', '节点数', 'quantity', '台数'],
  cpu: ['cpu', 'vcpu', 'cores', 'cpucores', '核数', 'cpu核数', 'numberofcores', 'cpu核'],
  memoryGb: ['memory', 'ram', '内存', 'memorygb', 'ramgb', '内存gb', 'mem'],
  dataGb: ['datagb', 'data', 'datasize', '数据量', 'storage', 'storagegb', '存储', '存储容量', 'disk', 'diskgb', '磁盘', '磁盘容量', '容量', 'size', 'volume'],
  dailyChangeGb: ['dailychangegb', 'dailychange', '日增量', '每日增量', '每日变化量', 'changerate', 'dailygrowth'],
  downtimeTolerance: ['downtimetolerance', 'downtime', '可停机时间', '停机窗口', '停机时间', 'rto', '允许停机'],
  monthlyCost: ['monthlycost', 'cost', '月费用', '费用', '成本', '月成本', 'costpermonth', '每月费用', 'price', '价格'],
  tags: ['tags', 'tag', '标签', 'labels', 'label'],
  notes: ['notes', 'note', '备注', 'description', '描述', 'comment', 'comments', 'remarks', '说明'],
  dependsOn: ['dependson', 'depends', 'dependencies', 'dependency', '依赖', '依赖于', '依赖项', '上游', 'upstream', 'calls', '调用', 'needs', 'uses', '下游依赖'],
  from: ['from', 'source', 'sourcename', '源', '来源', '调用方', 'consumer', 'client', 'caller', 'dependent', 'sourceworkload', '源系统'],
  to: ['to', 'target', 'targetname', 'destination', '目标', '目的', '被调用方', 'provider', 'server端', 'callee', 'dependency target', 'targetworkload', '目标系统'],
  dependencyKind: ['dependencykind', 'linktype', 'relationtype', 'relationship', '关系', '关系类型', '依赖类型', 'connectiontype', 'protocol', '协议'],
  coupling: ['coupling', '耦合', '耦合度'],
};

/** Lower case, full-width folded, without spaces, punctuation and a trailing unit such as `(GB)`. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[（(][^)）]*[)）]\s*$/, (unit) => (/gb|mb|tb|个|台|元|¥|\$|cny|usd/.test(unit) ? unit : ''))
    .replace(/[\s_\-.:/\\()（）[\]【】"'`*#]+/g, '');
}

const EXACT = new Map<string, ColumnRole>();
const CONTAINS: { word: string; role: ColumnRole }[] = [];
for (const role of COLUMN_ROLES) {
  for (const word of SYNONYMS[role]) {
    const w = normalizeHeader(word);
    if (!EXACT.has(w)) EXACT.set(w, role);
    if (w.length >= 3 || /[\u4e00-\u9fff]{2,}/.test(w)) CONTAINS.push({ word: w, role });
  }
}
// Longer words first, so `实例名称` is tried before `名称` and `instancename` before `name`.
CONTAINS.sort((a, b) => b.word.length - a.word.length);

/** The role a header suggests, or undefined when none does. */
export function roleForHeader(header: string): ColumnRole | undefined {
  const h = normalizeHeader(header);
  if (h === '') return undefined;
  const exact = EXACT.get(h);
  if (exact) return exact;
  const unit = /(gb|tb|mb)$/.exec(h)?.[1];
  const stem = unit ? h.slice(0, -unit.length) : h;
  const byStem = EXACT.get(stem);
  if (byStem) return byStem;
  return CONTAINS.find((c) => h.includes(c.word))?.role;
}

/** Suggested roles for every header; each role goes to the first header that claims it. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: Record<string, ColumnRole | 'ignore'> = {};
  const used = new Set<ColumnRole>();
  // Exact matches claim their role first, so `Name` beats `Host name` for the name column.
  const ranked = headers.map((h, i) => ({ h, i, role: roleForHeader(h), exact: EXACT.has(normalizeHeader(h)) }));
  for (const pass of [true, false]) {
    for (const { h, role, exact } of ranked) {
      if (mapping[h] !== undefined || role === undefined || exact !== pass) continue;
      if (used.has(role)) continue;
      mapping[h] = role;
      used.add(role);
    }
  }
  for (const h of headers) if (mapping[h] === undefined) mapping[h] = 'ignore';
  return mapping;
}

/** Roles a mapping uses, with the column index of each. */
export function mappedColumns(headers: readonly string[], mapping: ColumnMapping): Map<ColumnRole, number> {
  const out = new Map<ColumnRole, number>();
  headers.forEach((h, i) => {
    const role = mapping[h];
    if (role !== undefined && role !== 'ignore' && !out.has(role)) out.set(role, i);
  });
  return out;
}

/** What a table holds, judged from its mapped columns. */
export type TableShape = 'inventory' | 'edges' | 'unknown';

export function tableShape(roles: ReadonlySet<ColumnRole> | Map<ColumnRole, number>): TableShape {
  const has = (r: ColumnRole) => roles.has(r);
  if (has('from') && has('to') && !has('name')) return 'edges';
  if (has('name') || has('id')) return 'inventory';
  return 'unknown';
}

/** How many of the first rows are tried as the header row (CMDB exports put titles above it). */
const HEADER_SEARCH_ROWS = 10;

/** Picks the header row: among the first rows, the one whose cells name the most roles (ties: the first). */
export function detectHeaderRow(table: Table): HeadedTable {
  let best = 0;
  let bestScore = -1;
  const limit = Math.min(HEADER_SEARCH_ROWS, table.rows.length);
  for (let i = 0; i < limit; i++) {
    const cells = table.rows[i]?.cells ?? [];
    const roles = new Set(cells.map((c) => roleForHeader(c)).filter((r): r is ColumnRole => r !== undefined));
    const score = roles.size + (roles.has('name') || roles.has('id') || (roles.has('from') && roles.has('to')) ? 2 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return withHeaderRow(table, best);
}

/**
 * The key a mapping is remembered under: the set of headers (order and case ignored), so the next
 * export from the same CMDB gets the same mapping.
 */
export function headerSignature(headers: readonly string[]): string {
  return [...new Set(headers.map(normalizeHeader).filter((h) => h !== ''))].sort().join('|');
}

/**
 * Mapping a column's own words onto Decamp's closed lists (strategy, criticality, kind, environment
 * ...). Common English and Chinese words are known; anything else the user maps in the dialog, or
 * it falls back to the default and the workload is marked for review.
 */
import {
  COUPLINGS,
  CRITICALITIES,
  DEPENDENCY_KINDS,
  DOWNTIME_TOLERANCES,
  ENVIRONMENTS,
  STRATEGIES,
  WORKLOAD_KINDS,
} from '../../model/vocabulary';


/** The columns whose values come from a closed list. */
export const ENUM_ROLES = ['kind', 'strategy', 'criticality', 'environment', 'downtimeTolerance', 'dependencyKind', 'coupling'] as const;
export type EnumRole = (typeof ENUM_ROLES)[number];

export const ENUM_VALUES: Readonly<Record<EnumRole, readonly string[]>> = {
  kind: WORKLOAD_KINDS,
  strategy: STRATEGIES,
  criticality: CRITICALITIES,
  environment: ENVIRONMENTS,
  downtimeTolerance: DOWNTIME_TOLERANCES,
  dependencyKind: DEPENDENCY_KINDS,
  coupling: COUPLINGS,
};

/** Per role: the value as written in the file (trimmed) -> a Decamp value. */
export type ValueMappings = Readonly<Partial<Record<EnumRole, Readonly<Record<string, string>>>>>;

/** Known words per value, compared lower-case without spaces, `-` or `_`. */
const WORDS: Readonly<Record<EnumRole, Readonly<Record<string, readonly string[]>>>> = {
  kind: {
    compute: ['vm', 'virtualmachine', 'server', 'host', 'ecs', 'ec2', 'instance', 'baremetal', '虚拟机', '服务器', '主机', '云服务器', '物理机', '计算', 'app', 'application', '应用', 'web', 'api'],
    container: ['k8s', 'kubernetes', 'docker', 'pod', 'ack', 'cluster', '容器', '集群', 'deployment', 'microservice', '微服务'],
    serverless: ['function', 'lambda', 'faas', 'fc', '函数', '函数计算', 'sae'],
    database: ['db', 'rds', 'mysql', 'postgresql', 'postgres', 'sqlserver', 'oracle', 'mongodb', 'polardb', '数据库', 'rdbms', 'sql'],
    cache: ['redis', 'memcached', 'tair', '缓存', 'kvstore'],
    storage: ['oss', 's3', 'nas', 'nfs', 'objectstorage', 'filestorage', 'disk', 'bucket', '存储', '对象存储', '文件存储', '块存储'],
    queue: ['mq', 'kafka', 'rocketmq', 'rabbitmq', 'messagequeue', 'queue', '消息队列', '消息', 'mns'],
    network: ['slb', 'clb', 'alb', 'loadbalancer', 'lb', 'vpc', 'eip', 'nat', 'dns', 'cdn', 'vpn', 'gateway', '负载均衡', '网络', '网关', '专有网络', '域名'],
    security: ['ram', 'kms', 'iam', 'waf', 'firewall', 'certificate', 'ssl', '安全', '密钥', '防火墙', '证书', 'identity', '身份'],
    observability: ['sls', 'log', 'logging', 'monitoring', 'monitor', 'arms', 'cloudmonitor', '日志', '监控', '日志服务'],
    analytics: ['bigdata', 'maxcompute', 'hadoop', 'spark', 'flink', 'elasticsearch', 'es', 'datawarehouse', 'dw', '大数据', '数仓', '数据仓库', '分析', 'emr'],
    iot: ['iotplatform', 'iothub', 'mqtt', '物联网', 'device'],
    other: ['其他', '其它', 'misc'],
  },
  strategy: {
    rehost: ['rehost', 'liftandshift', 'lift&shift', '重新托管', '直接迁移', '平迁', '主机迁移', 'rehosting'],
    relocate: ['relocate', '重新定位', '整体搬迁', 'relocation'],
    replatform: ['replatform', 'liftandreshape', 'lifttinkerandshift', '平台重构', '更换平台', '重新平台化', 'replatforming'],
    refactor: ['refactor', 'rearchitect', 're-architect', 'rebuild', '重构', '重新架构', '改造', 'refactoring'],
    repurchase: ['repurchase', 'replace', 'drop&shop', 'saas', '重新购买', '替换', '采购'],
    retire: ['retire', 'decommission', '下线', '退役', '停用', '淘汰', 'retirement'],
    retain: ['retain', 'keep', 'revisit', '保留', '暂不迁移', '不迁移', 'retention'],
  },
  criticality: {
    low: ['low', 'l', '低', 'p3', 'p4', 'tier3', 'tier4', '一般', '次要', 'minor', 'c', 'd', '4', '3级'],
    medium: ['medium', 'med', 'm', 'moderate', 'normal', '中', '中等', 'p2', 'tier2', '重要', 'b', '2级'],
    high: ['high', 'h', '高', 'p1', 'tier1', 'important', '核心', 'a', 'critical', '1级'],
    'mission-critical': ['missioncritical', 'mission', '关键', '极高', '最高', 'p0', 'tier0', 'businesscritical', 's', '关键业务', '核心关键', '0级'],
  },
  environment: {
    production: ['production', 'prod', 'prd', 'live', '生产', '生产环境', '正式', '线上', 'pro'],
    staging: ['staging', 'stage', 'stg', 'uat', 'preprod', 'preproduction', 'pre', '预发', '预发布', '预生产', '准生产', '灰度'],
    test: ['test', 'testing', 'qa', 'sit', 'tst', '测试', '测试环境'],
    development: ['development', 'dev', 'develop', '开发', '开发环境', 'sandbox', 'lab'],
  },
  downtimeTolerance: {
    zero: ['zero', 'none', '0', 'nodowntime', '零停机', '不可停机', '不停机', '无'],
    minutes: ['minutes', 'minute', 'min', 'mins', '分钟', '分钟级'],
    hours: ['hours', 'hour', 'h', 'hrs', '小时', '小时级'],
    days: ['days', 'day', 'd', '天', '天级', 'weekend', '周末'],
  },
  dependencyKind: {
    sync: ['sync', 'synchronous', 'http', 'https', 'grpc', 'rpc', 'rest', 'api', 'call', 'calls', 'tcp', 'jdbc', 'sql', '同步', '调用', 'dependson', 'uses'],
    async: ['async', 'asynchronous', 'message', 'messaging', 'event', 'queue', 'mq', 'pubsub', '异步', '消息'],
    data: ['data', 'replication', 'etl', 'sync-data', 'cdc', 'batch', '数据', '复制', '同步数据'],
    'shared-storage': ['sharedstorage', 'nfs', 'nas', 'mount', 'share', 'fileshare', '共享存储', '挂载'],
    auth: ['auth', 'authentication', 'identity', 'sso', 'ldap', 'oauth', 'kms', '认证', '鉴权', '身份'],
    network: ['network', 'net', 'routing', 'vpn', 'dns', 'loadbalancer', '网络', 'runson', 'hostedon', 'connectsto'],
  },
  coupling: {
    tight: ['tight', 'tightly', 'strong', 'hard', '紧', '紧耦合', '强'],
    loose: ['loose', 'loosely', 'weak', 'soft', '松', '松耦合', '弱'],
  },
};

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s_\-]+/g, '');

const INDEX: Readonly<Record<EnumRole, ReadonlyMap<string, string>>> = Object.fromEntries(
  ENUM_ROLES.map((role) => {
    const map = new Map<string, string>();
    for (const value of ENUM_VALUES[role]) map.set(fold(value), value);
    for (const [value, words] of Object.entries(WORDS[role])) for (const w of words) if (!map.has(fold(w))) map.set(fold(w), value);
    return [role, map];
  }),
) as unknown as Record<EnumRole, ReadonlyMap<string, string>>;

/** A Decamp value for `raw` in `role`: the user's mapping first, then the known words; undefined when unknown. */
export function mapEnumValue(role: EnumRole, raw: string, mappings?: ValueMappings): string | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  const chosen = mappings?.[role]?.[trimmed];
  if (chosen !== undefined && ENUM_VALUES[role].includes(chosen)) return chosen;
  const known = INDEX[role].get(fold(trimmed));
  if (known !== undefined) return known;
  // "P1 - high", "高 (核心)": the first known word inside the text.
  for (const token of trimmed.split(/[\s,;/|()（）:：-]+/)) {
    const hit = token !== '' ? INDEX[role].get(fold(token)) : undefined;
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** The distinct values of a column with what each maps to now, for the dialog's value-mapping step. */
export function distinctValues(role: EnumRole, values: Iterable<string>, mappings?: ValueMappings, limit = 200): { raw: string; count: number; mapped: string | undefined }[] {
  const counts = new Map<string, number>();
  for (const v of values) {
    const t = v.trim();
    if (t !== '') counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([raw, count]) => ({ raw, count, mapped: mapEnumValue(role, raw, mappings) }));
}

/** Families of databases, caches and database-migration services. */
import type { Provider } from '../../model/vocabulary';
import { PROVIDER_PROFILES } from '../providers';
import type { Family, PairContext } from '../types';
import { databaseSync, stagingStore, targetName } from './method-text';

/** Oracle schema and PL/SQL conversion tooling on each target, for a move off the Oracle engine. */
const ORACLE_CONVERSION: Readonly<Record<Provider, string>> = {
  alibaba: 'Alibaba Cloud ADAM',
  aws: 'AWS DMS Schema Conversion',
  azure: 'ora2pg, or SSMA for Oracle towards Azure SQL',
  gcp: 'Database Migration Service (Oracle to PostgreSQL)',
  huawei: 'Huawei Cloud UGO',
  tencent: 'ora2pg',
  'self-hosted': 'ora2pg',
};

/** The services that carry rows between the pair, or a bulk export where neither side has one. */
function carry(pair: PairContext): string {
  const tools = [PROVIDER_PROFILES[pair.to].databaseMigration, PROVIDER_PROFILES[pair.source.provider].databaseMigration].filter((t): t is string => t !== undefined);
  return tools.length > 0 ? [...new Set(tools)].join(' or ') : 'bulk export and import';
}

/** A different engine: convert the schema first, then move the data. */
function convertThenSync(pair: PairContext): string {
  return `Convert schema and queries to ${targetName(pair)}; migrate data with ${carry(pair)}; run CDC or dual writes until cutover`;
}

const REDIS_TOOLS: Partial<Readonly<Record<Provider, string>>> = {
  alibaba: 'Alibaba Cloud DTS (Redis)',
  huawei: 'DCS online migration',
  tencent: 'Tencent Cloud DTS (Redis)',
};

export const DATA_FAMILIES: readonly Family[] = [
  {
    id: 'mysql',
    name: 'MySQL-compatible databases',
    kind: 'database',
    holds: 'data',
    method: (pair) => databaseSync(pair, 'mydumper or XtraBackup plus binlog replication'),
    notes: { 'same-engine': 'Check parameter defaults, character sets and the kernel minor version; vendor kernel features (hints, audit plugins, column-store indexes) do not move.' },
  },
  {
    id: 'postgresql',
    name: 'PostgreSQL-compatible databases',
    kind: 'database',
    holds: 'data',
    method: (pair) => (pair.portability === 'refactor' ? convertThenSync(pair) : databaseSync(pair, 'logical replication (pg_dump/pg_restore for small databases)')),
    notes: { 'same-engine': 'The extension allow-list differs; check every CREATE EXTENSION and the major version.' },
  },
  {
    id: 'sqlserver',
    name: 'SQL Server databases',
    kind: 'database',
    holds: 'data',
    method: (pair) => databaseSync(pair, 'native backup/restore plus log shipping until cutover'),
    notes: { 'same-engine': 'SQL Agent jobs, linked servers and logins are recreated; editions, versions and licensing (licence-included or your own) differ.' },
  },
  {
    id: 'oracle',
    name: 'Oracle databases',
    kind: 'database',
    holds: 'data',
    nearest: ['postgresql'],
    method: (pair) =>
      pair.basis === 'same-engine'
        ? databaseSync(pair, 'Data Pump plus Oracle GoldenGate')
        : `Assess and convert schema and PL/SQL for ${targetName(pair)} with ${ORACLE_CONVERSION[pair.to]}; migrate data with ${carry(pair)}; run CDC until cutover`,
    notes: {
      'same-engine': 'Oracle counts licences per vCPU only in its authorized cloud environments (AWS, Azure, Google Cloud, OCI); elsewhere every core of the host may need a licence.',
      different: 'PL/SQL packages, sequences and proprietary features are converted and re-tested; conversion tools handle most of the schema, not all of the code.',
      'nearest-family': 'No managed Oracle on this provider: PL/SQL packages, sequences and proprietary features are converted and re-tested, or Oracle runs on its VMs under your own licence.',
    },
  },
  {
    id: 'mongodb',
    name: 'MongoDB-compatible databases',
    kind: 'database',
    holds: 'data',
    method: (pair) => databaseSync(pair, 'mongosync, or mongodump/mongorestore with oplog replay'),
    notes: {
      'same-engine': 'Check the server version and sharding layout; backups and upgrades follow the target’s tooling.',
      compatible: '“MongoDB-compatible” services implement most of the API, not all of it: test aggregations, transactions and the operators you use.',
    },
  },
  {
    id: 'redis',
    name: 'Redis-compatible caches',
    kind: 'cache',
    holds: 'data',
    method: (pair) => {
      const tool = REDIS_TOOLS[pair.to] ?? REDIS_TOOLS[pair.source.provider];
      return `redis-shake in sync mode${tool ? ` or ${tool}` : ''}; a pure cache can be warmed instead`;
    },
    notes: { 'same-engine': 'Cluster-mode client settings and command restrictions differ; Redis 7.4+ licence terms differ from Valkey’s.' },
  },
  {
    id: 'nosql',
    name: 'Key-value and document NoSQL stores',
    kind: 'database',
    holds: 'data',
    method: (pair) =>
      pair.portability === 'refactor'
        ? `Export with DataX or the service’s export tool; transform and load into ${targetName(pair)}; dual-write during cutover`
        : `Export and import through the shared API into ${targetName(pair)}; dual-write during cutover`,
    notes: {
      different: 'Different data model, API and index semantics: access code and schemas are rewritten.',
      compatible: 'The API is shared, so access code keeps working; capacity modes, limits and secondary indexes differ.',
    },
  },
  {
    id: 'wide-column',
    name: 'HBase-compatible wide-column stores',
    kind: 'database',
    holds: 'data',
    method: (pair) => `HBase snapshot export (ExportSnapshot) through ${stagingStore(pair)} and import into ${targetName(pair)}; replay recent writes`,
    notes: { compatible: 'HBase-API workloads move; coprocessors, SQL layers and the other engines of a multi-model store need a refactor.' },
  },
  {
    id: 'distributed-sql',
    name: 'Distributed SQL databases',
    kind: 'database',
    holds: 'data',
    nearest: ['postgresql', 'mysql'],
    method: (pair) => (pair.portability === 'refactor' ? convertThenSync(pair) : databaseSync(pair, 'dump and load with the engine’s tools')),
    notes: {
      different: 'Distributed transactions, interleaving and consistency semantics differ; the data model is redesigned.',
      'nearest-family': 'No distributed SQL service of this kind: the data model and scaling are redesigned for a single-primary database or a sharding layer.',
    },
  },
  {
    id: 'database-migration',
    name: 'Database migration and change-data services',
    kind: 'database',
    holds: 'config',
    method: (pair) =>
      pair.portability === 'refactor' ? `Deploy ${targetName(pair)}; rewrite subscribers for its change events` : `Recreate migration and sync tasks in ${targetName(pair)}`,
    notes: {
      compatible: 'Source/target engine pairs supported differ; change-subscription consumers using a provider SDK move to a different change format.',
      different: 'You run the change-data pipeline and handle schema changes; the provider’s service can still carry the one-off migration.',
    },
  },
];

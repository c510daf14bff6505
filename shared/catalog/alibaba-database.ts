/** Alibaba Cloud databases, caches and the DTS replication service. */
import { defineCatalog } from './define';
import { ALIBABA_NOTES } from './notes';

const DMS_NOTE = 'Alibaba Cloud DTS docs (synchronization to other clouds); AWS DMS docs';

export const ALIBABA_DATABASE = defineCatalog('alibaba', ALIBABA_NOTES, [
  {
    id: 'rds-mysql',
    name: 'ApsaraDB RDS for MySQL',
    kind: 'database',
    description: 'Managed MySQL 5.7/8.0 with HA, read replicas and backups.',
    targets: {
      aws: ['Amazon RDS for MySQL or Aurora MySQL', 'data-config', 'Alibaba DTS or AWS DMS (full + incremental), cutover in a read-only window', 'AliSQL-specific features (e.g. some hints and audit plugins) are absent; check parameter groups and character sets.', DMS_NOTE],
      azure: ['Azure Database for MySQL - Flexible Server', 'data-config', 'Alibaba DTS, or Azure Database Migration Service (online), or mydumper + binlog replication', 'Max connections and parameter defaults differ; MySQL 5.7 is past end of support on Azure.'],
      gcp: ['Cloud SQL for MySQL', 'data-config', 'Database Migration Service (continuous) or Alibaba DTS', 'Cloud SQL needs GTID-based replication from the source; some SUPER-privilege operations are not allowed.'],
      huawei: ['RDS for MySQL (or GaussDB(for MySQL)/TaurusDB)', 'data-config', 'Huawei Cloud Data Replication Service (DRS), full + incremental', 'TaurusDB is the PolarDB-like option; plain RDS for MySQL is the closest match.'],
      tencent: ['TencentDB for MySQL', 'data-config', 'Tencent Cloud DTS (full + incremental)', 'Close feature match; check kernel minor version and parameter templates.'],
      'self-hosted': ['MySQL 8 on VMs / Percona Server with Orchestrator or InnoDB Cluster', 'data-config', 'Alibaba DTS to a reachable instance, or mydumper/XtraBackup + binlog replication', 'HA, backups, point-in-time recovery and upgrades are yours now.'],
    },
  },
  {
    id: 'rds-postgresql',
    name: 'ApsaraDB RDS for PostgreSQL',
    kind: 'database',
    description: 'Managed PostgreSQL with HA, read replicas and extensions.',
    targets: {
      aws: ['Amazon RDS for PostgreSQL or Aurora PostgreSQL', 'data-config', 'Alibaba DTS or AWS DMS, or native logical replication', 'Alibaba-only extensions (e.g. Ganos, some plugins) are unavailable; check the extension list first.', DMS_NOTE],
      azure: ['Azure Database for PostgreSQL - Flexible Server', 'data-config', 'Azure Database Migration Service (online) or logical replication', 'Extension allow-list differs; check every CREATE EXTENSION.'],
      gcp: ['Cloud SQL for PostgreSQL or AlloyDB for PostgreSQL', 'data-config', 'Database Migration Service (continuous, pglogical)', 'pglogical must be installable on the source; Alibaba extensions have no match.'],
      huawei: ['RDS for PostgreSQL', 'data-config', 'Data Replication Service (DRS)', 'Extension list differs; check versions.'],
      tencent: ['TencentDB for PostgreSQL', 'data-config', 'Tencent Cloud DTS', 'Extension list differs; check versions.'],
      'self-hosted': ['PostgreSQL on VMs with Patroni and pgBackRest', 'data-config', 'Logical replication or pg_dump/pg_restore for small databases', 'Failover, backups and vacuum tuning are yours.'],
    },
  },
  {
    id: 'rds-sqlserver',
    name: 'ApsaraDB RDS for SQL Server',
    kind: 'database',
    description: 'Managed Microsoft SQL Server with license included.',
    targets: {
      aws: ['Amazon RDS for SQL Server', 'data-config', 'Native backup to OSS, restore from S3; or AWS DMS for continuous sync', 'Licensing is per edition and included in the hourly price; SQL Agent jobs and linked servers are recreated.', DMS_NOTE],
      azure: ['Azure SQL Managed Instance (or Azure SQL Database)', 'data-config', 'Azure Database Migration Service or Log Replay Service from backups', 'Managed Instance keeps SQL Agent and cross-database queries; Azure SQL Database needs refactoring of those.'],
      gcp: ['Cloud SQL for SQL Server', 'data-config', 'Import .bak files from Cloud Storage; Database Migration Service for continuous sync', 'Some instance-level features (e.g. certain trace flags) are restricted.'],
      huawei: ['RDS for SQL Server', 'data-config', 'Backup/restore through OBS, or DRS', 'Editions and versions offered differ by region.'],
      tencent: ['TencentDB for SQL Server', 'data-config', 'Backup/restore through COS, or DTS', 'Editions and versions offered differ by region.'],
      'self-hosted': ['SQL Server on Windows/Linux VMs (your licences) with Always On', 'data-config', 'Native backup/restore plus log shipping until cutover', 'You need SQL Server licences (and Software Assurance for failover rights).'],
    },
  },
  {
    id: 'polardb',
    name: 'PolarDB (MySQL-compatible)',
    kind: 'database',
    description: 'Cloud-native shared-storage MySQL-compatible database with fast read scaling.',
    targets: {
      aws: ['Amazon Aurora MySQL', 'data-config', 'Alibaba DTS or AWS DMS (full + incremental)', 'Both are shared-storage designs; PolarDB-specific features (IMCI column index, global secondary index) are absent.', DMS_NOTE],
      azure: ['Azure Database for MySQL - Flexible Server (Business Critical)', 'data-config', 'Alibaba DTS or Azure Database Migration Service', 'No shared-storage architecture; read scaling uses replicas with replication lag.'],
      gcp: ['Cloud SQL for MySQL Enterprise Plus', 'data-config', 'Database Migration Service or Alibaba DTS', 'No shared-storage architecture; size read replicas for the PolarDB readers.'],
      huawei: ['GaussDB(for MySQL) (TaurusDB)', 'data-config', 'Data Replication Service (DRS)', 'Closest architectural match (compute-storage separation).'],
      tencent: ['TDSQL-C for MySQL', 'data-config', 'Tencent Cloud DTS', 'Closest architectural match (compute-storage separation); Serverless editions differ.'],
      'self-hosted': ['MySQL 8 / Percona XtraDB Cluster on VMs', 'data-config', 'Alibaba DTS or mydumper + binlog replication', 'Loses fast read scaling and storage auto-growth; plan replicas and disks.'],
    },
  },
  {
    id: 'mongodb',
    name: 'ApsaraDB for MongoDB',
    kind: 'database',
    description: 'Managed MongoDB replica sets and sharded clusters.',
    targets: {
      aws: ['Amazon DocumentDB (with MongoDB compatibility) or MongoDB Atlas on AWS', 'data-config', 'AWS DMS, mongodump/mongorestore, or MongoDB Atlas live migration', 'DocumentDB implements a subset of the MongoDB API; check unsupported operators, or use Atlas for full compatibility.'],
      azure: ['Azure Cosmos DB for MongoDB (vCore)', 'data-config', 'Azure Database Migration Service (MongoDB extension) or mongodump/mongorestore', 'Compatibility is high but not complete; test aggregations and transactions.'],
      gcp: ['MongoDB Atlas on Google Cloud (partner)', 'data-config', 'Atlas live migration (mongosync) or mongodump/mongorestore', 'Google has no first-party MongoDB service; Firestore with MongoDB compatibility is a partial API.'],
      huawei: ['Document Database Service (DDS)', 'data-config', 'Data Replication Service (DRS)', 'Supported MongoDB versions lag upstream; check yours.'],
      tencent: ['TencentDB for MongoDB', 'data-config', 'Tencent Cloud DTS', 'Close match; check version and sharding layout.'],
      'self-hosted': ['MongoDB Community or Percona Server for MongoDB', 'data-config', 'mongosync or mongodump/mongorestore with oplog replay', 'Replica set operations, backups (Percona Backup for MongoDB) and upgrades are yours.'],
    },
  },
  {
    id: 'redis',
    name: 'Tair / ApsaraDB for Redis',
    kind: 'cache',
    description: 'Managed Redis-compatible in-memory store (Redis Open-Source Edition and Tair).',
    targets: {
      aws: ['Amazon ElastiCache (Valkey/Redis OSS) or MemoryDB', 'data-config', 'redis-shake (sync mode) or warm a new cache; Alibaba DTS for Redis', 'Tair-only data structures (exHash, TairString, TairSearch) have no equivalent and must be refactored.'],
      azure: ['Azure Managed Redis (Azure Cache for Redis)', 'data-config', 'redis-shake or RDB export/import', 'Tair extended structures must be refactored; cluster-mode client settings differ.'],
      gcp: ['Memorystore for Valkey / Redis Cluster', 'data-config', 'redis-shake or RDB import from Cloud Storage', 'Tair extended structures must be refactored.'],
      huawei: ['Distributed Cache Service (DCS) for Redis', 'data-config', 'DCS online migration (redis-shake based) or DRS', 'Tair extended structures must be refactored.'],
      tencent: ['TencentDB for Redis', 'data-config', 'Tencent Cloud DTS for Redis or redis-shake', 'Tair extended structures must be refactored.'],
      'self-hosted': ['Valkey or Redis OSS with Sentinel or Cluster', 'data-config', 'redis-shake sync', 'Failover (Sentinel) and persistence tuning are yours; Redis 7.4+ licence terms differ from Valkey’s.'],
    },
  },
  {
    id: 'tablestore',
    name: 'Tablestore',
    kind: 'database',
    description: 'Serverless wide-column NoSQL store with secondary indexes and search index.',
    targets: {
      aws: ['Amazon DynamoDB', 'refactor', 'Export with DataX or Tunnel Service; transform and load; dual-write during cutover', 'Different data model, API and index semantics: access code and schemas are rewritten.'],
      azure: ['Azure Cosmos DB for NoSQL (or for Apache Cassandra)', 'refactor', 'Export with DataX; transform and load with Azure Data Factory', 'Different API and partitioning model: access code is rewritten.'],
      gcp: ['Bigtable', 'refactor', 'Export with DataX; load with Dataflow', 'Wide-column like Tablestore but no secondary or search indexes; queries are redesigned around row keys.'],
      huawei: ['GeminiDB (Cassandra API)', 'refactor', 'Export with DataX; load through the Cassandra API', 'Different API: access code is rewritten.'],
      tencent: ['TcaplusDB', 'refactor', 'Export with DataX; transform and load', 'Different API: access code is rewritten.'],
      'self-hosted': ['Apache Cassandra or ScyllaDB', 'refactor', 'Export with DataX; load with the Spark Cassandra connector', 'Different API and consistency model; you run a distributed database.'],
    },
  },
  {
    id: 'lindorm',
    name: 'Lindorm',
    kind: 'database',
    description: 'Multi-model database (wide table with HBase API, time series, search).',
    targets: {
      aws: ['Amazon EMR with Apache HBase (on S3)', 'data-config', 'HBase snapshot export (ExportSnapshot) or Lindorm LTS; replay recent writes', 'HBase-API workloads move; Lindorm SQL, time-series and search engines need Timestream/OpenSearch and a refactor.'],
      azure: ['Azure HDInsight (HBase)', 'data-config', 'HBase snapshot export to Blob Storage', 'HBase-API workloads move; other Lindorm engines need a refactor. Check HDInsight’s roadmap before committing.'],
      gcp: ['Bigtable (HBase client)', 'data-config', 'HBase snapshot import to Bigtable (Dataflow template)', 'The HBase client works against Bigtable; coprocessors and Lindorm SQL do not.'],
      huawei: ['CloudTable (HBase)', 'data-config', 'HBase snapshot export; Cloud Data Migration (CDM)', 'HBase-API workloads move; other engines need a refactor.'],
      tencent: ['Elastic MapReduce (HBase)', 'data-config', 'HBase snapshot export via COS', 'HBase-API workloads move; other engines need a refactor.'],
      'self-hosted': ['Apache HBase (with HDFS or Ozone)', 'data-config', 'HBase ExportSnapshot via an intermediate store', 'Running HBase and HDFS well needs dedicated expertise.'],
    },
  },
  {
    id: 'dts',
    name: 'Data Transmission Service (DTS)',
    kind: 'database',
    description: 'Managed database migration, synchronization and change-data subscription.',
    targets: {
      aws: ['AWS Database Migration Service (DMS)', 'config-only', 'Recreate replication tasks; consumers of DTS change tracking move to DMS to Kinesis/MSK', 'Change-subscription consumers using the DTS SDK must move to a different change format.'],
      azure: ['Azure Database Migration Service (and Data Factory for pipelines)', 'config-only', 'Recreate migration and sync tasks', 'Continuous sync between heterogeneous engines is narrower than DTS; Debezium covers the gaps.'],
      gcp: ['Database Migration Service and Datastream (CDC)', 'config-only', 'Recreate migration jobs; Datastream for change streams', 'Datastream delivers CDC to BigQuery/Cloud Storage, not to arbitrary consumers.'],
      huawei: ['Data Replication Service (DRS)', 'config-only', 'Recreate migration and sync tasks', 'Close functional match; check supported source/target pairs.'],
      tencent: ['Data Transmission Service (DTS)', 'config-only', 'Recreate migration and sync tasks', 'Close functional match; data subscription client differs.'],
      'self-hosted': ['Debezium with Kafka Connect, or Canal for MySQL', 'refactor', 'Deploy Debezium connectors; rewrite subscribers for its change events', 'You run Kafka Connect and handle schema changes; DTS can still carry the one-off migration.'],
    },
  },
]);

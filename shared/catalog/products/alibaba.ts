/**
 * Alibaba Cloud products. Order matters: within a kind, the first product is the default for new
 * workloads and importers. Ids are stable (saved projects store them).
 */
import { defineProducts, unmappedRow } from './define';

const DOC = 'Alibaba Cloud product documentation (help.aliyun.com / alibabacloud.com/help)';

export const ALIBABA_PRODUCTS = defineProducts('alibaba', DOC, [
  // compute, containers, serverless
  { id: 'ecs', name: 'Elastic Compute Service (ECS)', family: 'vm', speaks: ['server-os'], description: 'Virtual machines with cloud disks, images, security groups and auto scaling.', aliases: ['ECS', '云服务器 ECS'], leaving: 'Alibaba Cloud Linux and the Cloud Assistant and CloudMonitor agents are replaced by a supported OS and the target’s agents.' },
  { id: 'ecs-gpu', name: 'ECS GPU-accelerated instances', family: 'gpu-vm', speaks: ['server-os'], features: ['gpu'], description: 'GPU virtual machines (gn/ebm families) for training, inference and rendering.', aliases: ['GPU 云服务器'] },
  { id: 'swas', name: 'Simple Application Server', family: 'bundled-vps', speaks: ['server-os'], features: ['bundled-traffic'], description: 'Bundled small VMs with fixed traffic packages for websites and small apps.', aliases: ['轻量应用服务器', 'SWAS'] },
  { id: 'ack', name: 'Container Service for Kubernetes (ACK)', family: 'kubernetes', engine: 'kubernetes', description: 'Managed Kubernetes clusters (managed, dedicated and serverless ACK).', aliases: ['ACK', '容器服务 Kubernetes 版'], leaving: 'SLB Service annotations, the CSI disk/NAS/OSS storage classes, Terway networking and RRSA pod identity are Alibaba-specific.' },
  { id: 'acr', name: 'Container Registry (ACR)', family: 'container-registry', speaks: ['oci-registry'], description: 'Private container image and Helm chart registry.', aliases: ['ACR', '容器镜像服务'] },
  { id: 'function-compute', name: 'Function Compute', family: 'functions', description: 'Event-driven functions with triggers from OSS, SLS, MNS, timers and HTTP.', aliases: ['FC', '函数计算'], leaving: 'OSS, SLS and MNS triggers are rebuilt on the target’s event sources.' },
  { id: 'sae', name: 'Serverless App Engine (SAE)', family: 'container-apps', speaks: ['container-http'], description: 'Serverless hosting for containerized and Java microservice apps without managing clusters.', aliases: ['SAE', 'Serverless 应用引擎'], leaving: 'SAE’s built-in microservice governance (MSE, Nacos registry) has no direct equivalent; use the target’s service discovery or a service mesh.' },
  // storage
  { id: 'oss', name: 'Object Storage Service (OSS)', family: 'object-storage', speaks: ['s3'], description: 'Object storage with lifecycle tiers (Standard, IA, Archive, Cold Archive).', aliases: ['OSS', '对象存储 OSS'], leaving: 'OSS-only features (image processing parameters, OSS Select) need replacements; code on the OSS SDK moves to the S3 SDK.' },
  { id: 'nas', name: 'File Storage NAS', family: 'file-storage', speaks: ['nfs', 'smb'], description: 'Managed NFS and SMB file systems (General-purpose, Extreme, CPFS).', aliases: ['NAS', '文件存储 NAS'] },
  { id: 'ebs', name: 'Elastic Block Storage (cloud disks)', family: 'block-storage', speaks: ['block-device'], description: 'ESSD and cloud disks attached to ECS, with snapshots.', aliases: ['ESSD', '云盘'], leaving: 'ESSD performance levels (PL0-PL3) map to the target’s disk types by IOPS and throughput.' },
  // network
  { id: 'vpc', name: 'Virtual Private Cloud (VPC)', family: 'vpc', speaks: ['cloud-network'], description: 'Isolated networks with vSwitches, route tables and security groups.', aliases: ['VPC', '专有网络 VPC'] },
  { id: 'slb', name: 'Classic Load Balancer (CLB, formerly SLB)', family: 'load-balancer', speaks: ['http', 'tcp'], description: 'Layer-4 and layer-7 load balancing for ECS backends.', aliases: ['SLB', 'CLB', '传统型负载均衡'] },
  { id: 'alb', name: 'Application Load Balancer (ALB)', family: 'load-balancer', speaks: ['http'], features: ['layer-7'], description: 'Layer-7 load balancing with content-based routing.', aliases: ['ALB', '应用型负载均衡'] },
  { id: 'nlb', name: 'Network Load Balancer (NLB)', family: 'load-balancer', speaks: ['tcp'], features: ['layer-4'], description: 'Layer-4 load balancing for high connection counts.', aliases: ['NLB', '网络型负载均衡'] },
  { id: 'eip', name: 'Elastic IP Address (EIP)', family: 'public-ip', speaks: ['elastic-ip'], description: 'Public IP addresses bound to instances, NAT or load balancers.', aliases: ['EIP', '弹性公网 IP'] },
  { id: 'nat-gateway', name: 'NAT Gateway', family: 'nat', speaks: ['nat'], description: 'SNAT and DNAT for VPC resources.', aliases: ['NAT 网关'] },
  { id: 'vpn-gateway', name: 'VPN Gateway', family: 'vpn', speaks: ['ipsec'], description: 'IPsec site-to-site and SSL client VPN.', aliases: ['VPN 网关'] },
  { id: 'cen', name: 'Express Connect / Cloud Enterprise Network (CEN)', family: 'private-line', description: 'Leased lines to data centres and the global transit network between VPCs and regions.', aliases: ['CEN', 'Express Connect', '云企业网', '高速通道'] },
  { id: 'cdn', name: 'Alibaba Cloud CDN', family: 'cdn', speaks: ['http-cache'], description: 'Content delivery with mainland China and global edge nodes.', aliases: ['CDN', 'DCDN'] },
  { id: 'dns', name: 'Alibaba Cloud DNS', family: 'dns', speaks: ['dns'], description: 'Authoritative public DNS with ISP-line resolution, and PrivateZone.', aliases: ['云解析 DNS', 'PrivateZone'], leaving: 'Line-based (China carrier and geo) records need an equivalent routing policy on the target; not every DNS service has China ISP lines.' },
  { id: 'api-gateway', name: 'API Gateway', family: 'api-gateway', speaks: ['openapi'], description: 'Managed API publishing with app-key signing, throttling and backends.', aliases: ['API 网关'], leaving: 'Clients using Alibaba’s app-key signature switch to the target gateway’s auth mechanism.' },
  // security
  { id: 'ram', name: 'Resource Access Management (RAM)', family: 'identity', identity: true, description: 'Users, roles, policies and AccessKeys for every API call (the AK/SK of the 2023 outage).', aliases: ['RAM', '访问控制'], leaving: 'Every AccessKey in code, CI and configuration is found and replaced.' },
  { id: 'kms', name: 'Key Management Service (KMS)', family: 'kms', description: 'Customer master keys, envelope encryption and secrets management.', aliases: ['KMS', '密钥管理服务'] },
  { id: 'ssl-certificates', name: 'Certificate Management Service (SSL Certificates)', family: 'certificates', speaks: ['x509'], description: 'Purchase, upload and deploy TLS certificates to SLB, CDN and OSS.', aliases: ['数字证书管理服务', 'CAS'] },
  { id: 'waf', name: 'Web Application Firewall (WAF)', family: 'waf', description: 'Layer-7 protection with managed rules, CC protection and bot management.', aliases: ['WAF', 'Web 应用防火墙'] },
  { id: 'anti-ddos', name: 'Anti-DDoS (Origin / Pro / Premium)', family: 'ddos-protection', speaks: ['scrubbing'], description: 'Volumetric DDoS scrubbing for public IPs and domains.', aliases: ['DDoS 防护', '高防'] },
  // databases and caches
  { id: 'rds-mysql', name: 'ApsaraDB RDS for MySQL', family: 'mysql', engine: 'mysql', versions: '5.7, 8.0', description: 'Managed MySQL 5.7/8.0 with HA, read replicas and backups.', aliases: ['RDS MySQL', '云数据库 RDS MySQL 版'], leaving: 'AliSQL-specific features (some hints and audit plugins) are absent elsewhere.' },
  { id: 'rds-postgresql', name: 'ApsaraDB RDS for PostgreSQL', family: 'postgresql', engine: 'postgresql', description: 'Managed PostgreSQL with HA, read replicas and extensions.', aliases: ['RDS PostgreSQL'], leaving: 'Alibaba-only extensions (Ganos and some plugins) are unavailable elsewhere.' },
  { id: 'rds-sqlserver', name: 'ApsaraDB RDS for SQL Server', family: 'sqlserver', engine: 'sqlserver', features: ['instance'], description: 'Managed Microsoft SQL Server with license included.', aliases: ['RDS SQL Server'] },
  { id: 'polardb', name: 'PolarDB (MySQL-compatible)', family: 'mysql', engine: 'mysql', features: ['shared-storage'], description: 'Cloud-native shared-storage MySQL-compatible database with fast read scaling.', aliases: ['PolarDB MySQL', '云原生数据库 PolarDB'], leaving: 'PolarDB-only features (IMCI column index, global secondary index) are absent elsewhere; without shared storage, read scaling uses replicas with lag.' },
  { id: 'mongodb', name: 'ApsaraDB for MongoDB', family: 'mongodb', standsInFor: ['nosql'], engine: 'mongodb', features: ['document'], description: 'Managed MongoDB replica sets and sharded clusters.', aliases: ['云数据库 MongoDB 版'] },
  { id: 'redis', name: 'Tair / ApsaraDB for Redis', family: 'redis', engine: 'redis', features: ['tair'], description: 'Managed Redis-compatible in-memory store (Redis Open-Source Edition and Tair).', aliases: ['Tair', 'ApsaraDB for Redis', '云数据库 Redis'], leaving: 'Tair-only data structures (exHash, TairString, TairSearch) have no equivalent and are refactored.' },
  { id: 'tablestore', name: 'Tablestore', family: 'nosql', features: ['wide-column'], description: 'Serverless wide-column NoSQL store with secondary indexes and search index.', aliases: ['OTS', '表格存储'] },
  { id: 'lindorm', name: 'Lindorm', family: 'wide-column', engine: 'lindorm', speaks: ['hbase'], features: ['multi-model'], description: 'Multi-model database (wide table with HBase API, time series, search).', aliases: ['云原生多模数据库 Lindorm'], leaving: 'Lindorm SQL, time-series and search engines have no HBase equivalent and are refactored (e.g. to a time-series or search service).' },
  { id: 'dts', name: 'Data Transmission Service (DTS)', family: 'database-migration', speaks: ['replication-tasks'], description: 'Managed database migration, synchronization and change-data subscription.', aliases: ['DTS', '数据传输服务'], leaving: 'Change-subscription consumers on the DTS SDK move to a different change format.' },
  // messaging and IoT
  { id: 'rocketmq', name: 'ApsaraMQ for RocketMQ', family: 'rocketmq', engine: 'rocketmq', description: 'Managed Apache RocketMQ with ordered, scheduled and transactional messages.', aliases: ['RocketMQ', '云消息队列 RocketMQ 版'] },
  { id: 'kafka', name: 'ApsaraMQ for Kafka (Message Queue for Kafka)', family: 'kafka', engine: 'kafka', description: 'Managed Apache Kafka-compatible clusters.', aliases: ['云消息队列 Kafka 版', 'Message Queue for Apache Kafka'] },
  { id: 'mns', name: 'Simple Message Queue (formerly MNS)', family: 'message-queue', description: 'HTTP-based queues and topics with push subscriptions.', aliases: ['MNS', 'SMQ', '轻量消息队列'] },
  { id: 'eventbridge', name: 'EventBridge', family: 'event-bus', description: 'Serverless event bus with CloudEvents, rules and targets.', aliases: ['事件总线 EventBridge'] },
  { id: 'iot-platform', name: 'IoT Platform', family: 'iot-hub', description: 'MQTT device connectivity, device shadow, rules engine and OTA (the 2023 AK/SK outage stopped devices).', aliases: ['物联网平台'] },
  // analytics
  { id: 'maxcompute', name: 'MaxCompute', family: 'data-warehouse', features: ['serverless', 'batch'], description: 'Serverless data warehouse and batch compute (formerly ODPS).', aliases: ['ODPS', '云原生大数据计算服务 MaxCompute'] },
  { id: 'analyticdb', name: 'AnalyticDB (for MySQL / PostgreSQL)', family: 'data-warehouse', description: 'Real-time analytical data warehouse with MySQL- or PostgreSQL-flavoured SQL.', aliases: ['ADB', '云原生数据仓库 AnalyticDB'] },
  { id: 'dataworks', name: 'DataWorks', family: 'data-integration', description: 'Data development, scheduling, integration and governance.', aliases: ['大数据开发治理平台 DataWorks'] },
  { id: 'emr', name: 'E-MapReduce (EMR)', family: 'hadoop', engine: 'hadoop', description: 'Managed Hadoop, Spark, Hive, HBase and Presto clusters.', aliases: ['EMR', '开源大数据平台 E-MapReduce'] },
  { id: 'flink', name: 'Realtime Compute for Apache Flink', family: 'stream-processing', engine: 'flink', description: 'Managed Flink (VVR engine) for streaming jobs.', aliases: ['实时计算 Flink 版', 'VVP'], leaving: 'VVR-only connectors and SQL extensions are replaced with open-source Flink ones.' },
  { id: 'elasticsearch', name: 'Alibaba Cloud Elasticsearch', family: 'search', engine: 'elasticsearch', speaks: ['elasticsearch-api'], description: 'Managed Elasticsearch clusters with Kibana.', aliases: ['阿里云 Elasticsearch'] },
  { id: 'opensearch', name: 'OpenSearch (Alibaba Cloud intelligent search)', family: 'intelligent-search', description: 'Managed search with built-in ranking, query analysis and vector search.', aliases: ['智能开放搜索 OpenSearch'], leaving: 'This is Alibaba’s own search service, not the OpenSearch project: indexes and ranking are rebuilt.' },
  { id: 'pai', name: 'Platform for AI (PAI)', family: 'ml-platform', description: 'Model training (DLC), notebooks (DSW) and serving (EAS).', aliases: ['PAI', '人工智能平台 PAI'] },
  // observability
  { id: 'sls', name: 'Simple Log Service (SLS)', family: 'logs', description: 'Log collection (Logtail), query, dashboards and alerting.', aliases: ['SLS', '日志服务'] },
  { id: 'cloudmonitor', name: 'CloudMonitor', family: 'monitoring', speaks: ['alarm-rules'], description: 'Metrics and alarms for Alibaba Cloud resources and hosts.', aliases: ['云监控'] },
  { id: 'arms', name: 'Application Real-Time Monitoring Service (ARMS)', family: 'apm', speaks: ['opentelemetry'], description: 'APM tracing, managed Prometheus and front-end monitoring.', aliases: ['ARMS', '应用实时监控服务'] },
  { id: 'actiontrail', name: 'ActionTrail', family: 'audit-trail', speaks: ['provider-audit'], description: 'Audit log of API calls and console actions.', aliases: ['操作审计'] },
  // added with the family model, after the original ones so defaults per kind stay
  { id: 'cloud-firewall', name: 'Cloud Firewall', family: 'network-firewall', description: 'Internet, VPC and NAT boundary firewalling with IPS.', aliases: ['云防火墙'] },
  { id: 'rabbitmq', name: 'ApsaraMQ for RabbitMQ', family: 'rabbitmq', standsInFor: ['message-queue'], features: ['broker'], engine: 'rabbitmq', speaks: ['amqp-0-9-1'], description: 'Managed messaging compatible with open-source RabbitMQ clients (AMQP 0-9-1).', aliases: ['云消息队列 RabbitMQ 版'], doc: 'Alibaba Cloud "What is ApsaraMQ for RabbitMQ" (compatible with open-source RabbitMQ clients over AMQP 0-9-1)' },
  { id: 'polardb-x', name: 'PolarDB-X (distributed, MySQL-compatible)', family: 'distributed-sql', engine: 'polardb-x', speaks: ['mysql'], description: 'Distributed, horizontally sharded MySQL-compatible database.', aliases: ['PolarDB 分布式版', 'DRDS'] },
  { id: 'polardb-oracle', name: 'PolarDB for PostgreSQL (Compatible with Oracle)', family: 'oracle', engine: 'polardb-o', features: ['oracle-syntax'], description: 'PostgreSQL-based database with Oracle-compatible syntax, the usual target of Oracle moves on Alibaba Cloud.', aliases: ['PolarDB-O', 'PolarDB PostgreSQL版（兼容Oracle）'] },
  unmappedRow('Alibaba Cloud'),
]);

/**
 * Huawei Cloud products, named as in the Huawei Cloud (international) help centre. Within a kind,
 * the first product is the default. Ids are stable.
 */
import { defineProducts, unmappedRow } from './define';

const DOC = 'Huawei Cloud help centre (support.huaweicloud.com): service overviews';

export const HUAWEI_PRODUCTS = defineProducts('huawei', DOC, [
  // compute, containers, serverless
  { id: 'ecs', name: 'Elastic Cloud Server (ECS)', family: 'vm', speaks: ['server-os'], description: 'Virtual machines with EVS disks, images and auto scaling.', aliases: ['ECS', '弹性云服务器'], arriving: 'Flavors differ (s/c/m families); Huawei Cloud EulerOS is the closest managed image to other providers’ own Linux.', leaving: 'Huawei Cloud EulerOS and the Huawei agents (Cloud Eye, HSS) are replaced by a supported OS and the target’s agents.' },
  { id: 'gpu-ecs', name: 'GPU-accelerated ECS (P/Pi/G series)', family: 'gpu-vm', speaks: ['server-os'], features: ['gpu'], description: 'GPU virtual machines for training, inference and graphics.', aliases: ['GPU 加速型云服务器'], leaving: 'Ascend-based flavors need a software port off CANN to run on NVIDIA GPUs.' },
  { id: 'flexus-l', name: 'Huawei Cloud Flexus L Instance', family: 'bundled-vps', speaks: ['server-os'], features: ['bundled-traffic'], description: 'Bundled small servers with app images and traffic packages.', aliases: ['Flexus L', 'HECS', '云耀云服务器'] },
  { id: 'bms', name: 'Bare Metal Server (BMS)', family: 'bare-metal', speaks: ['server-os'], description: 'Dedicated physical servers provisioned like VMs.', aliases: ['BMS', '裸金属服务器'] },
  { id: 'cce', name: 'Cloud Container Engine (CCE)', family: 'kubernetes', engine: 'kubernetes', description: 'Managed Kubernetes clusters (CCE Standard, Turbo and Autopilot).', aliases: ['CCE', '云容器引擎'], leaving: 'ELB annotations, EVS/SFS/OBS storage classes and Huawei CNI settings are Huawei-specific.' },
  { id: 'swr', name: 'SoftWare Repository for Container (SWR)', family: 'container-registry', speaks: ['oci-registry'], description: 'Private container image registry with image sync across regions.', aliases: ['SWR', '容器镜像服务'] },
  { id: 'functiongraph', name: 'FunctionGraph', family: 'functions', description: 'Event-driven functions with triggers from OBS, LTS, SMN, APIG and timers.', aliases: ['函数工作流'] },
  { id: 'cae', name: 'Cloud Application Engine (CAE)', family: 'container-apps', speaks: ['container-http'], description: 'Serverless hosting for containerized web apps and microservices.', aliases: ['CAE', '云应用引擎'], arriving: 'Microservice governance moves to ServiceStage/CSE; check feature parity with the registry and config centre you use.' },
  // storage
  { id: 'obs', name: 'Object Storage Service (OBS)', family: 'object-storage', speaks: ['s3'], description: 'Object storage with Standard, Infrequent Access, Archive and Deep Archive classes; S3-compatible API.', aliases: ['OBS', '对象存储服务'] },
  { id: 'sfs', name: 'Scalable File Service (SFS / SFS Turbo)', family: 'file-storage', speaks: ['nfs', 'smb'], description: 'Managed NFS and CIFS file systems.', aliases: ['SFS', 'SFS Turbo', '弹性文件服务'], arriving: 'Throughput scales with the capacity tier; size it for the old peak.' },
  { id: 'evs', name: 'Elastic Volume Service (EVS)', family: 'block-storage', speaks: ['block-device'], description: 'Block disks (High I/O, Ultra-high I/O, Extreme SSD) with snapshots.', aliases: ['EVS', '云硬盘'] },
  // network
  { id: 'vpc', name: 'Virtual Private Cloud (VPC)', family: 'vpc', speaks: ['cloud-network'], description: 'Isolated networks with subnets, route tables and security groups.', aliases: ['VPC', '虚拟私有云'] },
  { id: 'elb', name: 'Elastic Load Balance (ELB)', family: 'load-balancer', speaks: ['http', 'tcp'], description: 'Shared and dedicated layer-4/layer-7 load balancers.', aliases: ['ELB', 'Elastic Load Balance', '弹性负载均衡'] },
  { id: 'eip', name: 'Elastic IP (EIP)', family: 'public-ip', speaks: ['elastic-ip'], description: 'Public IP addresses with dynamic BGP or static lines.', aliases: ['EIP', '弹性公网IP'] },
  { id: 'nat', name: 'NAT Gateway', family: 'nat', speaks: ['nat'], description: 'Public and private NAT gateways with SNAT and DNAT.', aliases: ['NAT 网关'] },
  { id: 'vpn', name: 'Virtual Private Network (VPN)', family: 'vpn', speaks: ['ipsec'], description: 'Site-to-site IPsec VPN gateways.', aliases: ['VPN', '虚拟专用网络'] },
  { id: 'direct-connect', name: 'Direct Connect, Cloud Connect and Enterprise Router', family: 'private-line', description: 'Leased lines to Huawei Cloud and routing between VPCs and regions.', aliases: ['Direct Connect', 'Cloud Connect', 'Enterprise Router', '云专线', '云连接'] },
  { id: 'cdn', name: 'Content Delivery Network (CDN)', family: 'cdn', speaks: ['http-cache'], description: 'Content delivery with mainland China and global nodes.', aliases: ['CDN'] },
  { id: 'dns', name: 'Domain Name Service (DNS)', family: 'dns', speaks: ['dns'], description: 'Public and private DNS zones with line-based resolution.', aliases: ['云解析服务'] },
  { id: 'apig', name: 'API Gateway (APIG)', family: 'api-gateway', speaks: ['openapi'], description: 'API publishing with authentication, throttling and OpenAPI import.', aliases: ['APIG', 'API 网关'] },
  { id: 'cfw', name: 'Cloud Firewall (CFW)', family: 'network-firewall', description: 'Internet-boundary and VPC-boundary firewalling with IPS.', aliases: ['CFW', '云防火墙'] },
  // security
  { id: 'iam', name: 'Identity and Access Management (IAM)', family: 'identity', identity: true, description: 'Users, agencies, policies and AK/SK for every Huawei Cloud API call.', aliases: ['IAM', '统一身份认证服务'], leaving: 'Every AK/SK in code, CI and configuration is found and replaced.' },
  { id: 'dew', name: 'Data Encryption Workshop (DEW: KMS, CSMS)', family: 'kms', description: 'Key management, cloud secret management and dedicated HSM.', aliases: ['DEW', 'KMS', '数据加密服务'] },
  { id: 'ccm', name: 'Cloud Certificate Manager (CCM)', family: 'certificates', speaks: ['x509'], description: 'SSL certificate purchase, upload and deployment; private CA.', aliases: ['CCM', 'SCM', '云证书管理服务'] },
  { id: 'waf', name: 'Web Application Firewall (WAF)', family: 'waf', description: 'Cloud and dedicated WAF with managed rules and CC protection.', aliases: ['WAF', 'Web 应用防火墙'] },
  { id: 'anti-ddos', name: 'Anti-DDoS Service and Advanced Anti-DDoS (AAD)', family: 'ddos-protection', speaks: ['scrubbing'], description: 'Basic scrubbing for EIPs and high-capacity protection for domains.', aliases: ['AAD', 'DDoS 高防'] },
  // databases and caches
  { id: 'rds-mysql', name: 'RDS for MySQL', family: 'mysql', engine: 'mysql', versions: '5.6, 5.7, 8.0', description: 'Managed MySQL with primary/standby HA and read replicas.', aliases: ['RDS for MySQL', '云数据库 RDS for MySQL'] },
  { id: 'taurusdb', name: 'TaurusDB (formerly GaussDB(for MySQL))', family: 'mysql', engine: 'mysql', features: ['shared-storage'], description: 'Cloud-native MySQL-compatible database with decoupled compute and storage.', aliases: ['TaurusDB', 'GaussDB(for MySQL)'], doc: 'Huawei Cloud "TaurusDB Kernel Overview" (fully compatible with MySQL 8.0; compute-storage separation)' },
  { id: 'rds-postgresql', name: 'RDS for PostgreSQL', family: 'postgresql', engine: 'postgresql', description: 'Managed PostgreSQL with HA and read replicas.', aliases: ['RDS for PostgreSQL'] },
  { id: 'rds-sqlserver', name: 'RDS for SQL Server', family: 'sqlserver', engine: 'sqlserver', features: ['instance'], description: 'Managed SQL Server, licence included.', aliases: ['RDS for SQL Server'], arriving: 'Editions and versions offered differ by region.' },
  { id: 'gaussdb', name: 'GaussDB (distributed)', family: 'distributed-sql', standsInFor: ['oracle'], engine: 'gaussdb', features: ['oracle-syntax'], description: 'Huawei’s distributed relational database, the usual target of Oracle moves on Huawei Cloud (with UGO).', aliases: ['GaussDB', '云数据库 GaussDB'] },
  { id: 'dds', name: 'Document Database Service (DDS)', family: 'mongodb', standsInFor: ['nosql'], engine: 'mongodb', features: ['document'], description: 'Managed MongoDB-compatible replica sets and clusters.', aliases: ['DDS', '文档数据库服务'], arriving: 'Supported MongoDB versions lag upstream; check yours.' },
  { id: 'geminidb', name: 'GeminiDB (Cassandra, DynamoDB, MongoDB and Redis APIs)', family: 'nosql', speaks: ['cassandra', 'dynamodb'], features: ['wide-column', 'key-value'], description: 'Cloud-native NoSQL with several compatible APIs on one storage engine.', aliases: ['GeminiDB', '云数据库 GeminiDB'] },
  { id: 'dcs', name: 'Distributed Cache Service (DCS) for Redis', family: 'redis', engine: 'redis', description: 'Managed Redis-compatible cache (single, master/standby, cluster).', aliases: ['DCS', '分布式缓存服务'] },
  { id: 'cloudtable', name: 'CloudTable (HBase)', family: 'wide-column', engine: 'hbase', speaks: ['hbase'], description: 'Managed HBase clusters.', aliases: ['CloudTable', '表格存储服务'] },
  { id: 'drs', name: 'Data Replication Service (DRS)', family: 'database-migration', speaks: ['replication-tasks'], description: 'Online database migration, synchronization and disaster recovery.', aliases: ['DRS', '数据复制服务'] },
  // messaging and IoT
  { id: 'dms-kafka', name: 'Distributed Message Service (DMS) for Kafka', family: 'kafka', engine: 'kafka', description: 'Managed Apache Kafka clusters.', aliases: ['DMS for Kafka', '分布式消息服务 Kafka 版'] },
  { id: 'dms-rocketmq', name: 'Distributed Message Service (DMS) for RocketMQ', family: 'rocketmq', engine: 'rocketmq', description: 'Managed Apache RocketMQ.', aliases: ['DMS for RocketMQ', '分布式消息服务 RocketMQ 版'] },
  { id: 'dms-rabbitmq', name: 'Distributed Message Service (DMS) for RabbitMQ', family: 'rabbitmq', standsInFor: ['message-queue'], features: ['broker'], engine: 'rabbitmq', speaks: ['amqp-0-9-1'], description: 'Managed RabbitMQ.', aliases: ['DMS for RabbitMQ'] },
  { id: 'smn', name: 'Simple Message Notification (SMN)', family: 'message-queue', description: 'Topic-based push notifications to HTTP, email, SMS and functions.', aliases: ['SMN', '消息通知服务'] },
  { id: 'eventgrid', name: 'EventGrid (EG)', family: 'event-bus', description: 'Serverless event bus with CloudEvents, rules and targets.', aliases: ['EG', '事件网格'] },
  { id: 'iotda', name: 'IoT Device Access (IoTDA)', family: 'iot-hub', description: 'MQTT/CoAP/LwM2M device access, device shadows, rules and OTA.', aliases: ['IoTDA', '设备接入'] },
  // analytics
  { id: 'mrs', name: 'MapReduce Service (MRS)', family: 'hadoop', engine: 'hadoop', speaks: ['hadoop', 'hbase', 'flink'], description: 'Managed Hadoop, Spark, Hive, HBase, Flink and ClickHouse clusters.', aliases: ['MRS', 'MapReduce服务'] },
  { id: 'dli', name: 'Data Lake Insight (DLI)', family: ['data-warehouse', 'stream-processing'], speaks: ['flink'], features: ['serverless'], description: 'Serverless Spark, Flink and SQL over OBS data.', aliases: ['DLI', '数据湖探索'] },
  { id: 'dws', name: 'GaussDB(DWS)', family: 'data-warehouse', description: 'MPP data warehouse (PostgreSQL-derived SQL).', aliases: ['DWS', 'Data Warehouse Service', '数据仓库服务'] },
  { id: 'dataarts-studio', name: 'DataArts Studio', family: 'data-integration', description: 'Data integration, development, scheduling and governance.', aliases: ['DataArts', '数据治理中心'] },
  { id: 'css', name: 'Cloud Search Service (CSS)', family: 'search', engine: 'elasticsearch', speaks: ['elasticsearch-api'], description: 'Managed Elasticsearch and OpenSearch clusters.', aliases: ['CSS', '云搜索服务'] },
  { id: 'modelarts', name: 'ModelArts', family: 'ml-platform', description: 'AI development: notebooks, training and inference on GPUs and Ascend.', aliases: ['ModelArts'] },
  // observability
  { id: 'lts', name: 'Log Tank Service (LTS)', family: 'logs', description: 'Log collection (ICAgent), search, dashboards and alarms.', aliases: ['LTS', '云日志服务'] },
  { id: 'cloud-eye', name: 'Cloud Eye', family: 'monitoring', speaks: ['alarm-rules'], description: 'Metrics and alarms for Huawei Cloud resources and hosts.', aliases: ['CES', '云监控服务'] },
  { id: 'apm', name: 'Application Performance Management (APM) and AOM', family: 'apm', speaks: ['opentelemetry'], description: 'Tracing and application monitoring, with Application Operations Management.', aliases: ['APM', 'AOM', '应用性能管理'] },
  { id: 'cts', name: 'Cloud Trace Service (CTS)', family: 'audit-trail', speaks: ['provider-audit'], description: 'Audit log of API calls and console actions.', aliases: ['CTS', '云审计服务'] },
  unmappedRow('Huawei Cloud'),
]);

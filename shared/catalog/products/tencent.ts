/**
 * Tencent Cloud products, named as in the Tencent Cloud (international) documentation. Within a
 * kind, the first product is the default. Ids are stable.
 */
import { defineProducts, unmappedRow } from './define';

const DOC = 'Tencent Cloud documentation (tencentcloud.com/document): product overviews';

export const TENCENT_PRODUCTS = defineProducts('tencent', DOC, [
  // compute, containers, serverless
  { id: 'cvm', name: 'Cloud Virtual Machine (CVM)', family: 'vm', speaks: ['server-os'], description: 'Virtual machines with CBS disks, images and auto scaling.', aliases: ['CVM', '云服务器'], leaving: 'TencentOS Server and the Tencent agents (Cloud Monitor, Cloud Assistant) are replaced by a supported OS and the target’s agents.' },
  { id: 'gpu', name: 'GPU Cloud Computing (GPU instances)', family: 'gpu-vm', speaks: ['server-os'], features: ['gpu'], description: 'GPU virtual machines for training, inference and rendering.', aliases: ['GPU 云服务器'] },
  { id: 'lighthouse', name: 'Lighthouse', family: 'bundled-vps', speaks: ['server-os'], features: ['bundled-traffic'], description: 'Bundled lightweight servers with app images and traffic packages.', aliases: ['轻量应用服务器'] },
  { id: 'tke', name: 'Tencent Kubernetes Engine (TKE)', family: 'kubernetes', engine: 'kubernetes', description: 'Managed Kubernetes clusters (standard, serverless and edge).', aliases: ['TKE', '容器服务'], leaving: 'CLB annotations, CBS/CFS storage classes and VPC-CNI settings are Tencent-specific.' },
  { id: 'tcr', name: 'Tencent Container Registry (TCR)', family: 'container-registry', speaks: ['oci-registry'], description: 'Private container image and Helm chart registry.', aliases: ['TCR', '容器镜像服务'] },
  { id: 'scf', name: 'Serverless Cloud Function (SCF)', family: 'functions', description: 'Event-driven functions with triggers from COS, CLS, CKafka, API Gateway and timers.', aliases: ['SCF', '云函数'] },
  { id: 'tem', name: 'Tencent Elastic Microservice (TEM)', family: 'container-apps', speaks: ['container-http'], description: 'Serverless hosting for containerized microservices.', aliases: ['TEM', '弹性微服务'], arriving: 'Registry and config-centre integrations (TSE Nacos) are reconfigured.' },
  // storage
  { id: 'cos', name: 'Cloud Object Storage (COS)', family: 'object-storage', speaks: ['s3'], description: 'Object storage with Standard, IA, Archive and Deep Archive classes; S3-compatible API.', aliases: ['COS', '对象存储'], leaving: 'COS-only features (Cloud Infinite image processing URLs) need replacements.' },
  { id: 'cfs', name: 'Cloud File Storage (CFS)', family: 'file-storage', speaks: ['nfs', 'smb'], description: 'Managed NFS and SMB file systems (Standard, Performance, Turbo).', aliases: ['CFS', '文件存储'] },
  { id: 'cbs', name: 'Cloud Block Storage (CBS)', family: 'block-storage', speaks: ['block-device'], description: 'Block disks (Premium, SSD, Enhanced SSD, Tremendous SSD) with snapshots.', aliases: ['CBS', '云硬盘'] },
  // network
  { id: 'vpc', name: 'Virtual Private Cloud (VPC)', family: 'vpc', speaks: ['cloud-network'], description: 'Isolated networks with subnets, route tables and security groups.', aliases: ['VPC', '私有网络'] },
  { id: 'clb', name: 'Cloud Load Balancer (CLB)', family: 'load-balancer', speaks: ['http', 'tcp'], description: 'Layer-4 and layer-7 load balancing.', aliases: ['CLB', 'Cloud Load Balancer', '负载均衡'] },
  { id: 'eip', name: 'Elastic IP (EIP)', family: 'public-ip', speaks: ['elastic-ip'], description: 'Public IP addresses bound to CVM, NAT or CLB.', aliases: ['EIP', '弹性公网 IP'] },
  { id: 'nat', name: 'NAT Gateway', family: 'nat', speaks: ['nat'], description: 'SNAT and port forwarding for VPC resources.', aliases: ['NAT 网关'] },
  { id: 'vpn', name: 'VPN Connections', family: 'vpn', speaks: ['ipsec'], description: 'IPsec and SSL VPN gateways.', aliases: ['VPN 连接'] },
  { id: 'direct-connect', name: 'Direct Connect and Cloud Connect Network (CCN)', family: 'private-line', description: 'Leased lines to Tencent Cloud and the network joining VPCs across regions.', aliases: ['Direct Connect', 'CCN', '专线接入', '云联网'] },
  { id: 'cdn', name: 'Content Delivery Network (CDN)', family: 'cdn', speaks: ['http-cache'], description: 'Content delivery with mainland China and global nodes.', aliases: ['CDN', '内容分发网络'] },
  { id: 'edgeone', name: 'EdgeOne', family: 'cdn', speaks: ['http-cache'], features: ['edge-security'], description: 'Edge platform combining CDN, WAF, DDoS protection and edge functions.', aliases: ['EdgeOne', '边缘安全加速平台'] },
  { id: 'dnspod', name: 'DNSPod', family: 'dns', speaks: ['dns'], description: 'Authoritative DNS with China ISP-line resolution, and Private DNS.', aliases: ['DNSPod', '云解析 DNS'], arriving: 'DNSPod imports other providers’ zone exports and supports ISP-line resolution for China carriers.' },
  { id: 'api-gateway', name: 'TSE Cloud Native API Gateway', family: 'api-gateway', speaks: ['openapi'], description: 'Kong-based cloud-native API gateway (Tencent Cloud Service Engine).', aliases: ['TSE', 'API Gateway', 'API 网关'], arriving: 'Tencent steers new builds to the TSE gateway; check the sales status of its classic API Gateway before choosing it.' },
  { id: 'cloud-firewall', name: 'Cloud Firewall (CFW)', family: 'network-firewall', description: 'Internet-boundary, VPC and NAT firewalling with IPS.', aliases: ['CFW', '云防火墙'] },
  // security
  { id: 'cam', name: 'Cloud Access Management (CAM)', family: 'identity', identity: true, description: 'Users, roles, policies and SecretId/SecretKey for every Tencent Cloud API call.', aliases: ['CAM', '访问管理'], leaving: 'Every SecretId/SecretKey in code, CI and configuration is found and replaced.' },
  { id: 'kms', name: 'Key Management Service (KMS) and Secrets Manager (SSM)', family: 'kms', description: 'Customer master keys, envelope encryption and secrets.', aliases: ['KMS', 'SSM', '密钥管理系统'] },
  { id: 'ssl', name: 'SSL Certificates Service', family: 'certificates', speaks: ['x509'], description: 'Certificate purchase, upload and deployment to CLB, CDN and COS.', aliases: ['SSL 证书'] },
  { id: 'waf', name: 'Web Application Firewall (WAF)', family: 'waf', description: 'SaaS and CLB-mode WAF with managed rules and CC protection.', aliases: ['WAF', 'Web 应用防火墙'] },
  { id: 'anti-ddos', name: 'Anti-DDoS Basic, Pro and Advanced', family: 'ddos-protection', speaks: ['scrubbing'], description: 'Volumetric DDoS scrubbing for public IPs and domains.', aliases: ['Anti-DDoS', 'DDoS 防护'] },
  // databases and caches
  { id: 'mysql', name: 'TencentDB for MySQL', family: 'mysql', engine: 'mysql', versions: '5.6, 5.7, 8.0', description: 'Managed MySQL with two- or three-node HA and read replicas.', aliases: ['CDB', 'TencentDB for MySQL', '云数据库 MySQL'] },
  { id: 'tdsql-c', name: 'TDSQL-C for MySQL', family: 'mysql', engine: 'mysql', features: ['shared-storage'], description: 'Cloud-native MySQL-compatible database with compute-storage separation (formerly CynosDB).', aliases: ['TDSQL-C', 'CynosDB', '云原生数据库 TDSQL-C'] },
  { id: 'postgresql', name: 'TencentDB for PostgreSQL', family: 'postgresql', engine: 'postgresql', description: 'Managed PostgreSQL with HA and read replicas.', aliases: ['TencentDB for PostgreSQL'] },
  { id: 'sqlserver', name: 'TencentDB for SQL Server', family: 'sqlserver', engine: 'sqlserver', features: ['instance'], description: 'Managed SQL Server, licence included.', aliases: ['TencentDB for SQL Server'], arriving: 'Editions and versions offered differ by region.' },
  { id: 'mongodb', name: 'TencentDB for MongoDB', family: 'mongodb', standsInFor: ['nosql'], engine: 'mongodb', features: ['document'], description: 'Managed MongoDB replica sets and sharded clusters.', aliases: ['TencentDB for MongoDB'] },
  { id: 'redis', name: 'TencentDB for Redis', family: 'redis', engine: 'redis', description: 'Managed Redis (standard, cluster) and the Tendis storage edition.', aliases: ['TencentDB for Redis', '云数据库 Redis'] },
  { id: 'tcaplusdb', name: 'TcaplusDB', family: 'nosql', features: ['key-value', 'wide-column'], description: 'Distributed NoSQL database built for games (protobuf/tdr schemas).', aliases: ['TcaplusDB'] },
  { id: 'tdsql', name: 'TDSQL (distributed, MySQL-compatible)', family: 'distributed-sql', engine: 'tdsql', speaks: ['mysql'], description: 'Distributed MySQL-compatible database used by banks and payments.', aliases: ['TDSQL', 'TDSQL MySQL'] },
  { id: 'dts', name: 'Data Transmission Service (DTS)', family: 'database-migration', speaks: ['replication-tasks'], description: 'Database migration, synchronization and data subscription.', aliases: ['DTS', '数据传输服务'], leaving: 'Data-subscription consumers on the DTS SDK move to a different change format.' },
  // messaging and IoT
  { id: 'ckafka', name: 'CKafka (Cloud Kafka)', family: 'kafka', engine: 'kafka', description: 'Managed Apache Kafka-compatible clusters.', aliases: ['CKafka', '消息队列 CKafka 版'] },
  { id: 'tdmq-rocketmq', name: 'TDMQ for RocketMQ', family: 'rocketmq', engine: 'rocketmq', description: 'Managed RocketMQ, compatible with open-source clients from 4.3.0.', aliases: ['TDMQ RocketMQ 版'], doc: 'Tencent Cloud "TDMQ for RocketMQ: Strengths" (compatible with open-source RocketMQ 4.3.0 and later)' },
  { id: 'tdmq-rabbitmq', name: 'TDMQ for RabbitMQ', family: 'rabbitmq', standsInFor: ['message-queue'], features: ['broker'], engine: 'rabbitmq', speaks: ['amqp-0-9-1'], description: 'Managed RabbitMQ.', aliases: ['TDMQ RabbitMQ 版'] },
  { id: 'tdmq-cmq', name: 'TDMQ for CMQ', family: 'message-queue', description: 'Queues and topics with the CMQ API (CMQ itself was retired on 31 Dec 2022).', aliases: ['CMQ', 'TDMQ CMQ 版'], doc: 'Tencent Cloud "TDMQ for CMQ: API 2.0 to 3.0 Switch Guide" (CMQ deprecated 31 Dec 2022, capabilities provided by TDMQ for CMQ)' },
  { id: 'eventbridge', name: 'EventBridge (EB)', family: 'event-bus', description: 'Serverless event bus with CloudEvents, rules and targets.', aliases: ['事件总线'] },
  { id: 'iot-explorer', name: 'IoT Explorer (IoT Hub)', family: 'iot-hub', description: 'Device connectivity, data templates, rules and OTA.', aliases: ['IoT Explorer', 'IoT Hub', '物联网开发平台'] },
  // analytics
  { id: 'emr', name: 'Elastic MapReduce (EMR)', family: 'hadoop', standsInFor: ['wide-column'], engine: 'hadoop', speaks: ['hadoop', 'hbase'], description: 'Managed Hadoop, Spark, Hive, HBase and StarRocks clusters.', aliases: ['EMR', 'Elastic MapReduce', '弹性 MapReduce'] },
  { id: 'oceanus', name: 'Stream Compute Service (Oceanus)', family: 'stream-processing', engine: 'flink', description: 'Managed Apache Flink.', aliases: ['Oceanus', '流计算 Oceanus'] },
  { id: 'cdw', name: 'Cloud Data Warehouse (CDW, ClickHouse/Doris editions)', family: 'data-warehouse', description: 'Managed ClickHouse and Doris warehouses.', aliases: ['CDW', '云数据仓库'] },
  { id: 'dlc', name: 'Data Lake Compute (DLC)', family: 'data-warehouse', features: ['serverless'], description: 'Serverless Spark and Presto over COS data.', aliases: ['DLC', '数据湖计算'] },
  { id: 'wedata', name: 'WeData', family: 'data-integration', description: 'Data development, scheduling, integration and governance.', aliases: ['WeData', '数据开发治理平台'] },
  { id: 'es', name: 'Elasticsearch Service (ES)', family: 'search', engine: 'elasticsearch', speaks: ['elasticsearch-api'], description: 'Managed Elasticsearch clusters with Kibana.', aliases: ['ES', 'Elasticsearch Service'] },
  { id: 'ti-one', name: 'TI-ONE (Tencent Cloud TI Platform)', family: 'ml-platform', description: 'Training, notebooks and model serving.', aliases: ['TI-ONE', 'TI 平台'] },
  // observability
  { id: 'cls', name: 'Cloud Log Service (CLS)', family: 'logs', description: 'Log collection (LogListener), search, dashboards and alarms.', aliases: ['CLS', '日志服务'] },
  { id: 'monitor', name: 'Tencent Cloud Observability Platform (Cloud Monitor)', family: 'monitoring', speaks: ['alarm-rules'], description: 'Metrics, dashboards and alarms for Tencent Cloud resources.', aliases: ['TCOP', 'Tencent Cloud Observability Platform', 'Cloud Monitor', '腾讯云可观测平台'] },
  { id: 'apm', name: 'Application Performance Management (APM) and Managed Service for Prometheus', family: 'apm', speaks: ['opentelemetry'], description: 'Tracing (OpenTelemetry and SkyWalking protocols) and managed Prometheus.', aliases: ['APM', '应用性能监控'] },
  { id: 'cloudaudit', name: 'CloudAudit', family: 'audit-trail', speaks: ['provider-audit'], description: 'Audit log of API calls and console actions.', aliases: ['CloudAudit', '操作审计'] },
  unmappedRow('Tencent Cloud'),
]);

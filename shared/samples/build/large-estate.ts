/**
 * Sample 3: a large retail estate (~150 workloads, three teams) leaving Alibaba Cloud for Huawei
 * Cloud, with a few domains on Tencent Cloud. Multi-TB databases, a tightly coupled trading core,
 * two call cycles (orders <-> payments, settlement <-> invoicing), legacy VMs, a big data platform.
 */
import type { Project } from '../../model/schema';
import type { Criticality, DowntimeTolerance, Strategy, TargetProvider, WorkloadKind } from '../../model/vocabulary';
import { type DependencyRow, dependencies, projectShell, type SizeRow, withApplication, workload, type WorkloadRow } from './common';
import { CROSS_DOMAIN, domainDependencies, domainWorkloads } from './large-estate-domains';

type Cx = WorkloadRow['complexity'];

/** Positional row: id, name, kind, service, strategy, criticality, complexity, size, downtime, cost, tags, notes, target. */
function r(
  team: string,
  ...[id, name, kind, service, strategy, criticality, complexity, size, downtime, cost, tags, notes, target]: [
    string, string, WorkloadKind, string, Strategy, Criticality, Cx, SizeRow, DowntimeTolerance, number, readonly string[], string, TargetProvider?,
  ]
): WorkloadRow {
  return { id, name, kind, service, strategy, criticality, complexity, size, downtime, team, cost, tags, notes, ...(target ? { target: { provider: target } } : {}) };
}
const infra = (...a: Parameters<typeof r> extends [string, ...infer R] ? R : never) => r('infra', ...a);
const trading = (...a: Parameters<typeof r> extends [string, ...infer R] ? R : never) => r('trading', ...a);
const data = (...a: Parameters<typeof r> extends [string, ...infer R] ? R : never) => r('data', ...a);

const FOUNDATION: readonly WorkloadRow[] = [
  infra('vpc-prod', 'Production VPC (Hangzhou)', 'network', 'alibaba.vpc', 'rehost', 'mission-critical', 3, [1, 0, 0], 'hours', 0, ['foundation'], '3 zones, 40 vSwitches; address plan reused on the target.'),
  infra('vpc-dr', 'Disaster-recovery VPC (Beijing)', 'network', 'alibaba.vpc', 'rehost', 'high', 2, [1, 0, 0], 'days', 0, ['foundation', 'dr'], 'Standby region for the trading core.'),
  infra('cen', 'Cloud Enterprise Network', 'network', 'alibaba.cen', 'replatform', 'high', 3, [1, 0, 0], 'hours', 5200, ['foundation'], 'Joins the two regions and the data-centre line.'),
  infra('express-connect', 'Express Connect to the Shanghai data centre', 'network', 'alibaba.cen', 'replatform', 'high', 3, [2, 0, 0], 'hours', 18000, ['foundation', 'hybrid'], 'Two 1 Gbps lines; the target needs its own Direct Connect before the ERP moves.'),
  infra('vpn-gateway', 'VPN gateway (stores and partners)', 'network', 'alibaba.vpn-gateway', 'rehost', 'medium', 2, [1, 0, 0], 'hours', 1100, ['foundation'], '36 IPsec tunnels to stores and logistics partners, each re-keyed with its owner.'),
  infra('nat-gateway', 'NAT gateway and egress IPs', 'network', 'alibaba.nat-gateway', 'rehost', 'high', 2, [1, 0, 0], 'minutes', 2400, ['foundation'], 'Payment channels whitelist these egress IPs.'),
  infra('dns', 'Public DNS (Alibaba Cloud DNS)', 'network', 'alibaba.dns', 'rehost', 'mission-critical', 2, [1, 0, 0], 'minutes', 300, ['foundation', 'edge'], '11 zones; TTLs lowered a week before each cutover.'),
  infra('privatezone', 'Private DNS zones', 'network', 'alibaba.dns', 'rehost', 'high', 2, [1, 0, 0], 'minutes', 100, ['foundation'], 'Service names for VMs outside Kubernetes.'),
  infra('anti-ddos', 'Anti-DDoS Pro', 'security', 'alibaba.anti-ddos', 'rehost', 'high', 2, [1, 0, 0], 'minutes', 16000, ['edge', 'security'], 'Needed during Double 11; the target equivalent is contracted per year.'),
  infra('waf', 'Web application firewall', 'security', 'alibaba.waf', 'replatform', 'mission-critical', 3, [1, 0, 0], 'minutes', 8800, ['edge', 'security'], '120 custom rules.'),
  infra('cdn', 'CDN', 'network', 'alibaba.cdn', 'rehost', 'mission-critical', 2, [1, 0, 0], 'minutes', 42000, ['edge', 'media'], 'About 400 TB a month; ICP-filed domains move first.'),
  infra('slb-public', 'Public load balancers (CLB)', 'network', 'alibaba.slb', 'rehost', 'mission-critical', 2, [6, 0, 0], 'minutes', 3600, ['edge'], 'Six listeners for web, app and partner APIs.'),
  infra('alb-internal', 'Internal application load balancers', 'network', 'alibaba.alb', 'rehost', 'high', 2, [4, 0, 0], 'minutes', 2200, ['edge'], 'East-west traffic between VMs and the clusters.'),
  infra('api-gateway', 'Partner API gateway', 'network', 'alibaba.api-gateway', 'rehost', 'high', 3, [1, 0, 0], 'minutes', 3800, ['edge', 'api'], '210 APIs for 60 partners.'),
  infra('ram', 'RAM identities and AccessKeys', 'security', 'alibaba.ram', 'replatform', 'mission-critical', 5, [1, 0, 0], 'zero', 0, ['foundation', 'identity', 'spof'], '240 AccessKeys; most services sign requests with them. The 12 Nov 2023 AK/SK outage stopped them all.'),
  infra('kms', 'KMS keys and secrets', 'security', 'alibaba.kms', 'replatform', 'mission-critical', 4, [1, 0, 0], 'zero', 2600, ['foundation', 'identity'], 'TDE keys of the PII and payment databases; keys are re-created, data re-encrypted.'),
  infra('bastion', 'Bastionhost (managed bastion)', 'security', 'alibaba.other', 'replatform', 'medium', 1, [1, 0, 0], 'hours', 1800, ['foundation', 'security'], 'Audited operator access; MLPS level 3 requires it on the target too.'),
  infra('ack-prod', 'ACK production cluster', 'container', 'alibaba.ack', 'rehost', 'mission-critical', 5, [86, 0, 0], 'minutes', 168000, ['foundation', 'kubernetes'], '86 nodes across three zones; becomes a CCE Turbo cluster.'),
  infra('ack-batch', 'ACK batch cluster', 'container', 'alibaba.ack', 'rehost', 'medium', 3, [24, 0, 0], 'hours', 36000, ['kubernetes', 'batch'], 'Spot nodes for reports and exports.'),
  infra('acr', 'Container registry', 'container', 'alibaba.acr', 'rehost', 'high', 1, [1, 900, 5], 'hours', 2400, ['foundation', 'ci'], 'Images rebuilt by CI for the target registry.'),
  infra('nas-shared', 'Shared NAS (legacy apps)', 'storage', 'alibaba.nas', 'rehost', 'high', 3, [1, 7800, 40], 'hours', 9400, ['data', 'legacy'], 'NFS mounted by the ERP, WMS and file server: they move together or pay cross-cloud file latency.'),
  infra('rocketmq', 'RocketMQ (domain events)', 'queue', 'alibaba.rocketmq', 'rehost', 'mission-critical', 4, [3, 400, 300], 'minutes', 12000, ['data', 'messaging'], 'Transactional messages between orders, payments and inventory; Huawei DMS for RocketMQ keeps the protocol.'),
  infra('kafka', 'Kafka (logs and clickstream)', 'queue', 'alibaba.kafka', 'rehost', 'high', 3, [3, 6000, 900], 'hours', 14000, ['data', 'messaging'], 'MirrorMaker 2 to the target, consumers switched topic by topic.'),
  infra('sls', 'Log Service', 'observability', 'alibaba.sls', 'replatform', 'medium', 3, [1, 9000, 700], 'hours', 18000, ['ops'], 'Audit logs kept 180 days (MLPS); older logs go to the archive bucket.'),
  infra('arms', 'Application monitoring (ARMS)', 'observability', 'alibaba.arms', 'rehost', 'medium', 2, [1, 0, 0], 'days', 7800, ['ops'], 'Java agents on every service.'),
  infra('cloudmonitor', 'CloudMonitor alarms', 'observability', 'alibaba.cloudmonitor', 'rehost', 'medium', 2, [1, 0, 0], 'days', 600, ['ops'], '800 alarm rules exported and mapped.'),
  infra('actiontrail', 'ActionTrail audit', 'security', 'alibaba.actiontrail', 'rehost', 'medium', 1, [1, 1200, 3], 'days', 400, ['ops', 'security'], 'Trail delivered to the archive bucket; MLPS evidence.'),
  infra('sms-gateway', 'Alibaba Cloud SMS (Short Message Service)', 'other', 'alibaba.other', 'retain', 'high', 1, [1, 0, 0], 'hours', 21000, ['commerce'], 'Registered SMS signatures and templates stay; called over the internet from the new cloud.'),
];

const FRONTENDS: readonly WorkloadRow[] = [
  trading('storefront-web', 'Storefront web (SSR)', 'container', 'alibaba.ack', 'rehost', 'mission-critical', 3, [30, 0, 0], 'minutes', 12600, ['storefront'], 'Node.js SSR behind the CDN and WAF.'),
  trading('h5-mobile', 'Mobile H5 site', 'container', 'alibaba.ack', 'rehost', 'high', 2, [16, 0, 0], 'minutes', 6700, ['storefront'], 'Same BFF as the apps.'),
  trading('bff-gateway', 'App BFF gateway', 'container', 'alibaba.ack', 'rehost', 'mission-critical', 4, [20, 0, 0], 'minutes', 8400, ['storefront', 'go'], 'Aggregates domain APIs for the apps, H5 and mini-programs.'),
  trading('wechat-mp-backend', 'WeChat mini-program backend', 'container', 'alibaba.ack', 'rehost', 'high', 3, [10, 0, 0], 'minutes', 4200, ['storefront', 'wechat'], 'Moves to Tencent Cloud for the shorter path to WeChat.', 'tencent'),
  trading('push-svc', 'App push service', 'container', 'alibaba.ack', 'rehost', 'medium', 2, [4, 0, 0], 'hours', 1700, ['commerce'], 'Vendor push channels (Huawei, Xiaomi, APNs).'),
  trading('search-cluster', 'Product search (Elasticsearch)', 'database', 'alibaba.elasticsearch', 'rehost', 'high', 4, [9, 6200, 80], 'hours', 26000, ['data', 'search'], 'Re-indexed from the catalogue on the target; the Aliyun analyzer is replaced by IK.'),
  trading('image-resize-fc', 'Image resize functions', 'serverless', 'alibaba.function-compute', 'refactor', 'medium', 2, [6, 0, 0], 'hours', 2300, ['media'], 'OSS-triggered; become FunctionGraph functions with OBS triggers.'),
  trading('export-fc', 'Report export functions', 'serverless', 'alibaba.function-compute', 'refactor', 'low', 2, [4, 0, 0], 'days', 600, ['back-office'], 'Merchant CSV exports; good pilot candidate.'),
  trading('seller-portal', 'Seller portal (legacy Java)', 'compute', 'alibaba.ecs', 'rehost', 'high', 3, [6, 120, 1], 'hours', 5200, ['merchant', 'legacy'], 'Tomcat 8 on ECS; sessions sticky on the CLB.'),
  trading('ops-console', 'Operations console', 'compute', 'alibaba.ecs', 'rehost', 'medium', 2, [2, 30, 0.2], 'hours', 1400, ['back-office'], 'Internal only.'),
];

const DATA_PLATFORM: readonly WorkloadRow[] = [
  data('datahub', 'DataHub (ingest)', 'queue', 'alibaba.other', 'refactor', 'high', 3, [1, 800, 600], 'hours', 6800, ['analytics', 'streaming'], 'Producers switch to Kafka on the target.'),
  data('flink-risk', 'Realtime risk features (Flink)', 'analytics', 'alibaba.flink', 'rehost', 'mission-critical', 5, [1, 200, 0], 'minutes', 28000, ['analytics', 'streaming', 'risk'], '160 CU; features must be warm before payments move.'),
  data('flink-gmv', 'Realtime GMV dashboard jobs (Flink)', 'analytics', 'alibaba.flink', 'rehost', 'medium', 3, [1, 20, 0], 'hours', 9000, ['analytics', 'streaming'], 'Big-screen dashboards for campaigns.'),
  data('flink-eta', 'Delivery ETA jobs (Flink)', 'analytics', 'alibaba.flink', 'rehost', 'medium', 3, [1, 40, 0], 'hours', 6000, ['analytics', 'streaming'], 'Feeds the logistics API.'),
  data('maxcompute', 'Data warehouse (MaxCompute)', 'analytics', 'alibaba.maxcompute', 'refactor', 'high', 5, [1, 120000, 900], 'days', 96000, ['analytics'], '120 TB, 14,000 tables, 6,800 SQL tasks with MaxCompute extensions; target DWS plus MRS.'),
  data('dataworks', 'DataWorks workflows', 'analytics', 'alibaba.dataworks', 'refactor', 'high', 5, [1, 0, 0], 'days', 12000, ['analytics'], '3,100 scheduled nodes, moved to DataArts Studio.'),
  data('hologres', 'Hologres (interactive analytics)', 'analytics', 'alibaba.other', 'refactor', 'medium', 4, [1, 8000, 120], 'days', 22000, ['analytics'], 'Serves merchant dashboards; PostgreSQL protocol helps.'),
  data('emr-hadoop', 'EMR Hadoop/Spark cluster', 'analytics', 'alibaba.emr', 'rehost', 'medium', 4, [32, 60000, 300], 'days', 54000, ['analytics', 'batch'], 'HDFS 60 TB; DistCp over the dedicated line takes over a week, so ship the cold part offline.'),
  data('analyticdb', 'AnalyticDB for MySQL (finance marts)', 'analytics', 'alibaba.analyticdb', 'refactor', 'medium', 4, [1, 5200, 40], 'days', 18000, ['analytics', 'finance'], 'Finance marts; month-end reports.'),
  data('quick-bi', 'Quick BI dashboards', 'analytics', 'alibaba.other', 'repurchase', 'low', 2, [1, 0, 0], 'days', 3000, ['analytics', 'back-office'], '420 dashboards.'),
  data('pai-training', 'Model training (PAI-DLC)', 'analytics', 'alibaba.pai', 'refactor', 'medium', 4, [8, 2400, 20], 'days', 31000, ['analytics', 'ml'], 'GPU training for ranking and risk models.'),
  data('pai-eas', 'Model serving (PAI-EAS)', 'analytics', 'alibaba.pai', 'refactor', 'high', 4, [12, 80, 2], 'minutes', 24000, ['analytics', 'ml'], 'Ranking and risk scoring online.'),
  data('datalake', 'Data lake bucket (OSS)', 'storage', 'alibaba.oss', 'rehost', 'high', 3, [1, 310000, 1500], 'days', 34000, ['analytics', 'data'], '310 TB: 40 days at 1 Gbps; an offline transfer appliance or a 10 Gbps line is needed.'),
  data('es-logs', 'Log analytics (Elasticsearch)', 'observability', 'alibaba.elasticsearch', 'rehost', 'low', 2, [6, 9000, 400], 'days', 15000, ['ops'], 'Rebuilt empty; old indices not carried.'),
  data('data-api', 'Data service API', 'container', 'alibaba.ack', 'rehost', 'medium', 3, [6, 0, 0], 'hours', 2500, ['analytics'], 'Serves metrics from Hologres to apps.'),
  data('tag-platform', 'Customer tag platform', 'container', 'alibaba.ack', 'rehost', 'medium', 3, [4, 0, 0], 'hours', 1700, ['analytics', 'marketing'], 'Audience segments for marketing.'),
  data('ab-testing', 'A/B testing service', 'container', 'alibaba.ack', 'rehost', 'medium', 2, [4, 0, 0], 'hours', 1700, ['analytics'], 'Experiment assignments cached in the BFF.'),
  data('archive-bucket', 'Log and backup archive (OSS Archive)', 'storage', 'alibaba.oss', 'rehost', 'low', 1, [1, 180000, 200], 'days', 9000, ['data', 'archive'], 'Archive tier: objects are restored before they can be copied, which costs time and money, so it moves last.'),
  data('polardb-dr', 'Trading DR replica (PolarDB, Beijing)', 'database', 'alibaba.polardb', 'retire', 'medium', 2, [2, 8600, 0], 'days', 32000, ['dr'], 'Replaced by the target’s cross-region replica; retired after the trading core moves.'),
];

const LEGACY: readonly WorkloadRow[] = [
  infra('erp-oracle', 'ERP on self-managed Oracle 11g', 'database', 'alibaba.ecs', 'rehost', 'mission-critical', 5, [4, 3400, 25], 'hours', 38000, ['legacy', 'erp', 'oracle'], 'Oracle RAC is not supported on public cloud VMs: runs as Data Guard primary/standby; licences bound to vCPU count.'),
  infra('erp-app', 'ERP application servers', 'compute', 'alibaba.ecs', 'rehost', 'mission-critical', 4, [6, 200, 2], 'hours', 12000, ['legacy', 'erp'], 'WebLogic; shares the NAS with the WMS.'),
  infra('wms', 'Warehouse management (.NET, Windows)', 'compute', 'alibaba.ecs', 'rehost', 'high', 4, [8, 900, 10], 'hours', 15000, ['legacy', 'logistics', 'windows'], 'SQL Server on the same VMs; tightly bound to the ERP through the NAS.'),
  infra('pos-gateway', 'Store POS gateway', 'compute', 'alibaba.ecs', 'rehost', 'high', 3, [4, 60, 4], 'minutes', 4800, ['legacy', 'stores'], '540 stores connect over VPN.'),
  infra('ftp-edi', 'EDI and SFTP server', 'compute', 'alibaba.ecs', 'rehost', 'medium', 2, [2, 1500, 20], 'hours', 2200, ['legacy', 'partners'], 'Suppliers push files here; each supplier changes its endpoint.'),
  infra('file-server', 'Windows file server', 'compute', 'alibaba.ecs', 'rehost', 'low', 2, [2, 4200, 8], 'days', 3600, ['legacy', 'windows'], 'Back-office shares on the NAS.'),
  infra('windows-ad', 'Active Directory', 'security', 'alibaba.ecs', 'rehost', 'high', 3, [2, 40, 0.2], 'hours', 1800, ['legacy', 'identity', 'windows'], 'Office and WMS logins.'),
  infra('gitlab', 'GitLab', 'compute', 'alibaba.ecs', 'rehost', 'high', 2, [2, 1100, 5], 'hours', 3200, ['ci'], 'Repositories and CI for every team; moves early.'),
  infra('jenkins', 'Jenkins build farm', 'compute', 'alibaba.ecs', 'replatform', 'medium', 3, [10, 500, 3], 'hours', 9000, ['ci'], 'Being replaced by GitLab CI runners on the target.'),
  infra('report-server', 'FineReport server', 'compute', 'alibaba.ecs', 'rehost', 'medium', 2, [2, 80, 1], 'hours', 1600, ['legacy', 'finance'], 'Reads the finance marts.'),
  infra('mail-relay', 'Mail relay (Postfix)', 'compute', 'alibaba.ecs', 'rehost', 'medium', 1, [2, 20, 0.5], 'hours', 700, ['legacy'], 'New SPF and DKIM records for the new egress IPs.'),
  infra('call-center', 'Call-centre platform', 'compute', 'alibaba.ecs', 'retain', 'high', 3, [4, 2600, 15], 'hours', 8200, ['legacy', 'cs'], 'Carrier SIP trunks are bound to the Alibaba Cloud region; stays until the contract ends in 2028.'),
  infra('zabbix', 'Zabbix monitoring', 'observability', 'alibaba.ecs', 'retire', 'low', 1, [2, 300, 2], 'days', 900, ['legacy', 'ops'], 'Replaced by the target’s monitoring.'),
  infra('openvpn', 'OpenVPN for staff', 'network', 'alibaba.ecs', 'retire', 'low', 1, [1, 5, 0], 'days', 400, ['legacy'], 'Replaced by the zero-trust access already bought.'),
  infra('old-mall', 'Old mall (PHP, pre-2022)', 'compute', 'alibaba.ecs', 'retire', 'low', 1, [4, 300, 0], 'days', 3200, ['legacy'], 'Read-only order history; data archived, site switched off.'),
  infra('old-mall-redis', 'Old mall Redis', 'cache', 'alibaba.redis', 'retire', 'low', 1, [1, 8, 0], 'days', 600, ['legacy'], 'Goes with the old mall.'),
  infra('cdh-legacy', 'CDH 5 Hadoop cluster', 'analytics', 'alibaba.ecs', 'retire', 'low', 2, [12, 40000, 0], 'days', 26000, ['legacy', 'analytics'], 'Superseded by EMR; 40 TB of cold data copied to the lake first.'),
  infra('hr-system', 'HR and payroll system', 'compute', 'alibaba.ecs', 'repurchase', 'medium', 2, [2, 150, 0.5], 'days', 2100, ['legacy', 'back-office'], 'Replaced by a SaaS HR suite; data exported once.'),
  infra('price-crawler', 'Competitor price crawler', 'compute', 'alibaba.ecs', 'retire', 'low', 1, [3, 200, 2], 'days', 1500, ['legacy', 'pricing'], 'No longer used by pricing.'),
];

const PLATFORM_LINKS: readonly DependencyRow[] = [
  ['dns', 'cdn', 'network', 'loose'], ['dns', 'anti-ddos', 'network', 'loose'], ['dns', 'api-gateway', 'network', 'loose'],
  ['anti-ddos', 'waf', 'network', 'loose'], ['waf', 'slb-public', 'network', 'loose'], ['cdn', 'waf', 'network', 'loose'],
  ['cdn', 'catalog-bucket', 'shared-storage', 'loose', 'origin pull'], ['cdn', 'content-bucket', 'shared-storage', 'loose'],
  ['slb-public', 'ack-prod', 'network', 'loose'], ['slb-public', 'seller-portal', 'network', 'loose'], ['slb-public', 'vpc-prod', 'network', 'loose'],
  ['alb-internal', 'vpc-prod', 'network', 'loose'], ['api-gateway', 'bff-gateway', 'sync', 'loose'], ['api-gateway', 'merchant-api', 'sync', 'loose'],
  ['ack-prod', 'vpc-prod', 'network', 'loose'], ['ack-prod', 'acr', 'sync', 'loose'], ['ack-prod', 'ram', 'auth', 'loose', 'node roles'],
  ['ack-batch', 'vpc-prod', 'network', 'loose'], ['ack-batch', 'acr', 'sync', 'loose'],
  ['cen', 'vpc-prod', 'network', 'loose'], ['cen', 'vpc-dr', 'network', 'loose'], ['express-connect', 'cen', 'network', 'loose'],
  ['privatezone', 'vpc-prod', 'network', 'loose'], ['erp-app', 'privatezone', 'network', 'loose', 'resolves the database and WMS by name'], ['wms', 'privatezone', 'network', 'loose'],
  ['vpn-gateway', 'vpc-prod', 'network', 'loose'], ['nat-gateway', 'vpc-prod', 'network', 'loose'], ['bastion', 'vpc-prod', 'network', 'loose'],
  ['nas-shared', 'vpc-prod', 'network', 'loose'], ['rocketmq', 'vpc-prod', 'network', 'loose'], ['kafka', 'vpc-prod', 'network', 'loose'],
  ['arms', 'ack-prod', 'sync', 'loose'], ['cloudmonitor', 'ram', 'auth', 'loose'], ['actiontrail', 'archive-bucket', 'shared-storage', 'loose'],
  ['sls', 'archive-bucket', 'data', 'loose'], ['sls', 'ram', 'auth', 'loose', 'Logtail signs with an AccessKey'],
  // Frontends.
  ['storefront-web', 'bff-gateway', 'sync', 'tight'], ['h5-mobile', 'bff-gateway', 'sync', 'tight'], ['wechat-mp-backend', 'bff-gateway', 'sync', 'loose', 'cross-cloud after the move'],
  ['storefront-web', 'ack-prod', 'network', 'loose'], ['h5-mobile', 'ack-prod', 'network', 'loose'], ['bff-gateway', 'ack-prod', 'network', 'loose'], ['push-svc', 'ack-prod', 'network', 'loose'],
  ['bff-gateway', 'member-api', 'sync', 'tight'], ['bff-gateway', 'catalog-api', 'sync', 'tight'], ['bff-gateway', 'order-api', 'sync', 'tight'],
  ['bff-gateway', 'marketing-api', 'sync', 'loose'], ['bff-gateway', 'content-api', 'sync', 'loose'], ['bff-gateway', 'ab-testing', 'sync', 'loose'], ['bff-gateway', 'pai-eas', 'sync', 'loose', 'ranking; falls back to default order'],
  ['push-svc', 'rocketmq', 'async', 'loose'], ['search-cluster', 'rocketmq', 'async', 'loose', 'index updates'],
  ['image-resize-fc', 'catalog-bucket', 'shared-storage', 'loose'], ['image-resize-fc', 'ram', 'auth', 'loose'],
  ['export-fc', 'merchant-db', 'sync', 'loose'], ['export-fc', 'ram', 'auth', 'loose'],
  ['seller-portal', 'merchant-api', 'sync', 'tight'], ['seller-portal', 'nas-shared', 'shared-storage', 'loose'], ['ops-console', 'order-api', 'sync', 'loose'], ['ops-console', 'windows-ad', 'auth', 'loose'],
  // Data platform.
  ['datahub', 'ram', 'auth', 'loose'], ['flink-risk', 'datahub', 'async', 'tight'], ['flink-risk', 'rocketmq', 'async', 'tight'], ['flink-risk', 'risk-db', 'data', 'tight', 'writes features'],
  ['flink-gmv', 'rocketmq', 'async', 'loose'], ['flink-eta', 'kafka', 'async', 'loose'], ['logistics-api', 'flink-eta', 'data', 'loose'],
  ['maxcompute', 'datalake', 'data', 'loose'], ['maxcompute', 'order-db', 'data', 'loose', 'hourly DTS extract'], ['maxcompute', 'member-db', 'data', 'loose'], ['maxcompute', 'datahub', 'data', 'loose'], ['maxcompute', 'ram', 'auth', 'loose'],
  ['dataworks', 'maxcompute', 'sync', 'tight'], ['dataworks', 'hologres', 'sync', 'loose'], ['dataworks', 'emr-hadoop', 'sync', 'loose'], ['dataworks', 'ram', 'auth', 'loose'],
  ['hologres', 'maxcompute', 'data', 'tight', 'external tables over the warehouse'], ['emr-hadoop', 'datalake', 'shared-storage', 'loose'], ['emr-hadoop', 'kafka', 'async', 'loose'],
  ['analyticdb', 'settlement-db', 'data', 'loose'], ['analyticdb', 'maxcompute', 'data', 'loose'], ['quick-bi', 'hologres', 'sync', 'loose'], ['quick-bi', 'analyticdb', 'sync', 'loose'],
  ['pai-training', 'maxcompute', 'data', 'loose'], ['pai-training', 'datalake', 'data', 'loose'], ['pai-eas', 'pai-training', 'data', 'loose', 'model artefacts'], ['pai-eas', 'ram', 'auth', 'loose'],
  ['es-logs', 'kafka', 'async', 'loose'], ['data-api', 'hologres', 'sync', 'tight'], ['data-api', 'ack-prod', 'network', 'loose'],
  ['tag-platform', 'hologres', 'sync', 'loose'], ['tag-platform', 'ack-prod', 'network', 'loose'], ['ab-testing', 'ack-prod', 'network', 'loose'], ['ab-testing', 'kafka', 'async', 'loose'],
  ['marketing-api', 'tag-platform', 'sync', 'loose'], ['merchant-api', 'data-api', 'sync', 'loose'], ['storefront-web', 'kafka', 'async', 'loose', 'clickstream'],
  ['polardb-dr', 'order-db', 'data', 'loose', 'physical replica'], ['polardb-dr', 'vpc-dr', 'network', 'loose'], ['archive-bucket', 'ram', 'auth', 'loose'],
  // Legacy: the ERP, WMS and file server share the NAS and call each other.
  ['erp-app', 'erp-oracle', 'sync', 'tight'], ['erp-app', 'nas-shared', 'shared-storage', 'tight'], ['wms', 'nas-shared', 'shared-storage', 'tight'],
  ['wms', 'erp-app', 'sync', 'tight', 'stock postings'], ['erp-app', 'wms', 'sync', 'tight', 'goods receipts: a cycle'], ['wms', 'windows-ad', 'auth', 'loose'],
  ['erp-oracle', 'express-connect', 'network', 'loose', 'Data Guard standby in the data centre'], ['file-server', 'nas-shared', 'shared-storage', 'tight'], ['file-server', 'windows-ad', 'auth', 'loose'],
  ['inventory-worker', 'wms', 'sync', 'loose', 'stock sync every 10 minutes'], ['logistics-api', 'wms', 'sync', 'loose'], ['settlement-worker', 'erp-app', 'async', 'loose', 'journal postings'],
  ['pos-gateway', 'vpn-gateway', 'network', 'loose'], ['pos-gateway', 'order-api', 'sync', 'loose'], ['pos-gateway', 'inventory-api', 'sync', 'loose'],
  ['ftp-edi', 'erp-app', 'async', 'loose'], ['ftp-edi', 'nat-gateway', 'network', 'loose'], ['report-server', 'analyticdb', 'sync', 'loose'], ['report-server', 'erp-oracle', 'sync', 'loose'],
  ['mail-relay', 'nat-gateway', 'network', 'loose'], ['cs-api', 'call-center', 'sync', 'loose'], ['jenkins', 'gitlab', 'sync', 'loose'], ['jenkins', 'acr', 'sync', 'loose'],
  ['old-mall', 'old-mall-redis', 'sync', 'tight'], ['old-mall', 'datalake', 'data', 'loose', 'order history archived first'], ['cdh-legacy', 'datalake', 'data', 'loose', 'cold data copied first'],
  ['hr-system', 'windows-ad', 'auth', 'loose'], ['price-crawler', 'nat-gateway', 'network', 'loose'], ['zabbix', 'vpc-prod', 'network', 'loose'], ['openvpn', 'vpc-prod', 'network', 'loose'],
  ['payment-api', 'nat-gateway', 'network', 'loose', 'whitelisted egress IPs'],
];

/** Workloads in the disaster-recovery region; the rest run in Hangzhou. */
const BEIJING = new Set(['vpc-dr', 'polardb-dr']);

/**
 * Six teams of five to eight, as AWS's large-migration guidance staffs a factory (teams of five to
 * six roles working in parallel): 90 trading workloads are not one team's, so the trading
 * platform's domains are owned by three product teams, and finance and risk are apart from data.
 */
const TEAM_OF_DOMAIN: Readonly<Record<string, string>> = {
  member: 'core',
  order: 'core',
  payment: 'core',
  inventory: 'core',
  pricing: 'core',
  returns: 'core',
  catalog: 'storefront',
  marketing: 'storefront',
  coupon: 'storefront',
  review: 'storefront',
  content: 'storefront',
  loyalty: 'storefront',
  logistics: 'merchant',
  merchant: 'merchant',
  cs: 'merchant',
  supplier: 'merchant',
  settlement: 'finance',
  invoice: 'finance',
  risk: 'finance',
};
const STOREFRONT = new Set(['storefront-web', 'h5-mobile', 'bff-gateway', 'wechat-mp-backend', 'push-svc', 'search-cluster', 'image-resize-fc', 'export-fc']);
const MERCHANT = new Set(['seller-portal', 'ops-console']);
const FINANCE_DATA = new Set(['flink-risk', 'analyticdb', 'report-server']);

const domainOf = (id: string) => Object.keys(TEAM_OF_DOMAIN).find((d) => id.startsWith(`${d}-`));

function teamOf(w: WorkloadRow): string {
  const domain = domainOf(w.id);
  if (domain) return TEAM_OF_DOMAIN[domain]!;
  if (STOREFRONT.has(w.id)) return 'storefront';
  if (MERCHANT.has(w.id)) return 'merchant';
  if (FINANCE_DATA.has(w.id)) return 'finance';
  return w.team;
}

const APPLICATION_OF: Readonly<Record<string, string>> = {
  'storefront-web': 'Storefront',
  'h5-mobile': 'Storefront',
  'bff-gateway': 'Storefront',
  'image-resize-fc': 'Storefront',
  cdn: 'Storefront',
  'slb-public': 'Storefront',
  'search-cluster': 'Product catalogue',
  'wechat-mp-backend': 'WeChat mini-program',
  'push-svc': 'App push',
  'seller-portal': 'Merchant centre',
  'export-fc': 'Merchant centre',
  'ops-console': 'Operations console',
  'erp-oracle': 'ERP',
  'erp-app': 'ERP',
  wms: 'Warehouse management',
  'pos-gateway': 'Store systems',
  'ftp-edi': 'Partner EDI',
  'file-server': 'Office file shares',
  gitlab: 'Engineering tools',
  jenkins: 'Engineering tools',
  'report-server': 'Finance reporting',
  analyticdb: 'Finance reporting',
  'mail-relay': 'Mail',
  maxcompute: 'Data warehouse',
  dataworks: 'Data warehouse',
  hologres: 'Data warehouse',
  'data-api': 'Data warehouse',
  'quick-bi': 'Data warehouse',
  datahub: 'Streaming',
  'flink-gmv': 'Streaming',
  'flink-eta': 'Streaming',
  'flink-risk': 'Risk control and fraud',
  'pai-training': 'Machine learning',
  'pai-eas': 'Machine learning',
  'tag-platform': 'Customer tags',
  'ab-testing': 'Experiments',
  'emr-hadoop': 'Batch analytics',
  datalake: 'Data lake',
  'archive-bucket': 'Archive',
  'es-logs': 'Log analytics',
  'ack-prod': 'Kubernetes platform',
  'ack-batch': 'Kubernetes platform',
  acr: 'Kubernetes platform',
  'nas-shared': 'ERP',
  rocketmq: 'Messaging',
  kafka: 'Messaging',
  sls: 'Log archive',
};

const DOMAIN_NAMES: Readonly<Record<string, string>> = {
  member: 'Membership', order: 'Orders', payment: 'Payments', inventory: 'Inventory', pricing: 'Pricing', returns: 'Returns and refunds',
  catalog: 'Product catalogue', marketing: 'Marketing campaigns', coupon: 'Coupons', review: 'Reviews and Q&A', content: 'Content and CMS', loyalty: 'Loyalty points',
  logistics: 'Logistics and fulfilment', merchant: 'Merchant centre', cs: 'Customer service', supplier: 'Supplier collaboration',
  settlement: 'Settlement and ledger', invoice: 'E-invoicing', risk: 'Risk control and fraud',
};

function applicationOf(id: string): string | undefined {
  const domain = domainOf(id);
  return domain ? DOMAIN_NAMES[domain] : APPLICATION_OF[id];
}

/** The staging environment the product teams rehearse cutovers on: it moves first. */
const STAGING: readonly WorkloadRow[] = [
  infra('staging-ack', 'Staging cluster (ACK)', 'container', 'alibaba.ack', 'rehost', 'low', 3, [12, 0, 0], 'days', 24000, ['staging', 'kubernetes'], 'Every domain deployed from the production charts at reduced scale.'),
  infra('staging-db', 'Staging databases (PolarDB, RDS)', 'database', 'alibaba.polardb', 'rehost', 'low', 2, [2, 900, 5], 'days', 6000, ['staging'], 'Masked copies of the domain databases, refreshed monthly.'),
];

export function largeEstate(): Project {
  return {
    ...projectShell({
      name: 'Retail group estate: Alibaba Cloud to Huawei Cloud and Tencent Cloud',
      description:
        'A national retail group: 16 business domains on ACK with PolarDB, RDS and Lindorm (the order database alone is 8.6 TB), a MaxCompute/DataWorks/Flink data platform, an Oracle ERP and Windows warehouse system on ECS, and 540 stores. Most of it moves to Huawei Cloud; marketing, coupons, content and the WeChat backend go to Tencent Cloud. Thirty-nine engineers in six teams, each staffed in proportion to the work it owns (the data platform and the finance and risk systems carry the refactors, so they are the largest). MLPS level 3. The inventory is read from the group\'s cloud accounts and not yet confirmed by the domain teams (an estate this size rarely lists everything it runs), so the plan draws work still to be found. 2027 holidays are estimated until the official schedule is published.',
      sourceProvider: 'alibaba',
      defaultTargets: ['huawei', 'tencent'],
      startDate: '2027-01-11',
      locale: 'zh-CN',
      currency: 'CNY',
      compliance: { icpFiling: true, mlpsLevel: 3, crossBorderData: false },
    }),
    workloads: [
      ...[...FOUNDATION, ...FRONTENDS, ...domainWorkloads(), ...DATA_PLATFORM, ...LEGACY].map((w) =>
        withApplication(workload({ ...w, team: teamOf(w) }, BEIJING.has(w.id) ? 'cn-beijing' : 'cn-hangzhou'), applicationOf(w.id)),
      ),
      ...STAGING.map((w) => withApplication(workload(w, 'cn-hangzhou'), 'Staging environment', 'staging')),
    ],
    dependencies: dependencies([
      ...PLATFORM_LINKS,
      ...domainDependencies(),
      ...CROSS_DOMAIN,
      ['staging-ack', 'staging-db', 'sync', 'loose'],
      ['staging-ack', 'vpc-prod', 'network', 'loose'],
      ['staging-ack', 'ram', 'auth', 'loose'],
    ]),
    teams: [
      // Staffed in proportion to the work each team owns (docs/planning-engine.md, calibration).
      { id: 'infra', name: 'Infrastructure and legacy', engineers: 7, dayRate: 2200 },
      { id: 'core', name: 'Commerce core (orders, payments, members, stock)', engineers: 4, dayRate: 2600 },
      { id: 'storefront', name: 'Storefront and marketing', engineers: 5, dayRate: 2600 },
      { id: 'merchant', name: 'Merchants, logistics and service', engineers: 3, dayRate: 2600 },
      { id: 'data', name: 'Data platform', engineers: 11, dayRate: 2800 },
      { id: 'finance', name: 'Finance and risk systems', engineers: 9, dayRate: 2800 },
    ],
  };
}

/**
 * Sample 2 (the default the app opens): a mid-size e-commerce platform that also sells connected
 * appliances, with an IoT fleet and a data pipeline, two teams, moving to AWS China regions.
 * Nearly everything signs requests with RAM AccessKeys: the Nov 2023 AK/SK outage is the risk
 * this sample is built to show.
 */
import type { Project } from '../../model/schema';
import { type DependencyRow, dependencies, projectShell, withApplication, workload, type WorkloadRow } from './common';

const P = 'platform';
const I = 'data-iot';

type Row = Omit<WorkloadRow, 'team' | 'tags'> & { tags?: readonly string[] };
const platform = (r: Row): WorkloadRow => ({ tags: [], ...r, team: P });
const dataIot = (r: Row): WorkloadRow => ({ tags: [], ...r, team: I });

const W: readonly WorkloadRow[] = [
  // Foundation: rebuilt in the landing zone, cut over with the first wave that needs it.
  platform({ id: 'vpc', name: 'Production VPC', kind: 'network', service: 'alibaba.vpc', strategy: 'rehost', criticality: 'high', complexity: 3, size: [1, 0, 0], downtime: 'hours', cost: 0, tags: ['foundation'], notes: 'Three zones, 14 vSwitches; CIDRs do not overlap the AWS landing zone, so both can be peered during the move.' }),
  platform({ id: 'express-connect', name: 'Express Connect to the Hangzhou warehouse', kind: 'network', service: 'alibaba.cen', strategy: 'replatform', criticality: 'high', complexity: 3, size: [1, 0, 0], downtime: 'hours', cost: 6800, tags: ['foundation', 'hybrid'], notes: '200 Mbps leased line; the target needs Direct Connect in place before the ERP connector moves.' }),
  platform({ id: 'dns', name: 'Public and private DNS zones', kind: 'network', service: 'alibaba.dns', strategy: 'rehost', criticality: 'mission-critical', complexity: 2, size: [1, 0, 0], downtime: 'minutes', cost: 120, tags: ['foundation', 'edge'], notes: 'Two public zones and one PrivateZone; TTLs lowered to 60 s before each cutover.' }),
  platform({ id: 'waf', name: 'Web application firewall', kind: 'security', service: 'alibaba.waf', strategy: 'replatform', criticality: 'high', complexity: 3, size: [1, 0, 0], downtime: 'minutes', cost: 3900, tags: ['edge', 'security'], notes: '41 custom rules and a bot-management policy to rewrite for AWS WAF.' }),
  platform({ id: 'ram', name: 'RAM users, roles and AccessKeys', kind: 'security', service: 'alibaba.ram', strategy: 'replatform', criticality: 'mission-critical', complexity: 4, size: [1, 0, 0], downtime: 'zero', cost: 0, tags: ['foundation', 'identity', 'spof'], notes: '63 AccessKeys in use, 19 of them in pod environment variables. The 12 Nov 2023 AK/SK outage stopped all of them at once.' }),
  platform({ id: 'kms', name: 'KMS keys and secrets', kind: 'security', service: 'alibaba.kms', strategy: 'replatform', criticality: 'mission-critical', complexity: 3, size: [1, 0, 0], downtime: 'zero', cost: 900, tags: ['foundation', 'identity'], notes: 'TDE key for the order database and payment secrets; key material cannot be exported, so data is re-encrypted.' }),
  platform({ id: 'alb', name: 'Application load balancer (ingress)', kind: 'network', service: 'alibaba.alb', strategy: 'rehost', criticality: 'mission-critical', complexity: 2, size: [2, 0, 0], downtime: 'minutes', cost: 1100, tags: ['edge'], notes: 'ALB Ingress Controller in the cluster; becomes the AWS Load Balancer Controller.' }),
  platform({ id: 'api-gateway', name: 'Open API gateway (partners, app)', kind: 'network', service: 'alibaba.api-gateway', strategy: 'rehost', criticality: 'high', complexity: 3, size: [1, 0, 0], downtime: 'minutes', cost: 1600, tags: ['edge', 'api'], notes: '84 APIs, app-key signature auth for 12 partners who must be told the new host.' }),
  platform({ id: 'cdn', name: 'CDN for storefront and media', kind: 'network', service: 'alibaba.cdn', strategy: 'rehost', criticality: 'high', complexity: 2, size: [1, 0, 0], downtime: 'minutes', cost: 9500, tags: ['edge', 'media'], notes: 'About 60 TB a month of traffic; CloudFront in China needs the ICP-filed domains.' }),
  platform({ id: 'ack-prod', name: 'ACK production cluster', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'mission-critical', complexity: 4, size: [18, 0, 0], downtime: 'minutes', cost: 21000, tags: ['foundation', 'kubernetes'], notes: 'ACK Pro, 18 ecs.g7.2xlarge nodes, Terway CNI, Helm charts for every service. Becomes an EKS cluster.' }),
  platform({ id: 'acr', name: 'Container registry', kind: 'container', service: 'alibaba.acr', strategy: 'rehost', criticality: 'high', complexity: 1, size: [1, 120, 1], downtime: 'hours', cost: 800, tags: ['foundation', 'ci'], notes: 'ACR Enterprise; images are rebuilt by CI for ECR rather than copied.' }),

  // Storefront and commerce services on ACK.
  platform({ id: 'storefront-web', name: 'Storefront (Next.js SSR)', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'mission-critical', complexity: 3, size: [12, 0, 0], downtime: 'minutes', cost: 0, tags: ['storefront'], notes: 'Cost is inside the cluster bill.' }),
  platform({ id: 'user-svc', name: 'User and login service', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'mission-critical', complexity: 3, size: [6, 0, 0], downtime: 'minutes', cost: 0, tags: ['commerce', 'java'], notes: 'Spring Boot; SMS login codes go through the notification function.' }),
  platform({ id: 'product-svc', name: 'Product catalogue service', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'high', complexity: 2, size: [6, 0, 0], downtime: 'minutes', cost: 0, tags: ['commerce', 'java'], notes: 'Read-heavy; serves from Tair with the order database behind.' }),
  platform({ id: 'cart-svc', name: 'Cart service', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'high', complexity: 2, size: [4, 0, 0], downtime: 'minutes', cost: 0, tags: ['commerce', 'go'], notes: 'Carts live in Tair only.' }),
  platform({ id: 'order-svc', name: 'Order service', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'mission-critical', complexity: 4, size: [8, 0, 0], downtime: 'zero', cost: 0, tags: ['commerce', 'java'], notes: 'Writes orders and publishes order events to RocketMQ in one local transaction (transactional messages).' }),
  platform({ id: 'payment-svc', name: 'Payment service (Alipay, WeChat Pay)', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'mission-critical', complexity: 4, size: [4, 0, 0], downtime: 'zero', cost: 0, tags: ['commerce', 'java', 'pci'], notes: 'Payment callbacks are whitelisted by IP: the providers must approve the new egress addresses. Secrets move from KMS to Secrets Manager.' }),
  platform({ id: 'inventory-svc', name: 'Inventory service', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'mission-critical', complexity: 4, size: [4, 0, 0], downtime: 'minutes', cost: 0, tags: ['commerce', 'go'], notes: 'Stock reservations in Tair with Lua scripts; reconciled with the ERP every night.' }),
  platform({ id: 'search-svc', name: 'Search service', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'high', complexity: 3, size: [4, 0, 0], downtime: 'minutes', cost: 0, tags: ['commerce'], notes: 'Uses the Aliyun analyzer plugin for Chinese word segmentation; the IK plugin is the replacement.' }),
  platform({ id: 'promo-svc', name: 'Promotions and coupons', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'medium', complexity: 3, size: [3, 0, 0], downtime: 'hours', cost: 0, tags: ['commerce', 'go'], notes: 'Coupon rules are data; a short outage only hides banners.' }),
  platform({ id: 'notification-fc', name: 'Notification functions (SMS, email, push)', kind: 'serverless', service: 'alibaba.function-compute', strategy: 'refactor', criticality: 'medium', complexity: 2, size: [9, 0, 0], downtime: 'hours', cost: 700, tags: ['commerce', 'nodejs'], notes: 'Nine FC functions triggered by RocketMQ; handlers change signature for Lambda. Good pilot candidate.' }),
  platform({ id: 'admin-portal', name: 'Merchant admin portal', kind: 'compute', service: 'alibaba.ecs', strategy: 'rehost', criticality: 'medium', complexity: 2, size: [2, 80, 0.3], downtime: 'hours', cost: 1300, tags: ['back-office'], notes: 'Two ECS behind the ALB; staff only.' }),
  platform({ id: 'erp-connector', name: 'ERP connector (on-premises SAP)', kind: 'compute', service: 'alibaba.ecs', strategy: 'retain', criticality: 'high', complexity: 3, size: [2, 40, 2], downtime: 'hours', cost: 1200, tags: ['hybrid', 'legacy'], notes: 'Stays on Alibaba Cloud next to the Express Connect line until the ERP is replaced in 2028.' }),
  platform({ id: 'legacy-coupon', name: 'Old coupon site (PHP)', kind: 'compute', service: 'alibaba.ecs', strategy: 'retire', criticality: 'low', complexity: 1, size: [1, 15, 0], downtime: 'days', cost: 380, tags: ['legacy'], notes: 'Replaced by promo-svc in 2025; switch off after archiving its database dump to the data lake.' }),

  // Commerce data.
  platform({ id: 'order-db', name: 'Order database (PolarDB for MySQL)', kind: 'database', service: 'alibaba.polardb', strategy: 'rehost', criticality: 'mission-critical', complexity: 4, size: [3, 1600, 35], downtime: 'minutes', cost: 16500, tags: ['data', 'mysql-8.0'], notes: '1 primary + 2 read nodes, 16 vCPU each. DTS full + incremental to Aurora MySQL; reverse sync kept for rollback.' }),
  platform({ id: 'user-db', name: 'User database (RDS MySQL)', kind: 'database', service: 'alibaba.rds-mysql', strategy: 'rehost', criticality: 'mission-critical', complexity: 3, size: [2, 220, 4], downtime: 'minutes', cost: 3800, tags: ['data', 'pii', 'mysql-8.0'], notes: 'Phone numbers and addresses of 3.2 million customers: personal information stays in mainland China.' }),
  platform({ id: 'tair', name: 'Tair cache (sessions, carts, stock)', kind: 'cache', service: 'alibaba.redis', strategy: 'rehost', criticality: 'mission-critical', complexity: 3, size: [2, 64, 40], downtime: 'minutes', cost: 5200, tags: ['data'], notes: 'Tair memory-optimized, 64 GB. TairString and exHash commands in inventory-svc need plain Redis rewrites for ElastiCache.' }),
  platform({ id: 'search-index', name: 'Search index (Elasticsearch 7.10)', kind: 'database', service: 'alibaba.elasticsearch', strategy: 'rehost', criticality: 'high', complexity: 3, size: [3, 90, 6], downtime: 'hours', cost: 4200, tags: ['data'], notes: 'Rebuilt from the order database by the indexer, so no snapshot restore is needed.' }),
  platform({ id: 'mq', name: 'RocketMQ (order and device events)', kind: 'queue', service: 'alibaba.rocketmq', strategy: 'replatform', criticality: 'mission-critical', complexity: 4, size: [1, 30, 25], downtime: 'minutes', cost: 3100, tags: ['data', 'messaging'], notes: 'RocketMQ 5.0 with transactional and delayed messages. No managed RocketMQ on AWS: self-hosted on EKS with the same client API; MSK would mean rewriting producers.' }),
  platform({ id: 'media-bucket', name: 'Product media bucket', kind: 'storage', service: 'alibaba.oss', strategy: 'rehost', criticality: 'high', complexity: 2, size: [1, 9200, 25], downtime: 'hours', cost: 2600, tags: ['data', 'media'], notes: '14 million objects; image processing (x-oss-process) URLs need an image handler on the target.' }),

  // IoT fleet.
  dataIot({ id: 'iot-hub', name: 'IoT Platform (device connectivity)', kind: 'iot', service: 'alibaba.iot-platform', strategy: 'refactor', criticality: 'mission-critical', complexity: 5, size: [1, 20, 3], downtime: 'zero', cost: 8600, tags: ['iot', 'spof'], notes: '180,000 appliances on MQTT with per-device secrets. Devices need new endpoints and X.509 certificates pushed by OTA before the switch.' }),
  dataIot({ id: 'device-svc', name: 'Device registry and shadow API', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'high', complexity: 3, size: [4, 0, 0], downtime: 'minutes', cost: 0, tags: ['iot', 'go'], notes: 'Used by the mobile app to pair and control appliances.' }),
  dataIot({ id: 'telemetry-ingest', name: 'Telemetry ingest functions', kind: 'serverless', service: 'alibaba.function-compute', strategy: 'refactor', criticality: 'high', complexity: 3, size: [4, 0, 0], downtime: 'minutes', cost: 1900, tags: ['iot', 'python'], notes: 'IoT rules engine forwards to FC; becomes IoT Core rules to Lambda.' }),
  dataIot({ id: 'telemetry-flink', name: 'Realtime telemetry jobs (Flink)', kind: 'analytics', service: 'alibaba.flink', strategy: 'rehost', criticality: 'high', complexity: 4, size: [1, 50, 0], downtime: 'hours', cost: 7400, tags: ['iot', 'streaming'], notes: 'Seven Flink SQL jobs, 48 CU. Savepoints are not portable: jobs restart from Kafka/MQ offsets.' }),
  dataIot({ id: 'telemetry-store', name: 'Telemetry time series (Tablestore)', kind: 'database', service: 'alibaba.tablestore', strategy: 'refactor', criticality: 'high', complexity: 4, size: [1, 6400, 45], downtime: 'hours', cost: 5800, tags: ['iot', 'data'], notes: '13 months of device readings. Older data goes by export to the data lake; the last 30 days by dual write.' }),
  dataIot({ id: 'firmware-bucket', name: 'Firmware (OTA) bucket', kind: 'storage', service: 'alibaba.oss', strategy: 'rehost', criticality: 'high', complexity: 1, size: [1, 350, 0.5], downtime: 'hours', cost: 260, tags: ['iot'], notes: 'Signed firmware images; devices download through signed URLs.' }),
  dataIot({ id: 'alert-fc', name: 'Device alert functions', kind: 'serverless', service: 'alibaba.function-compute', strategy: 'refactor', criticality: 'low', complexity: 2, size: [3, 0, 0], downtime: 'days', cost: 150, tags: ['iot', 'python'], notes: 'Low traffic, few dependencies: pinned to the pilot wave.' }),

  // Data pipeline.
  dataIot({ id: 'datalake', name: 'Data lake bucket', kind: 'storage', service: 'alibaba.oss', strategy: 'rehost', criticality: 'medium', complexity: 2, size: [1, 42000, 120], downtime: 'days', cost: 5400, tags: ['data', 'analytics'], notes: '42 TB of Parquet and raw JSON; 4.9 days at 1 Gbps, so start the copy early.' }),
  dataIot({ id: 'maxcompute', name: 'Data warehouse (MaxCompute)', kind: 'analytics', service: 'alibaba.maxcompute', strategy: 'refactor', criticality: 'medium', complexity: 5, size: [1, 18000, 60], downtime: 'days', cost: 12800, tags: ['analytics'], notes: '1,900 tables, 640 SQL tasks using MaxCompute SQL extensions; target is Redshift plus Glue.' }),
  dataIot({ id: 'dataworks', name: 'DataWorks workflows', kind: 'analytics', service: 'alibaba.dataworks', strategy: 'refactor', criticality: 'medium', complexity: 4, size: [1, 0, 0], downtime: 'days', cost: 2900, tags: ['analytics'], notes: '212 scheduled nodes and 35 DTS-fed sync tasks; rebuilt as Airflow (MWAA) DAGs.' }),
  dataIot({ id: 'quick-bi', name: 'Management dashboards (Quick BI)', kind: 'analytics', service: 'alibaba.other', strategy: 'repurchase', criticality: 'low', complexity: 2, size: [1, 0, 0], downtime: 'days', cost: 1200, tags: ['analytics', 'back-office'], notes: '38 dashboards redrawn in QuickSight.' }),
  dataIot({ id: 'recommendation', name: 'Recommendation model (PAI)', kind: 'analytics', service: 'alibaba.pai', strategy: 'refactor', criticality: 'medium', complexity: 4, size: [2, 300, 5], downtime: 'hours', cost: 6100, tags: ['analytics', 'ml'], notes: 'Trained nightly in PAI-DLC, served by PAI-EAS; the storefront falls back to best-sellers without it.' }),

  // Observability.
  platform({ id: 'sls', name: 'Log Service (SLS)', kind: 'observability', service: 'alibaba.sls', strategy: 'replatform', criticality: 'medium', complexity: 3, size: [1, 2400, 80], downtime: 'hours', cost: 4600, tags: ['ops'], notes: '180-day retention for audit; old logs archived to the data lake instead of copied.' }),
  platform({ id: 'arms', name: 'Application monitoring (ARMS)', kind: 'observability', service: 'alibaba.arms', strategy: 'rehost', criticality: 'medium', complexity: 2, size: [1, 0, 0], downtime: 'days', cost: 2200, tags: ['ops'], notes: 'Java agents and Prometheus; dashboards move to CloudWatch and Managed Grafana.' }),
];

/** Services that sign requests with a RAM AccessKey: the AK/SK single point of failure. */
const AK_USERS = [
  'storefront-web', 'user-svc', 'product-svc', 'order-svc', 'payment-svc', 'device-svc', 'admin-portal',
  'telemetry-ingest', 'telemetry-flink', 'notification-fc', 'alert-fc', 'maxcompute', 'dataworks', 'recommendation', 'sls', 'erp-connector',
];

const D: readonly DependencyRow[] = [
  // Edge.
  ['dns', 'cdn', 'network', 'loose'],
  ['dns', 'waf', 'network', 'loose'],
  ['dns', 'api-gateway', 'network', 'loose'],
  ['cdn', 'media-bucket', 'shared-storage', 'loose', 'origin pull'],
  ['cdn', 'waf', 'network', 'loose', 'dynamic requests go to the storefront through WAF'],
  ['waf', 'alb', 'network', 'loose', 'WAF forwards to the ALB'],
  ['alb', 'ack-prod', 'network', 'loose'],
  ['alb', 'vpc', 'network', 'loose'],
  ['api-gateway', 'order-svc', 'sync', 'loose'],
  ['api-gateway', 'device-svc', 'sync', 'loose'],
  ['api-gateway', 'product-svc', 'sync', 'loose'],
  // Platform.
  ['ack-prod', 'vpc', 'network', 'loose'],
  ['ack-prod', 'acr', 'sync', 'loose', 'image pulls'],
  ['ack-prod', 'ram', 'auth', 'loose', 'node roles'],
  ['express-connect', 'vpc', 'network', 'loose'],
  ['erp-connector', 'express-connect', 'network', 'loose', 'only path to the on-premises SAP system'],
  // Commerce.
  ['storefront-web', 'ack-prod', 'network', 'loose'],
  ['storefront-web', 'product-svc', 'sync', 'tight'],
  ['storefront-web', 'cart-svc', 'sync', 'tight'],
  ['storefront-web', 'user-svc', 'sync', 'tight'],
  ['storefront-web', 'search-svc', 'sync', 'loose'],
  ['storefront-web', 'recommendation', 'sync', 'loose', 'falls back to best-sellers'],
  ['user-svc', 'user-db', 'sync', 'tight'],
  ['user-svc', 'tair', 'sync', 'tight', 'sessions'],
  ['user-svc', 'mq', 'async', 'loose', 'login code events'],
  ['product-svc', 'order-db', 'sync', 'tight'],
  ['product-svc', 'tair', 'sync', 'tight'],
  ['product-svc', 'media-bucket', 'shared-storage', 'loose'],
  ['cart-svc', 'tair', 'sync', 'tight'],
  ['cart-svc', 'promo-svc', 'sync', 'loose'],
  ['order-svc', 'order-db', 'sync', 'tight'],
  ['order-svc', 'mq', 'async', 'tight', 'transactional messages commit with the order'],
  ['order-svc', 'inventory-svc', 'sync', 'tight', 'stock reservation inside the checkout call'],
  ['order-svc', 'payment-svc', 'sync', 'tight'],
  ['order-svc', 'promo-svc', 'sync', 'loose'],
  ['order-svc', 'kms', 'auth', 'loose', 'TDE key of the order database'],
  ['payment-svc', 'kms', 'auth', 'loose', 'merchant keys decrypted on every call'],
  ['payment-svc', 'order-db', 'sync', 'tight'],
  ['inventory-svc', 'tair', 'sync', 'tight'],
  ['inventory-svc', 'order-db', 'sync', 'tight'],
  ['inventory-svc', 'erp-connector', 'async', 'loose', 'nightly reconciliation'],
  ['search-svc', 'search-index', 'sync', 'tight'],
  ['search-index', 'mq', 'async', 'loose', 'indexer consumes product and order events'],
  ['promo-svc', 'order-db', 'sync', 'loose'],
  ['notification-fc', 'mq', 'async', 'loose', 'triggered by order and device events'],
  ['admin-portal', 'order-db', 'sync', 'loose'],
  ['admin-portal', 'media-bucket', 'shared-storage', 'loose'],
  ['admin-portal', 'alb', 'network', 'loose'],
  ['order-db', 'kms', 'auth', 'loose', 'TDE'],
  ['order-db', 'vpc', 'network', 'loose'],
  ['user-db', 'vpc', 'network', 'loose'],
  ['tair', 'vpc', 'network', 'loose'],
  ['legacy-coupon', 'datalake', 'data', 'loose', 'dump archived before retiring'],
  // IoT.
  ['iot-hub', 'ram', 'auth', 'loose', 'device identities and the rules engine service role'],
  ['iot-hub', 'telemetry-ingest', 'async', 'loose', 'rules engine forwards messages'],
  ['iot-hub', 'firmware-bucket', 'shared-storage', 'loose', 'OTA downloads'],
  ['device-svc', 'iot-hub', 'sync', 'tight', 'shadow reads and commands'],
  ['device-svc', 'user-db', 'sync', 'loose', 'device ownership'],
  ['telemetry-ingest', 'mq', 'async', 'loose'],
  ['telemetry-ingest', 'telemetry-store', 'data', 'loose'],
  ['telemetry-flink', 'mq', 'async', 'tight', 'consumes device events with exactly-once offsets'],
  ['telemetry-flink', 'telemetry-store', 'data', 'loose'],
  ['alert-fc', 'telemetry-flink', 'async', 'loose'],
  ['alert-fc', 'notification-fc', 'async', 'loose'],
  // Data pipeline.
  ['maxcompute', 'datalake', 'data', 'loose'],
  ['maxcompute', 'order-db', 'data', 'loose', 'DTS to the ODS layer every hour'],
  ['maxcompute', 'user-db', 'data', 'loose'],
  ['maxcompute', 'telemetry-store', 'data', 'loose'],
  ['dataworks', 'maxcompute', 'sync', 'tight', 'every node runs SQL in the warehouse'],
  ['quick-bi', 'maxcompute', 'sync', 'loose'],
  ['recommendation', 'maxcompute', 'data', 'loose', 'training features'],
  ['recommendation', 'datalake', 'data', 'loose'],
  ['sls', 'datalake', 'data', 'loose', 'log archive'],
  ['arms', 'ack-prod', 'sync', 'loose', 'scrapes the cluster'],
  ...AK_USERS.map((id): DependencyRow => [id, 'ram', 'auth', 'loose', 'signs requests with a RAM AccessKey']),
];

/**
 * Who owns what. The platform team builds the landing zone and runs the cluster; the commerce team
 * owns the storefront, its services and their data; data and IoT own the fleet and the pipeline.
 */
const COMMERCE = 'commerce';
const TEAM_OF: Readonly<Record<string, string>> = Object.fromEntries(
  ['storefront-web', 'user-svc', 'product-svc', 'cart-svc', 'order-svc', 'payment-svc', 'inventory-svc', 'search-svc', 'promo-svc', 'notification-fc', 'order-db', 'user-db', 'tair', 'search-index', 'media-bucket', 'legacy-coupon'].map((id) => [id, COMMERCE]),
);

const APPLICATION: Readonly<Record<string, string>> = {
  alb: 'Storefront',
  cdn: 'Storefront',
  'api-gateway': 'Storefront',
  'storefront-web': 'Storefront',
  'product-svc': 'Storefront',
  'search-svc': 'Storefront',
  'search-index': 'Storefront',
  'media-bucket': 'Storefront',
  'cart-svc': 'Checkout',
  'order-svc': 'Checkout',
  'payment-svc': 'Checkout',
  'inventory-svc': 'Checkout',
  'order-db': 'Checkout',
  tair: 'Checkout',
  mq: 'Checkout',
  'promo-svc': 'Checkout',
  'user-svc': 'Accounts',
  'user-db': 'Accounts',
  'notification-fc': 'Notifications',
  'admin-portal': 'Merchant admin',
  'erp-connector': 'ERP integration',
  'legacy-coupon': 'Old coupon site',
  'ack-prod': 'Kubernetes platform',
  acr: 'Kubernetes platform',
  'iot-hub': 'Device cloud',
  'device-svc': 'Device cloud',
  'telemetry-ingest': 'Telemetry',
  'telemetry-flink': 'Telemetry',
  'telemetry-store': 'Telemetry',
  'firmware-bucket': 'Device cloud',
  'alert-fc': 'Telemetry',
  datalake: 'Data warehouse',
  maxcompute: 'Data warehouse',
  dataworks: 'Data warehouse',
  'quick-bi': 'Data warehouse',
  recommendation: 'Recommendations',
  sls: 'Log archive',
};

/** The test environment the commerce team rehearses on: it moves first, in a wave of its own. */
const TEST_ENVIRONMENT: readonly WorkloadRow[] = [
  { id: 'test-ack', name: 'Test cluster (ACK, namespace per service)', kind: 'container', service: 'alibaba.ack', strategy: 'rehost', criticality: 'low', complexity: 2, size: [4, 0, 0], downtime: 'days', team: COMMERCE, cost: 3200, tags: ['test'], notes: 'Every commerce service deployed from the same charts; rebuilt on EKS first to prove the charts.' },
  { id: 'test-db', name: 'Test databases (RDS MySQL)', kind: 'database', service: 'alibaba.rds-mysql', strategy: 'rehost', criticality: 'low', complexity: 2, size: [1, 60, 1], downtime: 'days', team: COMMERCE, cost: 900, tags: ['test'], notes: 'Masked copies of orders and users, refreshed weekly.' },
];

export function ecommerceIot(): Project {
  const project: Project = {
    ...projectShell({
      name: 'E-commerce and IoT platform: Alibaba Cloud to AWS China',
      description:
        'A mid-size online retailer of connected home appliances: storefront and commerce microservices on ACK, 180,000 devices on IoT Platform, and a MaxCompute/DataWorks data pipeline. Sixteen engineers in three teams move it to the AWS China (Beijing, Ningxia) regions, each team staffed in proportion to the work it owns: the data and IoT team carries the refactors (IoT hub, telemetry store, the MaxCompute pipeline), so it has nine. The AccessKey outage of 12 Nov 2023 stopped every service below at once; the audit after it confirmed the platform team\'s network, identity and key workloads, while the commerce and data workloads are listed from what their teams know and not yet confirmed, so the plan draws work still to be found around them. 2027 holidays are estimated until the official schedule is published.',
      sourceProvider: 'alibaba',
      defaultTargets: ['aws'],
      startDate: '2027-01-11',
      locale: 'en',
      currency: 'CNY',
      compliance: { icpFiling: true, mlpsLevel: 2, crossBorderData: false },
    }),
    workloads: [
      // The post-outage audit checked the platform team's pieces; the rest is as the teams remember it.
      ...W.map((w) => {
        const listed = withApplication(workload({ ...w, team: TEAM_OF[w.id] ?? w.team }, 'cn-hangzhou'), APPLICATION[w.id]);
        return listed.team === P ? { ...listed, confirmed: true } : listed;
      }),
      ...TEST_ENVIRONMENT.map((w) => withApplication(workload(w, 'cn-hangzhou'), 'Commerce test environment', 'test')),
    ],
    dependencies: dependencies([
      ...D,
      ['test-ack', 'test-db', 'sync', 'loose'],
      ['test-ack', 'vpc', 'network', 'loose'],
      ['test-ack', 'ram', 'auth', 'loose'],
    ]),
    teams: [
      // Staffed in proportion to the work each team owns (docs/planning-engine.md, calibration).
      { id: P, name: 'Platform', engineers: 4, dayRate: 2400 },
      { id: COMMERCE, name: 'Commerce', engineers: 3, dayRate: 2400 },
      { id: I, name: 'Data and IoT', engineers: 9, dayRate: 2600 },
    ],
  };
  project.pins.push({ id: 'pin-alert-fc', workloadId: 'alert-fc', wave: 0, reason: 'Proves the Function Compute to Lambda runbook on a low-risk function' });
  return project;
}

/**
 * The business domains of the large-estate sample. Each domain runs the same shape (an API and a
 * worker on ACK, its own database, often a cache and a bucket), so a table per domain plus the
 * links between domains keeps 80-odd workloads readable.
 */
import type { Criticality, Strategy, TargetProvider } from '../../model/vocabulary';
import type { DependencyRow, WorkloadRow } from './common';

interface DomainRow {
  readonly id: string;
  readonly name: string;
  readonly team: 'trading' | 'data';
  readonly criticality: Criticality;
  /** Pods of the API deployment. */
  readonly api: number;
  readonly db: { service: string; engine: string; gb: number; changeGb: number; nodes: number; cost: number };
  /** Cache size in GB; absent when the domain has none. */
  readonly cacheGb?: number;
  /** Bucket size in GB; absent when the domain has none. */
  readonly bucketGb?: number;
  /** Where the domain goes when not to the project's first default target. */
  readonly target?: TargetProvider;
  /** Strategy of the API and worker (rehost by default: the same images onto the target's managed Kubernetes). */
  readonly strategy?: Strategy;
  readonly notes: string;
}

const DOMAINS: readonly DomainRow[] = [
  { id: 'member', name: 'Membership', team: 'trading', criticality: 'mission-critical', api: 12, db: { service: 'alibaba.polardb', engine: 'PolarDB for MySQL', gb: 2600, changeGb: 30, nodes: 3, cost: 24000 }, cacheGb: 64, notes: 'Login, profiles and points for 41 million members; personal information under MLPS level 3.' },
  { id: 'catalog', name: 'Product catalogue', team: 'trading', criticality: 'high', api: 16, db: { service: 'alibaba.polardb', engine: 'PolarDB for MySQL', gb: 1800, changeGb: 20, nodes: 3, cost: 19000 }, cacheGb: 128, bucketGb: 68000, notes: '9 million SKUs; images and videos in the bucket behind the CDN.' },
  { id: 'pricing', name: 'Pricing', team: 'trading', criticality: 'high', api: 8, db: { service: 'alibaba.rds-mysql', engine: 'RDS MySQL 8.0', gb: 400, changeGb: 15, nodes: 2, cost: 6200 }, cacheGb: 32, notes: 'Price rules and regional price lists; recomputed by the worker every five minutes.' },
  { id: 'order', name: 'Orders', team: 'trading', criticality: 'mission-critical', api: 24, db: { service: 'alibaba.polardb', engine: 'PolarDB-X (distributed)', gb: 8600, changeGb: 180, nodes: 8, cost: 68000 }, cacheGb: 256, notes: 'The heart of the estate: 2.3 million orders a day at peak. PolarDB-X sharding by buyer id has no drop-in equivalent.' },
  { id: 'payment', name: 'Payments', team: 'trading', criticality: 'mission-critical', api: 10, db: { service: 'alibaba.rds-mysql', engine: 'RDS MySQL 8.0 (three-node enterprise)', gb: 3200, changeGb: 60, nodes: 3, cost: 18500 }, cacheGb: 16, notes: 'Alipay, WeChat Pay and UnionPay channels; callbacks whitelisted by IP; calls back into orders to confirm.' },
  { id: 'inventory', name: 'Inventory', team: 'trading', criticality: 'mission-critical', api: 12, db: { service: 'alibaba.polardb', engine: 'PolarDB for MySQL', gb: 1200, changeGb: 45, nodes: 3, cost: 15000 }, cacheGb: 64, notes: 'Stock is reserved in the cache with Lua and settled in the database; oversell is the failure everyone fears.' },
  { id: 'logistics', name: 'Logistics and fulfilment', team: 'trading', criticality: 'high', api: 8, db: { service: 'alibaba.rds-postgresql', engine: 'RDS PostgreSQL 14', gb: 950, changeGb: 25, nodes: 2, cost: 7800 }, notes: 'Carrier integrations (SF, JD, Cainiao) and warehouse wave picking; PostGIS for delivery zones.' },
  { id: 'marketing', name: 'Marketing campaigns', team: 'trading', criticality: 'medium', api: 6, db: { service: 'alibaba.mongodb', engine: 'ApsaraDB for MongoDB 5.0', gb: 700, changeGb: 12, nodes: 3, cost: 6900 }, cacheGb: 16, bucketGb: 4200, target: 'tencent', notes: 'Landing pages and campaign rules; moves to Tencent Cloud next to the WeChat mini-program backend.' },
  { id: 'coupon', name: 'Coupons', team: 'trading', criticality: 'high', api: 6, db: { service: 'alibaba.rds-mysql', engine: 'RDS MySQL 8.0', gb: 520, changeGb: 18, nodes: 2, cost: 4600 }, cacheGb: 32, target: 'tencent', notes: 'Issued through WeChat; redeemed at checkout, so orders call it synchronously.' },
  { id: 'review', name: 'Reviews and Q&A', team: 'trading', criticality: 'low', api: 4, db: { service: 'alibaba.mongodb', engine: 'ApsaraDB for MongoDB 5.0', gb: 1100, changeGb: 6, nodes: 3, cost: 5200 }, bucketGb: 9500, notes: 'User photos in the bucket; content moderation through the risk domain.' },
  { id: 'cs', name: 'Customer service', team: 'trading', criticality: 'medium', api: 6, db: { service: 'alibaba.rds-mysql', engine: 'RDS MySQL 5.7', gb: 610, changeGb: 8, nodes: 2, cost: 4100 }, bucketGb: 2600, notes: 'Ticketing and chat transcripts; RDS MySQL 5.7 is past end of life, so it upgrades on the way.' },
  { id: 'merchant', name: 'Merchant centre', team: 'trading', criticality: 'high', api: 8, db: { service: 'alibaba.polardb', engine: 'PolarDB for MySQL', gb: 1500, changeGb: 14, nodes: 2, cost: 11000 }, bucketGb: 5100, notes: '14,000 third-party merchants manage listings and payouts here.' },
  { id: 'settlement', name: 'Settlement and ledger', team: 'data', criticality: 'mission-critical', api: 4, db: { service: 'alibaba.polardb', engine: 'PolarDB for PostgreSQL', gb: 4100, changeGb: 35, nodes: 3, cost: 21000 }, notes: 'Double-entry ledger; month-end close cannot slip, hence the year-end freeze.' },
  { id: 'invoice', name: 'E-invoicing (fapiao)', team: 'data', criticality: 'high', api: 4, db: { service: 'alibaba.rds-mysql', engine: 'RDS MySQL 8.0', gb: 880, changeGb: 9, nodes: 2, cost: 5600 }, bucketGb: 3400, notes: 'Issues fapiao through the tax bureau gateway and reads settled amounts from the ledger.' },
  { id: 'risk', name: 'Risk control and fraud', team: 'data', criticality: 'mission-critical', api: 8, db: { service: 'alibaba.lindorm', engine: 'Lindorm (wide table)', gb: 22000, changeGb: 210, nodes: 6, cost: 38000 }, cacheGb: 64, strategy: 'refactor', notes: 'Device fingerprints and behaviour features; Lindorm has no like-for-like target, HBase-compatible API on the way.' },
  { id: 'returns', name: 'Returns and refunds', team: 'trading', criticality: 'high', api: 6, db: { service: 'alibaba.rds-mysql', engine: 'RDS MySQL 8.0', gb: 690, changeGb: 11, nodes: 2, cost: 4800 }, cacheGb: 8, notes: 'Refunds go back through the payment channels; after-sales photos via the reviews bucket.' },
  { id: 'supplier', name: 'Supplier collaboration', team: 'data', criticality: 'medium', api: 4, db: { service: 'alibaba.rds-postgresql', engine: 'RDS PostgreSQL 14', gb: 560, changeGb: 5, nodes: 2, cost: 3900 }, bucketGb: 2200, notes: 'Purchase orders, ASNs and supplier invoices; EDI files arrive over SFTP.' },
  { id: 'loyalty', name: 'Loyalty points', team: 'trading', criticality: 'medium', api: 4, db: { service: 'alibaba.rds-mysql', engine: 'RDS MySQL 8.0', gb: 310, changeGb: 6, nodes: 2, cost: 3100 }, notes: 'Points earned on delivery, spent at checkout.' },
  { id: 'content', name: 'Content and CMS', team: 'trading', criticality: 'medium', api: 4, db: { service: 'alibaba.rds-mysql', engine: 'RDS MySQL 8.0', gb: 240, changeGb: 2, nodes: 2, cost: 2600 }, bucketGb: 12000, target: 'tencent', notes: 'Editorial pages and live-stream replays for the storefront.' },
];

const POD_COST = 420;

/** The workloads of every domain: API, worker, database, and cache/bucket where the domain has one. */
export function domainWorkloads(): WorkloadRow[] {
  const rows: WorkloadRow[] = [];
  for (const d of DOMAINS) {
    const target = d.target ? { provider: d.target } : undefined;
    const common = { team: d.team, ...(target ? { target } : {}) };
    const appStrategy = d.strategy ?? 'rehost';
    const zeroDown = d.criticality === 'mission-critical';
    rows.push({ ...common, id: `${d.id}-api`, name: `${d.name} API`, kind: 'container', service: 'alibaba.ack', strategy: appStrategy, criticality: d.criticality, complexity: appStrategy === 'refactor' ? 5 : zeroDown ? 4 : 3, size: [d.api, 0, 0], downtime: zeroDown ? 'minutes' : 'hours', cost: d.api * POD_COST, tags: [d.id, 'java', 'kubernetes'], notes: d.notes });
    rows.push({ ...common, id: `${d.id}-worker`, name: `${d.name} workers`, kind: 'container', service: 'alibaba.ack', strategy: appStrategy, criticality: d.criticality === 'mission-critical' ? 'high' : 'medium', complexity: 3, size: [Math.max(2, Math.round(d.api / 3)), 0, 0], downtime: 'hours', cost: Math.max(2, Math.round(d.api / 3)) * POD_COST, tags: [d.id, 'kubernetes', 'batch'], notes: 'Consumes domain events from RocketMQ and runs scheduled jobs (SchedulerX).' });
    rows.push({ ...common, id: `${d.id}-db`, name: `${d.name} database (${d.db.engine})`, kind: 'database', service: d.db.service, strategy: d.db.service === 'alibaba.lindorm' ? 'refactor' : 'rehost', criticality: d.criticality, complexity: d.db.gb > 5000 ? 5 : d.db.gb > 1000 ? 4 : 3, size: [d.db.nodes, d.db.gb, d.db.changeGb], downtime: zeroDown ? 'minutes' : 'hours', cost: d.db.cost, tags: [d.id, 'data'], notes: d.db.gb > 2000 ? `${(d.db.gb / 1000).toFixed(1)} TB: full load by DTS over the dedicated line, then incremental sync through rehearsal; reverse sync for rollback.` : 'DTS full + incremental sync; read-only window at cutover.' });
    if (d.cacheGb !== undefined) {
      rows.push({ ...common, id: `${d.id}-cache`, name: `${d.name} cache (Tair)`, kind: 'cache', service: 'alibaba.redis', strategy: 'rehost', criticality: d.criticality, complexity: 2, size: [2, d.cacheGb, d.cacheGb / 2], downtime: 'minutes', cost: Math.round(d.cacheGb * 75), tags: [d.id, 'data'], notes: 'Warmed from the database after cutover; no data copied.' });
    }
    if (d.bucketGb !== undefined) {
      rows.push({ ...common, id: `${d.id}-bucket`, name: `${d.name} objects (OSS)`, kind: 'storage', service: 'alibaba.oss', strategy: 'rehost', criticality: d.criticality === 'mission-critical' ? 'high' : d.criticality, complexity: 2, size: [1, d.bucketGb, Math.round(d.bucketGb / 400)], downtime: 'hours', cost: Math.round(d.bucketGb * 0.12), tags: [d.id, 'data', 'media'], notes: 'Bulk copy with the target’s online migration service, then incremental passes until cutover.' });
    }
  }
  return rows;
}

/** Links inside each domain and to the shared platform. */
export function domainDependencies(): DependencyRow[] {
  const rows: DependencyRow[] = [];
  for (const d of DOMAINS) {
    const db = `${d.id}-db`;
    const tightDb = d.criticality === 'mission-critical' || d.criticality === 'high' ? 'tight' : 'loose';
    rows.push([`${d.id}-api`, db, 'sync', tightDb, 'every request reads or writes it']);
    rows.push([`${d.id}-worker`, db, 'sync', 'loose']);
    rows.push([`${d.id}-worker`, 'rocketmq', 'async', 'loose']);
    rows.push([`${d.id}-api`, 'ack-prod', 'network', 'loose']);
    rows.push([`${d.id}-worker`, 'ack-prod', 'network', 'loose']);
    rows.push([`${d.id}-api`, 'ram', 'auth', 'loose', 'pods sign requests with a RAM AccessKey']);
    rows.push([db, 'vpc-prod', 'network', 'loose']);
    if (d.cacheGb !== undefined) rows.push([`${d.id}-api`, `${d.id}-cache`, 'sync', 'tight']);
    if (d.bucketGb !== undefined) {
      rows.push([`${d.id}-api`, `${d.id}-bucket`, 'shared-storage', 'loose']);
      rows.push([`${d.id}-bucket`, 'ram', 'auth', 'loose', 'signed URLs with a RAM AccessKey']);
    }
  }
  return rows;
}

/** Calls between domains. Orders and payments call each other (a cycle), as do settlement and invoicing. */
export const CROSS_DOMAIN: readonly DependencyRow[] = [
  ['order-api', 'member-api', 'sync', 'loose'],
  ['order-api', 'pricing-api', 'sync', 'tight', 'price locked inside the checkout transaction'],
  ['order-api', 'inventory-api', 'sync', 'tight', 'stock reservation inside the checkout call'],
  ['order-api', 'coupon-api', 'sync', 'loose', 'redeem at checkout; Tencent Cloud after the move, so cross-cloud'],
  ['order-api', 'payment-api', 'sync', 'tight', 'creates the payment'],
  ['payment-api', 'order-api', 'sync', 'tight', 'confirms the order when the channel calls back: a cycle'],
  ['order-api', 'risk-api', 'sync', 'tight', 'fraud check before payment'],
  ['payment-api', 'risk-api', 'sync', 'tight'],
  ['payment-api', 'kms', 'auth', 'loose', 'channel keys decrypted on every call'],
  ['inventory-api', 'logistics-api', 'sync', 'loose', 'reserve warehouse capacity'],
  ['logistics-worker', 'order-api', 'sync', 'loose', 'shipment status updates'],
  ['catalog-api', 'pricing-api', 'sync', 'loose'],
  ['catalog-api', 'inventory-api', 'sync', 'loose', 'stock badges'],
  ['catalog-api', 'review-api', 'sync', 'loose'],
  ['catalog-api', 'search-cluster', 'sync', 'tight'],
  ['merchant-api', 'catalog-api', 'sync', 'loose'],
  ['merchant-api', 'settlement-api', 'sync', 'loose', 'payout statements'],
  ['settlement-api', 'invoice-api', 'sync', 'tight', 'issues fapiao on settlement'],
  ['invoice-api', 'settlement-api', 'sync', 'tight', 'reads settled amounts: a cycle'],
  ['settlement-worker', 'payment-db', 'data', 'loose', 'nightly reconciliation extract'],
  ['settlement-db', 'kms', 'auth', 'loose', 'TDE'],
  ['payment-db', 'kms', 'auth', 'loose', 'TDE'],
  ['member-db', 'kms', 'auth', 'loose', 'TDE; personal information'],
  ['marketing-api', 'member-api', 'sync', 'loose', 'audience segments'],
  ['marketing-api', 'coupon-api', 'sync', 'loose'],
  ['cs-api', 'order-api', 'sync', 'loose'],
  ['cs-api', 'member-api', 'sync', 'loose'],
  ['review-worker', 'risk-api', 'sync', 'loose', 'content moderation'],
  ['content-api', 'catalog-api', 'sync', 'loose'],
  ['risk-worker', 'flink-risk', 'async', 'tight', 'features computed in real time'],
  ['member-api', 'sms-gateway', 'sync', 'loose', 'login codes'],
  ['returns-api', 'order-api', 'sync', 'loose'],
  ['returns-api', 'payment-api', 'sync', 'tight', 'refund through the original channel'],
  ['returns-api', 'review-bucket', 'shared-storage', 'loose', 'after-sales photos'],
  ['supplier-api', 'inventory-api', 'sync', 'loose'],
  ['supplier-worker', 'ftp-edi', 'shared-storage', 'loose', 'picks up EDI files'],
  ['loyalty-api', 'member-api', 'sync', 'loose'],
  ['order-worker', 'loyalty-api', 'async', 'loose', 'points on delivery'],
];

/**
 * Sample 1: a small mainland online shop on Alibaba Cloud, one team of three, moving to Tencent
 * Cloud. Ten-odd workloads on classic building blocks (ECS behind SLB, RDS MySQL, Redis, OSS + CDN).
 */
import type { Project } from '../../model/schema';
import { type DependencyRow, dependencies, projectShell, withApplication, workload, type WorkloadRow } from './common';

const T = 'shop';

const W: readonly WorkloadRow[] = [
  { id: 'vpc', name: 'Shop VPC and security groups', kind: 'network', service: 'alibaba.vpc', strategy: 'rehost', criticality: 'high', complexity: 2, size: [1, 0, 0], downtime: 'hours', team: T, cost: 0, tags: ['foundation'], notes: 'One VPC, two vSwitches (zones H and I). Rebuilt as code in the landing zone, not copied.' },
  { id: 'dns', name: 'Alibaba Cloud DNS zone shop.example.cn', kind: 'network', service: 'alibaba.dns', strategy: 'rehost', criticality: 'high', complexity: 1, size: [1, 0, 0], downtime: 'minutes', team: T, cost: 60, tags: ['foundation', 'edge'], notes: 'Lower TTLs to 60 s a week before cutover. ICP filing must move with the domain.' },
  { id: 'ram', name: 'RAM users, roles and AccessKeys', kind: 'security', service: 'alibaba.ram', strategy: 'replatform', criticality: 'high', complexity: 2, size: [1, 0, 0], downtime: 'hours', team: T, cost: 0, tags: ['foundation', 'identity'], notes: 'Web and admin sign OSS requests with a long-lived AccessKey; replace with CAM roles on the target.' },
  { id: 'slb', name: 'Public load balancer', kind: 'network', service: 'alibaba.slb', strategy: 'rehost', criticality: 'high', complexity: 2, size: [1, 0, 0], downtime: 'minutes', team: T, cost: 280, tags: ['edge'], notes: 'HTTPS listener with the shop certificate; health check on /healthz.' },
  { id: 'web', name: 'Storefront web servers (PHP)', kind: 'compute', service: 'alibaba.ecs', strategy: 'rehost', criticality: 'mission-critical', complexity: 3, size: [4, 160, 0.5], downtime: 'minutes', team: T, cost: 2600, tags: ['storefront', 'php'], notes: 'ecs.g7.xlarge x4, image built by Ansible; sessions in Redis, so instances are stateless.' },
  { id: 'admin', name: 'Back-office admin', kind: 'compute', service: 'alibaba.ecs', strategy: 'rehost', criticality: 'medium', complexity: 2, size: [1, 40, 0.1], downtime: 'hours', team: T, cost: 420, tags: ['back-office'], notes: 'Staff-only; can be down for an afternoon.' },
  { id: 'order-db', name: 'Orders and catalogue database', kind: 'database', service: 'alibaba.rds-mysql', strategy: 'rehost', criticality: 'mission-critical', complexity: 3, size: [2, 180, 3], downtime: 'minutes', team: T, cost: 2300, tags: ['data', 'mysql-8.0'], notes: 'RDS MySQL 8.0 high-availability edition, 4 vCPU / 16 GB. Full + incremental sync with DTS, read-only during the switch.' },
  { id: 'cache', name: 'Session and cart cache', kind: 'cache', service: 'alibaba.redis', strategy: 'rehost', criticality: 'high', complexity: 2, size: [1, 4, 2], downtime: 'minutes', team: T, cost: 480, tags: ['data'], notes: 'Redis 6.0 standard edition, 4 GB. Carts survive a flush; sessions do not, so cut over at night.' },
  { id: 'images', name: 'Product images bucket', kind: 'storage', service: 'alibaba.oss', strategy: 'rehost', criticality: 'high', complexity: 2, size: [1, 850, 4], downtime: 'hours', team: T, cost: 320, tags: ['data', 'media'], notes: 'About 2.1 million objects. Copy with an online migration job, then sync the delta.' },
  { id: 'cdn', name: 'CDN for images and static assets', kind: 'network', service: 'alibaba.cdn', strategy: 'rehost', criticality: 'high', complexity: 2, size: [1, 0, 0], downtime: 'minutes', team: T, cost: 1500, tags: ['edge', 'media'], notes: 'Mainland acceleration needs the ICP-filed domain on the target before it can serve.' },
  { id: 'logs', name: 'Access and application logs', kind: 'observability', service: 'alibaba.sls', strategy: 'replatform', criticality: 'low', complexity: 2, size: [1, 60, 1.5], downtime: 'days', team: T, cost: 260, tags: ['ops'], notes: 'Logtail on every ECS; 30-day retention, no need to carry old logs.' },
  { id: 'blog', name: 'Old WordPress blog', kind: 'compute', service: 'alibaba.ecs', strategy: 'retire', criticality: 'low', complexity: 1, size: [1, 20, 0], downtime: 'days', team: T, cost: 150, tags: ['legacy'], notes: 'Last post in 2024. Export to static pages in OSS before retiring.' },
];

const D: readonly DependencyRow[] = [
  ['dns', 'slb', 'network', 'loose', 'www record points at the load balancer'],
  ['dns', 'cdn', 'network', 'loose', 'img and static records are CNAMEs to the CDN'],
  ['cdn', 'images', 'shared-storage', 'loose', 'origin pull from the bucket'],
  ['slb', 'web', 'sync', 'tight', 'forwards every request'],
  ['slb', 'vpc', 'network', 'loose'],
  ['web', 'order-db', 'sync', 'tight', 'every page reads the catalogue; ~2 ms today, ~30 ms cross-cloud'],
  ['web', 'cache', 'sync', 'tight', 'sessions and carts'],
  ['web', 'images', 'shared-storage', 'loose', 'uploads product images'],
  ['web', 'ram', 'auth', 'loose', 'AccessKey signs OSS uploads'],
  ['web', 'logs', 'async', 'loose'],
  ['web', 'vpc', 'network', 'loose'],
  ['admin', 'order-db', 'sync', 'loose'],
  ['admin', 'images', 'shared-storage', 'loose'],
  ['admin', 'ram', 'auth', 'loose'],
  ['admin', 'vpc', 'network', 'loose'],
  ['order-db', 'vpc', 'network', 'loose'],
  ['cache', 'vpc', 'network', 'loose'],
  ['logs', 'ram', 'auth', 'loose', 'Logtail authenticates with an AccessKey'],
  ['blog', 'images', 'shared-storage', 'loose', 'static export lands in the bucket'],
];

/** Applications: the storefront moves as one; the back office and the retired blog are apart. */
const APPLICATION: Readonly<Record<string, string>> = {
  slb: 'Storefront',
  web: 'Storefront',
  'order-db': 'Storefront',
  cache: 'Storefront',
  images: 'Storefront',
  cdn: 'Storefront',
  admin: 'Back office',
  blog: 'Blog',
};

export function onlineShop(): Project {
  return {
    ...projectShell({
      name: 'Online shop: Alibaba Cloud to Tencent Cloud',
      description:
        'A small mainland online shop (PHP storefront on ECS, RDS MySQL, Redis, OSS + CDN) run by one team of three, moving to Tencent Cloud in Shanghai. The domain is ICP-filed, so the filing moves first. Managed services that keep their engine on Tencent Cloud (MySQL, Redis, object storage, CDN, load balancer) are rehosts: the application only changes endpoints. The team built and runs every piece listed, so the inventory is confirmed: no scope growth is drawn. 2027 holidays are estimated until the State Council publishes the official schedule.',
      sourceProvider: 'alibaba',
      defaultTargets: ['tencent'],
      startDate: '2027-01-11',
      locale: 'zh-CN',
      currency: 'CNY',
      compliance: { icpFiling: true, mlpsLevel: 0, crossBorderData: false },
    }),
    // Confirmed: three people who built and run all of it have nothing left to discover.
    workloads: W.map((w) => ({ ...withApplication(workload(w, 'cn-shanghai'), APPLICATION[w.id]), confirmed: true })),
    dependencies: dependencies(D),
    teams: [{ id: T, name: 'Shop engineering', engineers: 3, dayRate: 1800 }],
  };
}

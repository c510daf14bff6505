/**
 * What a destination port says about a connection: 3306 is a database, 6379 a cache, 9092 a queue.
 * Used where a discovery tool reports connections but not what they are.
 */
import type { DependencyKind, WorkloadKind } from '../../model/vocabulary';

interface PortMeaning {
  readonly service: string;
  readonly kind: WorkloadKind;
  readonly dependency: DependencyKind;
}

const PORTS: ReadonlyMap<number, PortMeaning> = new Map<number, PortMeaning>([
  [3306, { service: 'MySQL', kind: 'database', dependency: 'sync' }],
  [33060, { service: 'MySQL X', kind: 'database', dependency: 'sync' }],
  [5432, { service: 'PostgreSQL', kind: 'database', dependency: 'sync' }],
  [1433, { service: 'SQL Server', kind: 'database', dependency: 'sync' }],
  [1521, { service: 'Oracle', kind: 'database', dependency: 'sync' }],
  [27017, { service: 'MongoDB', kind: 'database', dependency: 'sync' }],
  [9042, { service: 'Cassandra', kind: 'database', dependency: 'sync' }],
  [6379, { service: 'Redis', kind: 'cache', dependency: 'sync' }],
  [11211, { service: 'Memcached', kind: 'cache', dependency: 'sync' }],
  [9092, { service: 'Kafka', kind: 'queue', dependency: 'async' }],
  [5672, { service: 'AMQP (RabbitMQ)', kind: 'queue', dependency: 'async' }],
  [9876, { service: 'RocketMQ', kind: 'queue', dependency: 'async' }],
  [1883, { service: 'MQTT', kind: 'iot', dependency: 'async' }],
  [8883, { service: 'MQTT over TLS', kind: 'iot', dependency: 'async' }],
  [9200, { service: 'Elasticsearch', kind: 'analytics', dependency: 'sync' }],
  [2049, { service: 'NFS', kind: 'storage', dependency: 'shared-storage' }],
  [445, { service: 'SMB', kind: 'storage', dependency: 'shared-storage' }],
  [389, { service: 'LDAP', kind: 'security', dependency: 'auth' }],
  [636, { service: 'LDAPS', kind: 'security', dependency: 'auth' }],
  [88, { service: 'Kerberos', kind: 'security', dependency: 'auth' }],
  [53, { service: 'DNS', kind: 'network', dependency: 'network' }],
  [80, { service: 'HTTP', kind: 'compute', dependency: 'sync' }],
  [443, { service: 'HTTPS', kind: 'compute', dependency: 'sync' }],
  [8080, { service: 'HTTP', kind: 'compute', dependency: 'sync' }],
  [8443, { service: 'HTTPS', kind: 'compute', dependency: 'sync' }],
  [22, { service: 'SSH', kind: 'compute', dependency: 'sync' }],
  [3389, { service: 'RDP', kind: 'compute', dependency: 'sync' }],
]);

/** What a port usually carries, or undefined for a port with no common meaning. */
export function meaningOfPort(port: number): PortMeaning | undefined {
  return PORTS.get(port);
}

/** Reads a port from `3306`, `3306/tcp`, `tcp:3306`. */
export function parsePort(text: string): number | undefined {
  const m = /(\d{1,5})/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined;
}

/** The dependency kind a workload of `kind` gives those that need it. */
export function dependencyKindForTarget(kind: WorkloadKind): DependencyKind {
  switch (kind) {
    case 'network':
      return 'network';
    case 'security':
      return 'auth';
    case 'queue':
    case 'observability':
    case 'iot':
      return 'async';
    default:
      return 'sync';
  }
}

/**
 * Technologies teams name in inventories and container images, and what kind of workload each is.
 * This is knowledge of software, not of any provider: which cloud product runs it comes from the
 * catalog (technology.ts).
 */
import type { WorkloadKind } from '../../model/vocabulary';

/** Lower-case names as they appear in text and image names -> the kind of workload. */
export const TECHNOLOGY_KINDS: ReadonlyMap<string, WorkloadKind> = new Map<string, WorkloadKind>([
  ['mysql', 'database'],
  ['mariadb', 'database'],
  ['percona', 'database'],
  ['postgres', 'database'],
  ['postgresql', 'database'],
  ['postgis', 'database'],
  ['timescaledb', 'database'],
  ['mongo', 'database'],
  ['mongodb', 'database'],
  ['oracle', 'database'],
  ['sqlserver', 'database'],
  ['mssql', 'database'],
  ['cassandra', 'database'],
  ['scylla', 'database'],
  ['cockroachdb', 'database'],
  ['tidb', 'database'],
  ['couchdb', 'database'],
  ['neo4j', 'database'],
  ['influxdb', 'database'],
  ['clickhouse', 'analytics'],
  ['hbase', 'database'],
  ['db2', 'database'],
  ['dm', 'database'],
  ['redis', 'cache'],
  ['valkey', 'cache'],
  ['keydb', 'cache'],
  ['memcached', 'cache'],
  ['tair', 'cache'],
  ['kafka', 'queue'],
  ['rabbitmq', 'queue'],
  ['rocketmq', 'queue'],
  ['activemq', 'queue'],
  ['nats', 'queue'],
  ['pulsar', 'queue'],
  ['zookeeper', 'queue'],
  ['emqx', 'iot'],
  ['mosquitto', 'iot'],
  ['elasticsearch', 'analytics'],
  ['opensearch', 'analytics'],
  ['solr', 'analytics'],
  ['spark', 'analytics'],
  ['flink', 'analytics'],
  ['hadoop', 'analytics'],
  ['hive', 'analytics'],
  ['presto', 'analytics'],
  ['trino', 'analytics'],
  ['minio', 'storage'],
  ['ceph', 'storage'],
  ['nfs', 'storage'],
  ['glusterfs', 'storage'],
  ['nginx', 'network'],
  ['haproxy', 'network'],
  ['envoy', 'network'],
  ['traefik', 'network'],
  ['kong', 'network'],
  ['bind', 'network'],
  ['coredns', 'network'],
  ['keycloak', 'security'],
  ['vault', 'security'],
  ['openldap', 'security'],
  ['ldap', 'security'],
  ['prometheus', 'observability'],
  ['grafana', 'observability'],
  ['jaeger', 'observability'],
  ['loki', 'observability'],
  ['fluentd', 'observability'],
  ['fluent-bit', 'observability'],
  ['logstash', 'observability'],
  ['kibana', 'observability'],
  ['zabbix', 'observability'],
  ['tomcat', 'compute'],
  ['jboss', 'compute'],
  ['wildfly', 'compute'],
  ['weblogic', 'compute'],
  ['websphere', 'compute'],
  ['node', 'compute'],
  ['nodejs', 'compute'],
  ['java', 'compute'],
  ['springboot', 'compute'],
  ['python', 'compute'],
  ['php', 'compute'],
  ['golang', 'compute'],
  ['dotnet', 'compute'],
  ['iis', 'compute'],
  ['httpd', 'compute'],
  ['apache', 'compute'],
]);

/** The technology words found in `text`, in the order they appear. */
export function technologiesIn(text: string): string[] {
  const found: string[] = [];
  for (const token of text.toLowerCase().split(/[^a-z0-9+-]+/)) {
    const t = token.replace(/^-+|-+$/g, '');
    const stem = t.replace(/[0-9.]+$/, '');
    if (TECHNOLOGY_KINDS.has(t)) found.push(t);
    else if (stem !== t && TECHNOLOGY_KINDS.has(stem)) found.push(stem);
  }
  return found;
}

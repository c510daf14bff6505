/**
 * Which other service an environment value names: `cartservice:7070`, `redis://redis-cart:6379/0`,
 * `jdbc:mysql://orders-db.shop.svc.cluster.local:3306/orders`, `Server=sql;Port=1433;...`. Only the
 * host is taken; a value is never stored (it may hold credentials).
 */

/** Environment names that hold an address by convention. */
const ADDRESS_NAME = /(_ADDR|_ADDRESS|_HOST|_HOSTNAME|_URL|_URI|_SERVER|_SERVERS|_ENDPOINT|_DSN|_BROKERS?|_SERVICE|_CONNECTION(_STRING)?|_CONN|_REDIS|_AMQP|_KAFKA)$/i;

export interface HostReference {
  readonly host: string;
  readonly port?: number;
}

/** The hosts a value names (one, or several in a list such as `kafka-0:9092,kafka-1:9092`). */
export function hostsIn(name: string, value: string): HostReference[] {
  const v = value.trim();
  if (v === '' || v.length > 2048) return [];
  const out: HostReference[] = [];
  const add = (host: string | undefined, port?: string) => {
    if (!host) return;
    const h = host.toLowerCase();
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(h) || /^\d+(\.\d+){3}$/.test(h) || h === 'localhost') return;
    const p = port !== undefined ? Number(port) : undefined;
    out.push({ host: h, ...(p !== undefined && Number.isInteger(p) && p > 0 && p < 65536 ? { port: p } : {}) });
  };
  // URLs, with any scheme prefix (jdbc:mysql://), credentials and path.
  for (const m of v.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]*@)?([^:/?#,\s]+)(?::(\d+))?/gi)) add(m[1], m[2]);
  if (out.length > 0) return out;
  // Connection strings: Server=host,1433; Address=host:5672; Host=host; Data Source=host (the host stops at a colon, else host:port is one invalid host)
  const kv = /(?:^|;)\s*(?:server|host|data source|address|addr)\s*=\s*(?:tcp:)?([^;,:\s]+)(?:[,:](\d+))?/i.exec(v);
  if (kv) {
    add(kv[1], kv[2]);
    return out;
  }
  // host:port lists, or a bare host where the variable's name says it is an address.
  const parts = v.split(/[,\s]+/).filter(Boolean);
  const hostPort = parts.every((p) => /^[a-z0-9.-]+:\d+$/i.test(p));
  if (hostPort) {
    for (const p of parts) {
      const [h, port] = p.split(':');
      add(h, port);
    }
    return out;
  }
  if (ADDRESS_NAME.test(name) && parts.length === 1 && /^[a-z][a-z0-9.-]*$/i.test(v)) add(v);
  return out;
}

/** `orders-db.shop.svc.cluster.local` -> `orders-db` (and its namespace `shop`, when given). */
export function serviceOfHost(host: string): { name: string; namespace?: string } {
  const labels = host.split('.');
  const name = labels[0] ?? host;
  const namespace = labels.length >= 2 && (labels[2] === 'svc' || labels.length === 2) ? labels[1] : undefined;
  return namespace !== undefined ? { name, namespace } : { name };
}

/**
 * Which workloads are platform pieces: the network, identity, keys, DNS zones, security and
 * monitoring baselines a landing zone provides. They are rebuilt per target provider in the
 * foundation phase, by the platform team, and cut over with nothing: applications start using them
 * in their own waves. Application-facing network pieces (load balancers, CDN, API gateways) and log
 * stores that carry history are not platform: they move with the applications that use them.
 */
import type { Workload } from '../../model/schema';
import type { PlatformRole } from '../types';

/** Entry points traffic arrives through: cut over with their application, not built in the landing zone. */
const APPLICATION_NETWORK = /(^|[^a-z0-9])(slb|alb|nlb|elb|clb|lb|load-?balanc\w*|cdn|dcdn|api-?gateway|apigw|ga|global-?accelerator|front-?door|waf-?gateway)([^a-z0-9]|$)/i;
const DNS = /(^|[^a-z0-9])(dns|private-?zone|privatezone|route-?53|cloud-?dns)([^a-z0-9]|$)/i;
const KEYS = /(^|[^a-z0-9])(kms|hsm|key-?vault|keys?|secrets?-?manager|secret)([^a-z0-9]|$)/i;
const SECURITY_BASELINE = /(^|[^a-z0-9])(waf|anti-?ddos|ddos|firewall|cloud-?firewall|ssl|certificates?|cert|security-?center|shield)([^a-z0-9]|$)/i;
const AUDIT = /(^|[^a-z0-9])(actiontrail|cloudtrail|audit\w*)([^a-z0-9]|$)/i;
/** A log store with this much history moves with the waves like any data store. */
export const OBSERVABILITY_HISTORY_GB = 100;

/** The platform role of a workload that moves, or undefined for an application workload. */
export function platformRoleOf(w: Pick<Workload, 'kind' | 'sourceService' | 'name' | 'strategy' | 'size'>): PlatformRole | undefined {
  if (w.strategy === 'retire' || w.strategy === 'retain') return undefined;
  const text = `${w.sourceService} ${w.name}`;
  switch (w.kind) {
    case 'network':
      if (DNS.test(text)) return 'dns';
      return APPLICATION_NETWORK.test(text) ? undefined : 'network';
    case 'security':
      if (KEYS.test(text)) return 'keys';
      if (AUDIT.test(text)) return 'observability';
      return SECURITY_BASELINE.test(text) ? 'security' : 'identity';
    case 'observability':
      return w.size.dataGb >= OBSERVABILITY_HISTORY_GB ? undefined : 'observability';
    default:
      return undefined;
  }
}

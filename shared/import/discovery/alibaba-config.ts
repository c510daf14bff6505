/**
 * Alibaba Cloud Config resource snapshots (JSON `configurationItems[]`): a workload per resource
 * of a type the table maps, with its region, and dependencies from its `relationship` list. Keys
 * are read case-insensitively (the API says ResourceId, delivered snapshots resourceId), and a
 * relationship or configuration given as a JSON string is parsed.
 */
import { catalogEntry, defaultSourceServiceForKind } from '../../catalog';
import type { DependencyKind, WorkloadKind } from '../../model/vocabulary';
import type { ImportFormat } from '../format';
import { dependencyKindForTarget } from '../guess/ports';
import { isRecord } from '../source-file';

/** Config resource types -> catalog products. Adding a type is one entry. */
export const CONFIG_RESOURCE_TYPES: Readonly<Record<string, { service: string; kind?: WorkloadKind }>> = {
  'ACS::ECS::Instance': { service: 'alibaba.ecs' },
  'ACS::ECS::Disk': { service: 'alibaba.ebs' },
  'ACS::ECS::SecurityGroup': { service: 'alibaba.vpc', kind: 'network' },
  'ACS::ECS::KeyPair': { service: 'alibaba.ecs', kind: 'security' },
  'ACS::ESS::ScalingGroup': { service: 'alibaba.ecs' },
  'ACS::VPC::VPC': { service: 'alibaba.vpc' },
  'ACS::VPC::VSwitch': { service: 'alibaba.vpc' },
  'ACS::VPC::EIP': { service: 'alibaba.eip' },
  'ACS::EIP::EipAddress': { service: 'alibaba.eip' },
  'ACS::VPC::NatGateway': { service: 'alibaba.nat-gateway' },
  'ACS::VPC::VpnGateway': { service: 'alibaba.vpn-gateway' },
  'ACS::CEN::CenInstance': { service: 'alibaba.cen' },
  'ACS::SLB::LoadBalancer': { service: 'alibaba.slb' },
  'ACS::ALB::LoadBalancer': { service: 'alibaba.alb' },
  'ACS::NLB::LoadBalancer': { service: 'alibaba.nlb' },
  'ACS::CDN::Domain': { service: 'alibaba.cdn' },
  'ACS::DNS::Domain': { service: 'alibaba.dns' },
  'ACS::ApiGateway::Group': { service: 'alibaba.api-gateway' },
  'ACS::OSS::Bucket': { service: 'alibaba.oss' },
  'ACS::NAS::FileSystem': { service: 'alibaba.nas' },
  'ACS::RDS::DBInstance': { service: 'alibaba.rds-mysql' },
  'ACS::PolarDB::DBCluster': { service: 'alibaba.polardb' },
  'ACS::MongoDB::DBInstance': { service: 'alibaba.mongodb' },
  'ACS::Redis::DBInstance': { service: 'alibaba.redis' },
  'ACS::KVSTORE::Instance': { service: 'alibaba.redis' },
  'ACS::OTS::Instance': { service: 'alibaba.tablestore' },
  'ACS::Lindorm::Instance': { service: 'alibaba.lindorm' },
  'ACS::CS::ManagedKubernetesCluster': { service: 'alibaba.ack' },
  'ACS::CS::KubernetesCluster': { service: 'alibaba.ack' },
  'ACS::ACK::Cluster': { service: 'alibaba.ack' },
  'ACS::CR::Instance': { service: 'alibaba.acr' },
  'ACS::FC::Function': { service: 'alibaba.function-compute' },
  'ACS::FC::Service': { service: 'alibaba.function-compute' },
  'ACS::SAE::Application': { service: 'alibaba.sae' },
  'ACS::RAM::User': { service: 'alibaba.ram' },
  'ACS::RAM::Role': { service: 'alibaba.ram' },
  'ACS::RAM::Group': { service: 'alibaba.ram' },
  'ACS::KMS::Key': { service: 'alibaba.kms' },
  'ACS::WAF::Instance': { service: 'alibaba.waf' },
  'ACS::SLS::Project': { service: 'alibaba.sls' },
  'ACS::ActionTrail::Trail': { service: 'alibaba.actiontrail' },
  'ACS::Kafka::Instance': { service: 'alibaba.kafka' },
  'ACS::AliKafka::Instance': { service: 'alibaba.kafka' },
  'ACS::MQ::Instance': { service: 'alibaba.rocketmq' },
  'ACS::RocketMQ::Instance': { service: 'alibaba.rocketmq' },
  'ACS::MNS::Queue': { service: 'alibaba.mns' },
  'ACS::Elasticsearch::Instance': { service: 'alibaba.elasticsearch' },
  'ACS::EMR::Cluster': { service: 'alibaba.emr' },
  'ACS::MaxCompute::Project': { service: 'alibaba.maxcompute' },
};

/** A value by key, ignoring case (ResourceId / resourceId). */
function pick(obj: Record<string, unknown>, key: string): unknown {
  if (key in obj) return obj[key];
  const k = Object.keys(obj).find((x) => x.toLowerCase() === key.toLowerCase());
  return k !== undefined ? obj[k] : undefined;
}

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function parsedJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

function itemsOf(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (!isRecord(doc)) return undefined;
  const items = pick(doc, 'configurationItems') ?? pick(doc, 'ConfigurationItemList') ?? pick(doc, 'ResourceList');
  return Array.isArray(items) ? items : isRecord(items) && Array.isArray(pick(items, 'ConfigurationItem')) ? (pick(items, 'ConfigurationItem') as unknown[]) : undefined;
}

export const alibabaConfigFormat: ImportFormat = {
  id: 'alibaba-config',
  label: 'Alibaba Cloud Config snapshot (JSON)',
  extensions: ['json'],
  detect(file) {
    const head = file.head(4096);
    if (/"configurationItems"|"ConfigurationItemList"/i.test(head)) return 10;
    if (/"resourceType"\s*:\s*"ACS::/i.test(head)) return 8;
    return 0;
  },
  read(files, out) {
    for (const file of files) {
      const items = itemsOf(file.json());
      if (!items) {
        out.error('alibabaConfig.noItems', `${file.name} has no configurationItems list, so it is not a Cloud Config snapshot.`, { file: file.name, path: 'configurationItems' });
        continue;
      }
      const ids = new Map<string, string>();
      const pending: { from: string; relations: unknown[]; at: { file: string; path: string } }[] = [];
      const skipped = new Map<string, number>();
      items.forEach((raw, i) => {
        const at = { file: file.name, path: `configurationItems[${i}]` };
        if (!isRecord(raw)) return;
        const resourceId = text(pick(raw, 'resourceId'));
        const type = text(pick(raw, 'resourceType'));
        const mapping = CONFIG_RESOURCE_TYPES[type];
        if (resourceId === '' || !mapping) {
          skipped.set(type || '(no type)', (skipped.get(type || '(no type)') ?? 0) + 1);
          return;
        }
        const configuration = parsedJson(pick(raw, 'configuration'));
        const engine = isRecord(configuration) ? text(pick(configuration, 'Engine')).toLowerCase() : '';
        const service = type === 'ACS::RDS::DBInstance' && engine !== '' ? (engine.startsWith('postgres') ? 'alibaba.rds-postgresql' : engine.startsWith('sqlserver') ? 'alibaba.rds-sqlserver' : 'alibaba.rds-mysql') : mapping.service;
        const entry = catalogEntry(service);
        const kind = mapping.kind ?? entry?.kind ?? 'other';
        const tagsRaw = parsedJson(pick(raw, 'tags'));
        const tags = isRecord(tagsRaw) ? Object.entries(tagsRaw).map(([k, v]) => `${k}:${Array.isArray(v) ? v.join(',') : text(v)}`) : [];
        const id = out.addWorkload({
          ids: [resourceId],
          name: text(pick(raw, 'resourceName')) || resourceId,
          kind,
          sourceService: entry?.id ?? defaultSourceServiceForKind('alibaba', kind)?.id ?? 'alibaba.other',
          ...(text(pick(raw, 'regionId')) ? { region: text(pick(raw, 'regionId')) } : {}),
          tags: ['cloud-config', ...tags],
          aliases: [resourceId],
          origin: at,
        });
        ids.set(resourceId, id);
        const rel = parsedJson(pick(raw, 'relationship') ?? pick(raw, 'relationships'));
        if (Array.isArray(rel)) pending.push({ from: id, relations: rel, at });
      });
      for (const p of pending) {
        for (const r of p.relations) {
          if (!isRecord(r)) continue;
          const target = ids.get(text(pick(r, 'resourceId')));
          if (target === undefined) continue;
          const fromKind = out.workload(p.from)?.kind ?? 'other';
          const toKind = out.workload(target)?.kind ?? 'other';
          // A disk attached to an instance is needed by the instance, not the other way round.
          const reverse = fromKind === 'storage' && (toKind === 'compute' || toKind === 'container');
          const [from, to] = reverse ? [target, p.from] : [p.from, target];
          const kind: DependencyKind = reverse ? 'data' : dependencyKindForTarget(out.workload(to)?.kind ?? 'other');
          out.addDependency({ from, to, kind, note: text(pick(r, 'relationshipType')) || 'relationship', origin: p.at });
        }
      }
      for (const [type, count] of skipped) out.skip('alibabaConfig.unmappedType', `${count} ${type} item${count === 1 ? '' : 's'}: the type is not mapped to a catalog product yet.`, { file: file.name }, { type, count });
    }
  },
};

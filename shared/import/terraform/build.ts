/**
 * Terraform resource instances into workloads and dependencies: map each type (resource-types.ts),
 * fold children into their parents, turn references into dependencies of the right kind, and
 * connect compute to the databases whose IP allow-lists admit it.
 */
import { catalogEntry, defaultSourceServiceForKind } from '../../catalog';
import type { ReviewNote } from '../../model/review';
import type { DependencyKind, SourceProvider, WorkloadKind } from '../../model/vocabulary';
import type { FragmentBuilder } from '../fragment-builder';
import { dependencyKindForTarget } from '../guess/ports';
import { regionOf } from '../regions';
import { mapEnumValue } from '../tabular/values';
import { parseCidr } from './cidr';
import { asNumber, firstString, type TfInstance, valuesAt } from './model';
import { ATTRIBUTE_KINDS, providerOfType, RESOURCE_TYPES, type ResourceType } from './resource-types';
import { isSecretName } from './secrets';

const COMPUTE_KINDS: ReadonlySet<WorkloadKind> = new Set(['compute', 'container', 'serverless']);
const ALLOW_LIST_ATTRIBUTES = ['security_ips', 'security_ip_list', 'whitelist', 'ip_whitelist'];
const ADDRESS_ATTRIBUTES = ['private_ip', 'private_ip_address', 'primary_ip_address', 'private_ips'];

export function buildTerraform(instances: readonly TfInstance[], out: FragmentBuilder, provider: SourceProvider): void {
  const byAddress = new Map(instances.map((i) => [i.address, i]));
  const workloadOf = new Map<string, string>();
  const parentOf = new Map<string, string>();
  const skippedTypes = new Map<string, { count: number; at: TfInstance['at']; reason: 'unmapped' | 'foreign' }>();
  let dataSources = 0;

  // 1. Workloads for the resources that are workloads.
  for (const inst of instances) {
    if (inst.mode === 'data') {
      dataSources++;
      continue;
    }
    const type = RESOURCE_TYPES[inst.type];
    if (!type) {
      const seen = skippedTypes.get(inst.type);
      skippedTypes.set(inst.type, { count: (seen?.count ?? 0) + 1, at: seen?.at ?? inst.at, reason: providerOfType(inst.type) ? 'unmapped' : 'foreign' });
      continue;
    }
    if (type.parent) continue;
    workloadOf.set(inst.address, out.addWorkload(draftFor(inst, type, provider)));
  }

  // 2. Children: each into the workload its parent attribute names (following a child's own parent).
  const dataTargets = (address: string, seen?: Set<string>): string[] => {
    const target = byAddress.get(address);
    if (!target || target.mode !== 'data' || seen?.has(address)) return [address];
    const visited = seen ?? new Set<string>();
    visited.add(address);
    return target.refs.flatMap((r) => dataTargets(r.target, visited)).filter((a) => byAddress.get(a)?.mode === 'managed');
  };
  const targetsOf = (inst: TfInstance, path: string): string[] => {
    const found: string[] = [];
    for (const r of inst.refs) {
      if (r.path !== path) continue;
      if (byAddress.get(r.target)?.mode === 'data') found.push(...dataTargets(r.target));
      else found.push(r.target);
    }
    return found;
  };
  const ownerOf = (address: string, depth = 0): string | undefined => {
    if (depth > 20) return undefined;
    const direct = workloadOf.get(address);
    if (direct !== undefined) return direct;
    const parent = parentOf.get(address);
    return parent !== undefined ? ownerOf(parent, depth + 1) : undefined;
  };
  const children = instances.filter((i) => i.mode === 'managed' && RESOURCE_TYPES[i.type]?.parent);
  // A configuration names a parent by a value as often as by a reference (`bucket = "logs"`): match those to refKeys.
  const byKey = new Map<string, string>();
  for (const inst of instances) {
    if (!workloadOf.has(inst.address)) continue;
    for (const k of [...(RESOURCE_TYPES[inst.type]?.refKeys ?? []), 'id']) for (const v of valuesAt(inst.attributes, k)) if (typeof v === 'string' && v.length >= 3) byKey.set(v, inst.address);
  }
  const parentByValue = (inst: TfInstance, attr: string) => valuesAt(inst.attributes, attr).flatMap((v) => (typeof v === 'string' && byKey.has(v) ? [byKey.get(v) as string] : []));
  // Children of children (a server attachment of a server group of a load balancer) need their parent placed first.
  for (let pass = 0; pass < 4; pass++) {
    for (const inst of children) {
      if (parentOf.has(inst.address)) continue;
      const type = RESOURCE_TYPES[inst.type] as ResourceType;
      const parent = (type.parent ?? []).flatMap((p) => [...targetsOf(inst, p), ...parentByValue(inst, p)]).find((a) => a !== inst.address && ownerOf(a) !== undefined);
      if (parent !== undefined) parentOf.set(inst.address, parent);
    }
  }
  const folded = new Map<string, number>();
  for (const inst of children) {
    const owner = ownerOf(inst.address);
    if (owner === undefined) {
      out.skip('terraform.orphan', `${inst.address} belongs to a resource that is not in this import (${(RESOURCE_TYPES[inst.type]?.parent ?? []).join(' or ')} names nothing here).`, inst.at, { address: inst.address, parents: (RESOURCE_TYPES[inst.type]?.parent ?? []).join(' / ') });
      continue;
    }
    folded.set(owner, (folded.get(owner) ?? 0) + 1);
    const type = RESOURCE_TYPES[inst.type] as ResourceType;
    const extra = sumOf(inst, type.instances);
    if (extra !== undefined) out.patchWorkload(owner, (w) => ({ ...w, size: { ...w.size, instances: w.size.instances + extra }, provided: w.provided.includes('instances') ? w.provided : [...w.provided, 'instances'] }));
  }

  // 3. References into dependencies.
  for (const inst of instances) {
    if (inst.mode !== 'managed') continue;
    const type = RESOURCE_TYPES[inst.type];
    const owner = ownerOf(inst.address);
    if (!type || owner === undefined) continue;
    const parentAttrs = new Set(type.parent ?? []);
    // Attributes that say what the link is come first: a pair of workloads keeps the first kind found.
    const refs = [...inst.refs].sort((a, b) => Number(!isTelling(type, a.path)) - Number(!isTelling(type, b.path)));
    for (const ref of refs) {
      if (parentAttrs.has(ref.path) || isSecretName(ref.path) || ALLOW_LIST_ATTRIBUTES.includes(ref.path)) continue;
      for (const targetAddress of dataTargets(ref.target)) {
        const target = ownerOf(targetAddress);
        if (target === undefined || target === owner) continue;
        const rule = type.links?.find((l) => l.attr === ref.path);
        const kind: DependencyKind = rule?.kind ?? ATTRIBUTE_KINDS[ref.path] ?? ATTRIBUTE_KINDS[lastSegment(ref.path)] ?? dependencyKindForTarget(out.workload(target)?.kind ?? 'compute');
        const [from, to] = rule?.reverse ? [target, owner] : [owner, target];
        out.addDependency({ from, to, kind, note: `${inst.type}.${ref.path}`, origin: inst.at });
      }
    }
  }

  // 4. Allow-lists: a database admits the compute whose address (or subnet) its list covers.
  connectAllowLists(instances, byAddress, workloadOf, targetsOf, out);
  inheritRegions([...workloadOf.values()], out);

  for (const [type, { count, at, reason }] of skippedTypes) {
    const why = reason === 'unmapped' ? 'is not mapped to a catalog product yet' : 'is not a cloud resource Decamp maps';
    out.skip('terraform.unmappedType', `${count} ${type} resource${count === 1 ? '' : 's'}: the type ${why}.`, at, { type, count, reason });
  }
  if (dataSources > 0) out.skip('terraform.dataSources', `${dataSources} data source${dataSources === 1 ? '' : 's'} (read, not managed): not workloads.`, instances[0]?.at ?? { file: '' }, { count: dataSources });
  const totalFolded = [...folded.values()].reduce((a, b) => a + b, 0);
  if (totalFolded > 0) out.info('terraform.folded', `${totalFolded} child resources (accounts, listeners, rules, attachments, policies ...) folded into their parent workloads.`, instances[0]?.at ?? { file: '' }, { count: totalFolded });
}

/**
 * A VPC, a security group or a key has no zone of its own in most states; it is in the region of
 * the resources around it, when they agree on one.
 */
function inheritRegions(ids: readonly string[], out: FragmentBuilder): void {
  const around = new Map<string, Set<string>>();
  const note = (id: string, other: string) => {
    const region = out.workload(other)?.region;
    if (region === undefined) return;
    const set = around.get(id) ?? new Set<string>();
    set.add(region);
    around.set(id, set);
  };
  for (const d of out.currentDependencies()) {
    note(d.from, d.to);
    note(d.to, d.from);
  }
  for (const id of ids) {
    if (out.workload(id)?.region !== undefined) continue;
    const regions = around.get(id);
    const [only] = regions ?? [];
    if (regions?.size === 1 && only !== undefined) out.patchWorkload(id, (w) => ({ ...w, region: only }));
  }
}

function isTelling(type: ResourceType, path: string): boolean {
  return type.links?.some((l) => l.attr === path) === true || ATTRIBUTE_KINDS[path] !== undefined;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

function sumOf(inst: TfInstance, paths: readonly string[] | undefined): number | undefined {
  if (!paths) return undefined;
  // Alternatives in order; `a+b` adds parts up.
  for (const p of paths) {
    const values = p.split('+').flatMap((part) => valuesAt(inst.attributes, part)).map(asNumber).filter((n): n is number => n !== undefined && n >= 0);
    if (values.length > 0) return values.reduce((a, b) => a + b, 0);
  }
  return undefined;
}

function draftFor(inst: TfInstance, type: ResourceType, provider: SourceProvider) {
  const attrs = inst.attributes;
  const engine = type.serviceBy ? firstString(attrs, [type.serviceBy.attr])?.toLowerCase() : undefined;
  const byEngine = engine !== undefined ? Object.entries(type.serviceBy?.values ?? {}).find(([k]) => engine.startsWith(k))?.[1] : undefined;
  const wanted = byEngine ?? type.service ?? '';
  const entry = catalogEntry(wanted);
  const typeProvider = providerOfType(inst.type) ?? provider;
  const kind: WorkloadKind = type.kind ?? entry?.kind ?? 'other';
  const sourceService = entry?.id ?? defaultSourceServiceForKind(typeProvider, kind)?.id ?? `${typeProvider}.other`;
  const guesses: ReviewNote[] = entry ? [] : [{ field: 'sourceService', basis: 'value', source: inst.type }];
  const tags = tagsOf(attrs);
  const spec = firstString(attrs, ['instance_type', 'instance_class', 'specification', 'db_instance_class', 'machine_type', 'size', 'sku_name', 'node_class', 'flavor_id', 'flavor']);
  if (spec !== undefined && !/^\d+$/.test(spec)) tags.tags.push(`spec:${spec}`);
  const instances = sumOf(inst, type.instances);
  const dataGb = sumOf(inst, type.dataGb);
  const region = regionOfAttributes(attrs, typeProvider);
  const name = firstString(attrs, type.name ?? []) ?? fallbackName(inst);
  return {
    ids: [inst.cloudId, hclId(inst)],
    name,
    kind,
    sourceService,
    ...(region !== undefined ? { region } : {}),
    ...(instances !== undefined ? { instances } : { instances: 1 }),
    ...(dataGb !== undefined ? { dataGb } : {}),
    ...(tags.owner !== undefined ? { owner: tags.owner } : {}),
    ...(tags.application !== undefined ? { application: tags.application } : {}),
    ...(tags.environment !== undefined ? { environment: tags.environment } : {}),
    tags: tags.tags,
    notes: `Terraform ${inst.address}`,
    guesses,
    aliases: [inst.address],
    origin: inst.at,
  };
}

/** `alicloud_vswitch.vswitch[1]` in module vpc -> `vpc/vswitch[1]`. */
function fallbackName(inst: TfInstance): string {
  const module = inst.module.replace(/module\./g, '').replace(/\./g, '/');
  const index = inst.index === undefined ? '' : `[${inst.index}]`;
  return `${module ? `${module}/` : ''}${inst.name}${index}`;
}

/** An id from the address for configurations that have no cloud ids: `ecs/alicloud_instance.instance/0`. */
function hclId(inst: TfInstance): string {
  const module = inst.module.replace(/module\./g, '').replace(/\./g, '/');
  const index = inst.index === undefined ? '' : `/${String(inst.index)}`;
  return `${module ? `${module}/` : ''}${inst.type}.${inst.name}${index}`;
}

function regionOfAttributes(attrs: Readonly<Record<string, unknown>>, provider: SourceProvider): string | undefined {
  // Tencent Cloud writes some zones as numbers (CKafka's zone_id 100003): those name no region.
  const raw = ['region', 'region_id', 'availability_zone', 'zone_id', 'master_zone_id', 'zone', 'available_zone', 'location'].map((p) => firstString(attrs, [p])).find((v) => v !== undefined && !/^\d+$/.test(v));
  if (raw !== undefined) return provider === 'tencent' ? tencentRegionOf(raw) : regionOf(raw);
  const arn = firstString(attrs, ['arn']);
  // Alibaba Cloud: acs:service:region:account:resource; AWS: arn:partition:service:region:account:resource.
  const fromArn = arn !== undefined ? (/^acs:[^:]+:([a-z]{2,}-[a-z0-9-]+):/.exec(arn) ?? /^arn:[^:]+:[^:]+:([a-z]{2,}-[a-z0-9-]+):/.exec(arn))?.[1] : undefined;
  return fromArn;
}

/** Tencent Cloud zones number their region's data centres: `ap-guangzhou-3`, `ap-shanghai-fsi-1` -> the region. */
function tencentRegionOf(zone: string): string {
  return /^((?:ap|na|eu|sa)-[a-z]+(?:-fsi)?)-\d+$/.exec(zone.trim())?.[1] ?? regionOf(zone);
}

/** Tags as `key:value`; application, owner and environment read from the usual tag keys. Secret-looking keys are dropped. */
function tagsOf(attrs: Readonly<Record<string, unknown>>): { tags: string[]; owner?: string; application?: string; environment?: string } {
  const raw = attrs.tags ?? attrs.labels;
  const tags: string[] = [];
  let owner: string | undefined;
  let application: string | undefined;
  let environment: string | undefined;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof value !== 'string' || isSecretName(key)) continue;
      const k = key.toLowerCase();
      if ((k === 'team' || k === 'owner' || k === 'owner_team') && owner === undefined) owner = value;
      if (['app', 'application', 'system', 'service'].includes(k) && application === undefined) application = value;
      if (['env', 'environment', 'stage'].includes(k) && environment === undefined) environment = mapEnumValue('environment', value);
      tags.push(`${key}:${value}`);
    }
  }
  return { tags, ...(owner !== undefined ? { owner } : {}), ...(application !== undefined ? { application } : {}), ...(environment !== undefined ? { environment } : {}) };
}

function connectAllowLists(
  instances: readonly TfInstance[],
  byAddress: ReadonlyMap<string, TfInstance>,
  workloadOf: ReadonlyMap<string, string>,
  targetsOf: (inst: TfInstance, path: string) => readonly string[],
  out: FragmentBuilder,
): void {
  const computes = instances.filter((i) => {
    const w = workloadOf.get(i.address);
    return w !== undefined && COMPUTE_KINDS.has(out.workload(w)?.kind ?? 'other');
  });
  // Where each compute sits: its own addresses, and the ranges of the subnets it is in.
  const placement = computes.map((c) => {
    const addresses = ADDRESS_ATTRIBUTES.flatMap((a) => valuesAt(c.attributes, a)).filter((v): v is string => typeof v === 'string');
    const subnets = ['vswitch_id', 'subnet_id', 'vswitch_ids'].flatMap((p) => targetsOf(c, p));
    const subnetRanges = subnets.flatMap((s) => valuesAt(byAddress.get(s)?.attributes ?? {}, 'cidr_block')).filter((v): v is string => typeof v === 'string');
    const networks = new Set([...subnets, ...subnets.flatMap((s) => { const sub = byAddress.get(s); return sub ? targetsOf(sub, 'vpc_id') : []; })]);
    return { compute: c, addresses, subnetRanges, networks };
  });
  // Addresses and subnet starts sorted once, so each allow-list range is a binary search, not a scan.
  const points: { at: number; prefix: number; compute: string }[] = [];
  const byNetwork = new Map<string, string[]>();
  for (const p of placement) {
    for (const a of [...p.addresses, ...p.subnetRanges]) {
      const c = parseCidr(a);
      if (c) points.push({ at: c.base, prefix: c.prefix, compute: p.compute.address });
    }
    for (const n of p.networks) {
      const list = byNetwork.get(n);
      if (list) list.push(p.compute.address);
      else byNetwork.set(n, [p.compute.address]);
    }
  }
  points.sort((a, b) => a.at - b.at);
  const firstAtOrAfter = (value: number) => {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((points[mid]?.at ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const db of instances) {
    const dbWorkload = workloadOf.get(db.address);
    if (dbWorkload === undefined) continue;
    for (const attr of ALLOW_LIST_ATTRIBUTES) {
      const listed = valuesAt(db.attributes, attr)
        .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
        .map((s) => parseCidr(s.trim()))
        // 0.0.0.0/0 admits everything and says nothing about who calls.
        .filter((c): c is NonNullable<ReturnType<typeof parseCidr>> => c !== undefined && c.prefix > 0);
      const admitted = new Set<string>();
      for (const range of listed) {
        const end = range.base + 2 ** (32 - range.prefix);
        for (let i = firstAtOrAfter(range.base); i < points.length && (points[i]?.at ?? end) < end; i++) {
          const p = points[i];
          if (p && p.prefix >= range.prefix) admitted.add(p.compute);
        }
      }
      for (const n of targetsOf(db, attr)) for (const c of byNetwork.get(n) ?? []) admitted.add(c);
      for (const address of admitted) {
        const from = workloadOf.get(address);
        if (from !== undefined) out.addDependency({ from, to: dbWorkload, kind: 'sync', note: `${db.type}.${attr} admits it`, origin: db.at });
      }
    }
  }
}

/** Families of storage and networking. */
import { PROVIDER_PROFILES, providerName } from '../providers';
import type { Family } from '../types';
import { objectCopy, targetName } from './method-text';

const FILE_TOOLS: Readonly<Record<string, string>> = {
  alibaba: 'Alibaba Cloud Data Online Migration',
  aws: 'AWS DataSync',
  azure: 'Azure Storage Mover',
  gcp: 'Storage Transfer Service (file system agents)',
  huawei: 'Huawei Cloud Data Migration (CDM)',
  tencent: 'the CFS data migration service',
};

export const STORAGE_FAMILIES: readonly Family[] = [
  {
    id: 'object-storage',
    name: 'Object storage',
    kind: 'storage',
    holds: 'data',
    method: (pair) => (pair.portability === 'refactor' ? `${objectCopy(pair)}; rewrite every SDK call against ${targetName(pair)}` : objectCopy(pair)),
    notes: {
      compatible: 'Code on the S3 API keeps working with a new endpoint and keys; code on a provider SDK moves to the S3 SDK. Archived objects must be restored before they can be copied.',
      different: 'One side has no S3-compatible API, so every SDK call is rewritten; archived objects must be restored before copying.',
    },
  },
  {
    id: 'file-storage',
    name: 'File storage (NFS/SMB)',
    kind: 'storage',
    holds: 'data',
    method: (pair) => {
      const tool = FILE_TOOLS[pair.to];
      return `${tool ? `${tool}, or ` : ''}rsync (NFS) or robocopy (SMB) over the interconnect, with a final delta at cutover`;
    },
    notes: { compatible: 'POSIX owners carry over with rsync -a; SMB ACLs need robocopy /copyall and a directory; size the throughput tier for the old peak.' },
  },
  {
    id: 'block-storage',
    name: 'Block storage',
    kind: 'storage',
    holds: 'data',
    method: (pair) =>
      pair.to === 'self-hosted'
        ? `Disk image export (${PROVIDER_PROFILES[pair.source.provider].imageExport}) or a block-level copy (dd, rsync)`
        : `Moves with its server (${PROVIDER_PROFILES[pair.to].serverMigration}); detached data disks by snapshot or image export`,
    notes: { compatible: 'Disk types map by IOPS and throughput, not by name.' },
  },
];

const CDN_ABSENT = {
  service: 'No equivalent: a CDN needs a global edge network',
  method: 'Keep a commercial CDN (or run Varnish/NGINX caches at your own sites)',
  caveats: 'A self-hosted cache cannot replace hundreds of edge locations and their bandwidth; buy CDN from another provider.',
  source: 'Model judgement: a CDN is an edge network of hundreds of sites, which no single data centre provides',
};

export const NETWORK_FAMILIES: readonly Family[] = [
  {
    id: 'vpc',
    name: 'Virtual networks',
    kind: 'network',
    holds: 'config',
    method: (pair) => {
      if (pair.to === 'self-hosted') return 'Design the network from the exported VPC layout; automate switches and routers with Ansible and NetBox';
      if (pair.source.provider === 'self-hosted') return `Design the ${targetName(pair)} layout from the VLAN/VRF plan; build it with Terraform; plan non-overlapping CIDRs for the interconnect`;
      return `Recreate with Terraform (the ${providerName(pair.to)} provider); plan non-overlapping CIDRs for the interconnect`;
    },
    notes: {
      compatible: 'Subnets, route tables and security groups map closely; rule priorities and quotas differ.',
      different: 'Isolation, routing and firewalling move between physical network engineering and a cloud network model.',
    },
  },
  {
    id: 'load-balancer',
    name: 'Load balancers',
    kind: 'network',
    holds: 'config',
    method: (pair) => `Recreate listeners, rules and certificates on ${targetName(pair)} with IaC; switch DNS`,
    notes: { compatible: 'One balancer with TCP and HTTP listeners may become a layer-4 and a layer-7 one; certificates come from the target’s certificate service.' },
  },
  {
    id: 'public-ip',
    name: 'Public IP addresses',
    kind: 'network',
    holds: 'config',
    method: (pair) =>
      pair.to === 'self-hosted' ? 'Obtain an address block (and an ASN for BGP) from your ISP or RIR; update DNS and partner allow-lists' : `Allocate new addresses on ${targetName(pair)}; update DNS and partner allow-lists`,
    notes: {
      compatible: 'Public addresses cannot be carried between providers (except bring-your-own-IP where offered); allow-lists and IP-bound filings change.',
      different: 'Getting IPv4 space is slow and costly, and ISP-assigned addresses tie you to that ISP; partners’ allow-lists change either way.',
    },
  },
  {
    id: 'nat',
    name: 'NAT gateways',
    kind: 'network',
    holds: 'config',
    method: (pair) => `Recreate SNAT/DNAT rules on ${targetName(pair)} with IaC; tell partners the new egress addresses`,
    notes: { compatible: 'Egress addresses change; some NAT gateways do no DNAT, so inbound port mapping moves to a load balancer.' },
  },
  {
    id: 'vpn',
    name: 'VPN gateways',
    kind: 'network',
    holds: 'config',
    method: (pair) => `Recreate the tunnels on ${targetName(pair)} with IaC; agree IKE/IPsec parameters with each peer again and rekey`,
    notes: { compatible: 'Tunnel parameters and redundancy models (one or two tunnels per connection) differ.' },
  },
  {
    id: 'private-line',
    name: 'Private lines and cloud interconnects',
    kind: 'network',
    holds: 'config',
    method: (pair) => `Order circuits for ${targetName(pair)} through a carrier or partner; recreate BGP routing with IaC; run a VPN as a stop-gap`,
    notes: { different: 'New physical circuits take weeks to months to deliver (cross-border lines from mainland China need a licensed carrier), and routing policies are provider-specific.' },
  },
  {
    id: 'cdn',
    name: 'Content delivery networks',
    kind: 'network',
    holds: 'config',
    absent: { 'self-hosted': CDN_ABSENT },
    method: (pair) => `Recreate domains and cache rules on ${targetName(pair)}; warm up, then switch the CNAME`,
    notes: { compatible: 'Serving users in mainland China needs mainland edges and the domain’s ICP filing.' },
  },
  {
    id: 'dns',
    name: 'Authoritative DNS',
    kind: 'network',
    holds: 'config',
    method: (pair) => `Export the zone files and import them into ${targetName(pair)}; lower TTLs a week before; switch NS at the registrar`,
    notes: { compatible: 'ISP-line (China carrier) resolution is offered by only some DNS services; check geo and line records.' },
  },
  {
    id: 'api-gateway',
    name: 'API gateways',
    kind: 'network',
    holds: 'config',
    method: (pair) => `Export the APIs as OpenAPI and import them into ${targetName(pair)}; recreate authorizers and plugins`,
    notes: { compatible: 'Routes import; custom auth plugins and app-key signatures are rebuilt on the target’s auth mechanism.' },
  },
  {
    id: 'network-firewall',
    name: 'Network firewalls',
    kind: 'security',
    holds: 'config',
    method: (pair) => `Translate the rule base to ${targetName(pair)} policies; run in log-only mode before enforcing`,
    notes: { different: 'Rule models, zones and IPS signatures differ between vendors, so every rule is reviewed and rewritten.' },
  },
];

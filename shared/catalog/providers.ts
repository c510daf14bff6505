/**
 * What Decamp knows about each provider as a whole: its name, how far a failure of its identity
 * service reaches, and the migration tools that carry workloads onto it or out of it. Method texts
 * are built from these, so "Huawei Cloud -> AWS" names AWS's tools and Huawei's export path.
 */
import { PROVIDERS, type Provider } from '../model/vocabulary';

/**
 * How far a failure of the provider's identity service reaches:
 * - `provider-wide`: every workload on the provider. Cloud APIs and most managed data planes sign
 *   each request with the account's credentials (AK/SK or tokens from the identity service); on
 *   12 Nov 2023 Alibaba Cloud's AccessKey authentication failed in every region and took OSS,
 *   Tablestore, SLS, MNS and the consoles with it.
 * - `dependants`: only what authenticates through it. In a self-run data centre, a database or a VM
 *   keeps running when the directory is down; logins and whatever binds to LDAP/Kerberos stop.
 */
export type IdentityScope = 'provider-wide' | 'dependants';

export interface ProviderProfile {
  readonly id: Provider;
  /** English name, e.g. "Huawei Cloud". */
  readonly name: string;
  /** Catalog id of its identity service. */
  readonly identityService: string;
  readonly identityScope: IdentityScope;
  /** Moves servers onto this provider (P2V and V2V, agent-based block replication). */
  readonly serverMigration: string;
  /** Moves databases onto (or off) this provider with full + incremental sync; absent when self-run. */
  readonly databaseMigration?: string;
  /** Copies objects onto this provider from another provider's bucket. */
  readonly objectMigration: string;
  /** An offline transfer appliance for data sets too large for the line. */
  readonly offlineTransfer: string;
  /** Exports a VM's disks out of this provider. */
  readonly imageExport: string;
  /** Where the provider's facts come from. */
  readonly doc: string;
}

export const PROVIDER_PROFILES: Readonly<Record<Provider, ProviderProfile>> = {
  alibaba: {
    id: 'alibaba',
    name: 'Alibaba Cloud',
    identityService: 'alibaba.ram',
    identityScope: 'provider-wide',
    serverMigration: 'Alibaba Cloud Server Migration Center (SMC)',
    databaseMigration: 'Alibaba Cloud DTS',
    objectMigration: 'Alibaba Cloud Data Online Migration',
    offlineTransfer: 'Alibaba Cloud Data Transport',
    imageExport: 'ECS custom image export to OSS',
    doc: 'Alibaba Cloud documentation: SMC, DTS, Data Online Migration, Data Transport',
  },
  aws: {
    id: 'aws',
    name: 'AWS',
    identityService: 'aws.iam',
    identityScope: 'provider-wide',
    serverMigration: 'AWS Application Migration Service (MGN)',
    databaseMigration: 'AWS DMS',
    objectMigration: 'AWS DataSync',
    offlineTransfer: 'AWS Snowball',
    imageExport: 'EC2 VM Import/Export export task',
    doc: 'AWS documentation: Application Migration Service, DMS, DataSync, Snowball, VM Import/Export',
  },
  azure: {
    id: 'azure',
    name: 'Azure',
    identityService: 'azure.entra-id',
    identityScope: 'provider-wide',
    serverMigration: 'Azure Migrate: Server Migration',
    databaseMigration: 'Azure Database Migration Service',
    objectMigration: 'AzCopy or Azure Storage Mover',
    offlineTransfer: 'Azure Data Box',
    imageExport: 'managed disk export to a VHD',
    doc: 'Microsoft Learn: Azure Migrate, Azure Database Migration Service, AzCopy, Data Box',
  },
  gcp: {
    id: 'gcp',
    name: 'Google Cloud',
    identityService: 'gcp.iam',
    identityScope: 'provider-wide',
    serverMigration: 'Migrate to Virtual Machines',
    databaseMigration: 'Database Migration Service',
    objectMigration: 'Storage Transfer Service',
    offlineTransfer: 'Transfer Appliance',
    imageExport: 'Compute Engine image export to Cloud Storage',
    doc: 'Google Cloud documentation: Migrate to Virtual Machines, Database Migration Service, Storage Transfer Service, Transfer Appliance',
  },
  huawei: {
    id: 'huawei',
    name: 'Huawei Cloud',
    identityService: 'huawei.iam',
    identityScope: 'provider-wide',
    serverMigration: 'Huawei Cloud Server Migration Service (SMS)',
    databaseMigration: 'Huawei Cloud DRS',
    objectMigration: 'Huawei Cloud Object Storage Migration Service (OMS)',
    offlineTransfer: 'Huawei Cloud Data Express Service (DES)',
    imageExport: 'IMS private image export to OBS',
    doc: 'Huawei Cloud documentation: SMS, DRS, OMS, DES, IMS',
  },
  tencent: {
    id: 'tencent',
    name: 'Tencent Cloud',
    identityService: 'tencent.cam',
    identityScope: 'provider-wide',
    serverMigration: 'go2tencentcloud online migration',
    databaseMigration: 'Tencent Cloud DTS',
    objectMigration: 'COS Migration tool',
    offlineTransfer: 'Tencent Cloud offline migration devices (CDM)',
    imageExport: 'CVM custom image export to COS',
    doc: 'Tencent Cloud documentation: go2tencentcloud, DTS, COS Migration tool (tencentyun/cos_migrate_tool_v5)',
  },
  'self-hosted': {
    id: 'self-hosted',
    name: 'your own data centre',
    identityService: 'self-hosted.ad-ldap',
    identityScope: 'dependants',
    serverMigration: 'a rebuild with Ansible, or the exported disk image imported into the hypervisor (qemu-img convert)',
    objectMigration: 'rclone',
    offlineTransfer: 'disks shipped to your site',
    imageExport: 'OVF/VMDK export from vSphere or a qemu-img copy of the disk',
    doc: 'Upstream documentation of the open-source tools named (rclone, qemu-img, Ansible)',
  },
};

/** English name of a provider ("your own data centre" for self-hosted). */
export function providerName(p: Provider): string {
  return PROVIDER_PROFILES[p]?.name ?? p;
}

/**
 * The provider a catalog id belongs to (its prefix), or undefined for an id of no known provider.
 * Works for ids the catalog does not list (`huawei.something-new`), so a workload on an unmapped
 * product still runs somewhere.
 */
export function providerOfService(id: string): Provider | undefined {
  const dot = id.indexOf('.');
  const prefix = dot < 0 ? id : id.slice(0, dot);
  return (PROVIDERS as readonly string[]).includes(prefix) ? (prefix as Provider) : undefined;
}

/**
 * What the family model changed against the hand-written catalog it replaced (written down in
 * test/fixtures/catalog/catalog-v1-mapping.json before the redesign). Every change is listed here
 * with why and the public source that says so; catalog-v1-changes.test.ts fails on any change not
 * listed (a bug to fix) and on any listed change that no longer happens.
 */
import type { Portability } from '../../../shared/catalog';
import type { TargetProvider } from '../../../shared/model/vocabulary';

export interface Correction {
  readonly source: string;
  readonly target: TargetProvider;
  readonly why: string;
  /** The public source, or "model judgement" with its reasoning. */
  readonly citation: string;
}

export interface PortabilityCorrection extends Correction {
  readonly before: Portability;
  readonly after: Portability;
}

const BLOB_NO_S3 =
  'Azure Blob Storage has no S3-compatible API, so code on the S3 or OSS/COS/OBS SDKs (or on the Blob SDK, the other way) is rewritten: a refactor by the catalog’s own scale. The old cell said “SDK calls are rewritten” and still marked data-config.';
const BLOB_CITATION = 'Microsoft Learn, “Azure Storage for AWS professionals” / Blob Storage REST API reference (no S3 API); AzCopy supports S3 as a copy source only';
const SAME_SERVICE_DATA =
  'A move to another account or region of the same provider still copies the disks, volumes or retained topics (AMI/snapshot copy, Velero, MirrorMaker), so it is data-config, as every cross-provider move of the same products already was. The old rule keyed statefulness on the workload kind and called VMs, clusters and streams stateless.';
const SAME_SERVICE_CITATION = 'AWS “Copy an AMI”, Azure “Copy a managed disk”, Google Cloud “Create a custom image”, Velero docs (volume backup), Apache Kafka MirrorMaker 2';

export const PORTABILITY_CORRECTIONS: readonly PortabilityCorrection[] = [
  ...(['alibaba.oss', 'aws.s3', 'gcp.cloud-storage'] as const).map((source) => ({ source, target: 'azure' as const, before: 'data-config' as const, after: 'refactor' as const, why: BLOB_NO_S3, citation: BLOB_CITATION })),
  ...(['aws', 'gcp', 'huawei', 'tencent', 'self-hosted'] as const).map((target) => ({ source: 'azure.blob-storage', target, before: 'data-config' as const, after: 'refactor' as const, why: BLOB_NO_S3, citation: BLOB_CITATION })),
  ...(
    [
      ['aws.ec2', 'aws'],
      ['aws.eks', 'aws'],
      ['aws.msk', 'aws'],
      ['azure.virtual-machines', 'azure'],
      ['azure.aks', 'azure'],
      ['azure.event-hubs', 'azure'],
      ['gcp.compute-engine', 'gcp'],
      ['gcp.gke', 'gcp'],
    ] as const
  ).map(([source, target]) => ({ source, target, before: 'config-only' as const, after: 'data-config' as const, why: SAME_SERVICE_DATA, citation: SAME_SERVICE_CITATION })),
];

/** Pairs whose target product changed (portability may be the same). */
export const TARGET_CORRECTIONS: readonly Correction[] = [
  {
    source: 'gcp.spanner',
    target: 'azure',
    why: 'Azure Cosmos DB for PostgreSQL is closed to new projects; Microsoft points sharded PostgreSQL to Azure Database for PostgreSQL elastic clusters. Still a refactor.',
    citation: 'Microsoft Learn, Azure Cosmos DB for PostgreSQL: “no longer supported for new projects … use the elastic clusters feature of Azure Database for PostgreSQL”',
  },
  {
    source: 'aws.ecs',
    target: 'huawei',
    why: 'ECS services map to each provider’s serverless container platform, as they already did on Azure (Container Apps), Google Cloud (Cloud Run) and Tencent Cloud (TEM); on Huawei Cloud that is CAE. Still a refactor.',
    citation: 'Huawei Cloud CAE service overview (serverless hosting for containerized apps); model judgement: one rule for every provider',
  },
  {
    source: 'aws.ecs',
    target: 'self-hosted',
    why: 'Same rule on your own hardware: Knative Serving on Kubernetes is the self-run serverless container platform. Still a refactor.',
    citation: 'Knative Serving documentation; model judgement: one rule for every provider',
  },
  {
    source: 'azure.app-service',
    target: 'self-hosted',
    why: 'The self-run serverless container platform (Knative Serving) replaces the old free text “containers on Kubernetes, or Dokku/Coolify”; same family, same config-only move.',
    citation: 'Knative Serving documentation',
  },
  {
    source: 'alibaba.swas',
    target: 'self-hosted',
    why: 'The old free text “a small VM on your hypervisor” becomes the catalog’s self-run VM product (KVM/Proxmox VE or vSphere); same data-config move.',
    citation: 'Model judgement: one self-hosted VM product for every VM-like source',
  },
];

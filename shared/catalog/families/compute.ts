/** Families of compute, containers and serverless. */
import { providerName } from '../providers';
import type { Family } from '../types';
import { onTarget, serverMove, stagingStore, targetName } from './method-text';

export const COMPUTE_FAMILIES: readonly Family[] = [
  {
    id: 'vm',
    operationNote: false,
    name: 'Virtual machines',
    kind: 'compute',
    holds: 'data',
    method: serverMove,
    notes: {
      compatible: 'Instance shapes map by vCPU and memory, not by name; the guest OS must be supported on the target and provider agents (monitoring, cloud assistant) are replaced.',
      'same-service': 'Disk images are copied to the new account or region (image or snapshot copy).',
    },
  },
  {
    id: 'gpu-vm',
    operationNote: false,
    name: 'GPU virtual machines',
    kind: 'compute',
    holds: 'data',
    nearest: ['vm'],
    method: (pair) =>
      pair.to === 'self-hosted'
        ? 'Procure GPU servers; rebuild images with Ansible; copy models and datasets with rclone'
        : `Rebuild on ${targetName(pair)} from ${providerName(pair.to)}'s GPU-ready images with IaC; copy models and datasets through ${stagingStore(pair)}`,
    notes: { compatible: 'GPU capacity is quota-bound and scarce, and NVIDIA models sold in mainland China are limited by US export controls; CUDA and driver versions must match the images you used.' },
  },
  {
    id: 'bundled-vps',
    operationNote: false,
    name: 'Bundled small servers',
    kind: 'compute',
    holds: 'data',
    nearest: ['vm'],
    method: (pair) => (pair.to === 'self-hosted' ? 'Rebuild with Ansible and rsync the data' : `${serverMove(pair)}; or rebuild and rsync the site`),
    notes: { compatible: 'Bundled traffic packages and app images differ; on plain VMs egress is billed separately.' },
  },
  {
    id: 'bare-metal',
    operationNote: false,
    name: 'Bare-metal servers',
    kind: 'compute',
    holds: 'data',
    nearest: ['vm'],
    method: serverMove,
    notes: { compatible: 'A physical server becomes a VM or a bare-metal instance; drivers, RAID and NIC bonding are replaced, and licences bound to hardware are re-checked.' },
  },
  {
    id: 'kubernetes',
    name: 'Managed Kubernetes',
    kind: 'container',
    holds: 'data',
    method: (pair) => `Velero backup/restore of manifests and volumes into ${targetName(pair)}; re-point CI/CD (GitOps with Argo CD or Flux)`,
    notes: {
      'same-engine': 'Load balancer annotations, storage classes, CNI and pod identity are provider-specific and rewritten; Kubernetes versions must line up.',
      'same-service': 'Persistent volumes are copied (Velero or snapshots) along with the manifests.',
    },
  },
  {
    id: 'container-service',
    name: 'Proprietary container orchestration',
    kind: 'container',
    holds: 'config',
    nearest: ['container-apps', 'kubernetes'],
    method: (pair) => `Translate the task definitions to ${targetName(pair)}; push images to ${onTarget(pair, 'container-registry', 'the target registry')}`,
    notes: { 'nearest-family': 'Task definitions, service discovery and task roles have no one-to-one mapping; the same images run under a new orchestration.' },
  },
  {
    id: 'container-apps',
    name: 'Serverless container platforms',
    kind: 'serverless',
    holds: 'config',
    method: (pair) => `Push images to ${onTarget(pair, 'container-registry', 'the target registry')} and redeploy on ${targetName(pair)} with IaC`,
    notes: { compatible: 'The same images run; scaling model, service discovery and configuration-centre integrations are reconfigured.' },
  },
  {
    id: 'container-registry',
    name: 'Container registries',
    kind: 'container',
    holds: 'config',
    method: (pair) => `skopeo sync or crane copy into ${targetName(pair)}; re-point CI pushes`,
    notes: { compatible: 'Tags and digests copy unchanged; registry paths change in every manifest, and signing and scanning policies are recreated.' },
  },
  {
    id: 'functions',
    name: 'Functions as a service',
    kind: 'serverless',
    holds: 'config',
    method: (pair) =>
      pair.portability === 'refactor' ? `Rewrite handlers and triggers for ${targetName(pair)}; redeploy with IaC (Serverless Framework or Terraform)` : `Redeploy the functions on ${targetName(pair)}; recreate triggers`,
    notes: { different: 'Handler signatures, context objects and trigger payloads differ; functions packaged as containers port more easily.' },
  },
];

/** Alibaba Cloud compute, containers and serverless. Order matters: the first of a kind is its default. */
import { defineCatalog } from './define';
import { ALIBABA_NOTES } from './notes';

export const ALIBABA_COMPUTE = defineCatalog('alibaba', ALIBABA_NOTES, [
  {
    id: 'ecs',
    name: 'Elastic Compute Service (ECS)',
    kind: 'compute',
    description: 'Virtual machines with cloud disks, images, security groups and auto scaling.',
    targets: {
      aws: ['Amazon EC2', 'data-config', 'AWS Application Migration Service (MGN) block replication, or ECS image export to OSS and VM Import/Export', 'Instance families map by vCPU/memory, not by name; Alibaba Cloud Linux and agents (Cloud Assistant, CloudMonitor) must be replaced by a supported OS and AWS agents.'],
      azure: ['Azure Virtual Machines', 'data-config', 'Azure Migrate: Server Migration (agent-based replication), or image export to a fixed-size VHD', 'Alibaba Cloud Linux is not an Azure-endorsed distribution, so production VMs are usually rebuilt on Ubuntu/RHEL.'],
      gcp: ['Compute Engine', 'data-config', 'Migrate to Virtual Machines (agent-based), or image export and `gcloud compute images import`', 'Machine types map by shape; guest OS must be on Google’s supported list and the Alibaba agents removed.'],
      huawei: ['Elastic Cloud Server (ECS)', 'data-config', 'Huawei Cloud Server Migration Service (SMS)', 'Flavors differ (s/c/m families); Huawei Cloud EulerOS is the closest managed image to Alibaba Cloud Linux.'],
      tencent: ['Cloud Virtual Machine (CVM)', 'data-config', 'Tencent Cloud go2tencentcloud online migration, or image import from COS', 'Instance families map by shape; TencentOS Server replaces Alibaba Cloud Linux, and the Cloud Assistant agent differs.'],
      'self-hosted': ['KVM/Proxmox VE or VMware vSphere VMs', 'data-config', 'ECS image export to OSS (qcow2/raw) and import into the hypervisor, or rebuild with Ansible and rsync the data', 'You take on hardware, capacity planning and hypervisor operations; budget spare capacity for failures.'],
    },
  },
  {
    id: 'ecs-gpu',
    name: 'ECS GPU-accelerated instances',
    kind: 'compute',
    description: 'GPU virtual machines (gn/ebm families) for training, inference and rendering.',
    targets: {
      aws: ['Amazon EC2 accelerated computing (P/G instances)', 'data-config', 'Rebuild from a Deep Learning AMI with IaC; copy models and datasets via S3', 'GPU capacity is quota-bound and scarce; CUDA/driver versions must match the images you used.'],
      azure: ['Azure N-series virtual machines', 'data-config', 'Rebuild from Azure HPC/AI images with IaC; copy models via Blob Storage (AzCopy)', 'GPU quota requests can take days; SKU availability varies strongly by region.'],
      gcp: ['Compute Engine GPU machine types (A2/A3/G2)', 'data-config', 'Rebuild from Deep Learning VM images; copy models via Cloud Storage', 'GPUs are zonal and quota-bound; reserve capacity before the cutover date.'],
      huawei: ['GPU-accelerated ECS (P/Pi/G series)', 'data-config', 'Rebuild with IaC; Server Migration Service for the OS disk if needed', 'NVIDIA models offered in mainland China are limited by US export controls; Ascend-based flavors need a software port.'],
      tencent: ['GPU Cloud Computing (GPU instances)', 'data-config', 'Rebuild with IaC; copy models via COS', 'NVIDIA models offered in mainland China are limited by US export controls; check which cards are sold in your region.'],
      'self-hosted': ['GPU servers with NVIDIA drivers and Kubernetes GPU Operator', 'data-config', 'Procure hardware; rebuild images with Ansible; copy models with rclone', 'Hardware lead times for GPUs are weeks to months, and power/cooling in the colocation must be planned.'],
    },
  },
  {
    id: 'swas',
    name: 'Simple Application Server',
    kind: 'compute',
    description: 'Bundled small VMs with fixed traffic packages for websites and small apps.',
    targets: {
      aws: ['Amazon Lightsail', 'data-config', 'Snapshot export, or rebuild and rsync the site', 'Bundles and included traffic differ; Lightsail networking is separate from a full VPC unless peered.'],
      azure: ['Azure Virtual Machines (B-series)', 'data-config', 'Azure Migrate, or rebuild and rsync the site', 'Azure has no bundled-traffic VM product, so egress is billed separately.'],
      gcp: ['Compute Engine (E2 shared-core)', 'data-config', 'Migrate to Virtual Machines, or rebuild and rsync the site', 'No bundled plan; egress is billed separately.'],
      huawei: ['Huawei Cloud Flexus L Instance', 'data-config', 'Server Migration Service, or rebuild and rsync', 'Bundled images (WordPress, LAMP) differ in versions; check the one you use.'],
      tencent: ['Lighthouse', 'data-config', 'go2tencentcloud, or rebuild and rsync', 'Closest in shape (bundled traffic, app images); plan sizes differ.'],
      'self-hosted': ['A small VM on your hypervisor', 'data-config', 'Rebuild with Ansible and rsync the data', 'Cheap to host, but you now run backups and patching the bundle did for you.'],
    },
  },
  {
    id: 'ack',
    name: 'Container Service for Kubernetes (ACK)',
    kind: 'container',
    description: 'Managed Kubernetes clusters (managed, dedicated and serverless ACK).',
    targets: {
      aws: ['Amazon Elastic Kubernetes Service (EKS)', 'data-config', 'Velero backup/restore of manifests and volumes; re-point CI/CD (GitOps with Argo CD/Flux)', 'Alibaba-specific annotations (SLB Service, CSI disk/NAS/OSS classes, Terway) must be rewritten for the AWS Load Balancer Controller and EBS/EFS CSI.'],
      azure: ['Azure Kubernetes Service (AKS)', 'data-config', 'Velero backup/restore; GitOps redeploy', 'Load balancer annotations, storage classes and RAM-based pod identity (RRSA) map to Azure equivalents (Workload ID) by hand.'],
      gcp: ['Google Kubernetes Engine (GKE)', 'data-config', 'Velero or Backup for GKE restore; GitOps redeploy', 'Rewrite SLB annotations, storage classes and RRSA pod identity to GKE Workload Identity.'],
      huawei: ['Cloud Container Engine (CCE)', 'data-config', 'Velero; Huawei Cloud e-backup/Migration Center for cluster resources', 'ELB annotations and EVS/SFS storage classes differ from ACK; Kubernetes versions must line up.'],
      tencent: ['Tencent Kubernetes Engine (TKE)', 'data-config', 'Velero; GitOps redeploy', 'CLB annotations and CBS/CFS storage classes differ; TKE serverless clusters replace ACK Serverless.'],
      'self-hosted': ['Kubernetes (kubeadm, RKE2 or k3s) with Rook-Ceph storage', 'data-config', 'Velero with restic/kopia file backups; GitOps redeploy', 'You run the control plane, upgrades, ingress and storage yourself; a load balancer (MetalLB) replaces SLB.'],
    },
  },
  {
    id: 'acr',
    name: 'Container Registry (ACR)',
    kind: 'container',
    description: 'Private container image and Helm chart registry.',
    targets: {
      aws: ['Amazon Elastic Container Registry (ECR)', 'config-only', 'skopeo sync or crane copy; re-point CI pushes', 'Image tags and digests copy unchanged; signing and scanning policies are recreated.'],
      azure: ['Azure Container Registry', 'config-only', 'az acr import or skopeo sync', 'Geo-replication and scanning are configured anew.'],
      gcp: ['Artifact Registry', 'config-only', 'gcrane/crane copy or skopeo sync', 'Repository paths change, so every image reference in manifests must be rewritten.'],
      huawei: ['SoftWare Repository for Container (SWR)', 'config-only', 'SWR image sync or skopeo sync', 'Registry paths change in every manifest.'],
      tencent: ['Tencent Container Registry (TCR)', 'config-only', 'TCR image migration or skopeo sync', 'Registry paths change in every manifest.'],
      'self-hosted': ['Harbor', 'config-only', 'Harbor replication rules (it can pull from ACR) or skopeo sync', 'You run storage, backups and certificate renewal for the registry.'],
    },
  },
  {
    id: 'function-compute',
    name: 'Function Compute',
    kind: 'serverless',
    description: 'Event-driven functions with triggers from OSS, SLS, MNS, timers and HTTP.',
    targets: {
      aws: ['AWS Lambda', 'refactor', 'Rewrite handlers and triggers; Serverless Devs/Terraform for the new definitions', 'Handler signatures, context objects and trigger payloads differ; functions packaged as custom containers port more easily.'],
      azure: ['Azure Functions', 'refactor', 'Rewrite handlers and bindings; redeploy with IaC', 'Triggers become bindings with different payloads; cold-start and plan (Flex Consumption/Premium) choices differ.'],
      gcp: ['Cloud Run functions', 'refactor', 'Rewrite handlers to the Functions Framework or package as Cloud Run containers', 'Event triggers go through Eventarc with CloudEvents payloads.'],
      huawei: ['FunctionGraph', 'refactor', 'Rewrite handlers and triggers', 'Runtime versions and trigger sources differ; OBS/LTS triggers replace OSS/SLS ones.'],
      tencent: ['Serverless Cloud Function (SCF)', 'refactor', 'Rewrite handlers and triggers (Serverless Framework supports both)', 'Event formats differ; COS/CLS triggers replace OSS/SLS ones.'],
      'self-hosted': ['Knative Serving/Eventing or OpenFaaS on Kubernetes', 'refactor', 'Package functions as containers; wire events through Knative Eventing or Kafka', 'No managed scale-to-zero fleet: capacity for bursts must be provisioned.'],
    },
  },
  {
    id: 'sae',
    name: 'Serverless App Engine (SAE)',
    kind: 'serverless',
    description: 'Serverless hosting for containerized and Java microservice apps without managing clusters.',
    targets: {
      aws: ['AWS App Runner or Amazon ECS on Fargate', 'config-only', 'Push images to ECR and redeploy with IaC', 'SAE’s built-in microservice governance (MSE, Nacos registry) has no direct equivalent; use Cloud Map or a service mesh.'],
      azure: ['Azure Container Apps', 'config-only', 'Push images to ACR and redeploy with IaC', 'Service discovery and config centre (Nacos) move to Dapr or App Configuration.'],
      gcp: ['Cloud Run', 'config-only', 'Push images to Artifact Registry and `gcloud run deploy`', 'Request-driven scaling differs from SAE’s instance-based scaling; long-running background work needs Cloud Run jobs or GKE.'],
      huawei: ['Cloud Application Engine (CAE)', 'config-only', 'Push images to SWR and redeploy', 'Microservice governance moves to ServiceStage/CSE; check feature parity with MSE.'],
      tencent: ['Tencent Elastic Microservice (TEM)', 'config-only', 'Push images to TCR and redeploy', 'Registry and config-centre integrations (TSE Nacos) are reconfigured.'],
      'self-hosted': ['Kubernetes Deployments with Knative Serving and Nacos', 'config-only', 'Redeploy the same images with Helm', 'You run the cluster and the service registry SAE managed.'],
    },
  },
]);

/** Alibaba Cloud storage: object, file and block. */
import { defineCatalog } from './define';
import { ALIBABA_NOTES } from './notes';

export const ALIBABA_STORAGE = defineCatalog('alibaba', ALIBABA_NOTES, [
  {
    id: 'oss',
    name: 'Object Storage Service (OSS)',
    kind: 'storage',
    description: 'Object storage with lifecycle tiers (Standard, IA, Archive, Cold Archive).',
    targets: {
      aws: ['Amazon S3', 'data-config', 'AWS DataSync or rclone (OSS and S3 backends); Snowball past ~7 days online', 'Code using the OSS SDK moves to the S3 SDK; Archive/Cold Archive objects must be restored before they can be copied.'],
      azure: ['Azure Blob Storage', 'data-config', 'AzCopy or rclone; Azure Data Box past ~7 days online', 'Blob has no S3 API, so every OSS call is rewritten to the Azure SDK; restore archived objects first.', 'Alibaba Cloud "Alibaba Cloud for Azure Professionals"; Azure Storage migration guide'],
      gcp: ['Cloud Storage', 'data-config', 'Storage Transfer Service (S3-compatible source) or rclone; Transfer Appliance for large sets', 'Cloud Storage’s XML API is S3-interoperable with HMAC keys, but native SDKs differ; restore archived objects first.'],
      huawei: ['Object Storage Service (OBS)', 'data-config', 'Huawei Cloud Object Storage Migration Service (OMS), which reads OSS directly', 'OBS is S3-compatible; OSS-specific features (image processing, OSS Select) need replacements.'],
      tencent: ['Cloud Object Storage (COS)', 'data-config', 'COS Migration Service (MSP) or rclone', 'COS is S3-compatible; OSS-only features (IMG processing parameters) map to Cloud Infinite with different URLs.'],
      'self-hosted': ['Ceph RGW or MinIO (S3 API)', 'data-config', 'rclone or ossimport to staging, then rclone sync', 'Durability is now yours: erasure coding, multi-site replication and disk replacement.'],
    },
  },
  {
    id: 'nas',
    name: 'File Storage NAS',
    kind: 'storage',
    description: 'Managed NFS and SMB file systems (General-purpose, Extreme, CPFS).',
    targets: {
      aws: ['Amazon EFS (NFS) or Amazon FSx for Windows File Server (SMB)', 'data-config', 'AWS DataSync, or rsync/robocopy over the interconnect', 'POSIX permissions and UIDs carry over with rsync -a; SMB ACLs need robocopy /copyall and an AD.'],
      azure: ['Azure Files or Azure NetApp Files', 'data-config', 'Azure Storage Mover, AzCopy, or rsync/robocopy', 'NFS on Azure Files needs premium shares; performance tiers differ from NAS Extreme.'],
      gcp: ['Filestore', 'data-config', 'rsync or Storage Transfer Service (file system agents)', 'Filestore is NFS only; SMB shares need NetApp Volumes or a Windows file server.'],
      huawei: ['Scalable File Service (SFS / SFS Turbo)', 'data-config', 'rsync or Huawei Cloud Data Migration (CDM)', 'Throughput scales with capacity tier; size the tier for the old NAS peak.'],
      tencent: ['Cloud File Storage (CFS)', 'data-config', 'CFS migration tool or rsync', 'Turbo tiers replace NAS Extreme/CPFS; check throughput per TiB.'],
      'self-hosted': ['NFS server (Linux knfsd) or CephFS; Samba for SMB', 'data-config', 'rsync -aHAX with a final delta during cutover', 'High availability for NFS needs Pacemaker or CephFS; single-server NFS is a single point of failure.'],
    },
  },
  {
    id: 'ebs',
    name: 'Elastic Block Storage (cloud disks)',
    kind: 'storage',
    description: 'ESSD and cloud disks attached to ECS, with snapshots.',
    targets: {
      aws: ['Amazon EBS', 'data-config', 'Moves with the instance through AWS MGN, or snapshot export and VM Import/Export', 'ESSD PL levels map to gp3/io2 by IOPS and throughput, not by name.'],
      azure: ['Azure Managed Disks', 'data-config', 'Moves with the VM through Azure Migrate; data disks by image export to VHD', 'Premium SSD v2 / Ultra Disk replace high ESSD PL levels; size for IOPS caps per VM.'],
      gcp: ['Persistent Disk / Hyperdisk', 'data-config', 'Moves with the VM through Migrate to Virtual Machines', 'IOPS scale with disk size on Persistent Disk; Hyperdisk sets them separately.'],
      huawei: ['Elastic Volume Service (EVS)', 'data-config', 'Moves with the server through Server Migration Service', 'Disk types (Ultra-high I/O, Extreme SSD) map by IOPS.'],
      tencent: ['Cloud Block Storage (CBS)', 'data-config', 'Moves with the server through go2tencentcloud', 'Enhanced SSD/Tremendous SSD map by IOPS and throughput.'],
      'self-hosted': ['Ceph RBD or local NVMe with LVM', 'data-config', 'Image export (qcow2/raw) or block-level copy with dd/rsync', 'Snapshots and replication are your storage system’s job now.'],
    },
  },
]);

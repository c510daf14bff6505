/** Alibaba Cloud identity, keys, certificates and edge protection. */
import { defineCatalog } from './define';
import { ALIBABA_NOTES } from './notes';

export const ALIBABA_SECURITY = defineCatalog('alibaba', ALIBABA_NOTES, [
  {
    id: 'ram',
    name: 'Resource Access Management (RAM)',
    kind: 'security',
    description: 'Users, roles, policies and AccessKeys for every API call (the AK/SK of the 2023 outage).',
    targets: {
      aws: ['AWS IAM and IAM Identity Center', 'refactor', 'Re-model policies in IaC; federate from your IdP; replace AccessKeys with roles', 'Policy languages look alike but actions and resource ARNs differ, so every policy is rewritten and every AccessKey in code or config is replaced.'],
      azure: ['Microsoft Entra ID and Azure RBAC', 'refactor', 'Federate from your IdP; assign RBAC roles; managed identities instead of keys', 'Role-based assignments at scopes replace JSON policies; the model differs more than AWS’s.'],
      gcp: ['Cloud Identity and Google Cloud IAM', 'refactor', 'Workforce identity federation; IAM roles per project; service accounts instead of keys', 'Permissions attach to resources through role bindings; keyless workload identity replaces AccessKeys.'],
      huawei: ['Identity and Access Management (IAM)', 'refactor', 'Re-model policies; federate from your IdP', 'Close to RAM in shape, but action names differ and every AK/SK is replaced.'],
      tencent: ['Cloud Access Management (CAM)', 'refactor', 'Re-model policies; federate from your IdP', 'Close to RAM in shape; action names and resource six-segment formats differ.'],
      'self-hosted': ['Keycloak (SSO) with OPA or HashiCorp Vault for machine identity', 'refactor', 'Federate users; issue short-lived credentials from Vault', 'There is no cloud control plane to authorize; access control moves into each system you run.'],
    },
  },
  {
    id: 'kms',
    name: 'Key Management Service (KMS)',
    kind: 'security',
    description: 'Managed encryption keys, envelope encryption and secrets.',
    targets: {
      aws: ['AWS KMS and AWS Secrets Manager', 'refactor', 'Create new keys; re-encrypt data (decrypt on source, encrypt on target); copy secrets', 'Key material generated in KMS cannot be exported, so encrypted data must be re-encrypted and callers changed to the new SDK.'],
      azure: ['Azure Key Vault', 'refactor', 'Create new keys; re-encrypt data; copy secrets', 'Non-exportable keys force re-encryption; Key Vault APIs differ from KMS.'],
      gcp: ['Cloud KMS and Secret Manager', 'refactor', 'Create new keys; re-encrypt data; copy secrets', 'Non-exportable keys force re-encryption.'],
      huawei: ['Data Encryption Workshop (DEW: KMS, CSMS)', 'refactor', 'Create new keys; re-encrypt data; copy secrets', 'Non-exportable keys force re-encryption.'],
      tencent: ['Key Management Service (KMS) and Secrets Manager (SSM)', 'refactor', 'Create new keys; re-encrypt data; copy secrets', 'Non-exportable keys force re-encryption.'],
      'self-hosted': ['HashiCorp Vault or OpenBao (transit and KV engines), with an HSM if required', 'refactor', 'Stand up Vault HA; re-encrypt data; copy secrets', 'Unseal, backup and HA of the key store are yours; losing it loses the data.'],
    },
  },
  {
    id: 'ssl-certificates',
    name: 'Certificate Management Service (SSL Certificates)',
    kind: 'security',
    description: 'Purchase, upload and deployment of TLS certificates to SLB, CDN and OSS.',
    targets: {
      aws: ['AWS Certificate Manager (ACM)', 'config-only', 'Import purchased certificates with their keys, or issue new ACM certificates', 'ACM public certificates cannot be exported for use outside AWS services.'],
      azure: ['Key Vault certificates / App Service Certificates', 'config-only', 'Import PFX files into Key Vault', 'Renewal automation differs by issuer.'],
      gcp: ['Certificate Manager', 'config-only', 'Upload self-managed certificates or issue Google-managed ones', 'Google-managed certificates need DNS or load balancer authorization.'],
      huawei: ['Cloud Certificate Manager (CCM)', 'config-only', 'Upload or buy certificates; bind to ELB/CDN', 'Purchased certificates can be re-uploaded if you hold the private key.'],
      tencent: ['SSL Certificates Service', 'config-only', 'Upload or buy certificates; bind to CLB/CDN', 'Purchased certificates can be re-uploaded if you hold the private key.'],
      'self-hosted': ['cert-manager with Let’s Encrypt (ACME) or step-ca', 'config-only', 'Re-issue via ACME, or install purchased certificates', 'OV/EV certificates still have to be bought from a CA.'],
    },
  },
  {
    id: 'waf',
    name: 'Web Application Firewall (WAF)',
    kind: 'security',
    description: 'Layer-7 protection with managed rules, bot and CC protection.',
    targets: {
      aws: ['AWS WAF', 'refactor', 'Rebuild rules on managed rule groups; run in count mode before blocking', 'Custom rules and CC (HTTP flood) thresholds do not translate one to one and need tuning against real traffic.'],
      azure: ['Azure Web Application Firewall (on Front Door or Application Gateway)', 'refactor', 'Rebuild rules on the OWASP default rule set; detection mode first', 'Rule syntax and bot protection differ; tune false positives before blocking.'],
      gcp: ['Google Cloud Armor', 'refactor', 'Rebuild rules with preconfigured WAF rules; preview mode first', 'Cloud Armor attaches to Google load balancers only.'],
      huawei: ['Web Application Firewall (WAF)', 'refactor', 'Rebuild rules; switch the CNAME or ELB access mode', 'Rule and protection-policy models differ in detail; run in log-only mode first.'],
      tencent: ['Web Application Firewall (WAF)', 'refactor', 'Rebuild rules; switch the CNAME or CLB mode', 'Rule and protection-policy models differ in detail; run in observe mode first.'],
      'self-hosted': ['Coraza or ModSecurity with the OWASP Core Rule Set', 'refactor', 'Deploy in the ingress/proxy; tune paranoia levels in detection mode', 'No managed threat intelligence or bot management; tuning is ongoing work.'],
    },
  },
  {
    id: 'anti-ddos',
    name: 'Anti-DDoS (Origin / Pro / Premium)',
    kind: 'security',
    description: 'Volumetric DDoS mitigation for public IPs and scrubbing for domains.',
    targets: {
      aws: ['AWS Shield Advanced (Shield Standard included)', 'config-only', 'Subscribe and protect the new resources; engage the Shield Response Team', 'Shield Advanced is a yearly commitment; mainland-China-scale scrubbing (Anti-DDoS Pro) has no AWS-China-edge equivalent.'],
      azure: ['Azure DDoS Protection', 'config-only', 'Enable the network or IP protection plan', 'Protection is per VNet or IP; app-layer floods need WAF too.'],
      gcp: ['Google Cloud Armor (Standard / Enterprise)', 'config-only', 'Enable on external load balancers', 'Protection applies to Google load balancers; raw VM IPs get basic protection only.'],
      huawei: ['Anti-DDoS Service and Advanced Anti-DDoS (AAD)', 'config-only', 'Buy capacity; switch DNS to the AAD address', 'Scrubbing capacity is bought per line; plan the DNS switch.'],
      tencent: ['Anti-DDoS Basic, Pro and Advanced', 'config-only', 'Buy capacity; switch DNS or bind IPs', 'Scrubbing capacity is bought per line; plan the DNS switch.'],
      'self-hosted': ['No equivalent: volumetric scrubbing needs upstream capacity', 'none', 'Buy scrubbing from your ISP or a scrubbing provider (e.g. a CDN with DDoS protection)', 'A self-hosted site cannot absorb attacks larger than its own uplinks.'],
    },
  },
]);

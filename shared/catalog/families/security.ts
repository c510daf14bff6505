/** Families of identity, keys, certificates and edge protection. */
import type { Family } from '../types';
import { targetName } from './method-text';

export const SECURITY_FAMILIES: readonly Family[] = [
  {
    id: 'identity',
    name: 'Identity and access management',
    kind: 'security',
    holds: 'config',
    method: (pair) =>
      pair.to === 'self-hosted'
        ? `Federate users into ${targetName(pair)}; issue short-lived machine credentials from Vault; move access control into each system`
        : `Re-model users, roles and policies in ${targetName(pair)} with IaC; federate from your identity provider; replace long-lived access keys with short-lived role credentials`,
    notes: {
      different: 'Policy languages look alike but actions and resource names differ, so every policy is rewritten and every access key in code or configuration is replaced.',
      'nearest-family': 'Directory clients (LDAP binds, Kerberos) move to federation (SAML/OIDC) or to domain controllers you run on the target’s VMs.',
    },
  },
  {
    id: 'directory',
    name: 'Directory services (Active Directory, LDAP)',
    kind: 'security',
    holds: 'config',
    nearest: ['identity'],
    method: (pair) =>
      pair.basis === 'same-engine'
        ? `Build a trust to ${targetName(pair)} or migrate objects with ADMT; move LDAP clients to the new domain controllers`
        : `Federate the directory with ${targetName(pair)} (SAML/OIDC) and move applications off LDAP binds`,
    notes: { 'same-engine': 'Group policies, service accounts and DNS zones integrated with the directory move with it; schema extensions must be supported by the managed service.' },
  },
  {
    id: 'kms',
    name: 'Key management and secrets',
    kind: 'security',
    holds: 'keys',
    protocols: [],
    method: (pair) => `Create new keys in ${targetName(pair)}; decrypt on the source and re-encrypt under the new keys; copy secrets`,
    notes: { different: 'Key material generated in a managed KMS cannot be exported, so encrypted data is re-encrypted and callers move to the new SDK.' },
  },
  {
    id: 'certificates',
    name: 'TLS certificates',
    kind: 'security',
    holds: 'config',
    protocols: ['x509'],
    method: (pair) => `Import purchased certificates with their private keys into ${targetName(pair)}, or re-issue them (ACME)`,
    notes: { compatible: 'Managed public certificates (such as ACM’s) cannot be exported; OV/EV certificates are re-imported with their keys or bought again.' },
  },
  {
    id: 'waf',
    name: 'Web application firewalls',
    kind: 'security',
    holds: 'config',
    protocols: ['seclang'],
    method: (pair) => `Rebuild the rules on ${targetName(pair)} from managed rule sets; run in detection mode against real traffic before blocking`,
    notes: { different: 'Custom rules and HTTP-flood (CC) thresholds do not translate one to one and need tuning against real traffic.' },
  },
  {
    id: 'ddos-protection',
    name: 'DDoS protection',
    kind: 'security',
    holds: 'config',
    protocols: ['scrubbing'],
    absent: {
      'self-hosted': {
        service: 'No equivalent: volumetric scrubbing needs upstream capacity',
        method: 'Buy scrubbing from your ISP or a scrubbing provider (e.g. a CDN with DDoS protection)',
        caveats: 'A self-hosted site cannot absorb attacks larger than its own uplinks.',
        source: 'Model judgement: volumetric attacks exceed any single site’s uplinks, so scrubbing happens upstream',
      },
    },
    method: (pair) => `Subscribe and protect the new resources on ${targetName(pair)}; switch DNS or bind the new addresses`,
    notes: { compatible: 'Scrubbing capacity is bought per line and region; mainland-China-scale scrubbing needs a provider with mainland lines.' },
  },
];

/**
 * Runbook steps of the platform pieces, per landing zone. Nothing here is "cut over": the target's
 * network, identity, keys, DNS zones and baselines are built beside the source ones, which stay until
 * decommission, and each application starts using them in its own wave.
 * - Identity is re-created as the target's roles and policies, with no long-lived access keys: the
 *   12 Nov 2023 AK/SK outage showed what one static credential path can take down.
 * - Keys cannot be exported from a cloud KMS, so new keys are created and data is re-encrypted
 *   under them as it is copied.
 * - A DNS zone is created and its records replicated, but lowering and switching an application's
 *   records belongs to that application's cutover (waves/runbook.ts), not to a DNS wave.
 * Step ids are `<workloadId>:<provider>:<code>`, stable across plans.
 */
import type { Project, Workload } from '../../model/schema';
import type { TargetProvider } from '../../model/vocabulary';
import { providerName } from '../waves/runbook';
import type { PlatformRole, RunbookPhase, RunbookStep, TextParams, WorkloadId } from '../types';

export function foundationRunbook(project: Project, workloads: readonly Workload[], roles: ReadonlyMap<WorkloadId, PlatformRole>, provider: TargetProvider, first: boolean): RunbookStep[] {
  const steps: RunbookStep[] = [];
  const where = providerName(provider);
  const source = providerName(project.project.sourceProvider);
  for (const w of workloads) {
    const role = roles.get(w.id);
    if (!role) continue;
    let previous: string[] = [];
    const add = (phase: RunbookPhase, code: string, title: string, params: TextParams = {}) => {
      const id = `${w.id}:${provider}:${code}`;
      steps.push({ id, workloadId: w.id, phase, code, params: { provider, workload: w.name, ...params }, title, after: previous });
      previous = [id];
    };
    const name = w.name;
    switch (role) {
      case 'network':
        add('prepare', 'foundation.network.build', `Build the ${where} network for ${name} as code: address plan, subnets, routing and security rules redesigned from the source's, not copied`);
        add('prepare', 'foundation.network.connect', `Connect the ${where} network to ${source} over the dedicated line or VPN and test routing, MTU and latency end to end`);
        add('test', 'foundation.network.verify', `Verify ${name}'s rules on ${where} with a test workload in every subnet before the first wave uses it`);
        break;
      case 'identity':
        add('prepare', 'foundation.identity.roles', `Re-create ${name}'s users, roles and policies as ${where} roles and policies, least privilege first`);
        add('prepare', 'foundation.identity.no-static-keys', `Give workloads on ${where} short-lived credentials (instance roles, workload identity) and people single sign-on: no long-lived access keys, the lesson of the 12 Nov 2023 AK/SK outage`);
        add('test', 'foundation.identity.verify', `Test each application's role on ${where} before its wave, and the break-glass access`);
        break;
      case 'keys':
        add('prepare', 'foundation.keys.create', `Create new keys for ${name} in ${where}'s key service: keys cannot be exported from the source KMS`);
        add('prepare', 'foundation.keys.re-encrypt', `Plan the re-encryption: every data set encrypted under ${name} is decrypted at the source and re-encrypted under the new keys as it is copied; record which wave re-encrypts which`);
        add('test', 'foundation.keys.verify', `Test decryption on ${where} with the new keys, key rotation and the audit log of key use`);
        break;
      case 'dns':
        add('prepare', 'foundation.dns.zone', `Create ${name}'s zone on ${where} and replicate its records; the source stays authoritative until the applications cut over`);
        add('test', 'foundation.dns.verify', `Resolve every record through the ${where} name servers; each application lowers and switches its own records at its cutover`);
        break;
      case 'observability':
        add('prepare', 'foundation.observability.baseline', `Set up the logging, metrics, audit trail and alerting baseline of ${name} on ${where}`);
        add('test', 'foundation.observability.verify', `Check that a test workload's logs, metrics and alerts reach the on-call team from ${where}`);
        break;
      case 'security':
        add('prepare', 'foundation.security.baseline', `Configure ${name} (protection policies, certificates) on ${where} before the first public cutover`);
        add('test', 'foundation.security.verify', `Test ${name}'s rules on ${where} against recorded traffic before they guard production`);
        break;
    }
    if (first) add('decommission', 'foundation.decommission', `Delete ${name} on ${source} once every application that used it has moved`, { sourceService: w.sourceService });
  }
  return steps;
}

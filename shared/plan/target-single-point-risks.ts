/**
 * The risks of single points of failure on the target side, one per failure: a provider-wide
 * identity service, a region or a service that most critical workloads run on once the plan is
 * done. Texts carry English plus a code with params, like every risk.
 */
import { OWN_DATA_CENTRE, providerName } from '../catalog';
import type { Project } from '../model/schema';
import type { Provider } from '../model/vocabulary';
import { findTargetSinglePoints } from './single-points';
import type { Foundation, RiskSeverity, TextParams, WaveDates, WorkloadId } from './types';

export interface TargetSinglePointRisk {
  readonly code: 'target-identity-spof' | 'target-region-spof' | 'target-service-spof';
  /** The part after `risk:<code>:` in the risk id. */
  readonly key: string;
  readonly severity: RiskSeverity;
  readonly params: TextParams;
  readonly title: string;
  readonly detail: string;
  readonly mitigation: string;
  readonly workloadIds: readonly WorkloadId[];
  readonly reached: number;
  /** Percent of the critical workloads it stops. */
  readonly share: number;
}

export function targetSinglePointRisks(project: Project, waves: readonly WaveDates[], foundation?: Pick<Foundation, 'workloadIds'>): TargetSinglePointRisk[] {
  return findTargetSinglePoints(project, { waves, excluded: [], ...(foundation ? { foundation } : {}) }).map((spof): TargetSinglePointRisk => {
    const f = spof.scenario.failure;
    const share = Math.round((100 * spof.reached) / spof.of);
    const base = { reached: spof.reached, of: spof.of, share };
    const counted = `${spof.reached} of ${spof.of} critical workloads`;
    if (f.type === 'identity') {
      const service = String(spof.scenario.params.service);
      const provider = providerName(f.provider as Provider);
      return {
        code: 'target-identity-spof',
        key: f.provider,
        // The end state's risk, not the move's: below today's identity single point, above the rest.
        severity: 'high',
        params: { ...base, provider: f.provider, providerName: provider, service },
        title: `After the move, ${provider}'s identity service (${service}) is a single point of failure`,
        detail: `Once the last wave has cut over, ${counted} (${share}%) stop if ${service} fails: identity fails everywhere at once, as Alibaba Cloud's AccessKey authentication did in every region on 12 Nov 2023. The move trades one provider-wide identity for another.`,
        mitigation: `Spread the critical workloads over two providers (or keep a fallback where they run today), give them a second way to authenticate (short-lived tokens from an identity provider you control, cached credentials), and rehearse the failure in the outage simulation.`,
        workloadIds: spof.stopped,
        ...base,
      };
    }
    if (f.type === 'region' && f.region === OWN_DATA_CENTRE) {
      // A data centre of your own is one site: "region own-data-centre" would show users an id.
      return {
        code: 'target-region-spof',
        key: `${f.provider}:${f.region}`,
        severity: 'medium',
        params: { ...base, provider: f.provider, providerName: providerName(f.provider as Provider), region: f.region, context: 'own' },
        title: 'After the move, your own data centre is a single point of failure',
        detail: `Once the last wave has cut over, ${counted} (${share}%) run in your own data centre or depend on what does, and stop if it fails, as servers in a Hong Kong data centre stopped for over 12 hours after a cooling failure on 18 Dec 2022.`,
        mitigation: 'Give the critical workloads a standby at a second site or on a cloud provider (or run them active-active), or place some of them there through their target region.',
        workloadIds: spof.stopped,
        ...base,
      };
    }
    if (f.type === 'region') {
      const name = String(spof.scenario.params.regionName);
      const where = name !== f.region ? `${f.region} (${name})` : f.region;
      return {
        code: 'target-region-spof',
        key: `${f.provider}:${f.region}`,
        severity: 'medium',
        params: { ...base, provider: f.provider, providerName: providerName(f.provider as Provider), region: f.region, regionName: name, ...(name !== f.region ? { context: 'named' } : {}) },
        title: `After the move, region ${f.region} is a single point of failure`,
        detail: `Once the last wave has cut over, ${counted} (${share}%) run in ${providerName(f.provider as Provider)} ${where} or depend on what does, and stop if the region fails, as servers in a Hong Kong data centre stopped for over 12 hours after a cooling failure on 18 Dec 2022.`,
        mitigation: `Give the critical workloads a standby in a second region (or run them active-active), or place some of them in another region through their target region.`,
        workloadIds: spof.stopped,
        ...base,
      };
    }
    const service = String(spof.scenario.params.service);
    return {
      code: 'target-service-spof',
      key: f.type === 'service' ? f.serviceId : spof.scenario.id,
      severity: 'medium',
      params: { ...base, service },
      title: `After the move, ${service} is a single point of failure`,
      detail: `Once the last wave has cut over, ${counted} (${share}%) run on ${service} or depend on what does, and stop if the service fails across the provider.`,
      mitigation: `Spread them over zones and regions of the service, keep a replica on another provider for the most critical, or give their dependants a degraded mode.`,
      workloadIds: spof.stopped,
      ...base,
    };
  });
}

/**
 * Where a workload runs before and after the move: provider, region and jurisdiction. The outage
 * simulation fails regions by these, compliance gates read jurisdictions from them, and the
 * target region defaults from the project's per-provider assumption (`project.targetRegions`),
 * else from the catalog's default region for the estate's home jurisdiction.
 */
import type { Project, Workload } from '../model/schema';

/** What placement reads of a project: its meta and its workloads. */
export type Estate = Pick<Project, 'project' | 'workloads'>;
import type { Currency, Provider } from '../model/vocabulary';
import { providerOfService } from './providers';
import { defaultRegionFor, type Jurisdiction, jurisdictionOf, OWN_DATA_CENTRE } from './regions';

/** The provider a workload runs on today: its service's prefix, else the project's source provider. */
export function sourceProviderOf(w: Pick<Workload, 'sourceService'>, project: Estate): Provider {
  return providerOfService(w.sourceService) ?? project.project.sourceProvider;
}

/** The provider a workload moves to: its own target, else the project's first default target. */
export function targetProviderOf(w: Pick<Workload, 'target'>, project: Estate): Provider {
  return w.target?.provider ?? project.project.defaultTargets[0] ?? 'self-hosted';
}

const HOME = new WeakMap<Estate, Jurisdiction>();
const CHINESE: readonly Provider[] = ['alibaba', 'huawei', 'tencent'];

/**
 * Where a team that counts its money in a currency most likely is: the model's judgement. The UK is
 * not a jurisdiction of its own here; its nearest market, the EU, stands in for GBP.
 */
const CURRENCY_HOME: Readonly<Record<Currency, Jurisdiction>> = { CNY: 'cn', USD: 'us', EUR: 'eu', HKD: 'hk', SGD: 'sg', JPY: 'jp', GBP: 'eu' };

/**
 * Where an estate is when no region says: mainland China when a Chinese provider is on either side
 * of the move or the project is written in Chinese; for your own data centre, whose names say
 * nothing of where it is, where the project's money is spent (a data centre priced in yuan moving
 * to AWS is in mainland China); else the US.
 */
export function fallbackHome(source: Provider, targets: readonly Provider[], locale: Estate['project']['locale'], currency?: Currency): Jurisdiction {
  if (CHINESE.includes(source) || targets.some((t) => CHINESE.includes(t)) || locale === 'zh-CN') return 'cn';
  return source === 'self-hosted' && currency ? CURRENCY_HOME[currency] : 'us';
}

/**
 * The estate's home jurisdiction: where most of its workloads run today (by their source regions),
 * else `fallbackHome` (a Chinese provider or language; a data centre's currency; then the US).
 */
export function homeJurisdiction(project: Estate): Jurisdiction {
  const hit = HOME.get(project);
  if (hit) return hit;
  const counts = new Map<Jurisdiction, number>();
  for (const w of project.workloads) {
    const j = jurisdictionOf(sourceProviderOf(w, project), w.region);
    if (j) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  let home: Jurisdiction | undefined;
  let best = 0;
  for (const [j, n] of counts) {
    if (n > best) {
      home = j;
      best = n;
    }
  }
  const result = home ?? fallbackHome(project.project.sourceProvider, project.project.defaultTargets, project.project.locale, project.project.currency);
  HOME.set(project, result);
  return result;
}

/** The region a target provider's workloads land in unless they name their own. */
export function defaultTargetRegion(project: Estate, provider: Provider): string {
  const assumed = project.project.targetRegions?.[provider];
  if (assumed) return assumed;
  if (provider === 'self-hosted') return OWN_DATA_CENTRE;
  return defaultRegionFor(provider, homeJurisdiction(project))?.id ?? OWN_DATA_CENTRE;
}

/** The region a workload runs in after its move. */
export function targetRegionOf(w: Pick<Workload, 'target'>, project: Estate): string {
  return w.target?.region ?? defaultTargetRegion(project, targetProviderOf(w, project));
}

/**
 * The jurisdiction of a region; a data centre of your own, or a region whose name says nothing,
 * counts as the estate's home jurisdiction (the team's own country) so gates stay conservative.
 */
export function regionJurisdiction(project: Estate, provider: Provider, region: string | undefined): Jurisdiction {
  return jurisdictionOf(provider, region) ?? homeJurisdiction(project);
}

/** Where a workload's data sits today and after the move, for law and calendars. */
export function workloadJurisdictions(w: Workload, project: Estate): { readonly source: Jurisdiction; readonly target: Jurisdiction } {
  return {
    source: regionJurisdiction(project, sourceProviderOf(w, project), w.region),
    target: regionJurisdiction(project, targetProviderOf(w, project), targetRegionOf(w, project)),
  };
}

/**
 * Regions of each provider and the jurisdiction they sit in. Jurisdiction decides which holidays
 * and freeze seasons apply, whether an ICP filing is needed (mainland China only), and whether data
 * leaves mainland China (PIPL). The lists hold the regions a China-based estate usually uses plus
 * one or two per major market; a region not listed is still valid, its jurisdiction guessed from
 * the provider's naming scheme where that is unambiguous.
 */
import type { Provider } from '../model/vocabulary';

/** Where a region's data centres are, for law and calendars: mainland China is its own. */
export const JURISDICTIONS = ['cn', 'hk', 'sg', 'jp', 'us', 'eu', 'other'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface Region {
  readonly provider: Provider;
  /** The provider's region id, as its APIs and consoles write it. */
  readonly id: string;
  /** English place name. */
  readonly name: string;
  readonly jurisdiction: Jurisdiction;
}

const r = (provider: Provider, id: string, name: string, jurisdiction: Jurisdiction): Region => ({ provider, id, name, jurisdiction });

/** The first region of a jurisdiction in each list is that provider's default there. */
export const REGIONS: Readonly<Record<Provider, readonly Region[]>> = {
  alibaba: [
    r('alibaba', 'cn-hangzhou', 'Hangzhou', 'cn'),
    r('alibaba', 'cn-shanghai', 'Shanghai', 'cn'),
    r('alibaba', 'cn-beijing', 'Beijing', 'cn'),
    r('alibaba', 'cn-shenzhen', 'Shenzhen', 'cn'),
    r('alibaba', 'cn-zhangjiakou', 'Zhangjiakou', 'cn'),
    r('alibaba', 'cn-qingdao', 'Qingdao', 'cn'),
    r('alibaba', 'cn-chengdu', 'Chengdu', 'cn'),
    r('alibaba', 'cn-hongkong', 'Hong Kong', 'hk'),
    r('alibaba', 'ap-southeast-1', 'Singapore', 'sg'),
    r('alibaba', 'ap-northeast-1', 'Tokyo', 'jp'),
    r('alibaba', 'us-west-1', 'Silicon Valley', 'us'),
    r('alibaba', 'us-east-1', 'Virginia', 'us'),
    r('alibaba', 'eu-central-1', 'Frankfurt', 'eu'),
  ],
  aws: [
    r('aws', 'cn-north-1', 'Beijing (operated by Sinnet)', 'cn'),
    r('aws', 'cn-northwest-1', 'Ningxia (operated by NWCD)', 'cn'),
    r('aws', 'ap-east-1', 'Hong Kong', 'hk'),
    r('aws', 'ap-southeast-1', 'Singapore', 'sg'),
    r('aws', 'ap-northeast-1', 'Tokyo', 'jp'),
    r('aws', 'us-east-1', 'N. Virginia', 'us'),
    r('aws', 'us-west-2', 'Oregon', 'us'),
    r('aws', 'eu-central-1', 'Frankfurt', 'eu'),
    r('aws', 'eu-west-1', 'Ireland', 'eu'),
  ],
  azure: [
    r('azure', 'chinanorth3', 'China North 3 (operated by 21Vianet)', 'cn'),
    r('azure', 'chinaeast2', 'China East 2 (operated by 21Vianet)', 'cn'),
    r('azure', 'eastasia', 'East Asia (Hong Kong)', 'hk'),
    r('azure', 'southeastasia', 'Southeast Asia (Singapore)', 'sg'),
    r('azure', 'japaneast', 'Japan East', 'jp'),
    r('azure', 'eastus', 'East US', 'us'),
    r('azure', 'westeurope', 'West Europe', 'eu'),
  ],
  gcp: [
    r('gcp', 'asia-east2', 'Hong Kong', 'hk'),
    r('gcp', 'asia-southeast1', 'Singapore', 'sg'),
    r('gcp', 'asia-northeast1', 'Tokyo', 'jp'),
    r('gcp', 'us-central1', 'Iowa', 'us'),
    r('gcp', 'europe-west1', 'Belgium', 'eu'),
  ],
  huawei: [
    r('huawei', 'cn-north-4', 'CN North-Beijing4', 'cn'),
    r('huawei', 'cn-east-3', 'CN East-Shanghai1', 'cn'),
    r('huawei', 'cn-south-1', 'CN South-Guangzhou', 'cn'),
    r('huawei', 'cn-southwest-2', 'CN Southwest-Guiyang1', 'cn'),
    r('huawei', 'ap-southeast-1', 'CN-Hong Kong', 'hk'),
    r('huawei', 'ap-southeast-3', 'AP-Singapore', 'sg'),
    r('huawei', 'eu-west-101', 'EU-Dublin', 'eu'),
  ],
  tencent: [
    r('tencent', 'ap-shanghai', 'Shanghai', 'cn'),
    r('tencent', 'ap-guangzhou', 'Guangzhou', 'cn'),
    r('tencent', 'ap-beijing', 'Beijing', 'cn'),
    r('tencent', 'ap-nanjing', 'Nanjing', 'cn'),
    r('tencent', 'ap-chengdu', 'Chengdu', 'cn'),
    r('tencent', 'ap-hongkong', 'Hong Kong', 'hk'),
    r('tencent', 'ap-singapore', 'Singapore', 'sg'),
    r('tencent', 'ap-tokyo', 'Tokyo', 'jp'),
    r('tencent', 'na-siliconvalley', 'Silicon Valley', 'us'),
    r('tencent', 'eu-frankfurt', 'Frankfurt', 'eu'),
  ],
  // Your own data centres have the names you give them; one default stands for "where you are".
  'self-hosted': [],
};

/** The id a self-hosted workload's region defaults to: the team's own data centre. */
export const OWN_DATA_CENTRE = 'own-data-centre';

/** The region record, when the catalog lists it. */
export function regionInfo(provider: Provider, id: string): Region | undefined {
  return REGIONS[provider].find((x) => x.id === id);
}

/**
 * The jurisdiction of a provider's region: listed, or read from the naming scheme (Alibaba, Huawei
 * and AWS write mainland regions `cn-*`; Alibaba's Hong Kong is `cn-hongkong`; Azure's are
 * `china*`). Undefined when the name says nothing (a data centre you named, an unknown scheme).
 */
export function jurisdictionOf(provider: Provider, id: string | undefined): Jurisdiction | undefined {
  if (!id) return undefined;
  const listed = regionInfo(provider, id);
  if (listed) return listed.jurisdiction;
  if (provider === 'alibaba' && id === 'cn-hongkong') return 'hk';
  if ((provider === 'alibaba' || provider === 'aws' || provider === 'huawei') && id.startsWith('cn-')) return 'cn';
  if (provider === 'azure' && id.startsWith('china')) return 'cn';
  if (provider === 'tencent' && /^ap-(shanghai|guangzhou|beijing|nanjing|chengdu|chongqing|shenzhen)/.test(id)) return 'cn';
  return undefined;
}

/** Where a provider's default region is for a jurisdiction, falling back to the nearest market it has. */
const NEAREST: Readonly<Record<Jurisdiction, readonly Jurisdiction[]>> = {
  cn: ['cn', 'hk', 'sg', 'jp'],
  hk: ['hk', 'sg', 'cn', 'jp'],
  sg: ['sg', 'hk', 'jp'],
  jp: ['jp', 'hk', 'sg'],
  us: ['us', 'eu'],
  eu: ['eu', 'us'],
  other: ['sg', 'us', 'eu'],
};

/**
 * A provider's default region for an estate in `home`: its first region there, else in the nearest
 * market it serves (Google Cloud has no mainland region, so a mainland estate defaults to Hong Kong).
 */
export function defaultRegionFor(provider: Provider, home: Jurisdiction): Region | undefined {
  for (const j of NEAREST[home]) {
    const found = REGIONS[provider].find((x) => x.jurisdiction === j);
    if (found) return found;
  }
  return REGIONS[provider][0];
}

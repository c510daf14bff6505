/**
 * The migration vocabulary: the closed sets of words a project file may use.
 * Kept as const tuples so the zod schemas, the UI pickers and the docs share one list.
 */

/**
 * Every provider Decamp plans for. Teams leave in every direction (off Alibaba Cloud, off Tencent
 * or Huawei Cloud, out of their own data centre, or back onto their own hardware), so each one can
 * be a source and a target. `self-hosted` is a self-run data centre (IDC) or colocation.
 */
export const PROVIDERS = ['alibaba', 'aws', 'azure', 'gcp', 'huawei', 'tencent', 'self-hosted'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** Providers a workload can run on today: all of them. */
export const SOURCE_PROVIDERS = PROVIDERS;
export type SourceProvider = Provider;

/** Where a workload can move to: all of them. */
export const TARGET_PROVIDERS = PROVIDERS;
export type TargetProvider = Provider;

export const WORKLOAD_KINDS = [
  'compute',
  'container',
  'serverless',
  'database',
  'cache',
  'storage',
  'queue',
  'network',
  'security',
  'observability',
  'analytics',
  'iot',
  'other',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** The 7 Rs. `retire` and `retain` leave the wave plan and are listed apart. */
export const STRATEGIES = ['rehost', 'relocate', 'replatform', 'refactor', 'repurchase', 'retire', 'retain'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const CRITICALITIES = ['low', 'medium', 'high', 'mission-critical'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

/** How long the business can live without the workload during its cutover. */
export const DOWNTIME_TOLERANCES = ['zero', 'minutes', 'hours', 'days'] as const;
export type DowntimeTolerance = (typeof DOWNTIME_TOLERANCES)[number];

/**
 * How a workload's data reaches the target: a database replication product (Alibaba Cloud DTS,
 * AWS DMS and their peers: full load, then change data capture), file or object sync (rsync,
 * rclone, ossimport), the application's own replication (GitLab Geo, MirrorMaker, a cache's
 * replica), or offline appliances. Each moves at its own achievable throughput, not the line rate.
 */
export const REPLICATION_METHODS = ['database', 'files', 'application', 'appliance'] as const;
export type ReplicationMethod = (typeof REPLICATION_METHODS)[number];

/** How data crosses to the target: a dedicated line or interconnect port, or a VPN over the internet. */
export const TRANSFER_LINES = ['dedicated', 'internet'] as const;
export type TransferLine = (typeof TRANSFER_LINES)[number];

/**
 * What `from` needs of `to`. sync, auth and shared-storage fail hard when `to` is down;
 * async and data degrade; network is the path everything else rides on (hard).
 */
export const DEPENDENCY_KINDS = ['sync', 'async', 'data', 'shared-storage', 'auth', 'network'] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];

/** Dependency kinds whose failure stops the dependant rather than degrading it. */
export const HARD_DEPENDENCY_KINDS: ReadonlySet<DependencyKind> = new Set(['sync', 'auth', 'shared-storage', 'network']);

/** tight = must move together or pay cross-cloud latency on every call. */
export const COUPLINGS = ['tight', 'loose'] as const;
export type Coupling = (typeof COUPLINGS)[number];

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'SGD', 'JPY', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * Change-freeze presets: China's e-commerce peaks (Double 11, 618), Spring Festival and the
 * National Day Golden Week, the US retail peak (Black Friday to Cyber Monday) and year-end close.
 * Which ones a project is offered first follows its regions (shared/catalog/freeze-presets.ts).
 */
export const FREEZE_PRESETS = ['double-11', '618', 'spring-festival', 'golden-week', 'black-friday', 'year-end-close'] as const;
export type FreezePreset = (typeof FREEZE_PRESETS)[number];

/** The environment a workload serves. Non-production moves first and never shares a wave with production. */
export const ENVIRONMENTS = ['production', 'staging', 'test', 'development'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** Program phases a risk in the register can hit (`risks[].hits.phase`). */
export const RISK_PHASES = ['assess', 'foundation', 'pilot', 'transfer', 'hypercare', 'decommission'] as const;
export type RiskPhase = (typeof RISK_PHASES)[number];

/** Compliance gates a risk can hit (`risks[].hits.gate`): ICP filing, MLPS re-assessment, PIPL assessment. */
export const COMPLIANCE_GATES = ['icp', 'mlps', 'pipl'] as const;
export type ComplianceGate = (typeof COMPLIANCE_GATES)[number];

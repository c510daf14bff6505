/**
 * The project file (`*.decamp.json`) as zod schemas. The inferred types are the domain model
 * every layer uses; nothing else defines the shape of a Project.
 */
import { z } from 'zod';
import { ReviewNoteSchema } from './review';
import {
  COMPLIANCE_GATES,
  COUPLINGS,
  CRITICALITIES,
  CURRENCIES,
  DEPENDENCY_KINDS,
  DOWNTIME_TOLERANCES,
  ENVIRONMENTS,
  FREEZE_PRESETS,
  LOCALES,
  RISK_PHASES,
  SOURCE_PROVIDERS,
  STRATEGIES,
  TARGET_PROVIDERS,
  WORKLOAD_KINDS,
  REPLICATION_METHODS,
  TRANSFER_LINES,
} from './vocabulary';

/** The format this build writes. Older files are migrated on load; newer ones are refused. */
export const CURRENT_FORMAT_VERSION = 2;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/**
 * Years a date may fall in. A plan spans at most ten years from its start (shared/plan/calendar.ts),
 * so every date it prints stays a four-digit year; a date outside is a typo, not a migration.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2200;
/** A calendar date, yyyy-mm-dd, with no time zone: plans count working days, not instants. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, 'must be a date written yyyy-mm-dd')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999, calling 0099-05-01 unreal.
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'is not a real calendar date')
  .refine((s) => {
    const y = Number(s.slice(0, 4));
    return y >= FIRST_YEAR && y <= LAST_YEAR;
  }, `must be in the years ${FIRST_YEAR} to ${LAST_YEAR}`);
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Ids are stable, human-readable slugs: they appear in diffs, links and CLI output. */
export const IdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'may use letters, digits and . _ : / - only, starting with a letter or digit');

export const TargetSchema = z.strictObject({
  provider: z.enum(TARGET_PROVIDERS),
  /** The target product by name (e.g. "Amazon Aurora MySQL"); absent means the catalog's equivalent. */
  service: z.string().optional(),
  /** The target region (e.g. `cn-north-1`); absent means the project's target region for that provider. */
  region: z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters').optional(),
});
export type Target = z.infer<typeof TargetSchema>;

/** How a workload runs on two providers once moved: both serving, or a standby that takes over. */
export const MULTI_TARGET_MODES = ['active-active', 'active-passive'] as const;
export type MultiTargetMode = (typeof MULTI_TARGET_MODES)[number];

/** A second provider a workload also runs on after the move, so one provider's failure no longer stops it. */
export const SecondaryTargetSchema = z.strictObject({
  provider: z.enum(TARGET_PROVIDERS),
  mode: z.enum(MULTI_TARGET_MODES),
  /** The region there; absent means the project's target region for that provider. */
  region: z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters').optional(),
});
export type SecondaryTarget = z.infer<typeof SecondaryTargetSchema>;

export const WorkloadSizeSchema = z.strictObject({
  instances: z.number().int().min(0),
  dataGb: z.number().min(0),
  dailyChangeGb: z.number().min(0),
});
export type WorkloadSize = z.infer<typeof WorkloadSizeSchema>;

export const WorkloadSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1, 'must not be empty'),
  kind: z.enum(WORKLOAD_KINDS),
  /** Catalog id of the service it runs on today, e.g. `alibaba.ecs`. */
  sourceService: z.string().min(1),
  region: z.string().optional(),
  /** Where it goes; absent means the project's first default target. */
  target: TargetSchema.optional(),
  /** Also runs on a second provider once moved (active-active or active-passive). */
  secondaryTarget: SecondaryTargetSchema.optional(),
  strategy: z.enum(STRATEGIES),
  criticality: z.enum(CRITICALITIES),
  complexity: z.number().int().min(1).max(5),
  size: WorkloadSizeSchema,
  downtimeTolerance: z.enum(DOWNTIME_TOLERANCES),
  /** How its data reaches the target; absent means the usual one for its kind (databases: DTS/DMS; queues and caches: their own replication; the rest: file sync). */
  replication: z.enum(REPLICATION_METHODS).optional(),
  /** Id of the owner team. */
  team: IdSchema,
  /** The application it is part of, by name: an application's workloads move in the same wave. */
  application: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
  /** What it serves; absent means production. Non-production moves first, never with production. */
  environment: z.enum(ENVIRONMENTS).optional(),
  monthlyCost: z.number().min(0),
  /** Monthly run cost on the target; absent means source cost x `cost.targetRunRatio`. */
  targetMonthlyCost: z.number().min(0).optional(),
  /** Currency of `monthlyCost` and `targetMonthlyCost`; absent means the project's. */
  costCurrency: z.enum(CURRENCIES).optional(),
  tags: z.array(z.string()),
  notes: z.string(),
  /** What an importer guessed and a person has not confirmed yet ("needs review"); absent or empty: nothing to confirm. */
  review: z.array(ReviewNoteSchema).max(20).optional(),
  /**
   * A person has checked this entry against the estate: it exists, its size and dependencies are
   * right, and nothing it needs is missing from the inventory. Absent or false: unconfirmed, and
   * the plan draws work not yet known around it (scope growth). An application is confirmed when
   * all its workloads are.
   */
  confirmed: z.boolean().optional(),
});
export type Workload = z.infer<typeof WorkloadSchema>;

/** `from` needs `to`. */
export const DependencySchema = z.strictObject({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  kind: z.enum(DEPENDENCY_KINDS),
  coupling: z.enum(COUPLINGS),
  note: z.string().optional(),
});
export type Dependency = z.infer<typeof DependencySchema>;

export const TeamSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1, 'must not be empty'),
  engineers: z.number().int().min(1).max(500),
  /** Share of a working day spent on the migration; absent means `team.focusFactor`. */
  focus: z.number().gt(0).max(1).optional(),
  /** Cost of one person-day, in the project currency; absent means `cost.defaultDayRate`. */
  dayRate: z.number().min(0).optional(),
  /** Currency of `dayRate`; absent means the project's. */
  dayRateCurrency: z.enum(CURRENCIES).optional(),
});
export type Team = z.infer<typeof TeamSchema>;

export const HolidaySchema = z.strictObject({ date: IsoDateSchema, name: z.string() });
export type Holiday = z.infer<typeof HolidaySchema>;

/** A span in which cutovers are forbidden (preparation may go on). Inclusive dates. */
export const FreezeWindowSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  start: IsoDateSchema,
  end: IsoDateSchema,
  preset: z.enum(FREEZE_PRESETS).optional(),
});
export type FreezeWindow = z.infer<typeof FreezeWindowSchema>;

export const CalendarSchema = z.strictObject({
  /** ISO weekday numbers worked: 1 = Monday ... 7 = Sunday. */
  workingDays: z.array(z.number().int().min(1).max(7)).min(1, 'needs at least one working day'),
  holidays: z.array(HolidaySchema),
  /** Weekend days worked in exchange for a holiday (China's 调休). */
  makeUpWorkdays: z.array(IsoDateSchema),
  freezeWindows: z.array(FreezeWindowSchema),
});
export type Calendar = z.infer<typeof CalendarSchema>;

export const AssumptionSchema = z.strictObject({
  id: z.string().min(1),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
});
export type Assumption = z.infer<typeof AssumptionSchema>;

/** A user's decision to place a workload in a wave (0 = pilot). Checked by the planner. */
export const PinSchema = z.strictObject({
  id: IdSchema,
  workloadId: IdSchema,
  wave: z.number().int().min(0),
  reason: z.string().optional(),
});
export type Pin = z.infer<typeof PinSchema>;

/** A user's own three-point effort for a workload, in person-days, replacing the estimator's. */
export const EstimateOverrideSchema = z.strictObject({
  id: IdSchema,
  workloadId: IdSchema,
  optimistic: z.number().min(0),
  likely: z.number().min(0),
  pessimistic: z.number().min(0),
  reason: z.string().optional(),
});
export type EstimateOverride = z.infer<typeof EstimateOverrideSchema>;

/** Work that cannot go on, and why: recorded with the actuals, shown wherever the work is. */
export const BlockedSchema = z.strictObject({
  reason: z.string().min(1, 'must say why').max(500, 'must be at most 500 characters'),
  since: IsoDateSchema,
});
export type Blocked = z.infer<typeof BlockedSchema>;

/** Observed dates of a wave (by index, 0 = pilot); the forecast re-plans the rest. */
export const ActualSchema = z.strictObject({
  id: IdSchema,
  wave: z.number().int().min(0),
  start: IsoDateSchema,
  finish: IsoDateSchema.optional(),
  blocked: BlockedSchema.optional(),
});
export type Actual = z.infer<typeof ActualSchema>;

export const ComplianceSchema = z.strictObject({
  /** Mainland domains must be ICP-filed with the new provider before they serve from it. */
  icpFiling: z.boolean(),
  /** MLPS 2.0 level of the system (0 = not in scope); level 2+ needs re-assessment. */
  mlpsLevel: z.number().int().min(0).max(4),
  /** Personal data leaves mainland China: a PIPL cross-border assessment gates the move. */
  crossBorderData: z.boolean(),
});
export type Compliance = z.infer<typeof ComplianceSchema>;

/**
 * What is already in place when the plan starts. Each absent or false item waits for its lead time
 * (shared/plan/schedule/lead-times.ts): elapsed time with nobody's effort behind it.
 */
export const InPlaceSchema = z.strictObject({
  /** The self-hosted target's servers are delivered, racked and cabled. */
  hardware: z.boolean().optional(),
  /** The dedicated line or interconnect port to the target is up. */
  dedicatedLine: z.boolean().optional(),
  /** Target accounts, contracts and quota increases are granted. */
  accounts: z.boolean().optional(),
  /** Security and compliance have signed off the target landing zone. */
  securitySignOff: z.boolean().optional(),
});
export type InPlace = z.infer<typeof InPlaceSchema>;

/**
 * What one unit of another currency is worth in the project's currency, as an assumption: no rate
 * is ever looked up (Decamp has no network), so each says when it held and where it came from.
 */
export const ExchangeRateSchema = z.strictObject({
  currency: z.enum(CURRENCIES),
  /** Units of the project currency for one unit of `currency` (CNY project, USD rate 7.1). */
  rate: z.number().gt(0).max(1_000_000),
  /** The day the rate was read. */
  asOf: IsoDateSchema,
  source: z.string().min(1, 'must say where the rate comes from').max(500, 'must be at most 500 characters'),
});
export type ExchangeRate = z.infer<typeof ExchangeRateSchema>;

export const ProjectMetaSchema = z.strictObject({
  name: z.string().min(1, 'must not be empty'),
  description: z.string().optional(),
  sourceProvider: z.enum(SOURCE_PROVIDERS),
  defaultTargets: z.array(z.enum(TARGET_PROVIDERS)).min(1, 'needs at least one target provider'),
  startDate: IsoDateSchema,
  /**
   * The date the move must be done by ("we must be off by 30 June"): the end of decommission, when
   * the source is switched off. The plan reports the chance of meeting it; absent: no date to meet.
   */
  targetDate: IsoDateSchema.optional(),
  locale: z.enum(LOCALES),
  currency: z.enum(CURRENCIES),
  /** Rates for amounts entered in other currencies (a team's day rate, a workload's bill); absent: none. */
  exchangeRates: z.array(ExchangeRateSchema).max(50).optional(),
  compliance: ComplianceSchema,
  /**
   * Id of the team that builds the landing zone (network, identity, keys, DNS zones, monitoring);
   * absent means the team owning most of those workloads.
   */
  platformTeam: IdSchema.optional(),
  /**
   * The region each target provider's workloads land in unless a workload names its own; a
   * provider absent here gets the catalog's default for the estate's home jurisdiction.
   */
  targetRegions: z.partialRecord(z.enum(TARGET_PROVIDERS), z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters')).optional(),
  /** What is already in place (hardware, the line, accounts, the security sign-off); absent: nothing, each waits for its lead time. */
  inPlace: InPlaceSchema.optional(),
  /** How data crosses to the target; absent means a dedicated line when some workload holds large data (`risk.largeDataGb`), else a VPN over the internet. */
  transferLine: z.enum(TRANSFER_LINES).optional(),
});
export type ProjectMeta = z.infer<typeof ProjectMetaSchema>;

/**
 * What a risk costs when it happens: working days added to what it hits (a three-point range), or a
 * share of that task's own length or effort added (0.2 = 20% longer).
 */
export const RiskImpactSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('days'),
    optimistic: z.number().min(0).max(2600),
    likely: z.number().min(0).max(2600),
    pessimistic: z.number().min(0).max(2600),
  }),
  z.strictObject({
    type: z.literal('share'),
    optimistic: z.number().min(0).max(10),
    likely: z.number().min(0).max(10),
    pessimistic: z.number().min(0).max(10),
  }),
]);
export type RiskImpact = z.infer<typeof RiskImpactSchema>;

/**
 * What a risk hits. `cutovers` and `team` (without `teamId`) are drawn once for every cutover or
 * team that matches, independently; the others once per simulated run.
 */
export const RiskTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('workload'), workloadId: IdSchema }),
  /** A wave by number, as pins count them (0 = pilot). */
  z.strictObject({ kind: z.literal('wave'), wave: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('phase'), phase: z.enum(RISK_PHASES) }),
  z.strictObject({ kind: z.literal('compliance'), gate: z.enum(COMPLIANCE_GATES) }),
  /**
   * Every cutover of a workload that matches all the lists given (none given: every cutover), drawn
   * for each such workload, or with `per: "wave"` once for each wave holding one.
   */
  z.strictObject({
    kind: z.literal('cutovers'),
    per: z.enum(['workload', 'wave']).optional(),
    workloadKinds: z.array(z.enum(WORKLOAD_KINDS)).optional(),
    criticalities: z.array(z.enum(CRITICALITIES)).optional(),
    environments: z.array(z.enum(ENVIRONMENTS)).optional(),
  }),
  /** One team's work, or (without `teamId`) each team's, independently. */
  z.strictObject({ kind: z.literal('team'), teamId: IdSchema.optional() }),
]);
export type RiskTarget = z.infer<typeof RiskTargetSchema>;

/** A response to a risk and what is left of it afterwards; `adopted` means the plan counts on it. */
export const RiskMitigationSchema = z.strictObject({
  description: z.string().min(1, 'must not be empty'),
  probability: z.number().min(0).max(1),
  impact: RiskImpactSchema,
  adopted: z.boolean(),
});
export type RiskMitigation = z.infer<typeof RiskMitigationSchema>;

/** One entry of the risk register: an event with a chance and a cost, drawn in every simulated run. */
export const RiskEntrySchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1, 'must not be empty'),
  description: z.string().optional(),
  /** Chance it happens, 0..1: per run, or per matching cutover or team (see `hits`). */
  probability: z.number().min(0).max(1),
  impact: RiskImpactSchema,
  hits: RiskTargetSchema,
  mitigation: RiskMitigationSchema.optional(),
  enabled: z.boolean(),
  /** Where the figures come from, or the reasoning behind them. */
  source: z.string(),
});
export type RiskEntry = z.infer<typeof RiskEntrySchema>;

/**
 * The user's settings for one wave: its name and caps. `order` is the wave's number as pins and
 * actuals count them (0 = pilot); the waves board reorders waves by renumbering these, the pins and
 * the actuals together.
 */
export const WaveSettingSchema = z.strictObject({
  id: IdSchema,
  order: z.number().int().min(0),
  name: z.string().min(1, 'must not be empty').max(120, 'must be at most 120 characters').optional(),
  /** At most this many workloads in the wave. */
  maxWorkloads: z.number().int().min(1).max(100_000).optional(),
  /** At most this much likely effort in the wave, in person-days. */
  maxPersonDays: z.number().gt(0).max(1_000_000).optional(),
});
export type WaveSetting = z.infer<typeof WaveSettingSchema>;

/** Observed progress of one workload: when its work started and finished, what it took, and whether it is stuck. */
export const WorkloadActualSchema = z.strictObject({
  id: IdSchema,
  workloadId: IdSchema,
  start: IsoDateSchema.optional(),
  finish: IsoDateSchema.optional(),
  /** Person-days the work really took, when the team tracked it; absent: worked out from the dates. */
  effort: z.number().min(0).max(1_000_000).optional(),
  blocked: BlockedSchema.optional(),
});
export type WorkloadActual = z.infer<typeof WorkloadActualSchema>;

/**
 * One difference a scenario makes to the baseline. A scenario stores only these, so every other
 * edit of the baseline flows into it; one that no longer applies (its workload or team is gone) is
 * kept and reported by shared/scenarios, never dropped.
 */
export const ScenarioChangeSchema = z.discriminatedUnion('kind', [
  /** Every moving workload bound for `replaces` (default: the first default target) goes to `provider` instead. */
  z.strictObject({ kind: z.literal('target'), provider: z.enum(TARGET_PROVIDERS), replaces: z.enum(TARGET_PROVIDERS).optional() }),
  /** One workload's strategy, target or owner team. */
  z.strictObject({ kind: z.literal('workload'), workloadId: IdSchema, strategy: z.enum(STRATEGIES).optional(), target: TargetSchema.optional(), team: IdSchema.optional() }),
  /** One workload's second provider (active-active or active-passive); null: it runs on one provider only. */
  z.strictObject({ kind: z.literal('secondary-target'), workloadId: IdSchema, secondaryTarget: SecondaryTargetSchema.nullable() }),
  /** A team's size (set, or a number more or fewer), focus or day rate. */
  z.strictObject({
    kind: z.literal('team'),
    teamId: IdSchema,
    engineers: z.number().int().min(1).max(500).optional(),
    addEngineers: z.number().int().min(-500).max(500).optional(),
    focus: z.number().gt(0).max(1).optional(),
    dayRate: z.number().min(0).optional(),
  }),
  z.strictObject({ kind: z.literal('add-team'), team: TeamSchema }),
  /** An assumption's value (line bandwidth, the offline-transfer threshold, a day rate ...). */
  z.strictObject({ kind: z.literal('assumption'), assumptionId: z.string().min(1).max(120), value: z.number() }),
  z.strictObject({ kind: z.literal('start-date'), date: IsoDateSchema }),
  z.strictObject({ kind: z.literal('add-freeze'), window: FreezeWindowSchema }),
  z.strictObject({ kind: z.literal('remove-freeze'), freezeId: IdSchema }),
  /** A register risk switched on or off, or its mitigation taken or not. */
  z.strictObject({ kind: z.literal('risk'), riskId: IdSchema, enabled: z.boolean().optional(), mitigationAdopted: z.boolean().optional() }),
]);
export type ScenarioChange = z.infer<typeof ScenarioChangeSchema>;

/** A named "what if": the baseline with a few inputs changed. */
export const ScenarioSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  description: z.string().max(2000, 'must be at most 2000 characters').optional(),
  changes: z.array(ScenarioChangeSchema).max(500),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** One wave as a baseline recorded it, by number (0 = pilot). */
export const BaselineWaveSchema = z.strictObject({
  wave: z.number().int().min(0),
  name: z.string(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  p80End: IsoDateSchema,
  workloads: z.number().int().min(0),
  /** Likely effort, person-days. */
  effort: z.number().min(0),
});
export type BaselineWave = z.infer<typeof BaselineWaveSchema>;

/** The plan as it stood when someone saved it (as MS Project keeps baselines): named, dated, compared against later. */
export const BaselineSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  /** The day it was saved. */
  savedOn: IsoDateSchema,
  start: IsoDateSchema,
  /** The deterministic end. */
  end: IsoDateSchema,
  p50End: IsoDateSchema,
  p80End: IsoDateSchema,
  p95End: IsoDateSchema,
  effort: z.number().min(0),
  /** Total cost in `currency`. */
  cost: z.number().min(0),
  currency: z.enum(CURRENCIES),
  waves: z.array(BaselineWaveSchema).max(10_000),
});
export type Baseline = z.infer<typeof BaselineSchema>;

/** Shape only; cross-references are checked by `checkReferences` so errors can name both ends. */
export const ProjectShapeSchema = z.strictObject({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  project: ProjectMetaSchema,
  workloads: z.array(WorkloadSchema),
  dependencies: z.array(DependencySchema),
  teams: z.array(TeamSchema).min(1, 'needs at least one team'),
  calendar: CalendarSchema,
  assumptions: z.array(AssumptionSchema),
  pins: z.array(PinSchema),
  overrides: z.array(EstimateOverrideSchema),
  actuals: z.array(ActualSchema),
  /** The risk register; absent means the defaults derived from the estate (shared/model/default-risks.ts). */
  risks: z.array(RiskEntrySchema).optional(),
  /** The user's wave names and caps; absent or empty means the planner's own. */
  waves: z.array(WaveSettingSchema).optional(),
  /** Per-workload progress (start, finish, effort, blocked); absent: none recorded. */
  workloadActuals: z.array(WorkloadActualSchema).optional(),
  /** Named "what if" scenarios, each stored as its differences from this project (the baseline). */
  scenarios: z.array(ScenarioSchema).max(100).optional(),
  /** Saved baselines, oldest first. */
  baselines: z.array(BaselineSchema).max(100).optional(),
});
export type Project = z.infer<typeof ProjectShapeSchema>;

/**
 * The project file (`*.decamp.json`) as zod schemas. The inferred types are the domain model
 * every layer uses; nothing else defines the shape of a Project.
 */
import { z } from 'zod';
import {
  COUPLINGS,
  CRITICALITIES,
  CURRENCIES,
  DEPENDENCY_KINDS,
  DOWNTIME_TOLERANCES,
  FREEZE_PRESETS,
  LOCALES,
  SOURCE_PROVIDERS,
  STRATEGIES,
  TARGET_PROVIDERS,
  WORKLOAD_KINDS,
} from './vocabulary';

/** The format this build writes. Older files are migrated on load; newer ones are refused. */
export const CURRENT_FORMAT_VERSION = 1;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A calendar date, yyyy-mm-dd, with no time zone: plans count working days, not instants. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, 'must be a date written yyyy-mm-dd')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'is not a real calendar date');
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
});
export type Target = z.infer<typeof TargetSchema>;

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
  strategy: z.enum(STRATEGIES),
  criticality: z.enum(CRITICALITIES),
  complexity: z.number().int().min(1).max(5),
  size: WorkloadSizeSchema,
  downtimeTolerance: z.enum(DOWNTIME_TOLERANCES),
  /** Id of the owner team. */
  team: IdSchema,
  monthlyCost: z.number().min(0),
  /** Monthly run cost on the target; absent means source cost x `cost.targetRunRatio`. */
  targetMonthlyCost: z.number().min(0).optional(),
  tags: z.array(z.string()),
  notes: z.string(),
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

/** Observed dates of a wave (by index, 0 = pilot); the forecast re-plans the rest. */
export const ActualSchema = z.strictObject({
  id: IdSchema,
  wave: z.number().int().min(0),
  start: IsoDateSchema,
  finish: IsoDateSchema.optional(),
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

export const ProjectMetaSchema = z.strictObject({
  name: z.string().min(1, 'must not be empty'),
  description: z.string().optional(),
  sourceProvider: z.enum(SOURCE_PROVIDERS),
  defaultTargets: z.array(z.enum(TARGET_PROVIDERS)).min(1, 'needs at least one target provider'),
  startDate: IsoDateSchema,
  locale: z.enum(LOCALES),
  currency: z.enum(CURRENCIES),
  compliance: ComplianceSchema,
});
export type ProjectMeta = z.infer<typeof ProjectMetaSchema>;

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
});
export type Project = z.infer<typeof ProjectShapeSchema>;

/**
 * The Plan: everything derived from a Project by `planProject`. Never stored in the project file;
 * the same file and seed always give the same Plan. Dates are ISO yyyy-mm-dd calendar dates.
 *
 * Texts meant for people come twice: an English `title`/`message` (CLI, exports) and a `code`
 * with `params`, which the app translates.
 */
import type { JsonPath } from '../model/locate';
import type { Criticality, DependencyKind, ReplicationMethod, Strategy, TargetProvider } from '../model/vocabulary';

export type IsoDate = string;
export type WorkloadId = string;
export type MoveGroupId = string;
export type WaveId = string;

/** Values substituted into a translated text. */
export type TextParams = Readonly<Record<string, string | number>>;

// ---- 1. validate -----------------------------------------------------------------------------

export type IssueSeverity = 'error' | 'warning' | 'info';

/** A problem the planner found in the project, located by JSON path so the UI can jump to it. */
export interface PlanIssue {
  readonly id: string;
  readonly severity: IssueSeverity;
  readonly code: string;
  readonly params: TextParams;
  readonly message: string;
  readonly path: JsonPath;
  readonly workloadIds: readonly WorkloadId[];
  /** The wave condition this issue reports as broken (waves/conditions.ts), when it is one. */
  readonly condition?: WaveConditionId;
}

/**
 * The wave builder's conditions, in the order they win. Critical ones are never broken without an
 * error-level issue; advisory ones are broken with a warning that says why (waves/conditions.ts).
 */
export type WaveConditionId =
  | 'move-group-together'
  | 'environments-apart'
  | 'application-together'
  | 'needs-first'
  | 'non-production-first'
  | 'critical-later'
  | 'wave-caps';

// ---- 2. group --------------------------------------------------------------------------------

/** Why workloads must migrate together. */
export type MoveGroupReason = 'single' | 'cycle' | 'tight-coupling' | 'cycle+tight-coupling';

export interface MoveGroup {
  readonly id: MoveGroupId;
  readonly workloadIds: readonly WorkloadId[];
  readonly reason: MoveGroupReason;
  /** Ids of the dependencies that bind the group (the cycle's edges, the tight couplings). */
  readonly bindingDependencyIds: readonly string[];
  readonly explanation: string;
}

// ---- 3. order --------------------------------------------------------------------------------

/** Move groups in migration order: what others need comes first; `level` is the depth in the condensed DAG. */
export interface GroupOrder {
  readonly orderedGroupIds: readonly MoveGroupId[];
  readonly levelByGroup: Readonly<Record<MoveGroupId, number>>;
}

// ---- 5. estimate (runs before waves: waves are capped by effort) -----------------------------

export interface ThreePoint {
  readonly optimistic: number;
  readonly likely: number;
  readonly pessimistic: number;
  /** (O + 4M + P) / 6 */
  readonly expected: number;
  /** (P - O) / 6 */
  readonly sigma: number;
}

/** One factor of an estimate and the assumption it came from: the "why" behind a number. */
export interface EstimateFactor {
  readonly name: string;
  readonly assumptionId: string;
  readonly value: number;
  /** What the name says beyond its assumption, for a translation (the learning factor: the workload's place `n` in its `team`'s work). */
  readonly params?: TextParams;
}

export interface WorkloadEstimate {
  readonly workloadId: WorkloadId;
  /** Person-days. */
  readonly effort: ThreePoint;
  readonly factors: readonly EstimateFactor[];
  readonly portability: 'config-only' | 'data-config' | 'refactor' | 'none';
  readonly targetProvider: TargetProvider;
  readonly targetService: string;
  /** Round-the-clock hours to move the data online, including the writes made during the copy. */
  readonly transferHours: number;
  /** Past `transfer.offlineThresholdDays` online and faster on appliances: ship devices instead. */
  readonly offlineTransferSuggested: boolean;
  /** The online copy in working days on the project calendar. */
  readonly lineWorkingDays: number;
  /** The offline route end to end (logistics, copies, import, catch-up) in working days; 0 without data. */
  readonly applianceWorkingDays: number;
  /** Devices the offline route needs (`transfer.appliance.capacityTb` each). */
  readonly applianceDevices: number;
  /** Working days the appliances save against the line, when they are suggested; else 0. */
  readonly offlineSavesWorkingDays: number;
  /** The daily change rate is at or above what the line carries: the incremental sync never catches up. */
  readonly changeRateExceedsLine: boolean;
  /** A line speed at which the daily changes take half of it, in Mbit/s. */
  readonly requiredMbps: number;
  /** How the data reaches the target (the workload's `replication`, else the usual one for its kind). */
  readonly replication: ReplicationMethod;
  /** Mbit/s the online copy runs at: the line's usable rate, capped by the method's achievable throughput. */
  readonly replicationMbps: number;
  /** What limits the online copy: the line, or the replication product. */
  readonly transferBoundBy: 'line' | 'method';
  readonly overridden: boolean;
  readonly assumptionIds: readonly string[];
}

// ---- 4. waves --------------------------------------------------------------------------------

export type RunbookPhase = 'prepare' | 'replicate' | 'test' | 'rehearse' | 'cutover' | 'hypercare' | 'decommission';

export interface RunbookStep {
  readonly id: string;
  readonly workloadId: WorkloadId;
  readonly phase: RunbookPhase;
  readonly code: string;
  readonly params: TextParams;
  readonly title: string;
  /** Ids of steps that must finish first. */
  readonly after: readonly string[];
}

/** Production waves and non-production ones (staging, test, development) never mix. */
export type WaveEnvironment = 'production' | 'non-production';

/** A wave before it has dates: which workloads move together in which order. */
export interface WaveDraft {
  readonly id: WaveId;
  /** 0 is the pilot. */
  readonly index: number;
  readonly name: string;
  readonly isPilot: boolean;
  readonly environment: WaveEnvironment;
  readonly workloadIds: readonly WorkloadId[];
  readonly moveGroupIds: readonly MoveGroupId[];
  /** Teams owning its workloads, in project team order: each works its own part. */
  readonly teamIds: readonly string[];
  /** Applications (by name) with workloads in this wave, in order of first appearance. */
  readonly applications: readonly string[];
  readonly runbook: readonly RunbookStep[];
}

/** One team's part of a wave in the deterministic plan: its own workloads at its own capacity. */
export interface WaveTeamPart {
  readonly teamId: string;
  /** Likely person-days of this team's workloads in the wave. */
  readonly effort: number;
  readonly start: IsoDate;
  /** Last working day of the team's work on the wave (cutover and hypercare come after). */
  readonly end: IsoDate;
  readonly workingDays: number;
}

/** A wave as the deterministic plan dates it, before the Monte Carlo's percentiles. */
export interface WaveDates extends WaveDraft {
  readonly effort: ThreePoint;
  readonly dataGb: number;
  readonly transferHours: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly cutover: { readonly start: IsoDate; readonly end: IsoDate };
  /** Per team, in `teamIds` order: the wave ends when its slowest team is done. */
  readonly teams: readonly WaveTeamPart[];
}

export interface Wave extends WaveDates {
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
}

// ---- foundation (landing zone) ---------------------------------------------------------------

/** What a platform workload provides to the landing zone it is rebuilt in. */
export type PlatformRole = 'network' | 'identity' | 'keys' | 'dns' | 'observability' | 'security';

/** One target provider's landing zone: the platform workloads rebuilt there and their effort. */
export interface LandingZone {
  readonly provider: TargetProvider;
  readonly workloadIds: readonly WorkloadId[];
  /** Person-days: `phase.foundation.personDaysPerTarget` plus the platform workloads' estimates. */
  readonly effort: ThreePoint;
}

/**
 * The foundation phase: platform pieces (network, identity, keys, DNS zones, monitoring baselines)
 * are built per target provider by the platform team, with runbooks of their own; they join no wave.
 */
export interface Foundation {
  /** The team whose capacity the landing zones take. */
  readonly teamId: string;
  /** True when the project names it (`project.platformTeam`); otherwise the team owning most platform workloads. */
  readonly teamNamed: boolean;
  readonly workloadIds: readonly WorkloadId[];
  readonly roles: Readonly<Record<WorkloadId, PlatformRole>>;
  readonly landingZones: readonly LandingZone[];
  readonly effort: ThreePoint;
  readonly start: IsoDate;
  /** Landing zone ready: no wave starts before the next working day. */
  readonly end: IsoDate;
  readonly runbook: readonly RunbookStep[];
}

// ---- 6. schedule -----------------------------------------------------------------------------

/** `lead-time`: waiting on a vendor, carrier, procurement or the security team; `rehearsal`: a wave's failover drills. */
export type ProgramPhaseKind = 'assess' | 'foundation' | 'pilot' | 'wave' | 'hypercare' | 'decommission' | 'compliance' | 'lead-time' | 'rehearsal';

export interface ProgramPhase {
  readonly id: string;
  readonly kind: ProgramPhaseKind;
  readonly name: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly workingDays: number;
  readonly waveId?: WaveId;
  readonly teamIds: readonly string[];
  readonly dependsOn: readonly string[];
  /** Lead times and rehearsals: a code and params the app translates (`lead.hardware`, `rehearsal.drills`...). */
  readonly code?: string;
  readonly params?: TextParams;
}

export interface Milestone {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly date: IsoDate;
}

export interface Schedule {
  readonly start: IsoDate;
  /** End with every uncertain input at its likely value and no risk event (the deterministic plan). */
  readonly end: IsoDate;
  /** The same date as `end`, under the name the plan JSON contract uses. */
  readonly deterministicEnd: IsoDate;
  /** Share of simulated runs (0-100) that end on or before the deterministic end. */
  readonly deterministicPercentile: number;
  /** Working days from the deterministic end to the P80 end (negative when P80 comes first). */
  readonly contingencyDays: number;
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
  readonly phases: readonly ProgramPhase[];
  readonly milestones: readonly Milestone[];
  /** Working days from the start to the deterministic end (inclusive of both). */
  readonly deterministicWorkingDays: number;
  /**
   * Of those, the working days the same plan would still take with unlimited engineers: waits,
   * approvals, gates, minimum lengths, rehearsals, hypercare; what no effort shortens.
   */
  readonly fixedLengthDays: number;
  /** The project's date to meet (`project.targetDate`), when it has one. */
  readonly targetDate?: IsoDate;
  /** Share of runs (0..1) that end on or before the target date. */
  readonly onTimeProbability?: number;
  /**
   * Single changes among the project's levers (one more engineer on a team, a risk's mitigation
   * adopted, data shipped on appliances, a refactor replatformed instead), each with the chance of meeting the target date it
   * gives, re-planned with the same seed; those reaching 80% first, the smallest change first.
   */
  readonly toReach80?: readonly TargetLever[];
}

/** One change that moves the chance of meeting the target date. */
export interface TargetLever {
  readonly change: { readonly kind: 'engineer' | 'mitigation' | 'transfer' | 'strategy'; readonly id: string; readonly title: string; readonly code: string; readonly params: TextParams };
  readonly onTimeProbability: number;
}

// ---- 7. simulate -----------------------------------------------------------------------------

export interface HistogramBin {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly count: number;
}

export interface SpreadDriver {
  readonly workloadId: WorkloadId;
  /** Share of the program end date's variance explained, 0..1. */
  readonly share: number;
}

/**
 * A cause of the spread: an entry of the risk register or a source of uncertainty (simulate/drivers.ts).
 * Measured with common random numbers: every run keeps its draws, and the source is switched off.
 */
export interface Driver {
  /** `risk:<register id>` or `uncertainty:<source>` (effort, program, teams, assess, foundation, wave-minimums, transfer, hypercare, decommission, compliance, lead-hardware, lead-line, lead-accounts, lead-signoff, rehearsals). */
  readonly id: string;
  readonly kind: 'risk' | 'uncertainty';
  readonly title: string;
  readonly code: string;
  readonly params: TextParams;
  /**
   * Working days it adds to the P80 end, attributed in turn: switching the drivers off one after
   * another (largest alone first) takes the P80 down to the deterministic end, and these steps add up
   * to the contingency.
   */
  readonly daysAtP80: number;
  /** Working days the P80 end would come in by if only this source were switched off. */
  readonly removalDaysAtP80: number;
  /** Its step of P95 minus P50, attributed the same way; the steps add up to the whole spread. */
  readonly spreadDays: number;
  /** `spreadDays` as a share of P95 minus P50, 0..1 (negative when switching it off widens the range). */
  readonly share: number;
  /** Risks only: share of runs in which it happened at least once. */
  readonly occurrence?: number;
  /** With a target date: the chance of meeting it (0..1, over the replayed runs) if only this were switched off. */
  readonly onTimeWithout?: number;
}

/**
 * A source's part in one wave's P80 cutover (simulate/wave-drivers.ts): measured on the program
 * drivers' replays, switched off in the same turns; a wave's parts add up to its P80 minus its
 * deterministic cutover, in working days.
 */
export interface WaveDriver {
  /** The driver's id in `simulation.drivers` (its title, code and params are there). */
  readonly id: string;
  /** Working days it adds to the wave's P80 cutover. */
  readonly daysAtP80: number;
}

/** One wave's simulated cutover. */
export interface WaveForecast {
  readonly waveId: WaveId;
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
  /**
   * What moves this wave's P80 cutover, largest first (at most five, each above zero). Empty when
   * the drivers were not measured, or the wave's finish is recorded.
   */
  readonly drivers: readonly WaveDriver[];
}

/** Share of runs (0..1) in which a phase or wave was on the critical path. */
export interface CriticalityIndex {
  /** A program phase id (`assess`, `foundation`, `compliance:icp`, `lead:hardware`, `lead:accounts:aws`, `wave:<waveId>`, `hypercare:<waveId>`, `decommission`). */
  readonly id: string;
  readonly index: number;
}

/** How a change freeze held cutovers back across the runs. */
export interface FreezeImpact {
  readonly freezeId: string;
  readonly name: string;
  /** Share of runs (0..1) in which it held at least one cutover back. */
  readonly shareOfRuns: number;
  /** In those runs, the mean of the longest hold, in working days from the day the cutover was ready. */
  readonly meanDelayDays: number;
}

export interface SimulationResult {
  readonly seed: number;
  readonly runs: number;
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
  readonly histogram: readonly HistogramBin[];
  readonly waves: readonly WaveForecast[];
  /** Program phase ids on the deterministic plan's critical path, first to last. */
  readonly criticalPath: readonly string[];
  /** Workloads whose effort draws correlate most with the end date (squared correlation; part of the `effort` driver). */
  readonly spreadDrivers: readonly SpreadDriver[];
  /** Causes of the spread, largest `daysAtP80` first. */
  readonly drivers: readonly Driver[];
  /** Runs the drivers were measured on (all runs on small estates; fewer on very large ones, to keep the plan fast). */
  readonly driverRuns: number;
  /** Every phase and wave with its criticality index, in schedule order. */
  readonly criticality: readonly CriticalityIndex[];
  /** Standard error of the P80 end, in working days (from the order statistics of the runs). */
  readonly p80StandardErrorDays: number;
  /** True when `runs` was 'auto' and the P80 reached a standard error of half a working day. */
  readonly converged: boolean;
  /** One entry per freeze window of the calendar, in calendar order. */
  readonly freezeImpact: readonly FreezeImpact[];
  /** Runs that could not finish inside the ten-year horizon (their end counts as the horizon's end). */
  readonly runsBeyondHorizon: number;
}

// ---- 8. risks and cross-cloud links ----------------------------------------------------------

/** A dependency whose two ends run on different clouds for a while. */
export interface CrossCloudLink {
  readonly dependencyId: string;
  readonly from: WorkloadId;
  readonly to: WorkloadId;
  readonly kind: DependencyKind;
  /** sync, auth, shared storage, network: the dependant stops when the link does. */
  readonly hard: boolean;
  /** Wave index of each end; null when that end never moves (retained). */
  readonly fromWave: number | null;
  readonly toWave: number | null;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly workingDays: number;
  /** Added round trip on every call (sync, auth, shared storage). */
  readonly latencyMs: number;
  /** Data crossing providers per month (data, async) and its egress cost. */
  readonly egressGbPerMonth: number;
  readonly egressCostPerMonth: number;
}

export type RiskSeverity = 'low' | 'medium' | 'high' | 'critical';

/**
 * Every kind of risk the planner reports. A new kind is added here first: the app translates a risk
 * by its code (plan:risk.<code>, plan:riskDetail.<code>, plan:riskMitigation.<code>, in English and
 * Chinese), and test/renderer/risk-texts.test.ts fails for a code the catalogs lack.
 */
export const RISK_CODES = [
  'single-point-of-failure',
  'target-identity-spof',
  'target-region-spof',
  'target-service-spof',
  'no-equivalent',
  'sync-cannot-catch-up',
  'large-data',
  'zero-downtime',
  'split-tight-coupling',
  'freeze-overlap',
  'freeze-delay',
  'thin-team',
  'team-bottleneck',
  'long-cross-cloud-link',
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

export interface Risk {
  readonly id: string;
  /** Its kind, which the texts are translated by; `params.context` picks a variant of the texts (i18next context). */
  readonly code: RiskCode;
  readonly severity: RiskSeverity;
  readonly params: TextParams;
  readonly title: string;
  readonly detail: string;
  readonly mitigation: string;
  /** The workloads it concerns (for a per-wave risk, the affected ones in that wave). */
  readonly workloadIds: readonly WorkloadId[];
  /** The wave it is about, when it is reported per wave. */
  readonly waveId?: WaveId;
}

// ---- cost and provenance ---------------------------------------------------------------------

export interface WaveCost {
  readonly waveId: WaveId;
  readonly labour: number;
  readonly dualRunning: number;
}

export interface CostSummary {
  readonly currency: string;
  /**
   * The team time the deterministic plan holds x day rates: each team from the program start to its
   * last hypercare, and through decommission (engineers x focus per working day). A longer plan never costs less.
   */
  readonly labour: number;
  /** The same from the simulated runs: median and 80th percentile. */
  readonly labourP50: number;
  readonly labourP80: number;
  /** Likely person-days of the work itself x day rates (what the teams spend working, not waiting). */
  readonly effortLabour: number;
  /** Both bills running from each workload's cutover (a landing-zone piece: the landing zone ready) to the source decommission; the waves' and the landing zone's together. */
  readonly dualRunning: number;
  /** Of which the landing zone's pieces: their source copies from the landing zone ready to the decommission. */
  readonly landingZoneDualRunning: number;
  readonly sourceMonthly: number;
  readonly targetMonthly: number;
  readonly crossCloudEgress: number;
  /** The one-off cost on the deterministic schedule: `labour` + `dualRunning` + `crossCloudEgress`. */
  readonly total: number;
  /** The same with the runs' labour at P50 and P80 (`labourP50`, `labourP80`): the totals beside those labour figures. */
  readonly totalP50: number;
  readonly totalP80: number;
  readonly byWave: readonly WaveCost[];
}

/** What the project's recorded actuals did to the forecast (shared/plan/actuals.ts). */
export interface ActualsEffect {
  /** Waves with an actual finish: their dates are fixed in every run. */
  readonly finishedWaves: readonly WaveId[];
  /** Waves with an actual start and no finish: they start there; their duration is simulated. */
  readonly inProgressWaves: readonly WaveId[];
  /** The latest date the actuals record. */
  readonly dataDate: IsoDate;
  /** Actual / planned, the geometric mean over finished waves (working days) and finished workloads with their person-days recorded (1 when none). */
  readonly observedRatio: number;
  /** Finished items behind the observed ratio. */
  readonly samples: number;
  /** The weight the observation gets against the plan's own estimates, 0..1 (shared/plan/velocity.ts). */
  readonly credibility: number;
  /** What the remaining waves' effort was multiplied by: the observed ratio shrunk by its credibility, when above 1, else 1. */
  readonly velocityFactor: number;
  /** Blocked waves and workloads, and the day each is expected to clear (shared/plan/schedule/blocked.ts). */
  readonly blocked: readonly BlockedHold[];
}

/** A blocked wave or workload: its wave cannot cut over before `unblockedOn`. */
export interface BlockedHold {
  readonly waveId: WaveId;
  /** Present when a workload is blocked, not the whole wave. */
  readonly workloadId?: WorkloadId;
  readonly reason: string;
  readonly since: IsoDate;
  /** Working days from `since` to the data date. */
  readonly elapsedDays: number;
  /** Working days from the data date the model expects it to last yet: max(5, elapsedDays). */
  readonly remainingDays: number;
  /** The first working day its wave may cut over. */
  readonly unblockedOn: IsoDate;
}

/** Which assumptions produced a figure: the answer to "where does this number come from?". */
export interface Provenance {
  readonly workloads: Readonly<Record<WorkloadId, readonly string[]>>;
  readonly waves: Readonly<Record<WaveId, readonly string[]>>;
  readonly program: readonly string[];
  /** Present when the project records actuals: the observed velocity behind the forecast. */
  readonly actuals?: ActualsEffect;
}

export interface Plan {
  readonly seed: number;
  readonly runs: number;
  readonly issues: readonly PlanIssue[];
  readonly moveGroups: readonly MoveGroup[];
  /** The landing zones and the platform workloads rebuilt in them (they join no wave). */
  readonly foundation: Foundation;
  readonly waves: readonly Wave[];
  /** Retired and retained workloads: they join no wave. */
  readonly excluded: readonly WorkloadId[];
  readonly estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>;
  readonly schedule: Schedule;
  readonly simulation: SimulationResult;
  readonly crossCloudLinks: readonly CrossCloudLink[];
  readonly risks: readonly Risk[];
  readonly cost: CostSummary;
  readonly provenance: Provenance;
}

// ---- sensitivity (shared/plan/sensitivity.ts) ------------------------------------------------

/** The deterministic plan re-run with one assumption changed: where the program end lands. */
export interface SensitivityShift {
  /** The value the assumption was set to (current x (1 - delta) or x (1 + delta), days rounded). */
  readonly value: number;
  /** Planned program end with that value. */
  readonly end: IsoDate;
  /** Working days later (positive) or earlier (negative) than the planned end. */
  readonly workingDays: number;
  /** Calendar days later (positive) or earlier (negative) than the planned end. */
  readonly calendarDays: number;
}

/** How far the planned end moves when one assumption goes down and up by `delta`. */
export interface AssumptionSensitivity {
  readonly assumptionId: string;
  /** The value the plan uses now (the project's, else the default). */
  readonly value: number;
  readonly unit: string;
  readonly lower: SensitivityShift;
  readonly higher: SensitivityShift;
}

/** One-at-a-time sensitivity of the planned program end, largest shift first. */
export interface SensitivityResult {
  /** Relative change applied each way (0.2 = -20% and +20%). */
  readonly delta: number;
  /** The planned program end with every assumption as it is (the plan's `schedule.end`). */
  readonly baseEnd: IsoDate;
  readonly assumptions: readonly AssumptionSensitivity[];
}

// ---- outage simulation -----------------------------------------------------------------------

export type OutageFailure =
  | { readonly type: 'identity'; readonly provider: string }
  | { readonly type: 'region'; readonly provider: string; readonly region: string }
  | { readonly type: 'service'; readonly serviceId: string };

export interface OutageImpact {
  readonly workloadId: WorkloadId;
  /** The chain from the failed thing to this workload, first to last. */
  readonly via: readonly WorkloadId[];
}

export interface OutageResult {
  readonly failure: OutageFailure;
  /** -1 = before the move; n = after wave n has cut over. */
  readonly atWave: number;
  readonly stopped: readonly OutageImpact[];
  readonly degraded: readonly OutageImpact[];
  readonly unaffected: readonly WorkloadId[];
}

export type { Criticality, Strategy };

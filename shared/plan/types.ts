/**
 * The Plan: everything derived from a Project by `planProject`. Never stored in the project file;
 * the same file and seed always give the same Plan. Dates are ISO yyyy-mm-dd calendar dates.
 *
 * Texts meant for people come twice: an English `title`/`message` (CLI, exports) and a `code`
 * with `params`, which the app translates.
 */
import type { JsonPath } from '../model/locate';
import type { Criticality, DependencyKind, Strategy, TargetProvider } from '../model/vocabulary';

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
}

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
}

export interface WorkloadEstimate {
  readonly workloadId: WorkloadId;
  /** Person-days. */
  readonly effort: ThreePoint;
  readonly factors: readonly EstimateFactor[];
  readonly portability: 'config-only' | 'data-config' | 'refactor' | 'none';
  readonly targetProvider: TargetProvider;
  readonly targetService: string;
  /** Elapsed hours to move the data online. */
  readonly transferHours: number;
  /** True past `transfer.offlineThresholdDays`: ship disks instead. */
  readonly offlineTransferSuggested: boolean;
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

/** A wave before it has dates: which workloads move together in which order. */
export interface WaveDraft {
  readonly id: WaveId;
  /** 0 is the pilot. */
  readonly index: number;
  readonly name: string;
  readonly isPilot: boolean;
  readonly workloadIds: readonly WorkloadId[];
  readonly moveGroupIds: readonly MoveGroupId[];
  readonly teamIds: readonly string[];
  readonly runbook: readonly RunbookStep[];
}

export interface Wave extends WaveDraft {
  readonly effort: ThreePoint;
  readonly dataGb: number;
  readonly transferHours: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly cutover: { readonly start: IsoDate; readonly end: IsoDate };
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
}

// ---- 6. schedule -----------------------------------------------------------------------------

export type ProgramPhaseKind = 'assess' | 'foundation' | 'pilot' | 'wave' | 'hypercare' | 'decommission' | 'compliance';

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
}

export interface Milestone {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly date: IsoDate;
}

export interface Schedule {
  readonly start: IsoDate;
  /** End with likely efforts (the deterministic plan). */
  readonly end: IsoDate;
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
  readonly phases: readonly ProgramPhase[];
  readonly milestones: readonly Milestone[];
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

export interface SimulationResult {
  readonly seed: number;
  readonly runs: number;
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
  readonly histogram: readonly HistogramBin[];
  readonly waves: readonly { readonly waveId: WaveId; readonly p50End: IsoDate; readonly p80End: IsoDate; readonly p95End: IsoDate }[];
  /** Program phase ids on the critical path, first to last. */
  readonly criticalPath: readonly string[];
  readonly spreadDrivers: readonly SpreadDriver[];
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

export interface Risk {
  readonly id: string;
  readonly code: string;
  readonly severity: RiskSeverity;
  readonly params: TextParams;
  readonly title: string;
  readonly detail: string;
  readonly mitigation: string;
  readonly workloadIds: readonly WorkloadId[];
}

// ---- cost and provenance ---------------------------------------------------------------------

export interface WaveCost {
  readonly waveId: WaveId;
  readonly labour: number;
  readonly dualRunning: number;
}

export interface CostSummary {
  readonly currency: string;
  /** Person-days x day rate, with likely efforts. */
  readonly labour: number;
  /** Both bills running from each workload's cutover to the source decommission. */
  readonly dualRunning: number;
  readonly sourceMonthly: number;
  readonly targetMonthly: number;
  readonly crossCloudEgress: number;
  readonly total: number;
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

/**
 * Every default the estimator uses, with its unit and where the figure comes from.
 * A project carries its own copy (edited by the user); `resolveAssumptions` fills any
 * key a file lacks from here, so older files keep planning with today's defaults.
 * Sources: ../docs/planning-model.md (the project's living copy of the planning model).
 */
export interface AssumptionDefault {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
}

const MODEL = 'Decamp planning model';
const PERT = 'PERT three-point estimate (Malcolm et al., 1959)';
const AWS_PORTFOLIO = 'AWS Prescriptive Guidance, portfolio prioritization (relative effort by strategy)';

export const DEFAULT_ASSUMPTIONS = {
  // Effort base per strategy, person-days for a medium, complexity-3 workload.
  'effort.base.rehost': { value: 2, unit: 'person-days', source: `${AWS_PORTFOLIO}; weight 10, scaled so a medium rehosted VM is 2-3 person-days; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.base.relocate': { value: 1.2, unit: 'person-days', source: `${MODEL}: relocation moves images unchanged, cheaper than rehost; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.base.repurchase': { value: 2, unit: 'person-days', source: `${AWS_PORTFOLIO}; weight 30; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.base.replatform': { value: 2.25, unit: 'person-days', source: `${AWS_PORTFOLIO}; weight 40; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.base.refactor': { value: 4, unit: 'person-days', source: `${AWS_PORTFOLIO}; weight 70; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.base.retire': { value: 0.5, unit: 'person-days', source: `${MODEL}: archive data, remove references` },
  'effort.base.retain': { value: 0, unit: 'person-days', source: `${MODEL}: stays on the source` },

  // Multipliers.
  'effort.complexity.1': { value: 0.6, unit: 'factor', source: `${MODEL}: complexity 1 of 5` },
  'effort.complexity.2': { value: 0.8, unit: 'factor', source: `${MODEL}: complexity 2 of 5` },
  'effort.complexity.3': { value: 1.0, unit: 'factor', source: `${MODEL}: complexity 3 of 5` },
  'effort.complexity.4': { value: 1.4, unit: 'factor', source: `${MODEL}: complexity 4 of 5` },
  'effort.complexity.5': { value: 2.0, unit: 'factor', source: `${MODEL}: complexity 5 of 5` },
  'effort.portability.config-only': { value: 1.0, unit: 'factor', source: `${MODEL}: equivalent service, configuration only` },
  'effort.portability.data-config': { value: 1.3, unit: 'factor', source: `${MODEL}: equivalent service, data and configuration move` },
  'effort.portability.refactor': { value: 1.6, unit: 'factor', source: `${MODEL}: equivalent needs code changes; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.portability.none': { value: 3.0, unit: 'factor', source: `${MODEL}: no equivalent on the target` },
  'effort.criticality.low': { value: 1.0, unit: 'factor', source: `${MODEL}: basic testing` },
  'effort.criticality.medium': { value: 1.1, unit: 'factor', source: `${MODEL}: regression testing; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.criticality.high': { value: 1.15, unit: 'factor', source: `${MODEL}: rehearsal and rollback plan; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  // A second provider: another landing, pipeline and runbook, data replicated across providers, failover rehearsed.
  'effort.multiTarget.active-active': { value: 1.6, unit: 'factor', source: `${MODEL}: a second full deployment with two-way data replication and traffic steering; AWS DR whitepaper (2021) ranks multi-site active/active the most complex strategy` },
  'effort.multiTarget.active-passive': { value: 1.3, unit: 'factor', source: `${MODEL}: a second deployment kept warm, one-way replication and a rehearsed failover` },
  'effort.criticality.mission-critical': { value: 1.3, unit: 'factor', source: `${MODEL}: repeated rehearsals, reverse sync, two go/no-go points; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  // Kind of workload: what moves with it besides configuration (data validation, state, wiring).
  'effort.kind.compute': { value: 1.0, unit: 'factor', source: `${MODEL}: the reference kind (a VM or instance group)` },
  'effort.kind.container': { value: 0.85, unit: 'factor', source: `${MODEL}: images move as-is; manifests, ingress and registry wiring change; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.kind.serverless': { value: 1.0, unit: 'factor', source: `${MODEL}: code moves; triggers and permissions are rebuilt` },
  'effort.kind.database': { value: 1.2, unit: 'factor', source: `${MODEL}: schema and data validation, full + incremental sync, cutover rehearsal (AWS DMS best practices); calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.kind.cache': { value: 0.8, unit: 'factor', source: `${MODEL}: usually re-warmed rather than migrated` },
  'effort.kind.storage': { value: 1.1, unit: 'factor', source: `${MODEL}: bulk copy plus checksum verification` },
  'effort.kind.queue': { value: 0.9, unit: 'factor', source: `${MODEL}: drain and re-point producers and consumers` },
  'effort.kind.network': { value: 0.5, unit: 'factor', source: `${MODEL}: addressing, routing and firewall rules are redesigned, not copied; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.kind.security': { value: 0.6, unit: 'factor', source: `${MODEL}: identities, keys and policies are re-created and re-audited; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.kind.observability': { value: 0.7, unit: 'factor', source: `${MODEL}: dashboards and alerts re-pointed; history is usually archived` },
  'effort.kind.analytics': { value: 1.2, unit: 'factor', source: `${MODEL}: pipelines, jobs and large tables are re-validated end to end; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.kind.iot': { value: 1.2, unit: 'factor', source: `${MODEL}: device endpoints and certificates must be re-provisioned in the field; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.kind.other': { value: 1.0, unit: 'factor', source: `${MODEL}: no adjustment` },
  'effort.size.perDoublingInstances': { value: 0.15, unit: 'factor per doubling', source: `${MODEL}: effort grows with log2 of instance count; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'effort.size.perTenfoldDataGb': { value: 0.15, unit: 'factor per 10x GB over 100 GB', source: `${MODEL}: verification and sync effort grow with log10 of data volume` },
  'effort.optimisticRatio': { value: 0.8, unit: 'x likely', source: PERT },
  'effort.pessimisticRatio': { value: 1.5, unit: 'x likely', source: PERT },
  'effort.pessimisticRatioRefactor': { value: 2.5, unit: 'x likely', source: `${PERT}; wider tail for refactor and no-equivalent` },

  // Data transfer.
  'transfer.bandwidthMbps': { value: 1000, unit: 'Mbit/s', source: `${MODEL}: a dedicated 1 Gbps line to the target` },
  'transfer.efficiency': { value: 0.8, unit: 'ratio', source: `${MODEL}: 70-80% of line rate in practice (AWS Snow Family sizing guidance)` },
  'transfer.offlineThresholdDays': { value: 7, unit: 'days', source: `${MODEL}: past a week online, an offline appliance is usually faster` },
  'transfer.offlineApplianceDays': { value: 10, unit: 'working days', source: 'AWS Snowball / Alibaba Data Transport: order, ship, load, return and import, about two weeks end to end' },

  // Teams and calendar.
  'team.focusFactor': { value: 0.7, unit: 'ratio', source: `${MODEL}: share of a working day spent on the migration` },
  'team.parallelWorkloadsPerEngineer': { value: 1, unit: 'workloads', source: `${MODEL}: one workload in flight per engineer` },

  // Program phases, in working days.
  'phase.assess.minDays': { value: 5, unit: 'working days', source: `${MODEL}: assess 2-4 weeks, scales with workload count; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'phase.assess.maxDays': { value: 15, unit: 'working days', source: `${MODEL}: assess 2-4 weeks; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'phase.foundation.minDays': { value: 10, unit: 'working days', source: `${MODEL}: landing zone 3-6 weeks; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'phase.foundation.maxDays': { value: 30, unit: 'working days', source: `${MODEL}: landing zone 3-6 weeks` },
  'phase.foundation.overlapDays': { value: 10, unit: 'working days', source: `${MODEL}: foundation starts in the last week of assess; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'phase.pilot.minDays': { value: 5, unit: 'working days', source: `${MODEL}: pilot 2-4 weeks; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'phase.pilot.maxWorkloads': { value: 5, unit: 'workloads', source: `${MODEL}: 1-5 low-criticality workloads` },
  'phase.wave.minDays': { value: 10, unit: 'working days', source: `${MODEL}: waves 2-6 weeks` },
  'phase.wave.maxDays': { value: 30, unit: 'working days', source: `${MODEL}: waves 2-6 weeks` },
  'phase.wave.maxWorkloads': { value: 25, unit: 'workloads', source: `${MODEL}: a wave a team can rehearse and cut over together` },
  'phase.scale.workloadsAtMin': { value: 10, unit: 'workloads', source: `${MODEL}: estates this small get the minimum assess, foundation and decommission durations` },
  'phase.scale.workloadsAtMax': { value: 200, unit: 'workloads', source: `${MODEL}: estates this large get the maximum durations (log scale in between)` },
  'phase.foundation.perExtraTarget': { value: 0.25, unit: 'share of the min-max range', source: `${MODEL}: each further target provider needs its own landing zone` },
  'phase.hypercare.days': { value: 10, unit: 'working days', source: `${MODEL}: 2 weeks after each cutover` },
  'phase.decommission.minDays': { value: 5, unit: 'working days', source: `${MODEL}: decommission 2-4 weeks; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'phase.decommission.maxDays': { value: 15, unit: 'working days', source: `${MODEL}: decommission 2-4 weeks; calibrated on the embedded samples (docs/planning-engine.md, calibration)` },
  'phase.dnsTtlLeadDays': { value: 5, unit: 'working days', source: `${MODEL}: lower DNS TTL a week before cutover` },

  // China compliance gates.
  'compliance.icpFilingDays': { value: 20, unit: 'working days', source: 'MIIT ICP filing: about 20 working days of authority review' },
  'compliance.mlpsAssessmentDays': { value: 30, unit: 'working days', source: 'MLPS 2.0 (GB/T 22239-2019) re-assessment of the new environment' },
  'compliance.crossBorderAssessmentDays': { value: 45, unit: 'working days', source: 'CAC security assessment for outbound data under PIPL: 45 working days review' },
  'compliance.optimisticRatio': { value: 0.75, unit: 'x likely duration', source: `${MODEL}: reviews with complete materials often return before the statutory limit (ICP: 20 working days is the provincial authority's maximum)` },
  'compliance.pessimisticRatio': { value: 2.0, unit: 'x likely duration', source: `${MODEL}: filings sent back for corrections restart the review, and the CAC clock stops while supplements are requested, so a gate can take about twice its nominal time` },

  // Uncertainty.
  'simulation.runs': { value: 2000, unit: 'runs', source: `${MODEL}: live recomputation in the app` },
  'simulation.exportRuns': { value: 10000, unit: 'runs', source: `${MODEL}: exports` },
  'simulation.programSpread': { value: 0.1, unit: 'lognormal sigma', source: `${MODEL}: correlated slippage (onboarding, approvals)` },

  // Cost and cross-cloud.
  'cost.defaultDayRate': { value: 2000, unit: 'currency / person-day', source: `${MODEL}: used when a team has no day rate` },
  'cost.targetRunRatio': { value: 1.0, unit: 'x source monthly cost', source: `${MODEL}: target run cost when none is entered` },
  // A workload on two providers: the second copy's run cost, as a share of its target run cost.
  'cost.multiTarget.active-active': { value: 1.0, unit: 'x target monthly cost', source: 'AWS, Disaster Recovery of Workloads on AWS (2021): multi-site active/active runs full production capacity in each location' },
  'cost.multiTarget.active-passive': { value: 0.4, unit: 'x target monthly cost', source: `AWS, Disaster Recovery of Workloads on AWS (2021): a warm standby is a scaled-down but fully functional copy; ${MODEL}: 40% of production capacity` },
  'crossCloud.latencyMs': { value: 30, unit: 'ms round trip', source: `${MODEL}: typical inter-provider round trip within one metro area` },
  'crossCloud.egressPerGb': { value: 0.5, unit: 'currency / GB', source: 'Alibaba Cloud internet egress list price, order of magnitude (CNY 0.5-0.8/GB)' },
  'risk.largeDataGb': { value: 10000, unit: 'GB', source: `${MODEL}: 10 TB takes over a day at 1 Gbps` },
} as const satisfies Record<string, AssumptionDefault>;

export type AssumptionId = keyof typeof DEFAULT_ASSUMPTIONS;
export const ASSUMPTION_IDS = Object.keys(DEFAULT_ASSUMPTIONS) as AssumptionId[];

export function isAssumptionId(id: string): id is AssumptionId {
  return Object.prototype.hasOwnProperty.call(DEFAULT_ASSUMPTIONS, id);
}

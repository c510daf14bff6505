/**
 * Format 1 -> 2. Format 2 adds optional fields (a workload's `application` and `environment`, the
 * project's `platformTeam`, the `risks` register, the user's `waves`); none of them needs a value,
 * so a format-1 file is already valid in shape. What changes is the meaning of the assumptions a
 * format-1 file carries: Decamp 1 copied every default into each file, and 18 of those defaults had
 * been lowered until Decamp's own samples landed in their bands (docs/planning-engine.md,
 * calibration history). A value still equal to its format-1 default is dropped, so the file plans
 * with today's sourced defaults; a value the user changed is kept, as is every unknown id.
 */

/** The defaults Decamp 1 wrote into every file (shared/model/default-assumptions.ts at format 1). */
export const FORMAT_1_DEFAULTS: Readonly<Record<string, number>> = {
  'effort.base.rehost': 2,
  'effort.base.relocate': 1.2,
  'effort.base.repurchase': 2,
  'effort.base.replatform': 2.25,
  'effort.base.refactor': 4,
  'effort.base.retire': 0.5,
  'effort.base.retain': 0,
  'effort.complexity.1': 0.6,
  'effort.complexity.2': 0.8,
  'effort.complexity.3': 1,
  'effort.complexity.4': 1.4,
  'effort.complexity.5': 2,
  'effort.portability.config-only': 1,
  'effort.portability.data-config': 1.3,
  'effort.portability.refactor': 1.6,
  'effort.portability.none': 3,
  'effort.criticality.low': 1,
  'effort.criticality.medium': 1.1,
  'effort.criticality.high': 1.15,
  'effort.criticality.mission-critical': 1.3,
  'effort.kind.compute': 1,
  'effort.kind.container': 0.85,
  'effort.kind.serverless': 1,
  'effort.kind.database': 1.2,
  'effort.kind.cache': 0.8,
  'effort.kind.storage': 1.1,
  'effort.kind.queue': 0.9,
  'effort.kind.network': 0.5,
  'effort.kind.security': 0.6,
  'effort.kind.observability': 0.7,
  'effort.kind.analytics': 1.2,
  'effort.kind.iot': 1.2,
  'effort.kind.other': 1,
  'effort.size.perDoublingInstances': 0.15,
  'effort.size.perTenfoldDataGb': 0.15,
  'effort.optimisticRatio': 0.8,
  'effort.pessimisticRatio': 1.5,
  'effort.pessimisticRatioRefactor': 2.5,
  'transfer.bandwidthMbps': 1000,
  'transfer.efficiency': 0.8,
  'transfer.offlineThresholdDays': 7,
  'transfer.offlineApplianceDays': 10,
  'team.focusFactor': 0.7,
  'team.parallelWorkloadsPerEngineer': 1,
  'phase.assess.minDays': 5,
  'phase.assess.maxDays': 15,
  'phase.foundation.minDays': 10,
  'phase.foundation.maxDays': 30,
  'phase.foundation.overlapDays': 10,
  'phase.pilot.minDays': 5,
  'phase.pilot.maxWorkloads': 5,
  'phase.wave.minDays': 10,
  'phase.wave.maxDays': 30,
  'phase.wave.maxWorkloads': 25,
  'phase.scale.workloadsAtMin': 10,
  'phase.scale.workloadsAtMax': 200,
  'phase.foundation.perExtraTarget': 0.25,
  'phase.hypercare.days': 10,
  'phase.decommission.minDays': 5,
  'phase.decommission.maxDays': 15,
  'phase.dnsTtlLeadDays': 5,
  'compliance.icpFilingDays': 20,
  'compliance.mlpsAssessmentDays': 30,
  'compliance.crossBorderAssessmentDays': 45,
  'compliance.optimisticRatio': 0.75,
  'compliance.pessimisticRatio': 2,
  'simulation.runs': 2000,
  'simulation.exportRuns': 10000,
  'simulation.programSpread': 0.1,
  'cost.defaultDayRate': 2000,
  'cost.targetRunRatio': 1,
  'crossCloud.latencyMs': 30,
  'crossCloud.egressPerGb': 0.5,
  'risk.largeDataGb': 10000,
};

/**
 * Format-1 ids whose meaning changed, mapped to their format-2 successor when the user had changed
 * the value: the appliance's fixed two weeks became its logistics time (the copy now scales with the
 * volume, shared/plan/estimate.ts).
 */
const RENAMED: Readonly<Record<string, string>> = {
  'transfer.offlineApplianceDays': 'transfer.appliance.logisticsDays',
};

export function migrateFormat1(doc: Record<string, unknown>): Record<string, unknown> {
  const assumptions = doc.assumptions;
  if (!Array.isArray(assumptions)) return doc;
  const kept: unknown[] = [];
  for (const a of assumptions) {
    if (a === null || typeof a !== 'object' || Array.isArray(a)) {
      kept.push(a); // the schema reports it where it is
      continue;
    }
    const entry = a as Record<string, unknown>;
    const id = entry.id;
    if (typeof id === 'string' && Object.prototype.hasOwnProperty.call(FORMAT_1_DEFAULTS, id) && entry.value === FORMAT_1_DEFAULTS[id]) continue;
    const renamed = typeof id === 'string' ? RENAMED[id] : undefined;
    kept.push(renamed ? { ...entry, id: renamed } : entry);
  }
  return { ...doc, assumptions: kept };
}

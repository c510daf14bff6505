/**
 * Provenance: for every workload, wave and the program, the assumption ids behind its figures.
 * The UI shows them next to each number; an export lists them with their values and sources.
 */
import type { Project } from '../model/schema';
import type { ComplianceTask } from './schedule';
import type { ActualsEffect, Provenance, WaveDraft, WaveId, WorkloadEstimate, WorkloadId } from './types';

/** Ids every wave's dates and cost depend on, besides its workloads' own. */
const WAVE_IDS = [
  'team.focusFactor',
  'team.hypercareShare',
  'phase.hypercare.criticalDays',
  'phase.hypercare.productionDays',
  'phase.hypercare.nonProductionDays',
  'phase.wave.maxDays',
  'phase.wave.maxWorkloads',
  'phase.optimisticRatio',
  'phase.pessimisticRatio',
  'discovery.growthLow',
  'discovery.growthLikely',
  'discovery.growthHigh',
  'cost.defaultDayRate',
  'simulation.programSpread',
  'simulation.teamSpread',
] as const;

/** Ids the program frame, the simulation and the cost totals read. */
const PROGRAM_IDS = [
  'phase.assess.baseDays',
  'phase.assess.daysPerApplication',
  'phase.assess.unmappedFactor',
  'phase.assess.maxDays',
  'phase.foundation.daysPerProvider',
  'phase.foundation.sharedAccountsPerProvider',
  'phase.foundation.daysPerAccount',
  'phase.foundation.daysPerRegion',
  'phase.foundation.daysPerIdentityIntegration',
  'phase.foundation.personDaysPerTarget',
  'phase.foundation.extraTargetShare',
  'phase.foundation.overlapDays',
  'phase.pilot.lessonsDays',
  'phase.pilot.maxWorkloads',
  'phase.wave.protectedWaves',
  'phase.decommission.personDaysPerDataStore',
  'phase.decommission.personDaysPerWorkload',
  'phase.optimisticRatio',
  'phase.pessimisticRatio',
  'team.hypercareShare',
  'transfer.efficiencyLow',
  'transfer.efficiencyHigh',
  'simulation.runs',
  'simulation.programSpread',
  'simulation.teamSpread',
  'cost.defaultDayRate',
  'cost.targetRunRatio',
  'crossCloud.latencyMs',
  'crossCloud.egressPerGb',
] as const;

/** Ids behind the simulated spread of compliance gates. */
const COMPLIANCE_SPREAD_IDS = ['compliance.optimisticRatio', 'compliance.pessimisticRatio'] as const;

export function buildProvenance(
  project: Project,
  waves: readonly WaveDraft[],
  estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>,
  compliance: readonly ComplianceTask[],
  actuals?: ActualsEffect,
): Provenance {
  const workloads: Record<WorkloadId, readonly string[]> = {};
  for (const w of project.workloads) workloads[w.id] = estimates[w.id]?.assumptionIds ?? [];
  const byWave: Record<WaveId, readonly string[]> = {};
  for (const wave of waves) {
    // A wave's shortest length: its users' smoke test (dev/test), or its change approval, TTL lead and notice.
    const minimum = wave.environment === 'production' ? ['phase.cutover.changeApprovalDays', 'phase.dnsTtlLeadDays', 'phase.cutover.noticeDays'] : ['phase.cutover.nonProductionDays'];
    const ids = new Set<string>([...WAVE_IDS, ...minimum]);
    for (const id of wave.workloadIds) for (const a of estimates[id]?.assumptionIds ?? []) ids.add(a);
    for (const c of compliance) ids.add(c.assumptionId);
    if (compliance.length > 0) for (const id of COMPLIANCE_SPREAD_IDS) ids.add(id);
    byWave[wave.id] = [...ids].sort();
  }
  const program = new Set<string>(PROGRAM_IDS);
  for (const c of compliance) program.add(c.assumptionId);
  if (compliance.length > 0) for (const id of COMPLIANCE_SPREAD_IDS) program.add(id);
  const base = { workloads, waves: byWave, program: [...program].sort() };
  return actuals ? { ...base, actuals } : base;
}

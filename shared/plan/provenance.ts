/**
 * Provenance: for every workload, wave and the program, the assumption ids behind its figures.
 * The UI shows them next to each number; an export lists them with their values and sources.
 */
import type { Project } from '../model/schema';
import type { ComplianceTask } from './schedule-build';
import type { ActualsEffect, Provenance, WaveDraft, WaveId, WorkloadEstimate, WorkloadId } from './types';

/** Ids every wave's dates and cost depend on, besides its workloads' own. */
const WAVE_IDS = ['team.focusFactor', 'phase.hypercare.days', 'transfer.offlineApplianceDays', 'cost.defaultDayRate'] as const;

/** Ids the program frame, the simulation and the cost totals read. */
const PROGRAM_IDS = [
  'phase.scale.workloadsAtMin',
  'phase.scale.workloadsAtMax',
  'phase.assess.minDays',
  'phase.assess.maxDays',
  'phase.foundation.minDays',
  'phase.foundation.maxDays',
  'phase.foundation.overlapDays',
  'phase.foundation.perExtraTarget',
  'phase.pilot.minDays',
  'phase.wave.minDays',
  'phase.hypercare.days',
  'phase.decommission.minDays',
  'phase.decommission.maxDays',
  'simulation.runs',
  'simulation.programSpread',
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
    const ids = new Set<string>([...WAVE_IDS, wave.isPilot ? 'phase.pilot.minDays' : 'phase.wave.minDays']);
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

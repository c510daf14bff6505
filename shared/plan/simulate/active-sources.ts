/** The sources of uncertainty that can vary on a model: a source with nothing to vary is no driver. */
import type { Assumptions } from '../assumptions';
import type { ScheduleModel } from '../schedule';
import { discoveryRange, type UncertaintySource } from './sources';

/** Which sources can vary at all on this model (a source with nothing to vary is no driver). */
export function activeSources(model: ScheduleModel, a: Assumptions): Set<UncertaintySource> {
  const out = new Set<UncertaintySource>();
  if (model.workloadIds.length > 0) out.add('effort');
  if (a.value('simulation.programSpread') > 0) out.add('program');
  if (a.value('simulation.teamSpread') > 0 && model.teamCount > 0) out.add('teams');
  out.add('assess');
  out.add('foundation');
  if (model.waveCount > 0) out.add('wave-minimums');
  if (model.onlineDays.some((d) => d > 0)) out.add('transfer');
  if (model.hypercareDays.some((d) => d > 0)) out.add('hypercare');
  out.add('decommission');
  if (model.complianceIds.length > 0) out.add('compliance');
  if (discoveryRange(a).high > 0 && model.partUnconfirmed.some((s) => s > 0)) out.add('discovery');
  const leadSources = ['lead-hardware', 'lead-line', 'lead-accounts', 'lead-signoff'] as const;
  for (let l = 0; l < model.leadIds.length; l++) if (model.leadPessimistic[l]! > model.leadOptimistic[l]!) out.add(leadSources[model.leadKind[l]!] ?? 'lead-accounts');
  // Drills vary when one can fail, or when their length is drawn (a phase ratio's spread).
  const drillsVary = a.value('rehearsal.failProbability') > 0 || (a.value('rehearsal.drillDays') > 0 && a.value('phase.pessimisticRatio') > a.value('phase.optimisticRatio'));
  if (drillsVary && model.rehearsalDrills.some((d) => d > 0)) out.add('rehearsals');
  return out;
}

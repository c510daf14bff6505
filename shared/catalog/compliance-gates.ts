/**
 * Which Chinese compliance gates a move must pass, from the project's statements (does it serve
 * mainland domains, its MLPS level, does personal data leave the mainland) and the regions each
 * workload moves between:
 * - ICP filing: a mainland domain must be filed with the provider that hosts it (the access
 *   provider), so the gate applies only where a workload moves to a new provider in mainland China.
 *   A move within one provider, or out of the mainland (Hong Kong, Singapore), needs no new filing.
 * - MLPS 2.0 (等保) re-assessment: the new environment is assessed where it is in mainland China.
 * - PIPL cross-border assessment: personal data leaves mainland China, i.e. a workload that holds
 *   data moves from a mainland region to one outside it. The project's statement holds unless the
 *   regions say otherwise: the gate is dropped only when every data-holding workload's source and
 *   target regions are given (not defaulted) and none leaves. When regions show data leaving but
 *   the project has not said it holds personal data, the gate does not apply and a warning asks.
 * Each answer carries its reason in English with a code and params, like the engine's texts.
 */

import type { ComplianceGate } from '../model/vocabulary';
import { catalogEntry, providerName } from './index';
import { type Estate, sourceProviderOf, targetProviderOf, workloadJurisdictions } from './placement';

export interface GateAnswer {
  readonly gate: ComplianceGate;
  readonly applies: boolean;
  /** Why, in English. */
  readonly reason: string;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface ComplianceGates {
  readonly icp: GateAnswer;
  readonly mlps: GateAnswer;
  readonly pipl: GateAnswer;
  /** Data leaves mainland China though the project says no personal data does: worth a look. */
  readonly crossBorderUnflagged: { readonly workloads: readonly string[] } | null;
}

const moving = (project: Estate) => project.workloads.filter((w) => w.strategy !== 'retire' && w.strategy !== 'retain');
const list = (ids: readonly string[]) => (ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`);

const CACHE = new WeakMap<Estate, ComplianceGates>();

export function complianceGates(project: Estate): ComplianceGates {
  const hit = CACHE.get(project);
  if (hit) return hit;
  const c = project.project.compliance;
  const moves = moving(project).map((w) => ({ w, where: workloadJurisdictions(w, project), from: sourceProviderOf(w, project), to: targetProviderOf(w, project) }));

  const newMainlandHost = moves.filter((m) => m.where.target === 'cn' && m.to !== m.from);
  const hostNames = [...new Set(newMainlandHost.map((m) => providerName(m.to)))];
  const icp: GateAnswer = !c.icpFiling
    ? { gate: 'icp', applies: false, reason: 'The project serves no mainland China domain that needs an ICP filing.', code: 'icp-not-in-scope', params: {} }
    : newMainlandHost.length > 0
      ? { gate: 'icp', applies: true, reason: `${newMainlandHost.length} workloads move to a new provider in mainland China (${hostNames.join(', ')}), so the mainland domains are filed again with it.`, code: 'icp-new-host', params: { workloads: newMainlandHost.length, providers: hostNames.join(', ') } }
      : { gate: 'icp', applies: false, reason: 'No workload moves to a new provider in mainland China: the domains keep their ICP filing (or are served from outside the mainland, where none is needed).', code: 'icp-no-new-host', params: {} };

  const intoMainland = moves.filter((m) => m.where.target === 'cn');
  const mlps: GateAnswer =
    c.mlpsLevel < 2
      ? { gate: 'mlps', applies: false, reason: c.mlpsLevel === 0 ? 'The system is not in MLPS scope.' : 'MLPS level 1 needs no assessment of the new environment.', code: 'mlps-not-in-scope', params: { level: c.mlpsLevel } }
      : intoMainland.length > 0
        ? { gate: 'mlps', applies: true, reason: `The new environment in mainland China is re-assessed at MLPS 2.0 level ${c.mlpsLevel} (${intoMainland.length} workloads land there).`, code: 'mlps-new-environment', params: { level: c.mlpsLevel, workloads: intoMainland.length } }
        : { gate: 'mlps', applies: false, reason: 'No workload lands in mainland China, so there is no new mainland environment to assess.', code: 'mlps-no-mainland-target', params: { level: c.mlpsLevel } };

  const holdsData = moves.filter((m) => catalogEntry(m.w.sourceService)?.traits.holds !== 'config');
  const leaving = holdsData.filter((m) => m.where.source === 'cn' && m.where.target !== 'cn').map((m) => m.w.id);
  const explicit = (m: (typeof moves)[number]) => m.w.region !== undefined && (m.w.target?.region !== undefined || project.project.targetRegions?.[m.to] !== undefined);
  const unknown = holdsData.filter((m) => !explicit(m));
  const pipl: GateAnswer = !c.crossBorderData
    ? { gate: 'pipl', applies: false, reason: 'The project holds no personal data that leaves mainland China.', code: 'pipl-not-in-scope', params: {} }
    : leaving.length > 0
      ? { gate: 'pipl', applies: true, reason: `Personal data leaves mainland China with ${list(leaving)}: a PIPL cross-border assessment gates the move.`, code: 'pipl-data-leaves', params: { workloads: leaving.length, names: list(leaving) } }
      : unknown.length > 0
        ? { gate: 'pipl', applies: true, reason: 'The project says personal data leaves mainland China, and the regions do not say otherwise: a PIPL cross-border assessment gates the move.', code: 'pipl-as-stated', params: { workloads: unknown.length } }
        : { gate: 'pipl', applies: false, reason: 'No workload that holds data moves out of mainland China (every source and target region is given), so no personal data crosses the border.', code: 'pipl-stays', params: {} };

  const result: ComplianceGates = { icp, mlps, pipl, crossBorderUnflagged: !c.crossBorderData && leaving.length > 0 ? { workloads: leaving } : null };
  CACHE.set(project, result);
  return result;
}

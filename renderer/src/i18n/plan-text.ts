/**
 * Texts the planner writes as `code` + `params`, translated through the `plan` namespace with the
 * engine's English as the fallback, so a code the catalogs do not know yet still reads well.
 */
import type { TFunction } from 'i18next';
import type { TextParams } from '../../../shared/plan/types';

export type PlanTextKind = 'risk' | 'riskDetail' | 'riskMitigation' | 'issue' | 'runbook' | 'milestone';

/** Params that name a workload: the planner passes its id, the user reads its name. */
const WORKLOAD_PARAMS = ['workload', 'from', 'to'] as const;

/** `names` maps a workload id to the name the user gave it; without it (or for an unknown id) the id is shown. */
export function planText(t: TFunction, kind: PlanTextKind, code: string, params: TextParams, english: string, names?: ReadonlyMap<string, string>): string {
  const named: Record<string, unknown> = { ...params };
  if (names) {
    for (const key of WORKLOAD_PARAMS) {
      const id = params[key];
      if (typeof id === 'string' && names.has(id)) named[key] = names.get(id);
    }
  }
  // A provider is named in the reader's language (华为云, not Huawei Cloud); the engine's English name is the fallback.
  if (typeof params.provider === 'string') named.providerName = t(`common:provider.${params.provider}`, { defaultValue: params.providerName ?? params.provider });
  return t(`plan:${kind}.${code}`, { ...named, defaultValue: english, interpolation: { escapeValue: false } });
}

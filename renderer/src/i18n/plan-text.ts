/**
 * Texts the planner writes as `code` + `params`, translated through the `plan` namespace with the
 * engine's English as the fallback, so a code the catalogs do not know yet still reads well.
 */
import type { TFunction } from 'i18next';
import type { TextParams } from '../../../shared/plan/types';

export type PlanTextKind = 'risk' | 'riskDetail' | 'riskMitigation' | 'issue' | 'runbook' | 'milestone';

export function planText(t: TFunction, kind: PlanTextKind, code: string, params: TextParams, english: string): string {
  return t(`plan:${kind}.${code}`, { ...params, defaultValue: english, interpolation: { escapeValue: false } });
}

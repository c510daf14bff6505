/**
 * Engine texts (issues, risks, runbook steps) as the user reads them: translated, with names where
 * the engine's params carry ids (workloads, pins, move groups, dependencies, teams) and the user's
 * or the translated name of every wave (shared/export/names.ts, paramNamer).
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { paramNamer } from '../../../../shared/export/names';
import type { TextParams } from '../../../../shared/plan/types';
import { planText, type PlanTextKind } from '../../i18n/plan-text';
import { useDecampStore, useShallow } from '../../store';
import { waveName } from './plan-labels';

export type PlanTextOf = (kind: PlanTextKind, code: string, params: TextParams, english: string) => string;

export function usePlanText(): PlanTextOf {
  const { t } = useTranslation(['plan', 'planviews']);
  const { project, plan } = useDecampStore(useShallow((s) => ({ project: s.project, plan: s.plan })));
  const named = useMemo(() => {
    const hasPilot = plan?.waves.some((w) => w.isPilot) ?? false;
    return paramNamer(project, plan, (w) => waveName(w, hasPilot, t));
  }, [project, plan, t]);
  return useCallback((kind, code, params, english) => planText(t, kind, code, named(params), english), [t, named]);
}

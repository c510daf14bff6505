/**
 * Engine texts (issues, risks, runbook steps) as the user reads them: translated, with names where
 * the engine's params carry ids (workloads, pins, move groups, dependencies, teams), the user's
 * or the translated name of every wave, lists of names written as the reader's language writes a
 * list, and catalog regions and preset freezes in the reader's language (shared/export/names.ts,
 * paramNamer).
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { paramNamer } from '../../../../shared/export/names';
import type { TextParams } from '../../../../shared/plan/types';
import { useListFormat } from '../../i18n/list';
import { planText, type PlanTextKind } from '../../i18n/plan-text';
import type { StoreApi, UseBoundStore } from 'zustand';
import { useDecampStore, useShallow, type DecampState } from '../../store';
import { waveName } from './plan-labels';
import { useCatalogWords } from './use-catalog-words';

export type PlanTextOf = (kind: PlanTextKind, code: string, params: TextParams, english: string) => string;

/** `store`: the store to read names from (the inventory's tests pass their own). */
export function usePlanText(store: UseBoundStore<StoreApi<DecampState>> = useDecampStore): PlanTextOf {
  const { t } = useTranslation(['plan', 'planviews']);
  const { project, plan } = store(useShallow((s) => ({ project: s.project, plan: s.plan })));
  const words = useCatalogWords();
  const list = useListFormat();
  const named = useMemo(() => {
    const hasPilot = plan?.waves.some((w) => w.isPilot) ?? false;
    return paramNamer(project, plan, (w) => waveName(w, hasPilot, t), words, list);
  }, [project, plan, t, words, list]);
  return useCallback((kind, code, params, english) => planText(t, kind, code, named(params), english), [t, named]);
}

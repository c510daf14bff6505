/**
 * Translations for documents, without the renderer's i18next instance.
 *
 * The words live in one place, the renderer's locale files (renderer/src/i18n/locales/<lng>/<ns>.json:
 * `export` for the documents' own words, `plan`, `common` and `assumptions` for the engine's codes and
 * the vocabulary), so the Export dialog, the app and every document say the same thing and the parity
 * test covers them. shared/ never reads those files: callers hand the parsed JSON in as plain data
 * (the renderer from its bundle, the CLI from disk), and this module builds its own i18next instance
 * over it, so plurals and interpolation behave exactly as in the app.
 */
import i18next, { type TFunction } from 'i18next';
import type { RunbookStep, TextParams } from '../plan/types';
import { addCountFormat } from './count-format';
import { listFormatter, type ListFormatter } from './list';

export const EXPORT_LANGUAGES = ['en', 'zh-CN'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** Parsed locale files: language -> namespace -> nested keys. */
export type ExportMessages = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The namespaces a document reads. */
export const EXPORT_NAMESPACES = ['export', 'plan', 'common', 'assumptions', 'scenarios', 'target-date', 'catalog'] as const;

export interface ExportText {
  readonly lng: ExportLanguage;
  /** `t('export:section.summary')`, `t('common:strategy.rehost')`, with i18next params and plurals. */
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  /** An engine text (`risk`, `riskMitigation`, `milestone`, `issue`): translated, else the engine's English. */
  readonly planText: (kind: 'risk' | 'riskMitigation' | 'riskDetail' | 'milestone' | 'issue', code: string, params: TextParams, english: string) => string;
  /** A runbook step in the document's language; English is the engine's own title. */
  readonly stepText: (step: RunbookStep, workloadName: string, providerName: string) => string;
  /** A list of names in the document's language: "a, b, and c" / "甲、乙和丙" (shared/export/list.ts). */
  readonly list: ListFormatter;
}

export function createExportText(messages: ExportMessages, lng: ExportLanguage): ExportText {
  const instance = i18next.createInstance();
  const resources: Record<string, Record<string, unknown>> = {};
  for (const [language, namespaces] of Object.entries(messages)) resources[language] = { ...namespaces };
  void instance.init({
    resources: resources as never,
    lng,
    fallbackLng: 'en',
    ns: [...EXPORT_NAMESPACES],
    defaultNS: 'export',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  addCountFormat(instance);
  const tf = instance.t.bind(instance) as TFunction;
  const t = (key: string, params?: Readonly<Record<string, unknown>>) => String(tf(key, params as never));
  return {
    lng,
    t,
    list: listFormatter(lng),
    planText: (kind, code, params, english) => {
      // A provider is named in the document's language; the engine's English name is the fallback.
      const named = typeof params.provider === 'string' ? { ...params, providerName: String(tf(`common:provider.${params.provider}`, { defaultValue: params.providerName ?? params.provider } as never)) } : params;
      return String(tf(`plan:${kind}.${code}`, { ...named, defaultValue: english } as never));
    },
    stepText: (step, workloadName, providerName) => {
      if (lng === 'en') return step.title;
      return String(tf(`export:step.${stepKey(step)}`, { ...step.params, workload: workloadName, provider: providerName, service: step.params.service || providerName, defaultValue: step.title } as never));
    },
  };
}

/** `rehearse.2` shares one text; offline transfers have their own wording. */
function stepKey(step: RunbookStep): string {
  if (/^rehearse\.\d+$/.test(step.code)) return 'rehearse';
  if (step.params.offline === 1) return `${step.code}-offline`;
  return step.code;
}

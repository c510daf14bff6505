/**
 * i18next set up with every namespace found under locales/<lng>/<ns>.json (bundled, no network).
 * English is the fallback language: a key missing in Chinese shows English, never a raw key.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addCountFormat } from '../../../shared/export/count-format';

export const SUPPORTED_LOCALES = ['en', 'zh-CN'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

type Resources = Record<string, Record<string, Record<string, unknown>>>;

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

/** locales/<lng>/<ns>.json files as i18next resources. */
export function bundledResources(): Resources {
  const resources: Resources = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match as unknown as [string, string, string];
    (resources[lng] ??= {})[ns] = mod.default;
  }
  return resources;
}

/** The browser's language mapped to one we ship. */
export function systemLocale(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): SupportedLocale {
  return languages.some((l) => /^zh/i.test(l)) ? 'zh-CN' : 'en';
}

let initialised: Promise<I18n> | null = null;

export function initI18n(lng: SupportedLocale = 'en'): Promise<I18n> {
  initialised ??= (async () => {
    const resources = bundledResources();
    await i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'en',
      ns: Object.keys(resources.en ?? {}),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
    addCountFormat(i18next);
    return i18next;
  })();
  return initialised;
}

export { i18next };

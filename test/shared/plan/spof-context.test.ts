/**
 * A single point of failure's detail as the app shows it: the renderer translates the risk by its
 * code and params, and the `context` param picks the sentence (identity or not, counted over every
 * critical workload or over a sample of 256). Read through i18next from the English catalog, it must
 * say what the engine's own English says.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SPOF_SAMPLE } from '../../../shared/plan/single-points';
import { dep, makeProject, makeWorkload } from './arbitraries';
import { risksOf } from './risk-helpers';

const catalog = JSON.parse(readFileSync('renderer/src/i18n/locales/en/plan.json', 'utf8')) as Record<string, unknown>;
const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { plan: catalog } }, interpolation: { escapeValue: false }, showSupportNotice: false });

/** `apps` critical workloads that all stop when `hub` does. */
function hubEstate(identity: boolean, apps: number) {
  const ids = Array.from({ length: apps }, (_, k) => `app-${String(k).padStart(3, '0')}`);
  return makeProject({
    workloads: [
      identity ? makeWorkload('hub', { kind: 'security', sourceService: 'alibaba.ram' }) : makeWorkload('hub', { kind: 'database', sourceService: 'alibaba.rds' }),
      ...ids.map((id) => makeWorkload(id, { criticality: 'high' })),
    ],
    dependencies: ids.map((id) => dep(id, 'hub', { kind: identity ? 'auth' : 'sync' })),
  });
}

describe('a single point of failure read in the app', () => {
  // Over 256 critical workloads the count is over an evenly spaced sample of 256 of them.
  const cases = [
    { identity: true, apps: 300, context: 'identitySampled', reached: SPOF_SAMPLE, lead: 'About 100% of the critical workloads (256 of 256 sampled)' },
    { identity: true, apps: 3, context: 'identity', reached: 3, lead: '100% of the critical workloads (3 of 3)' },
    { identity: false, apps: 300, context: 'sampled', reached: SPOF_SAMPLE, lead: 'About 100% of the critical workloads (256 of 256 sampled)' },
    { identity: false, apps: 3, context: undefined, reached: 3, lead: '100% of the critical workloads (3 of 3)' },
  ] as const;

  it.each(cases)('identity $identity, $apps critical dependants: the $context sentence, as the engine writes it', ({ identity, apps, context, reached, lead }) => {
    const risk = risksOf(hubEstate(identity, apps)).find((r) => r.id === 'risk:single-point-of-failure:hub');
    expect(risk?.params).toMatchObject({ reached, of: reached, share: 100, sampled: apps > SPOF_SAMPLE ? 1 : 0 });
    expect(risk?.params.context).toBe(context);
    const shown = i18n.t('plan:riskDetail.single-point-of-failure', { ...risk!.params });
    expect(shown).toBe(risk!.detail);
    expect(shown.startsWith(`${lead} stop if hub stops`)).toBe(true);
    expect(shown.includes('Identity fails everywhere at once')).toBe(identity);
  });
});

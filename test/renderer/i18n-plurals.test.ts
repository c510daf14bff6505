/**
 * Counts read as English and Chinese do: "1 team", "2 teams", never "1 teams" or "0 error(s)". A text with {{count}} is an
 * i18next plural (`_one` / `_other` in English, `_other` in Chinese); a few place the number where no noun follows it.
 */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { bundledResources } from '../../renderer/src/i18n';

type Tree = { readonly [key: string]: string | Tree };

function strings(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : strings(v, `${prefix}${k}.`)));
}

/** Where the number stands alone ("Errors: 3", "5 · cutover 2027-03-01"): no noun to agree with. */
const NO_NOUN = new Set(['common:nav.errorCount', 'map:cluster.waveDetail']);
const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('counts in the catalogs', () => {
  const resources = bundledResources() as Record<string, Record<string, Tree>>;

  it.each(['en', 'zh-CN'])('%s: no "(s)" plurals, and every {{count}} text is a plural', (lng) => {
    const bad: string[] = [];
    for (const [ns, tree] of Object.entries(resources[lng] ?? {})) {
      for (const [key, text] of strings(tree)) {
        if (/\w\(s\)/.test(text)) bad.push(`${ns}:${key}: ${text}`);
        if (text.includes('{{count}}') && !PLURAL.test(key) && !NO_NOUN.has(`${ns}:${key}`)) bad.push(`${ns}:${key} has {{count}} but no plural forms`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('reads one and many in English, as the app renders them', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: bundledResources(), interpolation: { escapeValue: false } });
    const t = i18n.t.bind(i18n);
    expect(t('inventory:runbookStep.cutover.notify-dependants', { count: 1, workload: 'Orders DB' })).toBe('Agree the cutover window with the owner of the workload that stops if Orders DB does');
    expect(t('inventory:runbookStep.cutover.notify-dependants', { count: 3, workload: 'Orders DB' })).toContain('the 3 workloads that stop');
    const lead = t('issues:lead', { errors: t('issues:errors', { count: 0 }), warnings: t('issues:warnings', { count: 1 }), notes: t('issues:notes', { count: 2 }) });
    expect(lead).toBe('0 errors, 1 warning, 2 notes. Show takes you to the field.');
    expect(t('summary:lead', { workloads: t('summary:workloads', { count: 1, n: 1 }), waves: t('summary:waves', { count: 1, n: 1 }), start: 'x', runs: 500 })).toMatch(/^1 workload in 1 wave,/);
    expect(t('common:edit.teamHasWorkloads', { id: 'ops', count: 1 })).toBe('Team ops still owns a workload; move it first.');
  });
});

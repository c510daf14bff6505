/**
 * The default risk register reads in Chinese: with each sample planned and the app in zh-CN, the
 * Risks view's register (titles and mitigations) and tornado and the Summary's drivers show the
 * default entries in Chinese (no English word left), and a title the user edited shows as written.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RISK_TITLES } from '../../../shared/model';
import { SAMPLES } from '../../../shared/samples';
import { i18next } from '../../../renderer/src/i18n';
import { riskRegisterOf, useDecampStore } from '../../../renderer/src/store';
import { RisksView } from '../../../renderer/src/views/risks';
import { DateDrivers } from '../../../renderer/src/views/summary/DateDrivers';
import { openSampleAndPlan, waitForPlan } from './helpers';

/** Latin words a Chinese title keeps: ICP is what Chinese calls the filing. */
const KEPT = new Set(['ICP']);
const englishIn = (text: string) => (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !KEPT.has(w));

async function inChinese(id: (typeof SAMPLES)[number]['id']): Promise<void> {
  await openSampleAndPlan(id);
  await act(() => i18next.changeLanguage('zh-CN'));
  act(() => useDecampStore.getState().setLocale('zh-CN'));
}

describe('the default risk register in Chinese', () => {
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('en');
    useDecampStore.getState().setLocale('en');
  });

  it.each(SAMPLES.map((s) => s.id))('%s: no English title in the register, the tornado or the Summary drivers', async (id) => {
    await inChinese(id);
    const { project, plan } = useDecampStore.getState();
    const register = riskRegisterOf(project);
    expect(project.risks, 'the sample plans with the default register').toBeUndefined();
    expect(register.length).toBeGreaterThan(0);
    render(<RisksView />);
    const titles = [...screen.getByTestId('risk-register').querySelectorAll('.risk-title')].map((e) => e.textContent ?? '');
    expect(titles).toHaveLength(register.length);
    const english: string[] = [];
    for (const title of titles) if (englishIn(title).length > 0) english.push(`register: ${title}`);
    // The edit fields start from the same words: the title and the mitigation.
    const fields = [...screen.getByTestId('risk-register').querySelectorAll<HTMLInputElement>('input[type="text"]')].map((e) => e.value);
    expect(fields.length).toBeGreaterThanOrEqual(register.length);
    for (const field of fields) if (englishIn(field).length > 0) english.push(`field: ${field}`);
    // The tornado's rows for the register's risks (the full label is the row's tooltip).
    const riskRows = [...screen.getByTestId('tornado').querySelectorAll('.tornado-row[data-driver^="risk:"] title')].map((e) => e.textContent ?? '');
    for (const row of riskRows) if (englishIn(row).length > 0) english.push(`tornado: ${row}`);
    cleanup();
    render(<DateDrivers plan={plan!} locale="zh-CN" />);
    const riskDrivers = plan!.simulation.drivers.filter((d) => d.kind === 'risk' && d.daysAtP80 > 0).slice(0, 5);
    const cells = within(screen.getByTestId('date-drivers')).getAllByRole('row').slice(1).map((r) => r.querySelector('td')!.textContent ?? '');
    for (const cell of cells) if (englishIn(cell).length > 0) english.push(`drivers: ${cell}`);
    expect(english).toEqual([]);
    // What was checked holds the default titles, in Chinese.
    expect(titles.some((t) => Object.values(DEFAULT_RISK_TITLES).includes(t as never))).toBe(false);
    expect(riskRows.length + riskDrivers.length).toBeGreaterThan(0);
  }, 60_000);

  it('shows a title the user edited as written, in Chinese too', async () => {
    await inChinese('online-shop');
    const entry = riskRegisterOf(useDecampStore.getState().project)[0]!;
    act(() => {
      useDecampStore.getState().updateRisk(entry.id, { title: 'Our DBA team is on leave in May' });
    });
    await waitForPlan();
    render(<RisksView />);
    const row = screen.getByTestId('risk-register').querySelector(`[data-risk="${entry.id}"] .risk-title`)!;
    expect(row.textContent).toBe('Our DBA team is on leave in May');
  }, 60_000);
});

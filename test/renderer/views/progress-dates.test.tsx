/**
 * The progress form's and the exchange rate's dates are typed as YYYY-MM-DD (年-月-日 in Chinese),
 * not the browser's own date input (mm/dd/yyyy in an English Chromium whatever Decamp's language):
 * a date that cannot be read stays in its field with why, and nothing is saved past it.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressForm, type ProgressValue } from '../../../renderer/src/components/ProgressForm';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { useDecampStore } from '../../../renderer/src/store';
import { CurrencyEditor } from '../../../renderer/src/views/assumptions/CurrencyEditor';

/** Inputs a user can see and type into that are the browser's own date inputs. */
const nativeDates = (root: HTMLElement) => [...root.querySelectorAll('input[type="date"]')].filter((e) => e.getAttribute('aria-hidden') !== 'true');

describe('dates typed as YYYY-MM-DD', () => {
  beforeEach(async () => {
    await initI18n('en');
    await i18next.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('the progress form in Chinese: 年-月-日 fields, a refused date kept with why, saved once corrected', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((_: ProgressValue) => ({ ok: true }) as const);
    const { container } = render(<ProgressForm subject="试点" value={undefined} today="2027-05-03" onSave={onSave} />);
    expect(nativeDates(container)).toEqual([]);
    const start = screen.getByRole('textbox', { name: '实际开始' });
    const finish = screen.getByRole('textbox', { name: '实际完成' });
    expect(start).toHaveAttribute('placeholder', '年-月-日');
    expect(finish).toHaveAttribute('placeholder', '年-月-日');
    await user.type(start, '2027-02-30');
    await user.click(screen.getByRole('button', { name: '记录' }));
    expect(start).toHaveValue('2027-02-30');
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(start).toHaveAccessibleDescription('请按 年-月-日 填写日期，例如 2027-03-01。');
    expect(screen.getByText('有日期还无法识别：请按 年-月-日 填写后再保存。')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
    await user.clear(start);
    await user.type(start, '2027-03-01');
    await user.type(finish, '2027-04-09');
    await user.click(screen.getByRole('button', { name: '记录' }));
    expect(onSave).toHaveBeenLastCalledWith({ start: '2027-03-01', finish: '2027-04-09' });
    // Blocked: the date it has been blocked since starts at today, typed the same way.
    await user.click(screen.getByRole('checkbox', { name: '受阻' }));
    await user.type(screen.getByRole('textbox', { name: '原因' }), '等待 ICP 备案');
    const since = screen.getByRole('textbox', { name: '受阻起始日' });
    expect(since).toHaveValue('2027-05-03');
    expect(nativeDates(container)).toEqual([]);
    await user.clear(since);
    await user.type(since, '2027-04-20');
    await user.click(screen.getByRole('button', { name: '记录' }));
    expect(onSave).toHaveBeenLastCalledWith({ start: '2027-03-01', finish: '2027-04-09', blocked: { reason: '等待 ICP 备案', since: '2027-04-20' } });
  });

  it("the exchange rate's date in Chinese: 年-月-日, a refused one kept with why, the rate set with the corrected one", async () => {
    const user = userEvent.setup();
    const { container } = render(<CurrencyEditor />);
    const editor = screen.getByTestId('currency-editor');
    expect(nativeDates(container)).toEqual([]);
    const asOf = within(editor).getByRole('textbox', { name: '适用日期' });
    expect(asOf).toHaveAttribute('placeholder', '年-月-日');
    const currency = (within(editor).getAllByRole('combobox').at(-1) as HTMLSelectElement).value;
    await user.type(within(editor).getByRole('spinbutton'), '7.1');
    await user.type(within(editor).getByRole('textbox', { name: '来源' }), '中国人民银行中间价');
    await user.clear(asOf);
    await user.type(asOf, '2026-11-31');
    await user.click(within(editor).getByRole('button', { name: '设置汇率' }));
    expect(asOf).toHaveValue('2026-11-31');
    expect(within(editor).getByText('有日期还无法识别：请按 年-月-日 填写后再保存。')).toBeInTheDocument();
    expect(useDecampStore.getState().project.project.exchangeRates ?? []).toEqual([]);
    await user.clear(asOf);
    await user.type(asOf, '2026-11-30');
    await user.click(within(editor).getByRole('button', { name: '设置汇率' }));
    expect(useDecampStore.getState().project.project.exchangeRates).toEqual([{ currency, rate: 7.1, asOf: '2026-11-30', source: '中国人民银行中间价' }]);
  });
});

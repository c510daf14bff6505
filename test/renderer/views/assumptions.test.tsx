import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDecampStore } from '../../../renderer/src/store';
import { AssumptionsView } from '../../../renderer/src/views/assumptions';
import { assumptionRows } from '../../../renderer/src/views/assumptions/AssumptionTable';
import { openSampleAndPlan } from './helpers';

const value = (id: string) => useDecampStore.getState().project.assumptions.find((a) => a.id === id)?.value;

describe('Assumptions', () => {
  beforeEach(async () => {
    await openSampleAndPlan('online-shop');
  }, 30_000);

  it('lists every default with value, unit and source, and edits and resets one', async () => {
    const user = userEvent.setup();
    render(<AssumptionsView />);
    const rows = assumptionRows(useDecampStore.getState().project.assumptions);
    expect(rows.length).toBeGreaterThan(50);
    const input = screen.getByRole('spinbutton', { name: 'Value of Transfer bandwidth' });
    expect(input).toHaveValue(1000);
    const row = input.closest('tr')!;
    expect(within(row).getByText('Mbit/s')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '250{Enter}');
    expect(value('transfer.bandwidthMbps')).toBe(250);
    expect(within(row).getByText('default 1000')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset Transfer bandwidth to its default' }));
    expect(value('transfer.bandwidthMbps')).toBe(1000);
  });

  it('keeps a refused engineers value in the field with why beside it, and the store untouched', async () => {
    const user = userEvent.setup();
    render(<AssumptionsView />);
    const team = useDecampStore.getState().project.teams[0]!;
    const before = team.engineers;
    const engineers = screen.getByRole('spinbutton', { name: `Engineers in ${team.name}` });
    await user.clear(engineers);
    await user.type(engineers, '0{Enter}');
    expect(engineers).toHaveValue(0);
    expect(engineers).toHaveAttribute('aria-invalid', 'true');
    expect(engineers).toHaveAccessibleDescription('At least 1.');
    expect(screen.getByRole('alert')).toHaveTextContent('At least 1.');
    expect(useDecampStore.getState().project.teams[0]!.engineers).toBe(before);
    expect(useDecampStore.getState().lastEditError).toBeNull();
    await user.clear(engineers);
    await user.type(engineers, '2.5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('A whole number.');
    await user.keyboard('{Escape}');
    expect(engineers).toHaveValue(before);
    expect(engineers).not.toHaveAttribute('aria-invalid');
  });

  it('takes dates as YYYY-MM-DD whatever the browser language, refusing one that is not real', async () => {
    const user = userEvent.setup();
    render(<AssumptionsView />);
    const start = screen.getByRole('textbox', { name: 'Start date' });
    expect(start).toHaveValue(useDecampStore.getState().project.project.startDate);
    expect(start).toHaveAttribute('placeholder', 'YYYY-MM-DD');
    await user.clear(start);
    await user.type(start, '2027-02-30');
    await user.tab();
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(start).toHaveAccessibleDescription('Write the date as YYYY-MM-DD, for example 2027-03-01.');
    await user.clear(start);
    await user.type(start, '2027-03-01');
    await user.tab();
    expect(useDecampStore.getState().project.project.startDate).toBe('2027-03-01');
    expect(start).not.toHaveAttribute('aria-invalid');
  });

  it('shows the catalog holidays by their Chinese names in Chinese', async () => {
    const { i18next } = await import('../../../renderer/src/i18n');
    await i18next.changeLanguage('zh-CN');
    try {
      render(<AssumptionsView />);
      const names = useDecampStore.getState().project.calendar.holidays.map((h) => h.name);
      expect(names).toContain('Spring Festival');
      expect(screen.getAllByText('春节').length).toBeGreaterThan(0);
      expect(screen.queryByText('Spring Festival')).toBeNull();
      expect(screen.getByRole('textbox', { name: '开始日期' })).toHaveAttribute('placeholder', '年-月-日');
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('edits a team and adds a Spring Festival freeze for a chosen year', async () => {
    const user = userEvent.setup();
    render(<AssumptionsView />);
    const team = useDecampStore.getState().project.teams[0]!;
    const engineers = screen.getByRole('spinbutton', { name: `Engineers in ${team.name}` });
    await user.clear(engineers);
    await user.type(engineers, '12');
    await user.tab();
    expect(useDecampStore.getState().project.teams[0]!.engineers).toBe(12);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'spring-festival');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2028');
    await user.click(screen.getByRole('button', { name: 'Add freeze' }));
    expect(useDecampStore.getState().project.calendar.freezeWindows.at(-1)).toMatchObject({ preset: 'spring-festival', start: '2028-01-19', end: '2028-02-02' });
  });

  it('ignores a value that is not a number', async () => {
    const user = userEvent.setup();
    render(<AssumptionsView />);
    const input = screen.getByRole('spinbutton', { name: 'Value of Team focus' });
    await user.clear(input);
    await user.tab();
    expect(value('team.focusFactor') ?? 0.7).toBe(0.7);
  });
});

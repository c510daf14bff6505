import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18next } from '../../../renderer/src/i18n';
import { formatDate, formatMoney } from '../../../renderer/src/i18n/format';
import { useDecampStore } from '../../../renderer/src/store';
import { SummaryView } from '../../../renderer/src/views/summary';
import { openSampleAndPlan, waitForPlan } from './helpers';

describe('Summary', () => {
  beforeEach(async () => {
    await openSampleAndPlan('ecommerce-iot');
  }, 30_000);

  it('shows P50/P80/P95, the histogram, waves, risks, key dates and date drivers', () => {
    const plan = useDecampStore.getState().plan!;
    render(<SummaryView />);
    expect(screen.getByTestId('p50')).toHaveTextContent(formatDate(plan.simulation.p50End, 'en'));
    expect(screen.getByTestId('p80')).toHaveTextContent(formatDate(plan.simulation.p80End, 'en'));
    expect(screen.getByTestId('p95')).toHaveTextContent(formatDate(plan.simulation.p95End, 'en'));
    expect(screen.getByRole('img', { name: /simulated program end dates/i })).toBeInTheDocument();
    const waves = screen.getByRole('heading', { name: 'Waves' }).nextElementSibling as HTMLElement;
    expect(within(waves).getAllByRole('row')).toHaveLength(plan.waves.length + 1);
    expect(within(waves).getByRole('rowheader', { name: 'Pilot' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Top risks' })).toBeInTheDocument();
    expect(screen.getByText('Program complete')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What moves the date most' })).toBeInTheDocument();
    // The one-off cost at P80, as the documents state it, with P50 and the most likely schedule's beside it,
    // and the labour each holds: no total reads below the labour printed next to it.
    const money = (n: number) => formatMoney(n, useDecampStore.getState().project.project.currency, 'en');
    expect(screen.getByTestId('cost-p80')).toHaveTextContent(money(plan.cost.totalP80));
    expect(plan.cost.totalP80).toBeGreaterThanOrEqual(plan.cost.labourP80);
    const sub = screen.getByTestId('cost-p80').nextElementSibling!;
    expect(sub).toHaveTextContent(`At P50 ${money(plan.cost.totalP50)}; most likely schedule ${money(plan.cost.total)}. Labour ${money(plan.cost.labourP80)}, dual running ${money(plan.cost.dualRunning)}`);
  });

  it('says where the most likely schedule sits among the runs, and what widens the range by working days at P80', () => {
    const plan = useDecampStore.getState().plan!;
    render(<SummaryView />);
    const s = plan.schedule;
    expect(screen.getByTestId('deterministic-end')).toHaveTextContent(formatDate(s.deterministicEnd, 'en'));
    expect(screen.getByText(`${s.deterministicPercentile}% of runs finish by then; the P80 adds ${s.contingencyDays} working days of contingency`)).toBeInTheDocument();
    const drivers = within(screen.getByTestId('date-drivers')).getAllByRole('row').slice(1);
    const shown = plan.simulation.drivers.filter((d) => d.daysAtP80 > 0).slice(0, 5);
    expect(drivers).toHaveLength(shown.length);
    expect(drivers[0]).toHaveTextContent(`${shown[0]!.daysAtP80} working days`);
    // An uncertainty source reads in the app's words; the steps sum to the contingency (shown in the card).
    const total = plan.simulation.drivers.reduce((sum, d) => sum + d.daysAtP80, 0);
    expect(Math.abs(total - s.contingencyDays)).toBeLessThan(0.5 * plan.simulation.drivers.length);
  });

  it('re-renders with a later P50 when every workload is refactored', async () => {
    const before = useDecampStore.getState().plan!.simulation.p50End;
    render(<SummaryView />);
    act(() => {
      const ids = useDecampStore.getState().project.workloads.map((w) => w.id);
      useDecampStore.getState().bulkUpdateWorkloads(ids, { strategy: 'refactor' });
    });
    await waitForPlan();
    const after = useDecampStore.getState().plan!.simulation.p50End;
    expect(after > before).toBe(true);
    await waitFor(() => expect(screen.getByTestId('p50')).toHaveTextContent(formatDate(after, 'en')));
  }, 30_000);

  it('shows the five assumptions that move the end most, each -20% / +20% in days, linking to Assumptions', async () => {
    await waitFor(() => expect(useDecampStore.getState().sensitivityStatus).toBe('done'), { timeout: 20_000 });
    const result = useDecampStore.getState().sensitivity!;
    const user = userEvent.setup();
    render(<SummaryView />);
    const table = screen.getByTestId('assumption-sensitivity');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    // The mid-size sample's end moves most with team focus: less focus, later; more focus, earlier.
    const top = result.assumptions[0]!;
    expect(top.assumptionId).toBe('team.focusFactor');
    const first = rows[0]!;
    expect(within(first).getByRole('button', { name: 'Team focus' })).toBeInTheDocument();
    expect(first).toHaveTextContent('now 0.7 ratio');
    expect(first).toHaveTextContent(`−20% → ${top.lower.calendarDays} days later`);
    expect(first).toHaveTextContent(`+20% → ${-top.higher.calendarDays} days earlier`);
    rows.forEach((row, i) => expect(within(row).getByRole('button')).toHaveTextContent(i18next.t(`assumptions:name.${result.assumptions[i]!.assumptionId}`)));
    expect(screen.getByTestId('date-drivers')).toBeInTheDocument();

    await user.click(within(first).getByRole('button', { name: 'Team focus' }));
    expect(useDecampStore.getState().view).toBe('assumptions');
  }, 30_000);

  it('says it is working out the sensitivity, keeps the previous one while updating, and explains a skip', () => {
    const done = useDecampStore.getState();
    act(() => useDecampStore.setState({ sensitivity: null, sensitivityStatus: 'computing', sensitivityNote: null }));
    const { rerender } = render(<SummaryView />);
    expect(screen.getByText('Working out which assumptions move the date…')).toBeInTheDocument();

    act(() => useDecampStore.setState({ sensitivity: done.sensitivity ?? { delta: 0.2, baseEnd: done.plan!.schedule.end, assumptions: [] }, sensitivityStatus: 'computing' }));
    rerender(<SummaryView />);
    expect(screen.getByText('Updating for the latest change…')).toBeInTheDocument();

    act(() => useDecampStore.setState({ sensitivity: null, sensitivityStatus: 'skipped', sensitivityNote: { status: 'skipped', reason: 'tooManyWorkloads', workloads: 6200, limit: 5000 } }));
    rerender(<SummaryView />);
    expect(screen.getByText(/Not worked out for estates over 5,000 workloads \(this one has 6,200\)/)).toBeInTheDocument();
    expect(screen.queryByTestId('assumption-sensitivity')).not.toBeInTheDocument();
  });
});

describe('Summary: time no effort shortens', () => {
  it('says so on the small shop, where waits, approvals, drills and hypercare are most of the most likely plan', async () => {
    await openSampleAndPlan('online-shop');
    const s = useDecampStore.getState().plan!.schedule;
    expect(s.fixedLengthDays * 2).toBeGreaterThanOrEqual(s.deterministicWorkingDays);
    render(<SummaryView />);
    expect(screen.getByTestId('fixed-length')).toHaveTextContent(
      `${s.fixedLengthDays} of the most likely plan's ${s.deterministicWorkingDays} working days would remain with unlimited engineers: waits, approvals, gates, minimum lengths, rehearsals and hypercare, not the teams' effort. More engineers shorten only the other ${s.deterministicWorkingDays - s.fixedLengthDays}.`,
    );
  }, 30_000);

  it('says nothing where the teams’ effort sets most of the date', async () => {
    await openSampleAndPlan('ecommerce-iot');
    const s = useDecampStore.getState().plan!.schedule;
    expect(s.fixedLengthDays * 2).toBeLessThan(s.deterministicWorkingDays);
    render(<SummaryView />);
    expect(screen.queryByTestId('fixed-length')).toBeNull();
  }, 30_000);
});

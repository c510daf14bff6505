import { act, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/src/i18n/format';
import { useDecampStore } from '../../../renderer/src/store';
import { SummaryView } from '../../../renderer/src/views/summary';
import { assumptionDrivers } from '../../../renderer/src/views/summary/date-drivers';
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

  it('ranks assumptions by the spread share of the workloads that use them', () => {
    const plan = useDecampStore.getState().plan!;
    const drivers = assumptionDrivers(plan);
    expect(drivers.length).toBeGreaterThan(0);
    for (let i = 1; i < drivers.length; i++) expect(drivers[i - 1]!.weight).toBeGreaterThanOrEqual(drivers[i]!.weight);
    expect(drivers.every((d) => d.weight > 0 && d.weight <= 1)).toBe(true);
  });
});

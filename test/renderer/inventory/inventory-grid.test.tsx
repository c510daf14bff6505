import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { renderInventory, samplePlanned } from './harness';

afterEach(() => cleanup());

/** Data rows (aria-rowindex > 1) currently in the DOM. */
function bodyRows(): HTMLElement[] {
  return screen.getAllByRole('row').filter((r) => Number(r.getAttribute('aria-rowindex')) > 1);
}

/** The text of one column (by header name) in each rendered row, in view order. */
function columnTexts(header: string): string[] {
  const headers = screen.getAllByRole('columnheader');
  const col = headers.findIndex((h) => h.textContent?.startsWith(header));
  return bodyRows().map((row) => within(row).getAllByRole('gridcell')[col]?.textContent ?? '');
}

describe('InventoryView grid', () => {
  it('renders the sample with grid semantics and plan-derived columns', async () => {
    const { project, plan } = samplePlanned();
    await renderInventory(project, plan);
    const grid = screen.getByRole('grid', { name: 'Workloads' });
    expect(grid).toHaveAttribute('aria-rowcount', String(project.workloads.length + 1));
    expect(grid).toHaveAttribute('aria-multiselectable', 'true');
    const first = bodyRows()[0]!;
    expect(first).toHaveAttribute('aria-rowindex', '2');
    const cells = within(first).getAllByRole('gridcell');
    expect(cells[1]).toHaveTextContent(project.workloads[0]!.id);
    // Wave and likely effort come from the plan.
    const w0 = project.workloads[0]!;
    const wave = plan.waves.find((w) => w.workloadIds.includes(w0.id));
    expect(cells[13]).toHaveTextContent(wave ? (wave.isPilot ? 'Pilot' : `Wave ${wave.index}`) : plan.foundation.workloadIds.includes(w0.id) ? 'Landing zone' : 'Not moved');
    expect(cells[14]!.textContent).toMatch(/pd$/);
    expect(screen.getByText(`${project.workloads.length} of ${project.workloads.length} workloads`)).toBeInTheDocument();
  });

  it('sorts by a column when its header is clicked, and says so with aria-sort', async () => {
    const { project, plan } = samplePlanned();
    const { user } = await renderInventory(project, plan);
    const header = screen.getByRole('columnheader', { name: /^Name/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const names = columnTexts('Name');
    const expected = [...project.workloads.map((w) => w.name)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }));
    expect(names).toEqual(expected.slice(0, names.length));
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(columnTexts('Name')[0]).toBe(expected[expected.length - 1]);
  });

  it('filters by search text bound to the store, and by a column filter', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const target = project.workloads.find((w) => w.kind === 'database')!;
    await user.type(screen.getByRole('searchbox', { name: 'Search workloads' }), target.id);
    expect(store.getState().inventoryFilter).toBe(target.id);
    expect(columnTexts('Id')).toContain(target.id);
    expect(bodyRows().length).toBeLessThan(project.workloads.length);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(store.getState().inventoryFilter).toBe('');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'database');
    const databases = project.workloads.filter((w) => w.kind === 'database').length;
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', String(databases + 1));
    expect(new Set(columnTexts('Kind'))).toEqual(new Set(['Database']));
  });
});

import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInventory, samplePlanned } from './harness';

afterEach(() => cleanup());

function rowOf(id: string): HTMLElement {
  const row = screen.getAllByRole('row').find((r) => within(r).queryAllByRole('gridcell')[1]?.textContent === id);
  if (!row) throw new Error(`row ${id} not rendered`);
  return row;
}

function cellOf(id: string, col: number): HTMLElement {
  return within(rowOf(id)).getAllByRole('gridcell')[col]!;
}

const NAME = 2;
const COMPLEXITY = 8;
const DATA_GB = 10;

describe('InventoryView inline edits', () => {
  it('edits a name in place and writes it to the store as one undoable step', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const w = project.workloads[1]!;
    await user.dblClick(cellOf(w.id, NAME));
    const input = screen.getByRole('textbox', { name: `Name of ${w.name}` });
    await user.clear(input);
    await user.type(input, 'Renamed gateway{Enter}');
    expect(store.getState().project.workloads.find((x) => x.id === w.id)?.name).toBe('Renamed gateway');
    expect(cellOf(w.id, NAME)).toHaveTextContent('Renamed gateway');
    expect(screen.queryByRole('textbox', { name: /^Name of/ })).toBeNull();
    store.getState().undo();
    expect(store.getState().project.workloads.find((x) => x.id === w.id)?.name).toBe(w.name);
  });

  it('refuses complexity 7 with a visible message on the cell and leaves the store alone', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const w = project.workloads[0]!;
    const before = store.getState().project;
    await user.dblClick(cellOf(w.id, COMPLEXITY));
    const input = screen.getByRole('textbox', { name: `Complexity of ${w.name}` });
    await user.clear(input);
    await user.type(input, '7{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const cell = cellOf(w.id, COMPLEXITY);
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(within(cell).getByRole('alert')).toHaveTextContent('Must be at most 5.');
    expect(store.getState().project).toBe(before);
    // Escape abandons the edit; the old value stays.
    await user.keyboard('{Escape}');
    expect(cellOf(w.id, COMPLEXITY)).toHaveTextContent(String(w.complexity));
    expect(cellOf(w.id, COMPLEXITY)).not.toHaveAttribute('aria-invalid');
  });

  it('refuses a negative data volume and an empty name, keeping the message after focus leaves', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const w = project.workloads[2]!;
    const before = store.getState().project;
    await user.dblClick(cellOf(w.id, DATA_GB));
    await user.clear(screen.getByRole('textbox', { name: `Data (GB) of ${w.name}` }));
    await user.type(screen.getByRole('textbox', { name: `Data (GB) of ${w.name}` }), '-5');
    await user.click(screen.getByRole('searchbox'));
    expect(cellOf(w.id, DATA_GB)).toHaveAttribute('aria-invalid', 'true');
    expect(cellOf(w.id, DATA_GB)).toHaveTextContent('Must be at least 0.');
    await user.dblClick(cellOf(w.id, NAME));
    await user.clear(screen.getByRole('textbox', { name: `Name of ${w.name}` }));
    await user.keyboard('{Enter}');
    expect(within(cellOf(w.id, NAME)).getByRole('alert')).toHaveTextContent('Must not be empty.');
    expect(store.getState().project).toBe(before);
  });

  it('edits an enum through a select with translated options', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const w = project.workloads.find((x) => x.strategy !== 'refactor')!;
    await user.dblClick(cellOf(w.id, 6));
    const select = screen.getByRole('combobox', { name: `Strategy of ${w.name}` });
    expect(within(select).getByRole('option', { name: 'Replatform' })).toBeInTheDocument();
    await user.selectOptions(select, 'refactor');
    await user.keyboard('{Enter}');
    expect(store.getState().project.workloads.find((x) => x.id === w.id)?.strategy).toBe('refactor');
  });
});

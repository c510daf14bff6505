import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInventory, samplePlanned } from './harness';

afterEach(() => cleanup());

function rowOf(id: string): HTMLElement {
  const row = screen.getAllByRole('row').find((r) => within(r).queryAllByRole('gridcell')[1]?.textContent === id);
  if (!row) throw new Error(`row ${id} not rendered`);
  return row;
}

describe('InventoryView commands', () => {
  it('adds a workload from the button, opens its name for editing, and undo removes it', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    await user.click(screen.getByRole('button', { name: 'Add workload' }));
    const workloads = store.getState().project.workloads;
    expect(workloads).toHaveLength(project.workloads.length + 1);
    const added = workloads[workloads.length - 1]!;
    expect(screen.getByRole('status')).toHaveTextContent(`Added ${added.id}.`);
    const input = await screen.findByRole('textbox', { name: `Name of ${added.name}` });
    await user.clear(input);
    await user.type(input, 'Billing worker{Enter}');
    expect(store.getState().project.workloads.find((w) => w.id === added.id)?.name).toBe('Billing worker');
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().project.workloads).toHaveLength(project.workloads.length);
  });

  it('adds with the Insert key and duplicates selected rows with Ctrl+D', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    screen.getByRole('grid').focus();
    await user.keyboard('{Insert}');
    expect(store.getState().project.workloads).toHaveLength(project.workloads.length + 1);
    // The new row is at the end, in edit; Escape leaves the editor and Ctrl+Home goes back to the top.
    await user.keyboard('{Escape}{Control>}{Home}{/Control}');

    const [a, b] = project.workloads;
    await user.click(within(rowOf(a!.id)).getByRole('checkbox'));
    await user.click(within(rowOf(b!.id)).getByRole('checkbox'));
    expect(store.getState().selectedWorkloadIds).toEqual([a!.id, b!.id]);
    screen.getByRole('grid').focus();
    await user.keyboard('{Control>}d{/Control}');
    const after = store.getState().project.workloads;
    expect(after).toHaveLength(project.workloads.length + 3);
    const copies = after.slice(-2);
    expect(copies.map((w) => w.name)).toEqual([`${a!.name} (copy)`, `${b!.name} (copy)`]);
    expect(store.getState().selectedWorkloadIds).toEqual(copies.map((w) => w.id));
    expect(screen.getByRole('status')).toHaveTextContent('Duplicated 2 workloads.');
  });

  it('deletes selected rows with the Delete key after confirming, announces the count, and undo restores them', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const ids = project.workloads.slice(3, 6).map((w) => w.id);
    await user.click(within(rowOf(ids[0]!)).getByRole('checkbox'));
    // Shift-click selects the range in view order.
    await user.keyboard('{Shift>}');
    await user.click(within(rowOf(ids[2]!)).getByRole('checkbox'));
    await user.keyboard('{/Shift}');
    expect([...store.getState().selectedWorkloadIds].sort()).toEqual([...ids].sort());

    screen.getByRole('grid').focus();
    await user.keyboard('{Delete}');
    const dialog = screen.getByRole('alertdialog', { name: 'Delete 3 workloads?' });
    // Cancel first: nothing goes.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().project.workloads).toHaveLength(project.workloads.length);

    screen.getByRole('grid').focus();
    await user.keyboard('{Delete}');
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete 3' }));
    const left = store.getState().project.workloads.map((w) => w.id);
    expect(left).toHaveLength(project.workloads.length - 3);
    for (const id of ids) expect(left).not.toContain(id);
    expect(store.getState().project.dependencies.some((d) => ids.includes(d.from) || ids.includes(d.to))).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('Deleted 3 workloads.');

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    expect(store.getState().project.workloads).toHaveLength(project.workloads.length);
    expect(store.getState().project.dependencies).toEqual(project.dependencies);
  });

  it('bulk-edits the strategy of three selected rows in one step', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const ids = project.workloads.slice(0, 3).map((w) => w.id);
    expect(screen.queryByRole('toolbar', { name: /selected workload/ })).toBeNull();
    await user.click(within(rowOf(ids[0]!)).getByRole('checkbox'));
    await user.keyboard('{Control>}');
    await user.click(within(rowOf(ids[1]!)).getAllByRole('gridcell')[2]!);
    await user.click(within(rowOf(ids[2]!)).getAllByRole('gridcell')[2]!);
    await user.keyboard('{/Control}');
    expect(store.getState().selectedWorkloadIds).toEqual(ids);
    const bar = screen.getByRole('toolbar', { name: 'Edit 3 selected workloads' });
    const pastLength = store.getState().past.length;
    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Set Strategy of all selected' }), 'retain');
    for (const id of ids) expect(store.getState().project.workloads.find((w) => w.id === id)?.strategy).toBe('retain');
    expect(store.getState().past.length).toBe(pastLength + 1);
    expect(screen.getByRole('status')).toHaveTextContent('Strategy set to Retain for 3 workloads.');
    const others = store.getState().project.workloads.filter((w) => !ids.includes(w.id));
    expect(others).toEqual(project.workloads.filter((w) => !ids.includes(w.id)));
  });
});

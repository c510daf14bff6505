import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { COLUMNS } from '../../../renderer/src/views/inventory/columns';
import { commandForKey } from '../../../renderer/src/views/inventory/grid-keys';
import { generatedProject, renderInventory, samplePlanned } from './harness';

afterEach(() => cleanup());

/** The active cell, named by the grid's aria-activedescendant. */
function activeCell(): HTMLElement {
  const id = screen.getByRole('grid').getAttribute('aria-activedescendant');
  const el = id ? document.getElementById(id) : null;
  if (!el) throw new Error(`active cell ${id} is not rendered`);
  return el;
}

function position(cell: HTMLElement): { row: number; col: number } {
  return { row: Number(cell.closest('[role="row"]')?.getAttribute('aria-rowindex')), col: Number(cell.getAttribute('aria-colindex')) };
}

describe('InventoryView keyboard', () => {
  it('moves the active cell with arrows, Home/End, Tab and PageDown', async () => {
    const { project, plan } = samplePlanned();
    const { user } = await renderInventory(project, plan);
    screen.getByRole('grid').focus();
    // Starts on the first data row's name (colindex 1 is the checkbox, 2 the id, 3 the name).
    expect(position(activeCell())).toEqual({ row: 2, col: 3 });
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    expect(position(activeCell())).toEqual({ row: 4, col: 4 });
    await user.keyboard('{ArrowUp}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(position(activeCell())).toEqual({ row: 3, col: 1 });
    await user.keyboard('{End}');
    expect(position(activeCell())).toEqual({ row: 3, col: COLUMNS.length });
    await user.keyboard('{Home}');
    expect(position(activeCell())).toEqual({ row: 3, col: 2 });
    await user.keyboard('{Tab}');
    expect(position(activeCell())).toEqual({ row: 3, col: 3 });
    await user.keyboard('{PageDown}');
    expect(position(activeCell()).row).toBeGreaterThan(10);
    await user.keyboard('{Control>}{End}{/Control}');
    expect(position(activeCell())).toEqual({ row: project.workloads.length + 1, col: COLUMNS.length });
  });

  it('Enter edits, Escape cancels, Enter commits and moves down; Space selects', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    screen.getByRole('grid').focus();
    await user.keyboard('{ArrowDown}{Enter}');
    const second = project.workloads[1]!;
    const input = screen.getByRole('textbox', { name: `Name of ${second.name}` });
    expect(input).toHaveFocus();
    await user.keyboard('Nope{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(store.getState().project.workloads[1]!.name).toBe(second.name);
    expect(screen.getByRole('grid')).toHaveFocus();

    await user.keyboard('{F2}{Control>}a{/Control}Edge proxy{Enter}');
    expect(store.getState().project.workloads[1]!.name).toBe('Edge proxy');
    expect(position(activeCell())).toEqual({ row: 4, col: 3 });

    // Typing on a cell replaces its value, as in a spreadsheet; Tab commits and moves right.
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(position(activeCell()).col).toBe(9);
    const third = project.workloads[2]!;
    const next = third.complexity === 4 ? 2 : 4;
    await user.keyboard(`${next}{Tab}`);
    expect(store.getState().project.workloads[2]!.complexity).toBe(next);
    expect(position(activeCell())).toEqual({ row: 4, col: 10 });

    await user.keyboard(' ');
    expect(store.getState().selectedWorkloadIds).toEqual([project.workloads[2]!.id]);
    expect(screen.getAllByRole('row')[3]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard(' ');
    expect(store.getState().selectedWorkloadIds).toEqual([]);
  });

  it('maps keys to commands without rendering', () => {
    const at = { row: 5, col: 3 };
    const bounds = { rows: 100, cols: 15, page: 10, firstDataCol: 1 };
    const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
      commandForKey({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods }, at, bounds);
    expect(key('PageUp')).toEqual({ type: 'move', to: { row: 0, col: 3 } });
    expect(key('PageDown')).toEqual({ type: 'move', to: { row: 15, col: 3 } });
    expect(key('d', { metaKey: true })).toEqual({ type: 'duplicate' });
    expect(key('D', { ctrlKey: true, shiftKey: true })).toEqual({ type: 'duplicate' });
    expect(key('z', { ctrlKey: true, shiftKey: true })).toEqual({ type: 'redo' });
    expect(key('Delete')).toEqual({ type: 'delete' });
    expect(key('ArrowDown', { altKey: true })).toEqual({ type: 'sort', desc: true });
    expect(key('Tab', { shiftKey: true })).toEqual({ type: 'move', to: { row: 5, col: 2 } });
    // Tab at the last column lets focus leave the grid.
    expect(commandForKey({ key: 'Tab', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false }, { row: 0, col: 14 }, bounds)).toBeNull();
    expect(key('x')).toEqual({ type: 'edit', initial: 'x' });
    expect(key('Shift')).toBeNull();
  });

  it('keeps only a bounded window of 5,000 rows in the DOM, also after jumping to the end', async () => {
    const project = generatedProject(5000);
    const { user } = await renderInventory(project, null);
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', '5001');
    const rendered = () => within(grid).getAllByRole('row').length - 1;
    expect(rendered()).toBeGreaterThan(10);
    expect(rendered()).toBeLessThanOrEqual(40);
    grid.focus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(rendered()).toBeLessThanOrEqual(40);
    expect(position(activeCell()).row).toBe(5001);
    expect(within(activeCell().closest('[role="row"]') as HTMLElement).getAllByRole('gridcell')[1]).toHaveTextContent('wl-04999');
  });
});

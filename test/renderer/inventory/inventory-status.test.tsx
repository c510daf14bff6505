/**
 * The message under the grid ("Added workload-45. Undo") belongs to one document and one point in
 * its history: a new document clears it (its Undo once deleted the new project's first workload),
 * and its Undo is offered only while its edit is still the last one.
 */
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSample } from '../../../shared/samples';
import { renderInventory, samplePlanned } from './harness';

afterEach(() => cleanup());

describe('InventoryView status message', () => {
  it('is gone after another document opens, and undoes nothing in it', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    await user.click(screen.getByRole('button', { name: 'Add workload' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^Added workload-\d+\./);
    expect(within(status).getByRole('button', { name: 'Undo' })).toBeInTheDocument();

    const next = loadSample('online-shop');
    act(() => store.getState().replaceDocument({ project: next, filePath: null, displayName: 'shop', diskVersion: null }));
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(within(screen.getByRole('status')).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(store.getState().project.workloads).toEqual(next.workloads);
  }, 30_000);

  it('offers Undo only while its edit is the last one', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    await user.click(screen.getByRole('button', { name: 'Add workload' }));
    await user.keyboard('{Escape}');
    expect(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    act(() => void store.getState().updateWorkload(project.workloads[0]!.id, { complexity: 5 }));
    expect(within(screen.getByRole('status')).queryByRole('button', { name: 'Undo' })).toBeNull();
  }, 30_000);
});

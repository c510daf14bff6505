import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../shared/catalog';
import { renderInventory, samplePlanned } from './harness';

afterEach(() => cleanup());

function rowOf(id: string): HTMLElement {
  const row = screen.getAllByRole('row').find((r) => within(r).queryAllByRole('gridcell')[1]?.textContent === id);
  if (!row) throw new Error(`row ${id} not rendered`);
  return row;
}

describe('InventoryView side panel', () => {
  it('shows the focused workload: dependencies both ways, estimate factors, runbook and risks', async () => {
    const { project, plan } = samplePlanned();
    // A workload with both directions of dependency and a wave.
    const w = project.workloads.find(
      (x) => project.dependencies.some((d) => d.from === x.id) && project.dependencies.some((d) => d.to === x.id) && plan.waves.some((wv) => wv.workloadIds.includes(x.id)),
    )!;
    const { user } = await renderInventory(project, plan);
    await user.type(screen.getByRole('searchbox'), w.id);
    await user.click(within(rowOf(w.id)).getByRole('button', { name: `Open the details of ${w.name}` }));
    const panel = screen.getByRole('complementary', { name: w.name });
    // The source service by the catalog's product name, not its id (alibaba.ack).
    const product = catalogEntry(w.sourceService);
    expect(product).toBeDefined();
    expect(within(panel).getAllByText(product!.name).length).toBeGreaterThan(0);
    expect(within(panel).queryByText(w.sourceService)).toBeNull();

    const needs = project.dependencies.filter((d) => d.from === w.id);
    const neededBy = project.dependencies.filter((d) => d.to === w.id);
    expect(within(panel).getByRole('list', { name: `Needs (${needs.length})` }).children).toHaveLength(needs.length);
    expect(within(panel).getByRole('list', { name: `Needed by (${neededBy.length})` }).children).toHaveLength(neededBy.length);

    const estimate = within(panel).getByRole('region', { name: 'Estimate' });
    const factors = within(estimate).getByRole('table', { name: 'Factors' });
    const e = plan.estimates[w.id]!;
    expect(within(factors).getAllByRole('row')).toHaveLength(e.factors.length + 1);
    expect(within(factors).getByText(e.factors[0]!.assumptionId)).toBeInTheDocument();

    const runbook = within(panel).getByRole('region', { name: 'Runbook' });
    const steps = plan.waves.find((wv) => wv.workloadIds.includes(w.id))!.runbook.filter((s) => s.workloadId === w.id);
    expect(within(runbook).getAllByRole('listitem')).toHaveLength(steps.length);
    expect(within(runbook).getAllByRole('listitem')[0]).toHaveTextContent('Prepare');
    for (const step of within(runbook).getAllByRole('listitem')) {
      expect(step.textContent, 'no placeholder left').not.toContain('{{');
      expect(step).toHaveTextContent(w.name);
    }

    const risks = within(panel).getByRole('region', { name: 'Risks' });
    const mine = plan.risks.filter((r) => r.workloadIds.includes(w.id));
    if (mine.length === 0) expect(risks).toHaveTextContent('No risk in the plan names this workload.');
    else expect(within(risks).getAllByRole('listitem')).toHaveLength(mine.length);
  });

  it('adds and removes a dependency from the panel', async () => {
    const { project, plan } = samplePlanned();
    const [a, b] = project.workloads.filter((x) => !project.dependencies.some((d) => d.from === x.id));
    const { user, store } = await renderInventory(project, plan);
    await user.type(screen.getByRole('searchbox'), a!.id);
    await user.click(within(rowOf(a!.id)).getByRole('button', { name: `Open the details of ${a!.name}` }));
    const panel = screen.getByRole('complementary', { name: a!.name });
    expect(within(panel).queryByRole('list', { name: 'Needs (0)' })).toBeNull();

    // An unknown workload is refused in place.
    await user.type(within(panel).getByRole('combobox', { name: 'Other workload' }), 'no-such-thing');
    await user.click(within(panel).getByRole('button', { name: 'Add dependency' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent('No single workload has the id or name “no-such-thing”.');
    expect(store.getState().project.dependencies).toEqual(project.dependencies);

    const other = within(panel).getByRole('combobox', { name: 'Other workload' });
    await user.clear(other);
    await user.type(other, b!.name);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Dependency kind' }), 'auth');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Coupling' }), 'tight');
    await user.click(within(panel).getByRole('button', { name: 'Add dependency' }));
    const added = store.getState().project.dependencies.find((d) => d.from === a!.id && d.to === b!.id);
    expect(added).toMatchObject({ kind: 'auth', coupling: 'tight' });
    const list = within(panel).getByRole('list', { name: 'Needs (1)' });
    expect(list).toHaveTextContent(b!.name);

    // The same edge again is refused by the store, and the panel says why.
    await user.type(within(panel).getByRole('combobox', { name: 'Other workload' }), b!.id);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Dependency kind' }), 'auth');
    await user.click(within(panel).getByRole('button', { name: 'Add dependency' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent(`${a!.id} already depends on ${b!.id} that way.`);

    await user.selectOptions(within(list).getByRole('combobox', { name: `Coupling of the dependency with ${b!.name}` }), 'loose');
    expect(store.getState().project.dependencies.find((d) => d.id === added!.id)?.coupling).toBe('loose');

    await user.click(within(list).getByRole('button', { name: `Remove the dependency with ${b!.name}` }));
    expect(store.getState().project.dependencies.find((d) => d.id === added!.id)).toBeUndefined();
    expect(within(panel).queryByRole('list', { name: /^Needs/ })).toBeNull();
  });

  it('Escape closes the panel and puts focus back on the grid row', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const w = project.workloads[3]!;
    await user.click(within(rowOf(w.id)).getByRole('button', { name: `Open the details of ${w.name}` }));
    const panel = screen.getByRole('complementary', { name: w.name });
    await user.click(within(panel).getByRole('button', { name: 'Add dependency' }));
    expect(within(panel).getByRole('button', { name: 'Add dependency' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(store.getState().focusedWorkloadId).toBeNull();
    const grid = screen.getByRole('grid');
    expect(grid).toHaveFocus();
    const active = document.getElementById(grid.getAttribute('aria-activedescendant')!)!;
    expect(active.closest('[role="row"]')).toBe(rowOf(w.id));
  });

  it('opens only when asked: a click on a cell makes it active, Enter on the Id or Alt+Enter opens the row, and a closed panel stays closed', async () => {
    const { project, plan } = samplePlanned();
    const { user } = await renderInventory(project, plan);
    const [a, b] = [project.workloads[2]!, project.workloads[5]!];
    await user.click(within(rowOf(a.id)).getAllByRole('gridcell')[6]!);
    expect(screen.queryByRole('complementary')).toBeNull();
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    expect(screen.getByRole('complementary', { name: a.name })).toBeInTheDocument();
    // Open, it follows the active row.
    await user.click(within(rowOf(b.id)).getAllByRole('gridcell')[6]!);
    expect(screen.getByRole('complementary', { name: b.name })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    await user.click(within(rowOf(a.id)).getAllByRole('gridcell')[4]!);
    await user.click(within(rowOf(b.id)).getAllByRole('gridcell')[2]!);
    expect(screen.queryByRole('complementary')).toBeNull();
    // Enter on the Id opens the row's details; the Details button names its shortcut.
    await user.keyboard('{Home}{Enter}');
    expect(screen.getByRole('complementary', { name: b.name })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-keyshortcuts', 'Alt+Enter');
  }, 30_000);

  it('shows a workload just added in an open panel', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const w = project.workloads[1]!;
    await user.click(within(rowOf(w.id)).getByRole('button', { name: `Open the details of ${w.name}` }));
    await user.click(screen.getByRole('button', { name: 'Add workload' }));
    const added = store.getState().project.workloads.at(-1)!;
    expect(added.id).not.toBe(w.id);
    expect(store.getState().focusedWorkloadId).toBe(added.id);
    expect(screen.getByRole('complementary', { name: added.name })).toBeInTheDocument();
  }, 30_000);

  it('follows a focus request from another view to the row and field', async () => {
    const { project, plan } = samplePlanned();
    const { store } = await renderInventory(project, plan);
    const w = project.workloads[40]!;
    act(() => store.getState().focusWorkload(w.id, 'team'));
    const grid = screen.getByRole('grid');
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toMatch(/-r40-c11$/));
    const active = document.getElementById(grid.getAttribute('aria-activedescendant')!)!;
    expect(active).toHaveAttribute('aria-colindex', '12');
    expect(within(active.closest('[role="row"]') as HTMLElement).getAllByRole('gridcell')[1]).toHaveTextContent(w.id);
    expect(active.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '42');
    expect(screen.getByRole('complementary', { name: w.name })).toBeInTheDocument();
  });
});

/** The Inventory's source-service and target pickers list every provider. */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../shared/catalog';
import { PROVIDERS } from '../../../shared/model/vocabulary';
import { renderInventory, samplePlanned } from './harness';

afterEach(() => cleanup());

function cellOf(id: string, col: number): HTMLElement {
  const row = screen.getAllByRole('row').find((r) => within(r).queryAllByRole('gridcell')[1]?.textContent === id);
  if (!row) throw new Error(`row ${id} not rendered`);
  return within(row).getAllByRole('gridcell')[col]!;
}

const SOURCE_SERVICE = 4;
const TARGET = 5;

describe('Inventory provider pickers', () => {
  it('shows the source service by name and picks any provider’s product, the workload’s own first', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const w = project.workloads[0]!;
    expect(cellOf(w.id, SOURCE_SERVICE)).toHaveTextContent(catalogEntry(w.sourceService)!.name);
    expect(cellOf(w.id, SOURCE_SERVICE).textContent).not.toContain('alibaba.');
    await user.dblClick(cellOf(w.id, SOURCE_SERVICE));
    const select = screen.getByRole('combobox', { name: `Source service of ${w.name}` });
    const groups = within(select).getAllByRole('group').map((g) => g.getAttribute('label'));
    expect(groups).toEqual(['Alibaba Cloud', 'AWS', 'Azure', 'Google Cloud', 'Huawei Cloud', 'Tencent Cloud', 'Self-hosted / IDC']);
    expect(within(select).getByRole('option', { name: 'TencentDB for MySQL' })).toBeInTheDocument();
    await user.selectOptions(select, 'self-hosted.vmware-vm');
    await user.keyboard('{Enter}');
    expect(store.getState().project.workloads[0]!.sourceService).toBe('self-hosted.vmware-vm');
    expect(cellOf(w.id, SOURCE_SERVICE)).toHaveTextContent('VMware vSphere VMs');
  });

  it('offers every provider as a target, Alibaba Cloud included', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const w = project.workloads[0]!;
    await user.dblClick(cellOf(w.id, TARGET));
    const select = screen.getByRole('combobox', { name: `Target of ${w.name}` });
    const values = within(select).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(values).toEqual(['', ...PROVIDERS]);
    await user.selectOptions(select, 'alibaba');
    await user.keyboard('{Enter}');
    expect(store.getState().project.workloads[0]!.target).toEqual({ provider: 'alibaba' });
  });
});

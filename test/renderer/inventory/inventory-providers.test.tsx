/** The Inventory's source-service and target pickers list every provider. */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../shared/catalog';
import { PROVIDERS } from '../../../shared/model/vocabulary';
import { COLUMN_INDEX } from '../../../renderer/src/views/inventory/columns';
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

describe('Inventory target region', () => {
  it('sets a workload’s target region from its target provider’s regions, and back to the default', async () => {
    const { project, plan } = samplePlanned();
    const { user, store } = await renderInventory(project, plan);
    const w = project.workloads[0]!;
    const col = COLUMN_INDEX.get('targetRegion')!;
    expect(cellOf(w.id, col)).toHaveTextContent('Default');
    await user.dblClick(cellOf(w.id, col));
    const select = screen.getByRole('combobox', { name: `Target region of ${w.name}` });
    // The sample moves to AWS: AWS's regions are offered, the China ones first.
    expect(within(select).getAllByRole('option').map((o) => (o as HTMLOptionElement).value).slice(0, 3)).toEqual(['', 'cn-north-1', 'cn-northwest-1']);
    await user.selectOptions(select, 'cn-northwest-1');
    await user.keyboard('{Enter}');
    expect(store.getState().project.workloads[0]!.target).toEqual({ provider: 'aws', region: 'cn-northwest-1' });
    expect(cellOf(w.id, col)).toHaveTextContent('cn-northwest-1');
    await user.dblClick(cellOf(w.id, col));
    await user.selectOptions(screen.getByRole('combobox', { name: `Target region of ${w.name}` }), '');
    await user.keyboard('{Enter}');
    expect(store.getState().project.workloads[0]!.target).toEqual({ provider: 'aws' });
  });
});

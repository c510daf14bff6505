/** Import as a new project: the project runs where the imported estate runs, moving to the open project's targets. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useAppState } from '../../../renderer/src/app/app-state';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { useDecampStore } from '../../../renderer/src/store';
import { loadSample } from '../../../shared/samples';
import { createFakeApi, type FakeApi } from './fake-api';

const SERVERS = ['VM Name,OS,Cores,Memory (GB),Disks (GB),Applications,Hypervisor,Datacenter', 'erp-app,Windows Server 2019,8,32,600,ERP,VMware vSphere 7,BJ-IDC-1', 'erp-db,Oracle Linux 8,16,128,2048,ERP;Oracle 19c,Physical,BJ-IDC-1'].join('\n');

describe('the Import dialog, as a new project', () => {
  let api: FakeApi;
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(async () => {
    await i18next.changeLanguage('en');
    localStorage.clear();
    const project = loadSample('online-shop');
    useDecampStore.getState().replaceDocument({ project: { ...project, project: { ...project.project, defaultTargets: ['huawei', 'self-hosted'], currency: 'USD' } }, filePath: '/tmp/shop.decamp.json', displayName: 'shop', diskVersion: 'v1' });
    useAppState.getState().set({ ready: true, importOpen: false, importFiles: null, status: null });
    api = createFakeApi();
  });

  it('makes a data centre’s server list a self-hosted project that moves to the open project’s other targets', async () => {
    const user = userEvent.setup();
    api.nextImport = { ok: true, value: [{ name: 'idc-servers.csv', bytes: new TextEncoder().encode(SERVERS) }] };
    render(<App api={api} skipStartup />);
    useAppState.getState().set({ importOpen: true });
    // The dialog's code loads on first open, behind a "Loading" dialog of the same name.
    const choose = await screen.findByRole('button', { name: 'Choose files…' }, { timeout: 20_000 });
    const dialog = choose.closest('[role="dialog"]') as HTMLElement;
    await user.click(choose);
    expect((await within(dialog).findAllByText(/Data-centre server list/)).length).toBeGreaterThan(0);
    expect(await within(dialog).findByText('2 workloads and 0 dependencies read.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'A new project' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import as a new project' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Import' })).toBeNull());
    const { project } = useDecampStore.getState();
    expect(project.project).toMatchObject({ name: 'idc-servers', sourceProvider: 'self-hosted', defaultTargets: ['huawei'], locale: loadSample('online-shop').project.locale, currency: 'USD' });
    expect(project.workloads.map((w) => w.sourceService)).toEqual(['self-hosted.vmware-vm', 'self-hosted.oracle']);
  }, 30_000);
});

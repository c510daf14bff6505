/**
 * New project asks where the estate runs and where it goes, and offers the catalog's products for
 * the first workload; the calendar starts with the holidays and freezes of where it is.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useAppState } from '../../../renderer/src/app/app-state';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { emptyProject, todayIso, useDecampStore } from '../../../renderer/src/store';
import { localCalendar } from '../../../shared/catalog/local-calendar';
import { createFakeApi, type FakeApi } from './fake-api';

describe('the New project dialog', () => {
  let api: FakeApi;
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(async () => {
    await i18next.changeLanguage('en');
    useDecampStore.getState().replaceDocument({ project: emptyProject({ name: 'Untitled', teamName: 'team-1', startDate: todayIso() }), filePath: null, displayName: 'Untitled', diskVersion: null });
    useAppState.getState().set({ ready: false, hintVisible: false, openError: null, newProjectOpen: false, unsavedPrompt: null, status: null, recovery: [] });
    api = createFakeApi();
    api.settings = { ...api.settings, firstRunDone: true };
  });

  async function openDialog() {
    const user = userEvent.setup();
    render(<App api={api} />);
    await waitFor(() => expect(useAppState.getState().ready).toBe(true));
    await user.click(screen.getByRole('button', { name: 'New' }));
    return { user, dialog: await screen.findByRole('dialog', { name: 'New project' }) };
  }

  it('starts a Tencent Cloud -> Alibaba Cloud move on a TencentDB for MySQL workload', async () => {
    const { user, dialog } = await openDialog();
    await user.selectOptions(screen.getByLabelText('Moving from'), 'tencent');
    expect(screen.getByLabelText('Region today')).toHaveValue('ap-shanghai');
    const targets = within(dialog).getByRole('group', { name: 'Moving to' });
    // Tencent Cloud is the source, so it is not offered as a target; all six others are.
    expect(within(targets).getAllByRole('checkbox')).toHaveLength(6);
    await user.click(within(targets).getByRole('checkbox', { name: /Alibaba Cloud/ }));
    await user.click(within(targets).getByRole('checkbox', { name: /AWS/ }));
    await user.type(screen.getByLabelText('First workload'), 'Orders DB');
    await user.selectOptions(screen.getByLabelText('Kind'), 'database');
    const services = screen.getByLabelText('Runs on today');
    expect(within(services).getByRole('option', { name: 'TencentDB for MySQL' })).toBeInTheDocument();
    expect(within(services).queryByRole('option', { name: /ApsaraDB/ })).toBeNull();
    expect(services).toHaveValue('tencent.mysql');
    await user.click(screen.getByRole('checkbox', { name: /ICP filing/ }));
    await user.click(screen.getByRole('button', { name: 'Create' }));

    const project = useDecampStore.getState().project;
    expect(project.project).toMatchObject({ sourceProvider: 'tencent', defaultTargets: ['alibaba'], currency: 'CNY', compliance: { icpFiling: true } });
    expect(project.workloads[0]).toMatchObject({ name: 'Orders DB', kind: 'database', sourceService: 'tencent.mysql', region: 'ap-shanghai' });
    // Mainland China: its public holidays (where published) and its change-freeze seasons.
    const expected = localCalendar({ sourceProvider: 'tencent', sourceRegion: 'ap-shanghai', targets: ['alibaba'], locale: 'en', startDate: project.project.startDate }, ['spring-festival', 'double-11', '618', 'golden-week', 'year-end-close']);
    expect(project.calendar.holidays).toEqual(expected.holidays);
    expect(project.calendar.makeUpWorkdays).toEqual(expected.makeUpWorkdays);
    expect(new Set(project.calendar.freezeWindows.map((f) => f.preset))).toEqual(new Set(['spring-festival', 'double-11', '618', 'golden-week', 'year-end-close']));
  }, 30_000);

  it('moves a data centre to Huawei Cloud, with the data centre named and freezes chosen by hand', async () => {
    const { user, dialog } = await openDialog();
    await user.selectOptions(screen.getByLabelText('Moving from'), 'self-hosted');
    await user.type(screen.getByLabelText('Data centre'), 'Beijing IDC');
    const targets = within(dialog).getByRole('group', { name: 'Moving to' });
    await user.click(within(targets).getByRole('checkbox', { name: /Huawei Cloud/ }));
    await user.click(within(targets).getByRole('checkbox', { name: /AWS/ }));
    const freezes = within(dialog).getByRole('group', { name: 'Change freezes' });
    // A data centre moving to Huawei Cloud is taken to be in mainland China: its seasons are ticked.
    expect(within(freezes).getByRole('checkbox', { name: /618/ })).toBeChecked();
    await user.click(within(freezes).getByRole('checkbox', { name: /618/ }));
    await user.type(screen.getByLabelText('First workload'), 'ERP');
    expect(screen.getByLabelText('Runs on today')).toHaveValue('self-hosted.vmware-vm');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const project = useDecampStore.getState().project;
    expect(project.project).toMatchObject({ sourceProvider: 'self-hosted', defaultTargets: ['huawei'] });
    expect(project.workloads[0]).toMatchObject({ sourceService: 'self-hosted.vmware-vm', region: 'Beijing IDC' });
    expect(project.calendar.freezeWindows.some((f) => f.preset === '618')).toBe(false);
  }, 30_000);

  it('refuses to create a project with no target and says why', async () => {
    const { user, dialog } = await openDialog();
    const targets = within(dialog).getByRole('group', { name: 'Moving to' });
    await user.click(within(targets).getByRole('checkbox', { name: /AWS/ }));
    const before = useDecampStore.getState().project;
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Choose at least one target.');
    expect(screen.getByRole('dialog', { name: 'New project' })).toBeInTheDocument();
    expect(useDecampStore.getState().project).toBe(before);
  }, 30_000);
});

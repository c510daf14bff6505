import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useAppState } from '../../../renderer/src/app/app-state';
import { runCommand } from '../../../renderer/src/app/run-command';
import { documentCommands } from '../../../renderer/src/app/document-commands';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { useDecampStore } from '../../../renderer/src/store';
import { loadSample } from '../../../shared/samples';
import { createFakeApi, type FakeApi } from './fake-api';

const bytes = (s: string) => new TextEncoder().encode(s);
/** The Import dialog once its code has loaded (it is loaded on first open, after a "Loading" dialog of the same name). */
async function importDialog(): Promise<HTMLElement> {
  const choose = await screen.findByRole('button', { name: 'Choose files…' }, { timeout: 20_000 });
  return choose.closest('[role="dialog"]') as HTMLElement;
}

const CSV = ['实例名称,类型,负责人,重要性,依赖', '订单服务,vm,交易组,高,订单库', '订单库,mysql,DBA,,', 'Session and cart cache,redis,,,'].join('\n');

describe('the Import dialog', () => {
  let api: FakeApi;
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(async () => {
    await i18next.changeLanguage('en');
    localStorage.clear();
    const project = loadSample('online-shop');
    useDecampStore.getState().replaceDocument({ project, filePath: '/tmp/shop.decamp.json', displayName: 'shop', diskVersion: 'v1' });
    useDecampStore.getState().setView('summary');
    useDecampStore.getState().setReviewFilter(false);
    useAppState.getState().set({ ready: true, importOpen: false, importFiles: null, status: null });
    api = createFakeApi();
  });

  it('maps Chinese headers, previews the merge, and imports as one undoable step with guesses to review', async () => {
    const user = userEvent.setup();
    api.nextImport = { ok: true, value: [{ name: 'cmdb.csv', bytes: bytes(CSV) }] };
    render(<App api={api} skipStartup />);
    const before = useDecampStore.getState().project;
    await runCommand({ api, store: useDecampStore, docs: documentCommands(api, useDecampStore) }, 'file.import');
    const dialog = await importDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }));

    // Columns read by header: 实例名称 is the name, 负责人 the owner, 依赖 the dependencies.
    expect(await within(dialog).findByRole('combobox', { name: '实例名称: Means' })).toHaveValue('name');
    expect(within(dialog).getByRole('combobox', { name: '负责人: Means' })).toHaveValue('owner');
    expect(within(dialog).getByRole('combobox', { name: '依赖: Means' })).toHaveValue('dependsOn');
    // 高 is known; map nothing else by hand.
    expect(within(dialog).getByRole('combobox', { name: '高: In Decamp' })).toHaveValue('high');
    await user.click(within(dialog).getByRole('button', { name: 'Read files' }));

    expect(await within(dialog).findByText('3 workloads and 1 dependency read.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Criticality is not in the source for 2 of 3 workloads/)).toBeInTheDocument();
    // The cache is already in the shop: matched by name, left as it is; the other two are new.
    const preview = within(dialog).getByLabelText('What the import will do');
    expect(within(preview).getAllByText('2 workloads added').length).toBeGreaterThan(0);
    expect(within(preview).getByText(/1 matched, nothing new/)).toBeInTheDocument();
    expect(within(preview).getByText(/New teams: 交易组 and DBA/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Import' })).toBeNull());
    const after = useDecampStore.getState();
    expect(after.project.workloads.length).toBe(before.workloads.length + 2);
    const service = after.project.workloads.find((w) => w.name === '订单服务');
    expect(service).toMatchObject({ criticality: 'high', kind: 'compute' });
    expect(after.project.workloads.find((w) => w.name === '订单库')?.review).toContainEqual({ field: 'criticality', basis: 'default' });
    expect(after.view).toBe('inventory');
    expect(after.reviewFilter).toBe(true);
    // The Inventory lists what needs review, and one Undo takes the whole import back.
    expect(await screen.findByRole('button', { name: /Needs review \(\d+\)/ })).toHaveAttribute('aria-pressed', 'true');
    useDecampStore.getState().undo();
    expect(useDecampStore.getState().project).toBe(before);
  }, 30_000);

  it("shows the wave mapping's pins before importing them, and imports them as one undoable step", async () => {
    const user = userEvent.setup();
    const mapping = [
      'Workload ID,Workload,Kind,Source service,Strategy,Criticality,Team,Planned wave,Planned cutover,Wave',
      'web,Storefront web servers (PHP),compute,alibaba.ecs,rehost,high,Team 1,Wave 1,2027-03-01,Wave 3',
      'admin,Back-office admin,compute,alibaba.ecs,rehost,low,Team 1,Wave 2,2027-04-01,Wave 2',
      'gone,Retired batch job,compute,alibaba.ecs,retire,low,Team 1,Wave 2,2027-04-01,Wave 1',
    ].join('\n');
    api.nextImport = { ok: true, value: [{ name: 'waves.csv', bytes: bytes(mapping) }] };
    render(<App api={api} skipStartup />);
    const before = useDecampStore.getState().project;
    expect(before.pins).toEqual([]);
    await runCommand({ api, store: useDecampStore, docs: documentCommands(api, useDecampStore) }, 'file.import');
    const dialog = await importDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }));

    expect(await within(dialog).findByText('2 wave choices read.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(dialog).queryByText(/0 workloads and 0 dependencies read/)).toBeNull();
    const preview = within(dialog).getByLabelText('What the import will do');
    // The user sees which workload moves where before anything changes, and the row that names no workload.
    expect(within(preview).getAllByText('1 workload pinned to the wave the mapping gives').length).toBeGreaterThan(0);
    expect(within(preview).getByText('Storefront web servers (PHP): Wave 1 → Wave 3')).toBeInTheDocument();
    expect(within(preview).getByText('1 row names no workload of this project and is ignored')).toBeInTheDocument();
    expect(within(preview).getByText("waves.csv:4: no workload 'gone' in the project")).toBeInTheDocument();
    expect(within(preview).queryByText(/Nothing would change/)).toBeNull();
    expect(useDecampStore.getState().project).toBe(before);

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Import' })).toBeNull());
    expect(useDecampStore.getState().project.pins).toEqual([expect.objectContaining({ workloadId: 'web', wave: 2 })]);
    useDecampStore.getState().undo();
    expect(useDecampStore.getState().project).toBe(before);
  }, 30_000);

  it('remembers a column mapping for the same headers in another order, and previews the first values', async () => {
    const user = userEvent.setup();
    const ctx = { api, store: useDecampStore, docs: documentCommands(api, useDecampStore) };
    render(<App api={api} skipStartup />);
    api.nextImport = { ok: true, value: [{ name: 'hosts.csv', bytes: bytes('Box label,Squad,Tier\nledger-01,Payments,gold\n') }] };
    await runCommand(ctx, 'file.import');
    let dialog = await importDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }));
    const label = await within(dialog).findByRole('combobox', { name: 'Box label: Means' }, { timeout: 10_000 });
    // The sample column shows what the header holds, so the user can tell what to map it to.
    expect(within(dialog).getByRole('cell', { name: /ledger-01/ })).toBeInTheDocument();
    await user.selectOptions(label, 'name');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Squad: Means' }), 'owner');
    await user.click(within(dialog).getByRole('button', { name: 'Read files' }));
    expect(await within(dialog).findByText('1 workload and 0 dependencies read.', {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    // Next month's export: the same headers, reordered and in another case.
    api.nextImport = { ok: true, value: [{ name: 'hosts-june.csv', bytes: bytes('tier,squad,box label\nsilver,Search,search-02\n') }] };
    await runCommand(ctx, 'file.import');
    dialog = await importDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }));
    expect(await within(dialog).findByRole('combobox', { name: 'box label: Means' }, { timeout: 10_000 })).toHaveValue('name');
    expect(within(dialog).getByRole('combobox', { name: 'squad: Means' })).toHaveValue('owner');
    expect(within(dialog).getByText('Mapping remembered from an earlier import of these headers.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Read files' }));
    expect(await within(dialog).findByText('1 workload and 0 dependencies read.', {}, { timeout: 10_000 })).toBeInTheDocument();
  }, 40_000);

  it('shows located errors and imports nothing from a broken file', async () => {
    const user = userEvent.setup();
    api.nextImport = { ok: true, value: [{ name: 'bad.yaml', bytes: bytes('apiVersion: v1\nkind: Service\nmetadata:\n  name: [x\n') }] };
    render(<App api={api} skipStartup />);
    const before = useDecampStore.getState().project;
    useAppState.getState().set({ importOpen: true });
    const dialog = await importDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/1 error: nothing is imported until it is fixed/);
    expect(alert).toHaveTextContent(/bad\.yaml:\d+:\d+/);
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(useDecampStore.getState().project).toBe(before);
  }, 30_000);

  it('imports into a new project instead, listing what it skipped and why', async () => {
    const user = userEvent.setup();
    const manifests = [
      'apiVersion: v1\nkind: Secret\nmetadata: { name: db-credentials }\nstringData: { password: "Hidden-Value-9" }',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec:\n  replicas: 2\n  selector: { matchLabels: { app: api } }\n  template:\n    metadata: { labels: { app: api } }\n    spec: { containers: [{ name: api, image: "example/api:1", env: [{ name: DB_HOST, value: db }] }] }',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: db }\nspec:\n  selector: { matchLabels: { app: db } }\n  template:\n    metadata: { labels: { app: db } }\n    spec: { containers: [{ name: db, image: "mysql:8" }] }',
      'apiVersion: v1\nkind: Service\nmetadata: { name: db }\nspec: { selector: { app: db } }',
    ].join('\n---\n');
    api.nextImport = { ok: true, value: [{ name: 'shop-k8s.yaml', bytes: bytes(manifests) }] };
    render(<App api={api} skipStartup />);
    const shop = useDecampStore.getState().project;
    await runCommand({ api, store: useDecampStore, docs: documentCommands(api, useDecampStore) }, 'file.import');
    const dialog = await importDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }));
    expect(await within(dialog).findByText('2 workloads and 1 dependency read.', {}, { timeout: 10_000 })).toBeInTheDocument();
    // What was left out, and why, before anything is applied.
    await user.click(within(dialog).getByText('1 item skipped'));
    expect(within(dialog).getByText(/Secret db-credentials: Decamp never reads secret values/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'A new project' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import as a new project' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Import' })).toBeNull());
    const after = useDecampStore.getState();
    expect(after.project).not.toBe(shop);
    expect(after.project.workloads.map((w) => w.name).sort()).toEqual(['api', 'db']);
    expect(after.project.dependencies).toHaveLength(1);
    expect(after.displayName).toBe('shop-k8s');
    expect(after.filePath).toBeNull();
    expect(after.dirty).toBe(true);
    expect(JSON.stringify(after.project)).not.toContain('Hidden-Value-9');
  }, 30_000);

  it('opens with files dropped on the window', async () => {
    render(<App api={api} skipStartup />);
    api.emit('importFiles', [{ name: 'docker-compose.yml', bytes: bytes('services:\n  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: postgres\n') }]);
    const dialog = await importDialog();
    expect(await within(dialog).findByText('2 workloads and 1 dependency read.', {}, { timeout: 10_000 })).toBeInTheDocument();
  }, 30_000);

  it('words what it skipped and what it could not read in Chinese, located as the file numbers it', async () => {
    const user = userEvent.setup();
    const manifests = ['apiVersion: v1\nkind: Secret\nmetadata: { name: creds }', 'apiVersion: v1\nkind: Service\nmetadata: { name: lonely }\nspec: { selector: { app: nobody } }', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec:\n  selector: { matchLabels: { app: api } }\n  template:\n    metadata: { labels: { app: api } }\n    spec: { containers: [{ name: api, image: "example/api:1" }] }'].join('\n---\n');
    render(<App api={api} skipStartup />);
    await act(() => i18next.changeLanguage('zh-CN'));
    api.emit('importFiles', [
      { name: 'k8s.yaml', bytes: bytes(manifests) },
      { name: 'bad.yaml', bytes: bytes('apiVersion: v1\nkind: Service\nmetadata:\n  name: [x\n') },
    ]);
    const choose = await screen.findByRole('button', { name: '选择文件…' }, { timeout: 20_000 });
    const dialog = choose.closest('[role="dialog"]') as HTMLElement;
    await user.click(await within(dialog).findByText('跳过 2 项', {}, { timeout: 10_000 }));
    expect(within(dialog).getByText('k8s.yaml:1:1: Secret/creds: Secret creds：Decamp 从不读取密钥的值，使用它的工作负载不保留副本。')).toBeInTheDocument();
    expect(within(dialog).getByText(/服务 lonely 在这些文件中没有选中任何工作负载。$/)).toBeInTheDocument();
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent(/bad\.yaml:\d+:\d+ 不是有效的 YAML：/);
    expect(alert.textContent).not.toMatch(/Not valid|is not/);
  }, 30_000);
});

describe('confirming guesses', () => {
  it('editing a guessed field confirms it; Confirm clears the rest', () => {
    const s = useDecampStore.getState();
    const project = loadSample('online-shop');
    const first = project.workloads[0]!;
    s.replaceDocument({ project: { ...project, workloads: [{ ...first, review: [{ field: 'kind', basis: 'image', source: 'redis' }, { field: 'criticality', basis: 'default' }] }, ...project.workloads.slice(1)] }, filePath: null, displayName: 'x', diskVersion: null });
    expect(useDecampStore.getState().updateWorkload(first.id, { kind: 'cache' }).ok).toBe(true);
    expect(useDecampStore.getState().project.workloads[0]?.review).toEqual([{ field: 'criticality', basis: 'default' }]);
    useDecampStore.getState().confirmReview([first.id]);
    expect(useDecampStore.getState().project.workloads[0]?.review).toBeUndefined();
  });
});

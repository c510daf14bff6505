import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useAppState } from '../../../renderer/src/app/app-state';
import { commandForKey } from '../../../renderer/src/app/use-keyboard';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { emptyProject, todayIso, useDecampStore } from '../../../renderer/src/store';
import { createFakeApi, type FakeApi } from './fake-api';

const planned = () => waitFor(() => expect(useDecampStore.getState().plannedProject).toBe(useDecampStore.getState().project), { timeout: 20_000 });

describe('App shell', () => {
  let api: FakeApi;
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(async () => {
    await i18next.changeLanguage('en');
    // Each test starts from a clean document, as a fresh page does: a dirty one left by the last test would ask to be saved.
    useDecampStore.getState().replaceDocument({ project: emptyProject({ name: 'Untitled', teamName: 'team-1', startDate: todayIso() }), filePath: null, displayName: 'Untitled', diskVersion: null });
    useDecampStore.getState().setView('summary');
    useAppState.getState().set({ ready: false, hintVisible: false, openError: null, newProjectOpen: false, unsavedPrompt: null, status: null, recovery: [] });
    api = createFakeApi();
  });

  it('opens the mid-size sample on first start, with a dismissible hint, and remembers the first run', async () => {
    const user = userEvent.setup();
    render(<App api={api} />);
    await screen.findByRole('complementary', { name: 'Getting started' });
    expect(useDecampStore.getState().project.project.name).toMatch(/E-commerce and IoT/);
    expect(api.settings.firstRunDone).toBe(true);
    await planned();
    expect(await screen.findByTestId('p50')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('complementary', { name: 'Getting started' })).toBeNull();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  }, 30_000);

  it('undoes and redoes from the keyboard, switches views with Ctrl+digit, and marks the document dirty', async () => {
    const user = userEvent.setup();
    api.settings = { ...api.settings, firstRunDone: true };
    render(<App api={api} />);
    await waitFor(() => expect(useAppState.getState().ready).toBe(true));
    const before = useDecampStore.getState().project;
    act(() => void useDecampStore.getState().setAssumption('team.focusFactor', 0.5));
    expect(await screen.findByText('Unsaved changes')).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(useDecampStore.getState().project).toBe(before);
    await user.keyboard('{Control>}y{/Control}');
    expect(useDecampStore.getState().project).not.toBe(before);
    await user.keyboard('{Control>}3{/Control}');
    expect(await screen.findByRole('heading', { name: 'Assumptions', level: 1 })).toBeInTheDocument();
    await user.keyboard('{Control>}4{/Control}');
    expect(await screen.findByRole('heading', { name: 'Issues', level: 1 })).toBeInTheDocument();
  }, 30_000);

  it('follows menu commands in Electron and leaves the shortcuts to the menu', async () => {
    const user = userEvent.setup();
    api = createFakeApi('electron');
    api.settings = { ...api.settings, firstRunDone: true };
    render(<App api={api} />);
    await waitFor(() => expect(useAppState.getState().ready).toBe(true));
    await user.keyboard('{Control>}3{/Control}');
    expect(useDecampStore.getState().view).toBe('summary');
    act(() => api.emit('menuCommand', 'view.issues'));
    expect(useDecampStore.getState().view).toBe('issues');
    act(() => api.emit('menuCommand', 'view.locale.zh-CN'));
    expect(await screen.findByRole('button', { name: /概览/ })).toBeInTheDocument();
    expect(api.settings.locale).toBe('zh-CN');
    act(() => api.emit('menuCommand', 'view.theme.dark'));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    act(() => api.emit('menuCommand', 'view.locale.en'));
    expect(await screen.findByRole('button', { name: /Summary/ })).toBeInTheDocument();
  }, 30_000);

  it('keeps the document when a file cannot be opened, and lists the located errors', async () => {
    const user = userEvent.setup();
    api.settings = { ...api.settings, firstRunDone: true };
    render(<App api={api} />);
    await waitFor(() => expect(useAppState.getState().ready).toBe(true));
    const before = useDecampStore.getState().project;
    api.nextOpen = {
      ok: false,
      error: { code: 'invalid-project', message: 'bad', loadErrors: [{ file: 'bad.decamp.json', path: ['workloads', 0, 'complexity'], line: 12, column: 7, message: "workload 'vpc': complexity must be at most 5" }] },
    };
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    const dialog = await screen.findByRole('dialog', { name: 'The file could not be opened' });
    expect(dialog).toHaveTextContent('bad.decamp.json:12:7');
    expect(dialog).toHaveTextContent('workloads[0].complexity');
    expect(useDecampStore.getState().project).toBe(before);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  }, 30_000);

  it('starts a new project with a guided first workload', async () => {
    const user = userEvent.setup();
    api.settings = { ...api.settings, firstRunDone: true };
    render(<App api={api} />);
    await waitFor(() => expect(useAppState.getState().ready).toBe(true));
    await user.click(screen.getByRole('button', { name: 'New' }));
    const dialog = await screen.findByRole('dialog', { name: 'New project' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.clear(screen.getByLabelText('Project name'));
    await user.type(screen.getByLabelText('Project name'), 'Shop move');
    await user.type(screen.getByLabelText('First workload'), 'Orders DB');
    await user.selectOptions(screen.getByLabelText('Kind'), 'database');
    await user.selectOptions(screen.getByLabelText('Strategy'), 'replatform');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const project = useDecampStore.getState().project;
    expect(project.project.name).toBe('Shop move');
    expect(project.workloads).toHaveLength(1);
    expect(project.workloads[0]).toMatchObject({ name: 'Orders DB', kind: 'database', strategy: 'replatform' });
    expect(project.workloads[0]!.sourceService).toMatch(/^alibaba\./);
    expect(useDecampStore.getState().filePath).toBeNull();
  }, 30_000);

  it('saves through the platform and clears the dirty mark', async () => {
    const user = userEvent.setup();
    api.settings = { ...api.settings, firstRunDone: true };
    render(<App api={api} />);
    await waitFor(() => expect(useAppState.getState().ready).toBe(true));
    act(() => void useDecampStore.getState().setAssumption('team.focusFactor', 0.6));
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(useDecampStore.getState().dirty).toBe(false));
    expect(api.calls.some((c) => c.operation === 'saveAs')).toBe(true);
    expect(useDecampStore.getState().displayName).toBe('x.decamp.json');
    expect(screen.getByText('Saved x.decamp.json')).toBeInTheDocument();
  }, 30_000);
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('maps keys to commands on Windows/Linux and on macOS', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), false)).toBe('edit.undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('edit.redo');
    expect(commandForKey(key('y', { ctrlKey: true }), false)).toBe('edit.redo');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }), false)).toBe('file.saveAs');
    expect(commandForKey(key('o', { metaKey: true }), true)).toBe('file.open');
    expect(commandForKey(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(key('2', { ctrlKey: true }), false)).toBe('view.inventory');
    expect(commandForKey(key('s'), false)).toBeNull();
  });
});

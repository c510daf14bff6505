/**
 * The ways in that have no button of their own (a recent file, a sample: the start sequence and the platform use them) ask the
 * same question, answered in the same dialog; and an edit made while Save was writing is asked about again, not dropped.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DesktopApi, IpcResult, OpenedDocument, SavedDocument } from '../../../shared/ipc';
import { loadSample } from '../../../shared/samples';
import { useAppState } from '../../../renderer/src/app/app-state';
import { documentCommands } from '../../../renderer/src/app/document-commands';
import { UnsavedChangesDialog } from '../../../renderer/src/components/UnsavedChangesDialog';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { createDecampStore, type DecampStore } from '../../../renderer/src/store';
import { createFakeApi, type FakeApi } from './fake-api';

const prompt = () => screen.findByRole('alertdialog', { name: /^Save changes to .+ before opening another project\?$/ });

function current(store: DecampStore, { dirty }: { dirty: boolean }) {
  store.getState().replaceDocument({ project: loadSample('online-shop'), filePath: '/tmp/shop.decamp.json', displayName: 'shop.decamp.json', diskVersion: 'v0' });
  if (dirty) store.getState().setAssumption('team.focusFactor', 0.5);
}

describe('recent files and samples', () => {
  let api: FakeApi;
  let store: DecampStore;
  const recent: OpenedDocument = { project: loadSample('ecommerce-iot'), filePath: '/tmp/recent.decamp.json', displayName: 'recent.decamp.json', diskVersion: 'v9' };
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(async () => {
    await i18next.changeLanguage('en');
    useAppState.getState().set({ unsavedPrompt: null, openError: null });
    api = createFakeApi();
    api.files.set(recent.filePath!, recent);
    store = createDecampStore(null);
  });

  it("a recent file over unsaved changes: Cancel keeps them, Don't save opens it", async () => {
    const user = userEvent.setup();
    render(<UnsavedChangesDialog />);
    current(store, { dirty: true });
    const edited = store.getState().project;
    const docs = documentCommands(api, store);

    const kept = docs.openRecent('/tmp/recent.decamp.json');
    await user.click(within(await prompt()).getByRole('button', { name: 'Cancel' }));
    await kept;
    expect(store.getState().project).toBe(edited);

    const opened = docs.openRecent('/tmp/recent.decamp.json');
    await user.click(within(await prompt()).getByRole('button', { name: "Don't save" }));
    await opened;
    expect(store.getState()).toMatchObject({ project: recent.project, filePath: '/tmp/recent.decamp.json', dirty: false });
  });

  it('a recent file over a clean document, and one that is gone, ask nothing', async () => {
    render(<UnsavedChangesDialog />);
    current(store, { dirty: false });
    const docs = documentCommands(api, store);
    await act(() => docs.openRecent('/tmp/recent.decamp.json'));
    expect(store.getState().project).toBe(recent.project);

    store.getState().setAssumption('team.focusFactor', 0.5);
    const edited = store.getState().project;
    await act(() => docs.openRecent('/tmp/moved.decamp.json'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useAppState.getState().openError?.code).toBe('not-found');
    expect(store.getState().project).toBe(edited);
  });

  it('a sample over unsaved changes: Save writes them first, then the sample opens; over a clean document it opens at once', async () => {
    const user = userEvent.setup();
    render(<UnsavedChangesDialog />);
    current(store, { dirty: true });
    const edited = store.getState().project;
    const docs = documentCommands(api, store);
    const opening = docs.openSample('large-estate');
    await user.click(within(await prompt()).getByRole('button', { name: 'Save' }));
    await opening;
    expect(api.calls.find((c) => c.operation === 'save')?.request).toMatchObject({ project: edited });
    expect(store.getState().project.project.name).toBe(loadSample('large-estate').project.name);
    expect(store.getState().filePath).toBeNull();

    await act(() => docs.openSample('online-shop'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(store.getState().project.project.name).toBe(loadSample('online-shop').project.name);
  });

  it('an edit made while Save was writing is asked about again instead of being dropped', async () => {
    const user = userEvent.setup();
    render(<UnsavedChangesDialog />);
    current(store, { dirty: true });
    let finish: (() => void) | null = null;
    const slow: DesktopApi = {
      ...api,
      invoke: ((operation: string, request: unknown) => {
        if (operation !== 'save') return api.invoke(operation as never, request as never);
        return new Promise<IpcResult<SavedDocument>>((resolve) => {
          finish = () => resolve({ ok: true, value: { filePath: '/tmp/shop.decamp.json', displayName: 'shop.decamp.json', diskVersion: 'v1' } });
        });
      }) as DesktopApi['invoke'],
    };
    const docs = documentCommands(slow, store);
    const opening = docs.openRecent('/tmp/recent.decamp.json');
    await user.click(within(await prompt()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(finish).not.toBeNull());
    act(() => void store.getState().setAssumption('team.focusFactor', 0.6));
    const lateEdit = store.getState().project;
    act(() => finish!());

    await user.click(within(await prompt()).getByRole('button', { name: 'Cancel' }));
    await opening;
    expect(store.getState().project).toBe(lateEdit);
    expect(store.getState().dirty).toBe(true);
  });
});

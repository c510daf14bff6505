/**
 * Nothing lost when another document replaces one with unsaved changes: every way in (New, Open, a dropped file, a file the OS
 * pushes, Recover, a recent file, a sample) asks Save / Don't save / Cancel first, and opens without asking when nothing is unsaved.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDocument } from '../../../shared/ipc';
import { serializeProject } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { App } from '../../../renderer/src/app/App';
import { useAppState } from '../../../renderer/src/app/app-state';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { createBrowserApi } from '../../../renderer/src/platform/browser-api';
import { useDecampStore } from '../../../renderer/src/store';
import { createFakeApi, type FakeApi } from './fake-api';

const QUESTION = /^Save changes to .+ before opening another project\?$/;
const prompt = () => screen.findByRole('alertdialog', { name: QUESTION });
const noPrompt = () => expect(screen.queryByRole('alertdialog')).toBeNull();
const state = () => useDecampStore.getState();

/** The online-shop sample as `name`, at `filePath` (null: never saved). */
function doc(name: string, filePath: string | null = null): OpenedDocument {
  const project = loadSample('online-shop');
  return { project: { ...project, project: { ...project.project, name } }, filePath, displayName: name, diskVersion: filePath ? 'v0' : null };
}

/** The current document, with an unsaved edit unless `clean`. */
function openCurrent(opened: OpenedDocument, { clean = false } = {}) {
  act(() => {
    state().replaceDocument(opened);
    if (!clean) state().setAssumption('team.focusFactor', 0.5);
  });
}

describe('replacing a document with unsaved changes', () => {
  let api: FakeApi;
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(async () => {
    await i18next.changeLanguage('en');
    useAppState.getState().set({ ready: true, hintVisible: false, openError: null, newProjectOpen: false, unsavedPrompt: null, status: null, recovery: [] });
    state().setView('summary');
    api = createFakeApi();
  });

  describe('New', () => {
    it('asks first; Escape cancels and keeps everything, focus back on New; Tab stays inside the question', async () => {
      const user = userEvent.setup();
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move'));
      const edited = state().project;
      const newButton = screen.getByRole('button', { name: 'New' });
      await user.click(newButton);
      const dialog = await prompt();
      expect(dialog).toHaveAccessibleName('Save changes to Shop move before opening another project?');
      expect(dialog).toHaveAccessibleDescription(/changes made since it was last saved are lost/);
      const save = within(dialog).getByRole('button', { name: 'Save' });
      const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
      expect(save).toHaveFocus();
      await user.tab();
      expect(within(dialog).getByRole('button', { name: "Don't save" })).toHaveFocus();
      await user.tab();
      expect(cancel).toHaveFocus();
      await user.tab();
      expect(save).toHaveFocus();
      await user.tab({ shift: true });
      expect(cancel).toHaveFocus();

      // The page behind is inert: its undo does not change the document under the question.
      await user.keyboard('{Control>}z{/Control}');
      expect(state().project).toBe(edited);

      await user.keyboard('{Escape}');
      noPrompt();
      expect(screen.queryByRole('dialog', { name: 'New project' })).toBeNull();
      expect(state().project).toBe(edited);
      expect(state().dirty).toBe(true);
      expect(newButton).toHaveFocus();
    });

    it("Don't save: the new-project form opens and Create replaces the document", async () => {
      const user = userEvent.setup();
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move'));
      await user.click(screen.getByRole('button', { name: 'New' }));
      await user.click(within(await prompt()).getByRole('button', { name: "Don't save" }));
      const form = await screen.findByRole('dialog', { name: 'New project' });
      expect(form).toContainElement(document.activeElement as HTMLElement);
      await user.click(within(form).getByRole('button', { name: 'Create' }));
      expect(state().project.project.name).toBe('New migration');
      expect(state().dirty).toBe(false);
      expect(api.calls.some((c) => c.operation === 'save' || c.operation === 'saveAs')).toBe(false);
    });

    it('Save on a never-saved document saves it as a file first; cancelling Save As keeps the document and opens no form', async () => {
      const user = userEvent.setup();
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move'));
      const edited = state().project;

      api.nextSaveAs = { ok: true, value: null };
      await user.click(screen.getByRole('button', { name: 'New' }));
      await user.click(within(await prompt()).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(api.calls.filter((c) => c.operation === 'saveAs')).toHaveLength(1));
      expect(screen.queryByRole('dialog', { name: 'New project' })).toBeNull();
      expect(state().project).toBe(edited);
      expect(state().dirty).toBe(true);

      api.nextSaveAs = { ok: true, value: { filePath: '/tmp/shop.decamp.json', displayName: 'shop.decamp.json', diskVersion: 'v1' } };
      await user.click(screen.getByRole('button', { name: 'New' }));
      await user.click(within(await prompt()).getByRole('button', { name: 'Save' }));
      await screen.findByRole('dialog', { name: 'New project' });
      expect(api.calls.filter((c) => c.operation === 'saveAs').at(-1)?.request).toMatchObject({ project: edited });
      expect(state()).toMatchObject({ filePath: '/tmp/shop.decamp.json', dirty: false });
    });

    it('a clean document: the form opens without a question', async () => {
      const user = userEvent.setup();
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move'), { clean: true });
      await user.click(screen.getByRole('button', { name: 'New' }));
      await screen.findByRole('dialog', { name: 'New project' });
      noPrompt();
    });
  });

  describe('Open…', () => {
    it('asks once the file is chosen; Cancel keeps the document and returns focus to Open…', async () => {
      const user = userEvent.setup();
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move', '/tmp/shop.decamp.json'));
      const edited = state().project;
      api.nextOpen = { ok: true, value: doc('Other', '/tmp/other.decamp.json') };
      const open = screen.getByRole('button', { name: 'Open…' });
      await user.click(open);
      await user.click(within(await prompt()).getByRole('button', { name: 'Cancel' }));
      noPrompt();
      expect(state().project).toBe(edited);
      expect(state().filePath).toBe('/tmp/shop.decamp.json');
      expect(open).toHaveFocus();
    });

    it('Save writes the file it came from, then opens the chosen one', async () => {
      const user = userEvent.setup();
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move', '/tmp/shop.decamp.json'));
      const edited = state().project;
      const other = doc('Other', '/tmp/other.decamp.json');
      api.nextOpen = { ok: true, value: other };
      await user.click(screen.getByRole('button', { name: 'Open…' }));
      await user.click(within(await prompt()).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(state().project).toBe(other.project));
      expect(api.calls.find((c) => c.operation === 'save')?.request).toMatchObject({ project: edited, filePath: '/tmp/shop.decamp.json' });
      expect(state()).toMatchObject({ filePath: '/tmp/other.decamp.json', displayName: 'Other', dirty: false });
    });

    it('a failed save replaces nothing and says why', async () => {
      const user = userEvent.setup();
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move'));
      const edited = state().project;
      api.nextSaveAs = { ok: false, error: { code: 'io', message: 'disk full' } };
      api.nextOpen = { ok: true, value: doc('Other', '/tmp/other.decamp.json') };
      await user.click(screen.getByRole('button', { name: 'Open…' }));
      await user.click(within(await prompt()).getByRole('button', { name: 'Save' }));
      expect(await screen.findByText('Could not save: disk full')).toBeInTheDocument();
      expect(state().project).toBe(edited);
      expect(state().dirty).toBe(true);
    });

    it('a clean document, or a cancelled picker, asks nothing', async () => {
      const user = userEvent.setup();
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move'));
      api.nextOpen = { ok: true, value: null };
      await user.click(screen.getByRole('button', { name: 'Open…' }));
      await waitFor(() => expect(api.calls.some((c) => c.operation === 'openDialog')).toBe(true));
      noPrompt();

      openCurrent(doc('Shop move'), { clean: true });
      const other = doc('Other', '/tmp/other.decamp.json');
      api.nextOpen = { ok: true, value: other };
      await user.click(screen.getByRole('button', { name: 'Open…' }));
      await waitFor(() => expect(state().project).toBe(other.project));
      noPrompt();
    });
  });

  describe('a document the platform pushes (OS open in Electron)', () => {
    it("Cancel: the pushed document is not opened; Don't save: it is", async () => {
      const user = userEvent.setup();
      api = createFakeApi('electron');
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move', '/tmp/shop.decamp.json'));
      const edited = state().project;
      const pushed = doc('Pushed', '/tmp/pushed.decamp.json');
      act(() => api.emit('openDocument', pushed));
      await user.click(within(await prompt()).getByRole('button', { name: 'Cancel' }));
      expect(state().project).toBe(edited);

      act(() => api.emit('openDocument', pushed));
      await user.click(within(await prompt()).getByRole('button', { name: "Don't save" }));
      await waitFor(() => expect(state().project).toBe(pushed.project));
      expect(state()).toMatchObject({ filePath: '/tmp/pushed.decamp.json', dirty: false });
    });

    it('a second push while the question is open replaces the question: only the latest document can open', async () => {
      const user = userEvent.setup();
      api = createFakeApi('electron');
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move'));
      const first = doc('First', '/tmp/first.decamp.json');
      const second = doc('Second', '/tmp/second.decamp.json');
      act(() => api.emit('openDocument', first));
      await prompt();
      act(() => api.emit('openDocument', second));
      expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
      await user.click(within(await prompt()).getByRole('button', { name: "Don't save" }));
      await waitFor(() => expect(state().project).toBe(second.project));
      noPrompt();
    });

    it('a clean document is replaced without a question', async () => {
      api = createFakeApi('electron');
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move'), { clean: true });
      const pushed = doc('Pushed', '/tmp/pushed.decamp.json');
      act(() => api.emit('openDocument', pushed));
      await waitFor(() => expect(state().project).toBe(pushed.project));
      noPrompt();
    });
  });

  describe('a file dropped on the page (browser)', () => {
    const drop = (name: string, text: string) => {
      const event = new Event('drop', { cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { files: [new File([text], name)] } });
      act(() => void window.dispatchEvent(event));
    };

    it("asks before opening it: Cancel keeps the document, Don't save opens the file", async () => {
      const user = userEvent.setup();
      render(<App api={createBrowserApi(window)} skipStartup />);
      openCurrent(doc('Shop move'));
      const edited = state().project;
      const text = serializeProject(doc('Dropped').project);
      drop('dropped.decamp.json', text);
      await user.click(within(await prompt()).getByRole('button', { name: 'Cancel' }));
      expect(state().project).toBe(edited);

      drop('dropped.decamp.json', text);
      await user.click(within(await prompt()).getByRole('button', { name: "Don't save" }));
      await waitFor(() => expect(state().displayName).toBe('dropped.decamp.json'));
      expect(state().project.project.name).toBe('Dropped');
      expect(state().dirty).toBe(false);
    });

    it('opens it at once over a clean document', async () => {
      render(<App api={createBrowserApi(window)} skipStartup />);
      openCurrent(doc('Shop move'), { clean: true });
      drop('dropped.decamp.json', serializeProject(doc('Dropped').project));
      await waitFor(() => expect(state().displayName).toBe('dropped.decamp.json'));
      noPrompt();
    });
  });

  describe('Recover', () => {
    const copy = () => {
      const opened = doc('Recovered draft', '/tmp/draft.decamp.json');
      api.recovery.set('r-draft', { entry: { id: 'r-draft', displayName: 'Recovered draft', filePath: '/tmp/draft.decamp.json', savedAt: '2027-03-01T10:00:00Z' }, opened });
      act(() => useAppState.getState().set({ recovery: [api.recovery.get('r-draft')!.entry] }));
      return opened;
    };

    it('asks over the recovery list; Cancel keeps the document and the copy, Don\'t save recovers it as unsaved work', async () => {
      const user = userEvent.setup();
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move'));
      const edited = state().project;
      const recovered = copy();
      const list = await screen.findByRole('dialog', { name: 'Recover unsaved work?' });
      await user.click(within(list).getByRole('button', { name: 'Recover' }));
      await user.click(within(await prompt()).getByRole('button', { name: 'Cancel' }));
      expect(state().project).toBe(edited);
      expect(within(list).getByText('Recovered draft')).toBeInTheDocument();
      expect(api.recovery.has('r-draft')).toBe(true);

      await user.click(within(list).getByRole('button', { name: 'Recover' }));
      await user.click(within(await prompt()).getByRole('button', { name: "Don't save" }));
      await waitFor(() => expect(state().project).toBe(recovered.project));
      expect(state().dirty).toBe(true);
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Recover unsaved work?' })).toBeNull());
      expect(api.recovery.has('r-draft')).toBe(false);
    });

    it('recovers at once over a clean document', async () => {
      const user = userEvent.setup();
      render(<App api={api} skipStartup />);
      openCurrent(doc('Shop move'), { clean: true });
      const recovered = copy();
      await user.click(within(await screen.findByRole('dialog', { name: 'Recover unsaved work?' })).getByRole('button', { name: 'Recover' }));
      await waitFor(() => expect(state().project).toBe(recovered.project));
      expect(state().dirty).toBe(true);
      noPrompt();
    });
  });

  it('asks in Chinese when the app speaks Chinese', async () => {
    const user = userEvent.setup();
    render(<App api={api} skipStartup />);
    await act(() => i18next.changeLanguage('zh-CN'));
    openCurrent(doc('商城迁移'));
    await user.click(screen.getByRole('button', { name: '新建' }));
    const dialog = await screen.findByRole('alertdialog', { name: '打开其他项目之前，是否保存对 商城迁移 的更改？' });
    expect(within(dialog).getByRole('button', { name: '不保存' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '保存' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    noPrompt();
  });
});

/**
 * A save may still be writing when another document is opened (a file pushed by the OS, Don't save on a slow Save). The write
 * belongs to the old document: the new one must keep its own name, path and disk version, and its own dirty state.
 */
import { describe, expect, it } from 'vitest';
import type { DesktopApi, IpcResult, SavedDocument } from '../../../shared/ipc';
import { loadSample } from '../../../shared/samples';
import { documentCommands } from '../../../renderer/src/app/document-commands';
import { createDecampStore } from '../../../renderer/src/store';
import { createFakeApi } from './fake-api';

/** The fake platform with `save`/`saveAs` held until `finish()`. */
function heldSaveApi() {
  const api = createFakeApi('electron');
  let finish: (() => void) | null = null;
  const held: DesktopApi = {
    ...api,
    invoke: ((operation: string, request: unknown) => {
      if (operation !== 'save' && operation !== 'saveAs') return api.invoke(operation as never, request as never);
      return new Promise<IpcResult<SavedDocument>>((resolve) => {
        finish = () => resolve({ ok: true, value: { filePath: '/tmp/old.decamp.json', displayName: 'old.decamp.json', diskVersion: 'v-old' } });
      });
    }) as DesktopApi['invoke'],
  };
  return { api: held, finish: () => finish?.() };
}

const other = () => ({ project: loadSample('online-shop'), filePath: '/tmp/new.decamp.json', displayName: 'new.decamp.json', diskVersion: 'v-new' });

describe('a save that finishes after another document was opened', () => {
  for (const command of ['save', 'saveAs'] as const) {
    it(`${command}: the new document keeps its own file and stays clean`, async () => {
      const store = createDecampStore(null);
      if (command === 'save') store.getState().markSaved({ filePath: '/tmp/old.decamp.json', displayName: 'old.decamp.json', diskVersion: 'v0' });
      store.getState().setAssumption('transfer.bandwidthMbps', 300);
      const held = heldSaveApi();
      const saving = documentCommands(held.api, store)[command]();
      await Promise.resolve();

      const opened = other();
      store.getState().replaceDocument(opened);
      held.finish();
      // The file was written, so the command succeeded; only the store is left alone.
      expect(await saving).toBe(true);

      const s = store.getState();
      expect(s.filePath).toBe('/tmp/new.decamp.json');
      expect(s.displayName).toBe('new.decamp.json');
      expect(s.diskVersion).toBe('v-new');
      expect(s.savedProject).toBe(opened.project);
      expect(s.dirty).toBe(false);
    });
  }

  it('an edit to the new document stays unsaved when the old save lands', async () => {
    const store = createDecampStore(null);
    store.getState().setAssumption('transfer.bandwidthMbps', 300);
    const held = heldSaveApi();
    const saving = documentCommands(held.api, store).saveAs();
    await Promise.resolve();
    store.getState().replaceDocument(other());
    store.getState().setAssumption('transfer.bandwidthMbps', 500);
    held.finish();
    await saving;
    expect(store.getState().dirty).toBe(true);
    expect(store.getState().displayName).toBe('new.decamp.json');
  });

  it('markSaved applies only for the document the save started under', () => {
    const store = createDecampStore(null);
    const before = store.getState().documentGeneration;
    store.getState().replaceDocument(other());
    expect(store.getState().documentGeneration).toBe(before + 1);
    expect(store.getState().markSaved({ filePath: '/tmp/old.decamp.json', displayName: 'old.decamp.json', diskVersion: 'x' }, undefined, before)).toBe(false);
    expect(store.getState().filePath).toBe('/tmp/new.decamp.json');
    expect(store.getState().markSaved({ filePath: '/tmp/renamed.decamp.json', displayName: 'renamed.decamp.json', diskVersion: 'y' })).toBe(true);
    expect(store.getState().filePath).toBe('/tmp/renamed.decamp.json');
  });

  it('a recovered copy opens dirty, under a new generation', () => {
    const store = createDecampStore(null);
    const before = store.getState().documentGeneration;
    store.getState().replaceDocument(other(), { unsaved: true });
    expect(store.getState().dirty).toBe(true);
    expect(store.getState().documentGeneration).toBe(before + 1);
  });
});

/**
 * A save takes time (a disk write in Electron, IndexedDB in the browser). An edit made meanwhile is not in the file, so it must
 * stay unsaved: marking it saved would let the user close the window and lose it without a prompt.
 */
import { describe, expect, it } from 'vitest';
import type { DesktopApi, IpcResult, SavedDocument } from '../../../shared/ipc';
import { documentCommands } from '../../../renderer/src/app/document-commands';
import { createDecampStore } from '../../../renderer/src/store';
import { createFakeApi } from './fake-api';

/** The fake platform, with `save`/`saveAs` held until the test lets them finish. */
function slowSaveApi() {
  const api = createFakeApi('electron');
  const written: unknown[] = [];
  let finish: (() => void) | null = null;
  const slow: DesktopApi = {
    ...api,
    invoke: ((operation: string, request: unknown) => {
      if (operation !== 'save' && operation !== 'saveAs') return api.invoke(operation as never, request as never);
      written.push((request as { project: unknown }).project);
      return new Promise<IpcResult<SavedDocument>>((resolve) => {
        finish = () => resolve({ ok: true, value: { filePath: '/tmp/shop.decamp.json', displayName: 'shop.decamp.json', diskVersion: `v${written.length}` } });
      });
    }) as DesktopApi['invoke'],
  };
  return { api: slow, written, finish: () => finish?.() };
}

describe('saving while the user keeps editing', () => {
  for (const command of ['save', 'saveAs'] as const) {
    it(`${command}: an edit made during the write stays unsaved, and undoing it returns to the saved state`, async () => {
      const store = createDecampStore(null);
      if (command === 'save') store.getState().markSaved({ filePath: '/tmp/shop.decamp.json', displayName: 'shop.decamp.json', diskVersion: 'v0' });
      store.getState().setAssumption('transfer.bandwidthMbps', 300);
      const beforeSave = store.getState().project;
      const slow = slowSaveApi();
      const saving = documentCommands(slow.api, store)[command]();
      await Promise.resolve();
      expect(slow.written).toEqual([beforeSave]);

      store.getState().setAssumption('transfer.bandwidthMbps', 1000);
      slow.finish();
      expect(await saving).toBe(true);

      expect(store.getState().savedProject).toBe(beforeSave);
      expect(store.getState().dirty).toBe(true);
      store.getState().undo();
      expect(store.getState().project).toBe(beforeSave);
      expect(store.getState().dirty).toBe(false);
    });
  }

  it('a save with no edit meanwhile leaves the document clean', async () => {
    const store = createDecampStore(null);
    store.getState().setAssumption('transfer.bandwidthMbps', 300);
    const slow = slowSaveApi();
    const saving = documentCommands(slow.api, store).saveAs();
    await Promise.resolve();
    slow.finish();
    expect(await saving).toBe(true);
    expect(store.getState().dirty).toBe(false);
    expect(store.getState().filePath).toBe('/tmp/shop.decamp.json');
  });
});

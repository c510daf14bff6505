import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../shared/samples';
import { createDecampStore, HISTORY_LIMIT } from '../../../renderer/src/store';

function freshStore() {
  const store = createDecampStore(null);
  store.getState().replaceDocument({ project: loadSample('online-shop'), filePath: null, displayName: 'Shop', diskVersion: null });
  return store;
}

describe('undo and redo', () => {
  it('undoes and redoes one edit per action, and dirty follows the saved state', () => {
    const store = freshStore();
    const saved = store.getState().project;
    const id = store.getState().addWorkload({ name: 'New' });
    const depId = store.getState().addDependency({ from: id, to: saved.workloads[0]!.id, kind: 'sync', coupling: 'loose' });
    expect(store.getState().canUndo).toBe(true);
    store.getState().undo();
    expect(store.getState().project.dependencies.some((d) => d.id === depId)).toBe(false);
    expect(store.getState().project.workloads.some((w) => w.id === id)).toBe(true);
    store.getState().undo();
    expect(store.getState().project).toBe(saved);
    expect(store.getState().dirty).toBe(false);
    expect(store.getState().canUndo).toBe(false);
    store.getState().redo();
    expect(store.getState().project.workloads.some((w) => w.id === id)).toBe(true);
    expect(store.getState().dirty).toBe(true);
    expect(store.getState().canRedo).toBe(true);
  });

  it('a new edit clears redo; refused edits add no history', () => {
    const store = freshStore();
    store.getState().addWorkload();
    store.getState().undo();
    expect(store.getState().canRedo).toBe(true);
    store.getState().setAssumption('team.focusFactor', 0.5);
    expect(store.getState().canRedo).toBe(false);
    const depth = store.getState().past.length;
    store.getState().updateWorkload(store.getState().project.workloads[0]!.id, { complexity: 42 });
    expect(store.getState().past.length).toBe(depth);
  });

  it('marks saved, so undoing past the save makes the document dirty again', () => {
    const store = freshStore();
    store.getState().addWorkload();
    store.getState().markSaved({ filePath: 'shop.decamp.json', displayName: 'shop.decamp.json', diskVersion: 'v2' });
    expect(store.getState().dirty).toBe(false);
    expect(store.getState().filePath).toBe('shop.decamp.json');
    store.getState().undo();
    expect(store.getState().dirty).toBe(true);
    store.getState().redo();
    expect(store.getState().dirty).toBe(false);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    const store = freshStore();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.getState().setAssumption('transfer.bandwidthMbps', 100 + i);
    expect(store.getState().past.length).toBe(HISTORY_LIMIT);
  });

  it('replaceDocument starts history afresh', () => {
    const store = freshStore();
    store.getState().addWorkload();
    store.getState().replaceDocument({ project: loadSample('online-shop'), filePath: null, displayName: 'Again', diskVersion: null });
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().dirty).toBe(false);
  });
});

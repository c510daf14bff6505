import { act, render, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useAppState } from '../../../renderer/src/app/app-state';
import { AUTOSAVE_MS } from '../../../renderer/src/app/use-app-lifecycle';
import { initI18n } from '../../../renderer/src/i18n';
import { useDecampStore } from '../../../renderer/src/store';
import { createFakeApi } from './fake-api';

describe('autosave', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(() => vi.useRealTimers());

  it('keeps a recovery copy every 30 s while dirty, none while clean, and drops it after a save', async () => {
    const api = createFakeApi();
    api.settings = { ...api.settings, firstRunDone: true };
    useAppState.getState().set({ ready: false });
    render(<App api={api} />);
    await waitFor(() => expect(useAppState.getState().ready).toBe(true));
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const autosaves = () => api.calls.filter((c) => c.operation === 'autosave').length;

    act(() => vi.advanceTimersByTime(AUTOSAVE_MS * 2));
    expect(autosaves()).toBe(0);

    act(() => void useDecampStore.getState().setAssumption('team.focusFactor', 0.55));
    act(() => vi.advanceTimersByTime(AUTOSAVE_MS - 1));
    expect(autosaves()).toBe(0);
    act(() => vi.advanceTimersByTime(1));
    expect(autosaves()).toBe(1);
    expect(api.calls.find((c) => c.operation === 'autosave')?.request).toMatchObject({ project: useDecampStore.getState().project });
    act(() => vi.advanceTimersByTime(AUTOSAVE_MS));
    expect(autosaves()).toBe(2);

    await act(async () => {
      useDecampStore.getState().markSaved({ filePath: '/tmp/x.decamp.json', displayName: 'x.decamp.json', diskVersion: 'v3' });
    });
    await waitFor(() => expect(api.calls.some((c) => c.operation === 'discardRecovery')).toBe(true));
    act(() => vi.advanceTimersByTime(AUTOSAVE_MS * 3));
    expect(autosaves()).toBe(2);
  }, 30_000);
});

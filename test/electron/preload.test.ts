import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CLOSE_RESPONSE_CHANNEL, eventChannel, IPC_REQUESTS, type IpcOperation, ipcChannel } from '../../shared/ipc';
import { createDesktopApi, type IpcRendererLike } from '../../electron/preload/desktop-api';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
    on: vi.fn((channel: string, l: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l))),
    removeListener: vi.fn((channel: string, l: (event: unknown, ...args: unknown[]) => void) => listeners.get(channel)?.delete(l)),
    send: vi.fn(),
  } satisfies IpcRendererLike;
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l({ sender: 'secret ipc object' }, payload));
  return { ipc, emit, listeners };
}

describe('preload DesktopApi', () => {
  it('invokes every operation on its contract channel and returns the result', async () => {
    const { ipc } = fakeIpc();
    const api = createDesktopApi(ipc);
    for (const op of Object.keys(IPC_REQUESTS) as IpcOperation[]) {
      const result = await api.invoke(op, {} as never);
      expect(result).toEqual({ ok: true, value: { channel: ipcChannel(op), request: {} } });
    }
    expect(ipc.invoke).toHaveBeenCalledTimes(Object.keys(IPC_REQUESTS).length);
  });

  it('refuses channels outside the contract without touching IPC', async () => {
    const { ipc } = fakeIpc();
    const result = await createDesktopApi(ipc).invoke('../../evil' as never, {} as never);
    expect(result.ok).toBe(false);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('turns an IPC rejection into an error result', async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    expect(await createDesktopApi(ipc).invoke('getSettings', {})).toEqual({ ok: false, error: { code: 'io', message: 'No handler registered' } });
  });

  it('hands listeners the payload only, and unsubscribes', () => {
    const { ipc, emit } = fakeIpc();
    const api = createDesktopApi(ipc);
    const listener = vi.fn();
    const off = api.on('menuCommand', listener);
    emit(eventChannel('menuCommand'), 'file.save');
    expect(listener).toHaveBeenCalledWith('file.save');
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    emit(eventChannel('menuCommand'), 'file.open');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores unknown event names', () => {
    const { ipc } = fakeIpc();
    createDesktopApi(ipc).on('anything' as never, vi.fn());
    expect(ipc.on).not.toHaveBeenCalled();
  });

  it('answers close requests with close or cancel only', () => {
    const { ipc } = fakeIpc();
    const api = createDesktopApi(ipc);
    api.respondToClose('close');
    api.respondToClose('cancel');
    api.respondToClose('boom' as never);
    expect(ipc.send.mock.calls).toEqual([[CLOSE_RESPONSE_CHANNEL, 'close'], [CLOSE_RESPONSE_CHANNEL, 'cancel']]);
  });

  it('exposes exactly this object as window.decamp and nothing of ipcRenderer', () => {
    const source = readFileSync(join(import.meta.dirname, '../../electron/preload/index.ts'), 'utf8');
    expect(source).toMatch(/exposeInMainWorld\('decamp', api\)/);
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(source).toMatch(/satisfies DesktopApi/);
    expect(Object.keys(createDesktopApi(fakeIpc().ipc)).sort()).toEqual(['invoke', 'on', 'platform', 'respondToClose']);
  });
});

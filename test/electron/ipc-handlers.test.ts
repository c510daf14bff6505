import { describe, expect, it, vi } from 'vitest';
import { CLOSE_RESPONSE_CHANNEL, IPC_REQUESTS, type IpcOperation, type IpcRequest, ipcChannel } from '../../shared/ipc';
import { createSenderCheck, type IpcHandlers, type IpcMainLike, type IpcSenderEvent, registerCloseResponse, registerHandlers } from '../../electron/main/ipc-handlers';
import { APP_ENTRY_URL, createAppUrlCheck } from '../../electron/main/app-protocol';
import { makeProject } from './fixtures/project';

/** A valid request per operation; typed so a new operation without one is a compile error. */
const GOOD: { [K in IpcOperation]: IpcRequest<K> } = {
  importDialog: { folder: false },
  openDialog: {},
  openPath: { filePath: '/plans/shop.decamp.json' },
  openSample: { sampleId: 'ecommerce-iot' },
  save: { project: makeProject('A'), filePath: '/plans/shop.decamp.json', diskVersion: null, overwriteChanged: false },
  saveAs: { project: makeProject('A'), suggestedName: 'shop' },
  recentFiles: {},
  clearLocalCopies: {},
  autosave: { project: makeProject('A'), filePath: null, diskVersion: null, displayName: 'Untitled' },
  listRecovery: {},
  recover: { id: 'untitled' },
  discardRecovery: { id: 'untitled' },
  setDocumentState: { displayName: 'shop', dirty: true },
  getSettings: {},
  setSettings: { theme: 'dark' },
  openExternal: { url: 'https://help.aliyun.com/docs' },
  printToPdf: { suggestedName: 'shop', html: '<!doctype html><p>report</p>', paper: 'a4' },
  saveExport: { suggestedName: 'shop', format: 'md', files: [{ suffix: '.md', data: '# Plan' }] },
};

const MALFORMED: unknown[] = [null, 'a string', 42, [], { unexpectedField: true }];

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>>();
  readonly listeners = new Map<string, (event: IpcSenderEvent, ...args: unknown[]) => void>();
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>) {
    this.handlers.set(channel, listener);
  }
  on(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void) {
    this.listeners.set(channel, listener);
  }
}

const ourWindow = { id: 'our-window' };
const otherWindow = { id: 'devtools-or-other' };
const ourContents = { owner: ourWindow };
const otherContents = { owner: otherWindow };
const fromWebContents = (contents: { owner: unknown }) => contents.owner;
const isTrusted = createSenderCheck({ getWindow: () => ourWindow, fromWebContents: fromWebContents as never, isAppUrl: createAppUrlCheck(undefined) });

const trusted: IpcSenderEvent = { sender: ourContents, senderFrame: { url: APP_ENTRY_URL, parent: null } };
const FOREIGN: Record<string, IpcSenderEvent> = {
  'another window': { sender: otherContents, senderFrame: { url: APP_ENTRY_URL, parent: null } },
  'a web page in our window': { sender: ourContents, senderFrame: { url: 'https://evil.example/', parent: null } },
  'a file:// page': { sender: ourContents, senderFrame: { url: 'file:///etc/passwd', parent: null } },
  'a subframe': { sender: ourContents, senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } } },
  'a destroyed frame': { sender: ourContents, senderFrame: null },
};

function setup() {
  const ipcMain = new FakeIpcMain();
  const calls: [IpcOperation, unknown][] = [];
  const handlers = Object.fromEntries(
    (Object.keys(IPC_REQUESTS) as IpcOperation[]).map((op) => [
      op,
      async (request: unknown) => {
        calls.push([op, request]);
        return { ok: true, value: `handled ${op}` };
      },
    ]),
  ) as unknown as IpcHandlers;
  registerHandlers(ipcMain, isTrusted, handlers);
  const invoke = (op: IpcOperation, event: IpcSenderEvent, payload: unknown) => {
    const handler = ipcMain.handlers.get(ipcChannel(op));
    if (!handler) throw new Error(`no handler for ${op}`);
    return handler(event, payload);
  };
  return { ipcMain, calls, invoke, handlers };
}

describe('registerHandlers: every channel of the contract', () => {
  const operations = Object.keys(IPC_REQUESTS) as IpcOperation[];

  it('registers exactly one handler per operation', () => {
    expect([...setup().ipcMain.handlers.keys()].sort()).toEqual(operations.map(ipcChannel).sort());
  });

  it.each(operations)('%s accepts a good request from our page', async (op) => {
    const { invoke, calls } = setup();
    expect(await invoke(op, trusted, GOOD[op])).toEqual({ ok: true, value: `handled ${op}` });
    expect(calls).toEqual([[op, GOOD[op]]]);
  });

  it.each(operations)('%s refuses every foreign sender without running the handler', async (op) => {
    const { invoke, calls } = setup();
    for (const [who, event] of Object.entries(FOREIGN)) {
      const result = (await invoke(op, event, GOOD[op])) as { ok: boolean; error?: { code: string } };
      expect(result.ok, who).toBe(false);
      expect(result.error?.code, who).toBe('forbidden');
    }
    expect(calls).toEqual([]);
  });

  it.each(operations)('%s refuses malformed payloads without running the handler', async (op) => {
    const { invoke, calls } = setup();
    for (const payload of [...MALFORMED, { ...(GOOD[op] as object), extra: 1 }]) {
      const result = (await invoke(op, trusted, payload)) as { ok: boolean; error?: { code: string } };
      expect(result.ok, JSON.stringify(payload)).toBe(false);
      expect(result.error?.code).toBe('invalid-request');
    }
    expect(calls).toEqual([]);
  });

  it('turns a throwing handler into an error result', async () => {
    const { ipcMain, handlers } = setup();
    const throwing = { ...handlers, getSettings: async () => Promise.reject(new Error('disk on fire')) } as IpcHandlers;
    registerHandlers(ipcMain, isTrusted, throwing);
    const result = await ipcMain.handlers.get(ipcChannel('getSettings'))?.(trusted, {});
    expect(result).toEqual({ ok: false, error: { code: 'io', message: 'getSettings failed: disk on fire' } });
  });

  it('refuses when the sender check itself throws (e.g. a destroyed sender)', async () => {
    const ipcMain = new FakeIpcMain();
    const { handlers } = setup();
    registerHandlers(ipcMain, () => { throw new Error('Object has been destroyed'); }, handlers);
    const result = (await ipcMain.handlers.get(ipcChannel('getSettings'))?.(trusted, {})) as { ok: boolean };
    expect(result.ok).toBe(false);
  });

  it('names the field of a bad payload', async () => {
    const { invoke } = setup();
    const result = (await invoke('openSample', trusted, { sampleId: 'no-such-sample' })) as { error: { message: string } };
    expect(result.error.message).toContain('sampleId');
  });
});

describe('close response channel', () => {
  it('passes only close or cancel from our page', () => {
    const ipcMain = new FakeIpcMain();
    const onResponse = vi.fn();
    registerCloseResponse(ipcMain, isTrusted, onResponse);
    const listener = ipcMain.listeners.get(CLOSE_RESPONSE_CHANNEL);
    listener?.(trusted, 'close');
    listener?.(trusted, 'cancel');
    listener?.(trusted, 'explode');
    listener?.(FOREIGN['another window']!, 'close');
    expect(onResponse.mock.calls).toEqual([['close'], ['cancel']]);
  });
});

describe('sender check in development', () => {
  it('trusts the dev server origin only', () => {
    const check = createSenderCheck({ getWindow: () => ourWindow, fromWebContents: fromWebContents as never, isAppUrl: createAppUrlCheck('http://localhost:5173/') });
    expect(check({ sender: ourContents, senderFrame: { url: 'http://localhost:5173/index.html', parent: null } })).toBe(true);
    expect(check({ sender: ourContents, senderFrame: { url: 'http://localhost:5174/', parent: null } })).toBe(false);
    expect(check({ sender: ourContents, senderFrame: { url: APP_ENTRY_URL, parent: null } })).toBe(false);
  });
  it('trusts nothing while there is no window', () => {
    const check = createSenderCheck({ getWindow: () => null, fromWebContents: fromWebContents as never, isAppUrl: () => true });
    expect(check(trusted)).toBe(false);
  });
});

/**
 * The wiring of the desktop app, run against fake Electron modules: what a real start does to
 * the protocol, session, IPC, menu and window, and a first round trip through IPC.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { eventChannel, IPC_REQUESTS, ipcChannel } from '../../shared/ipc';
import { startDesktopApp } from '../../electron/main/desktop-app';
import { APP_ENTRY_URL } from '../../electron/main/app-protocol';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-desktop-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Listener = (...args: unknown[]) => unknown;

function fakeElectron() {
  const appListeners = new Map<string, Listener>();
  const handles = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  const sent: [string, unknown][] = [];
  class FakeWindow {
    static fromWebContents = (contents: unknown) => windows.find((w) => w.webContents === contents) ?? null;
    static getAllWindows = () => windows;
    readonly listeners = new Map<string, Listener[]>();
    readonly webContents = {
      send: (channel: string, payload: unknown) => sent.push([channel, payload]),
      once: vi.fn(),
      printToPDF: vi.fn(),
    };
    loaded: string | null = null;
    title = '';
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    on(event: string, l: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), l]);
    }
    once = this.on;
    loadURL = async (url: string) => void (this.loaded = url);
    isDestroyed = () => false;
    isMinimized = () => false;
    maximize = vi.fn();
    setTitle = (t: string) => void (this.title = t);
    setDocumentEdited = vi.fn();
  }
  const electron = {
    app: {
      setName: vi.fn(),
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      getPath: (name: string) => join(dir, name),
      on: (event: string, l: Listener) => void appListeners.set(event, l),
      isPackaged: true,
      getLocale: () => 'zh-CN',
      whenReady: () => Promise.resolve(),
    },
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (c: string, l: Listener) => void handles.set(c, l), on: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => ({ template: t })) },
    shell: { openExternal: vi.fn(), openPath: vi.fn() },
    session: { defaultSession: { webRequest: { onHeadersReceived: vi.fn() }, setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), on: vi.fn() } },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }], getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }) },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
  };
  return { electron, appListeners, handles, windows, sent };
}

it('starts hardened: app:// scheme, session security, every IPC channel, a menu, a sandboxed window on app://decamp', async () => {
  const fake = fakeElectron();
  startDesktopApp(fake.electron as never, { preload: '/out/preload/index.cjs', renderer: '/out/renderer', docs: '/docs' }, undefined);
  await vi.waitFor(() => expect(fake.windows[0]?.loaded).toBe(APP_ENTRY_URL));

  expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
  expect([...fake.handles.keys()].sort()).toEqual(Object.keys(IPC_REQUESTS).map((op) => ipcChannel(op as keyof typeof IPC_REQUESTS)).sort());
  expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalled();
  expect(fake.windows[0]?.options.webPreferences).toMatchObject({ preload: '/out/preload/index.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false });
  for (const event of ['second-instance', 'open-file', 'before-quit', 'window-all-closed', 'web-contents-created']) expect(fake.appListeners.has(event), event).toBe(true);

  // A request from our page is answered; the same request from elsewhere is refused.
  const win = fake.windows[0]!;
  const trusted = { sender: win.webContents, senderFrame: { url: APP_ENTRY_URL, parent: null } };
  expect(await fake.handles.get(ipcChannel('getSettings'))!(trusted, {})).toMatchObject({ ok: true, value: { theme: 'system', firstRunDone: false } });
  expect(await fake.handles.get(ipcChannel('getSettings'))!({ ...trusted, senderFrame: { url: 'https://evil.example', parent: null } }, {})).toMatchObject({ ok: false });

  // Document state reaches the title bar; the menu speaks the system's Chinese.
  await fake.handles.get(ipcChannel('setDocumentState'))!(trusted, { displayName: 'shop', dirty: true });
  expect(win.title).toBe('shop • — Decamp');
  const template = fake.electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { label?: string }[];
  expect(template.map((t) => t.label)).toContain('文件(&F)');

  // A menu sample opens as an openDocument event.
  const file = template.find((t) => t.label === '文件(&F)') as { submenu: { id?: string; submenu?: { click?: () => void }[] }[] };
  file.submenu.find((i) => i.id === 'file.openSample')?.submenu?.[0]?.click?.();
  expect(fake.sent.at(-1)?.[0]).toBe(eventChannel('openDocument'));
});

it('a second instance hands over and quits', () => {
  const fake = fakeElectron();
  fake.electron.app.requestSingleInstanceLock = () => false;
  startDesktopApp(fake.electron as never, { preload: '', renderer: '', docs: '' }, undefined);
  expect(fake.electron.app.quit).toHaveBeenCalled();
  expect(fake.handles.size).toBe(0);
});
